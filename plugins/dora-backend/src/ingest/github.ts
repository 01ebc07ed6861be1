import { z } from 'zod';
import { DeliveryReader, EventBatch, emptyBatch } from './types';
import { time } from './parse';
import { parseInput } from '@internal/backend-validation';

export interface GitHubReaderOptions {
  /** Issues with this label are incidents. */
  incidentLabel: string;
  /** Completed workflow runs whose name matches count as deployments. */
  deploymentWorkflowPattern: RegExp;
  /** The environment workflow-run deployments are recorded in. */
  workflowEnvironment: string;
}

const repository = z.object({
  full_name: z.string().min(1),
  default_branch: z.string().optional(),
  html_url: z.string().optional(),
  pushed_at: z.union([z.number(), z.string()]).optional().nullable(),
});

const push = z.object({
  ref: z.string(),
  after: z.string().optional(),
  repository,
  commits: z.array(z.object({ id: z.string().min(1), timestamp: time, url: z.string().optional() })).default([]),
});

const pullRequest = z.object({
  action: z.string(),
  repository,
  pull_request: z.object({
    merged: z.boolean().optional().nullable(),
    merged_at: time.optional().nullable(),
    merge_commit_sha: z.string().optional().nullable(),
    created_at: time,
    html_url: z.string().optional(),
  }),
});

const deploymentStatus = z.object({
  repository,
  deployment: z.object({
    id: z.union([z.number(), z.string()]),
    sha: z.string().optional(),
    environment: z.string().optional(),
    payload: z.unknown().optional(),
  }),
  deployment_status: z.object({
    state: z.string(),
    environment: z.string().optional(),
    created_at: time,
    target_url: z.string().optional().nullable(),
    log_url: z.string().optional().nullable(),
  }),
});

const workflowRun = z.object({
  action: z.string(),
  repository,
  workflow_run: z.object({
    id: z.union([z.number(), z.string()]),
    name: z.string().optional().nullable(),
    head_sha: z.string(),
    head_branch: z.string().optional().nullable(),
    conclusion: z.string().optional().nullable(),
    updated_at: time,
    html_url: z.string().optional(),
  }),
});

const issue = z.object({
  action: z.string(),
  repository,
  issue: z.object({
    number: z.number(),
    title: z.string().optional(),
    html_url: z.string().optional(),
    created_at: time,
    closed_at: time.optional().nullable(),
    labels: z.array(z.object({ name: z.string() })).default([]),
  }),
});

type Repository = z.infer<typeof repository>;
const repoKey = (repo: Repository) => ({ serviceKind: 'github' as const, serviceKey: repo.full_name.toLowerCase() });
const defaultBranch = (repo: Repository) => repo.default_branch ?? 'main';

/** A deployment payload may say it is a rollback or hotfix: `{"kind": "rollback"}`. */
function kindOf(payload: unknown): 'normal' | 'rollback' | 'hotfix' {
  const kind = typeof payload === 'object' && payload !== null ? (payload as { kind?: unknown }).kind : undefined;
  return kind === 'rollback' || kind === 'hotfix' ? kind : 'normal';
}

/**
 * GitHub webhooks: pushes to the default branch and merged pull requests are changes,
 * deployment statuses and deploy workflow runs are deployments, labelled issues are incidents.
 */
export function createGitHubReader(options: GitHubReaderOptions): DeliveryReader {
  return ({ eventType, payload }) => {
    const batch: EventBatch = emptyBatch();
    switch (eventType) {
      case 'push': {
        const p = parseInput(push, payload, 'push event');
        if (p.ref !== `refs/heads/${defaultBranch(p.repository)}`) return batch;
        const pushedAt = p.repository.pushed_at ? time.parse(p.repository.pushed_at) : undefined;
        for (const c of p.commits) {
          batch.changes.push({
            ...repoKey(p.repository),
            sha: c.id,
            firstCommitAt: c.timestamp,
            landedAt: Math.max(c.timestamp, pushedAt ?? c.timestamp),
            url: c.url,
          });
        }
        return batch;
      }
      case 'pull_request': {
        const p = parseInput(pullRequest, payload, 'pull_request event');
        const pr = p.pull_request;
        if (p.action !== 'closed' || !pr.merged || !pr.merge_commit_sha || !pr.merged_at) return batch;
        batch.changes.push({
          ...repoKey(p.repository),
          sha: pr.merge_commit_sha,
          firstCommitAt: Math.min(pr.created_at, pr.merged_at),
          landedAt: pr.merged_at,
          url: pr.html_url,
        });
        return batch;
      }
      case 'deployment_status': {
        const p = parseInput(deploymentStatus, payload, 'deployment_status event');
        const state = p.deployment_status.state;
        if (!['success', 'failure', 'error'].includes(state)) return batch;
        batch.deployments.push({
          ...repoKey(p.repository),
          id: `github:${p.repository.full_name.toLowerCase()}:${p.deployment.id}`,
          environment: p.deployment_status.environment ?? p.deployment.environment,
          revision: p.deployment.sha,
          deployedAt: p.deployment_status.created_at,
          status: state === 'success' ? 'succeeded' : 'failed',
          kind: kindOf(p.deployment.payload),
          url: p.deployment_status.target_url ?? p.deployment_status.log_url ?? undefined,
        });
        return batch;
      }
      case 'workflow_run': {
        const p = parseInput(workflowRun, payload, 'workflow_run event');
        const run = p.workflow_run;
        if (p.action !== 'completed' || !options.deploymentWorkflowPattern.test(run.name ?? '')) return batch;
        if (run.head_branch && run.head_branch !== defaultBranch(p.repository)) return batch;
        if (run.conclusion !== 'success' && run.conclusion !== 'failure') return batch;
        batch.deployments.push({
          ...repoKey(p.repository),
          id: `github-run:${p.repository.full_name.toLowerCase()}:${run.id}`,
          environment: options.workflowEnvironment,
          revision: run.head_sha,
          deployedAt: run.updated_at,
          status: run.conclusion === 'success' ? 'succeeded' : 'failed',
          kind: 'normal',
          url: run.html_url,
        });
        return batch;
      }
      case 'issues': {
        const p = parseInput(issue, payload, 'issues event');
        const i = p.issue;
        if (!i.labels.some(l => l.name === options.incidentLabel)) return batch;
        if (!['opened', 'labeled', 'closed', 'reopened', 'edited'].includes(p.action)) return batch;
        batch.incidents.push({
          ...repoKey(p.repository),
          id: `github-issue:${p.repository.full_name.toLowerCase()}#${i.number}`,
          openedAt: i.created_at,
          resolvedAt: p.action === 'closed' ? i.closed_at ?? undefined : undefined,
          title: i.title,
          url: i.html_url,
        });
        return batch;
      }
      default:
        // ping and every event the portal does not read: received, nothing to record.
        return batch;
    }
  };
}
