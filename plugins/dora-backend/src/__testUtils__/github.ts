/** GitHub webhook payloads with the fields GitHub documents, for tests and benchmarks. */
const repository = (fullName: string) => ({
  full_name: fullName,
  default_branch: 'main',
  html_url: `https://github.com/${fullName}`,
});

export function pushPayload(repo: string, commits: Array<{ id: string; timestamp: string }>, pushedAt: string) {
  return {
    ref: 'refs/heads/main',
    after: commits[commits.length - 1]?.id,
    repository: { ...repository(repo), pushed_at: Date.parse(pushedAt) / 1000 },
    commits: commits.map(c => ({ ...c, url: `https://github.com/${repo}/commit/${c.id}` })),
  };
}

export function deploymentStatusPayload(repo: string, deployment: { id: number; sha: string; environment: string; state: string; at: string }) {
  return {
    action: 'created',
    repository: repository(repo),
    deployment: { id: deployment.id, sha: deployment.sha, environment: deployment.environment, payload: {} },
    deployment_status: {
      state: deployment.state,
      environment: deployment.environment,
      created_at: deployment.at,
      target_url: `https://github.com/${repo}/actions/runs/${deployment.id}`,
    },
  };
}

export function incidentIssuePayload(repo: string, number: number, action: 'opened' | 'closed', openedAt: string, closedAt?: string) {
  return {
    action,
    repository: repository(repo),
    issue: {
      number,
      title: `Incident ${number}`,
      html_url: `https://github.com/${repo}/issues/${number}`,
      created_at: openedAt,
      closed_at: closedAt ?? null,
      labels: [{ name: 'incident' }],
    },
  };
}
