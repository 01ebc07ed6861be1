// Runs every check of the portal in order and ends with one line: "N passed, N failed".
//   type check, lint, unit and integration tests (SQLite and PostgreSQL), several backend replicas
//   on one PostgreSQL, the threat tests against the production shape, end-to-end in Chromium
//   against the development shape and against the production shape.
// `./portal test` provisions Node, dependencies and system packages, then runs this file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reports = path.join(root, '.portal/test-reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const only = new Set(process.argv.slice(2)); // e.g. `./portal test e2e` runs that step alone
const results = [];

function say(text) {
  process.stdout.write(`\n\x1b[1m== ${text}\x1b[0m\n`);
}

function run(command, args, env = {}) {
  return new Promise(resolve => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('close', code => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function step(name, body) {
  if (only.size && !only.has(name)) return;
  say(name);
  const started = Date.now();
  let passed = 0;
  let failed = 1;
  try {
    ({ passed, failed } = await body());
  } catch (error) {
    // A step that cannot even run (e.g. PostgreSQL does not start) is one failure, not a crash.
    console.error(`${name} could not run: ${error?.stack ?? error}`);
  }
  results.push({ name, passed, failed, seconds: Math.round((Date.now() - started) / 1000) });
}

const wholeCheck = code => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

await step('typecheck', async () => wholeCheck(await run('yarn', ['tsc'])));

// ESLint over every package, then Prettier over the repository (prettier.config.js, .prettierignore).
await step('lint', async () => {
  const eslint = await run('yarn', ['backstage-cli', 'repo', 'lint']);
  const prettier = await run('yarn', ['prettier', '--check', '--loglevel', 'warn', '.']);
  // The generated routers and types are what the specs give.
  const openapi = await run('node', ['scripts/openapi/generate.mjs', '--check']);
  const codes = [eslint, prettier, openapi];
  return { passed: codes.filter(c => c === 0).length, failed: codes.filter(c => c !== 0).length };
});

await step('unit', async () => {
  // Database tests run on SQLite and on PostgreSQL: a given server, or one started here.
  const given = Object.keys(process.env).some(k => /^BACKSTAGE_TEST_DATABASE_POSTGRES\d*_CONNECTION_STRING$/.test(k));
  const postgres = given ? undefined : await startPostgres();
  const env = postgres ? { BACKSTAGE_TEST_DATABASE_POSTGRES18_CONNECTION_STRING: postgres.connectionString } : {};
  const out = path.join(reports, 'jest.json');
  try {
    const code = await run(
      'yarn',
      ['backstage-cli', 'repo', 'test', '--watchAll=false', '--json', `--outputFile=${out}`],
      // No container engine here: TestDatabases uses only the servers given by connection string.
      { ...env, CI: 'true', BACKSTAGE_TEST_DISABLE_DOCKER: '1' },
    );
    const report = readJson(out);
    if (!report) return { passed: 0, failed: 1 };
    // A suite that crashed before running its tests counts as a failure too.
    const crashed = report.numRuntimeErrorTestSuites ?? 0;
    const failed = report.numFailedTests + crashed;
    return { passed: report.numPassedTests, failed: failed || (code === 0 ? 0 : 1) };
  } finally {
    await postgres?.stop();
  }
});

/** Runs a node:test file, counting its tests from the TAP report. */
async function nodeTests(name, file) {
  const out = path.join(reports, `${name}.tap`);
  const code = await run('node', [
    '--test',
    '--test-reporter=tap',
    `--test-reporter-destination=${out}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    file,
  ]);
  const tap = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const count = what => Number(new RegExp(`^# ${what} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const failed = count('fail');
  return { passed: count('pass'), failed: failed || (code === 0 ? 0 : 1) };
}

// Several real backend processes on one PostgreSQL (replicas.test.mjs): scheduling, takeover,
// a database restart, SIGTERM.
await step('replicas', () => nodeTests('replicas', 'scripts/test/replicas.test.mjs'));

// What people with ordinary accounts, and anyone on the internet, can do to the production shape
// (threats.test.mjs; docs/security.md).
await step('threats', () => nodeTests('threats', 'scripts/test/threats.test.mjs'));

/** Runs a Playwright configuration, counting its tests from the JSON report. */
async function playwright(name, args) {
  const out = path.join(reports, `${name}.json`);
  const code = await run('yarn', ['playwright', 'test', ...args], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson(out);
  if (!report?.stats) return { passed: 0, failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  const failed = unexpected + flaky;
  return { passed: expected, failed: failed || (code === 0 ? 0 : 1) };
}

// The development shape: the dev server, the development backend, an in-memory database.
await step('e2e', async () => {
  // Start from nothing, as a fresh clone does: the database is in memory, the docs are not built.
  fs.rmSync(path.join(root, '.portal/e2e-techdocs'), { recursive: true, force: true });
  fs.rmSync(path.join(root, '.portal/e2e-repos'), { recursive: true, force: true });
  // The demo cost export the e2e backend reads.
  await run('node', ['scripts/demo/cost-focus.mjs']);
  return playwright('e2e', []);
});

// The production shape: the image's build, two production backends on PostgreSQL behind
// nginx, single sign-on (scripts/production/), then a scrape of both replicas' metrics.
await step('e2e-production', async () => {
  // The image's build: the backend bundle, the frontend built with it.
  if ((await run('yarn', ['workspace', 'backend', 'build'])) !== 0) return { passed: 0, failed: 1 };
  return playwright('e2e-production', ['--config', 'playwright.production.config.ts']);
});

say('summary');
for (const r of results) {
  console.log(`${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.seconds}s)`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
