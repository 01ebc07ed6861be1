/*
 * Scaffold time per golden-path template, against a running portal backend (BENCH_PORTAL_URL):
 * each template is run RUNS times through the scaffolder API, as `idp create` and the wizard run
 * it, from task creation until the component is in the catalog. The baseline, in the same run, is
 * the floor of the same result without the portal: copying the generated files into a new folder
 * and committing them with git.
 * Run by scripts/bench/scaffold.mjs, which starts the backend and writes the report.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PortalClient } from '../src/client';
import { create } from '../src/create';

const RUNS = 5;
const owner = 'group:default/payments-team';
const system = 'system:default/payment-gateway';

// The floor copies what the run produced: the new repository, or for the S3 bucket (a branch of a
// shared repository) the skeleton it was made from.
const TEMPLATES: Array<{ template: string; kind: string; values: Record<string, unknown>; floorSource: (repos: string, name: string) => string }> = [
  ...['nodejs-api', 'fastapi', 'spring-boot', 'go-service', 'react-web-app'].map(template => ({
    template,
    kind: template === 'react-web-app' ? 'website' : 'service',
    values: { owner, system, publishTo: 'local' },
    floorSource: (repos: string, name: string) => path.join(repos, name),
  })),
  {
    template: 's3-bucket',
    kind: 'resource',
    values: { owner, system, stage: 'dev', region: 'eu-west-1', publishTo: 'local' },
    floorSource: () => path.resolve(__dirname, '../../../templates/infrastructure/skeletons/s3-bucket'),
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function copyAndCommit(from: string) {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floor-'));
  fs.cpSync(from, dir, { recursive: true, filter: src => !src.includes(`${path.sep}.git`) });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
  execFileSync('git', ['init', '--quiet', '-b', 'main'], { cwd: dir, env });
  execFileSync('git', ['add', '--all'], { cwd: dir, env });
  execFileSync('git', ['commit', '--quiet', '-m', 'floor'], { cwd: dir, env });
  const ms = performance.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

async function main() {
  const baseUrl = process.env.BENCH_PORTAL_URL!;
  const repos = process.env.BENCH_REPOS_DIR!;
  const client = await PortalClient.asGuest({ baseUrl });
  const results = [];
  for (const t of TEMPLATES) {
    const times: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = `bench-${t.template.slice(0, 12)}-${i}`;
      const started = performance.now();
      await create(client, { kind: t.kind, name, template: t.template, values: t.values, wait: true }, () => {});
      times.push(performance.now() - started);
      floors.push(copyAndCommit(t.floorSource(repos, name)));
    }
    results.push({ template: t.template, runs: RUNS, medianMs: median(times), maxMs: Math.max(...times), floorMs: median(floors) });
    process.stdout.write(`${t.template}: median ${median(times).toFixed(0)} ms\n`);
  }
  fs.writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify({ results, rssMiB: process.memoryUsage().rss / 2 ** 20 }));
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
