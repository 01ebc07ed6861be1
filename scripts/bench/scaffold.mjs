// Scaffold time per golden-path template: starts the backend on 127.0.0.1:7017 with an in-memory
// database and a scratch folder for local repositories, runs
// packages/idp-cli/bench/scaffold.bench.ts against it, and writes the scaffold section of
// docs/benchmarks.md.
// Usage: ./portal bench scaffold   (about 3 minutes)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startBenchBackend } from './backend.mjs';
import { machine, writeSection } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const log = msg => process.stdout.write(`[bench:scaffold] ${msg}\n`);
const PORT = 7017;

log('starting the backend');
const backend = await startBenchBackend(
  'scaffold',
  PORT,
  scratch => `scaffolder:
  localPublish: { directory: ${JSON.stringify(path.join(scratch, 'repos'))} }
`,
);
const { baseUrl, stop: stopBackend, scratch } = backend;
const repos = path.join(scratch, 'repos');
const auth = { headers: backend.auth };
// The templates are in the catalog once its first processing rounds have run.
for (const started = Date.now(); ; await new Promise(r => setTimeout(r, 1000))) {
  const res = await fetch(`${baseUrl}/api/catalog/entities/by-name/template/default/s3-bucket`, auth);
  if (res.ok) break;
  if (Date.now() - started > 180_000) throw new Error('the templates never reached the catalog');
}

log('running every template 5 times');
const resultFile = path.join(scratch, 'result.json');
const run = spawnSync(
  process.execPath,
  ['--require', require.resolve('@backstage/cli/config/nodeTransform.cjs'), path.join(root, 'packages/idp-cli/bench/scaffold.bench.ts')],
  { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_PORTAL_URL: baseUrl, BENCH_REPOS_DIR: repos, BENCH_RESULT_FILE: resultFile } },
);
stopBackend();
if (run.status !== 0) throw new Error(`the scaffold benchmark failed with exit code ${run.status}`);
const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));

const s = ms => (ms / 1000).toFixed(2);
const table = [
  '| template | scaffold time, median of 5 (s) | slowest (s) | baseline: copy + git commit (s) | portal / baseline |',
  '|---|---:|---:|---:|---:|',
  ...r.results.map(x => `| ${x.template} | ${s(x.medianMs)} | ${s(x.maxMs)} | ${s(x.floorMs)} | ${(x.medianMs / x.floorMs).toFixed(0)} |`),
].join('\n');

writeSection(
  'scaffold',
  `## Scaffold time per template

Measured by \`./portal bench scaffold\` (\`scripts/bench/scaffold.mjs\` running
\`packages/idp-cli/bench/scaffold.bench.ts\`): the development backend on 127.0.0.1 with an
in-memory SQLite database, every template run 5 times through the scaffolder API with local
publishing, as \`idp create\` and the wizard run them.

- **Date:** ${new Date().toISOString().slice(0, 10)}
- **Machine:** ${machine()}

${table}

**Scaffold time** runs from creating the task until it completes: rendering the skeletons, creating
the local git repository (for the S3 bucket: a branch of the infrastructure repository), and, for
components, registering them and waiting until the catalog has processed them, so the link at the
end opens the new component. **Baseline** is the floor of the same result without the portal, in
the same run: copying the files (the generated repository; for the S3 bucket, its skeleton) into a
new folder and committing them with git. The ratio is the price of validation, templating, task
bookkeeping and catalog registration. The scaffolder's event stream reads a task's new events from
the database once a second, so what a client sees (the wizard's task page, \`idp\`) moves in steps of
about a second: the S3 bucket, which registers nothing, completes within the first second; a
component needs a second more, the catalog processing the new location before the task ends.
Publishing to GitHub adds GitHub's own API time, which is not measured here.
`,
);
console.log(table);
log('wrote docs/benchmarks.md');
