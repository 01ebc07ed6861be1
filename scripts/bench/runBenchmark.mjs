// Runs a TypeScript benchmark (plugins/*/bench/*.bench.ts) against a throwaway PostgreSQL and
// returns the JSON result it writes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../test/postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));

export async function runBenchmark(benchFile) {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-')), 'result.json');
  const postgres = await startPostgres();
  try {
    const run = spawnSync(process.execPath, ['--require', require.resolve('@backstage/cli/config/nodeTransform.cjs'), path.join(root, benchFile)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', BENCH_POSTGRES_URL: postgres.connectionString, BENCH_RESULT_FILE: resultFile },
    });
    if (run.status !== 0) throw new Error(`${benchFile} failed with exit code ${run.status}`);
  } finally {
    await postgres.stop();
  }
  return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
}
