// `./portal start --production`: the portal as the image and the chart run it, on this machine.
//   --replicas N       backends behind nginx, round-robin (default 1: the backend alone)
//   --port P           the public port (default 7007)
//   --postgres URL     an existing PostgreSQL server (default an embedded one, data thrown away)
//   --actions FILE     the self-service actions file (default self-service/actions.yaml)
//   --no-build         run the backend bundle already in packages/backend/dist
//   --e2e              the end-to-end lane's fixtures: short-lived self-service grants, a
//                      component with a Datadog dashboard, the stand-ins on fixed ports
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../test/lib/processes.mjs';
import { buildBundle, unpackBundle } from './bundle.mjs';
import { startProductionShape } from './shape.mjs';

const { values } = parseArgs({
  options: {
    replicas: { type: 'string', default: '1' },
    port: { type: 'string', default: '7007' },
    postgres: { type: 'string' },
    actions: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    e2e: { type: 'boolean', default: false },
  },
});
const replicas = Number(values.replicas);
const port = Number(values.port);
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 8) throw new Error(`--replicas must be 1 to 8, not ${values.replicas}`);
if (!Number.isInteger(port) || port < 1024) throw new Error(`--port must be a port above 1023, not ${values.port}`);

const say = text => process.stdout.write(`[production] ${text}\n`);

if (!values['no-build']) buildBundle(say);

const dir = path.join(root, '.portal/production');
fs.rmSync(dir, { recursive: true, force: true });
// The image's /app: the bundle, its dependencies and the files the Dockerfile adds.
const bundle = unpackBundle(path.join(dir, 'image'));
say(`starting ${replicas} backend(s) on PostgreSQL${replicas > 1 ? ' behind nginx' : ''}; logs in ${path.relative(root, dir)}/`);
const fixtures = path.join(root, 'packages/app/e2e-tests/fixtures');
const shape = await startProductionShape({
  dir,
  port,
  replicas,
  postgresUrl: values.postgres,
  bundle,
  actionsFile: values.actions ? path.resolve(values.actions) : values.e2e ? path.join(fixtures, 'actions.yaml') : undefined,
  ...(values.e2e && {
    extraLocations: [path.join(fixtures, 'production-catalog.yaml')],
    // packages/app/e2e-tests/production/ reaches them here.
    fixedPorts: { datadog: 7302, n8n: 7303, metrics: Array.from({ length: replicas }, (_, i) => 7310 + i) },
  }),
});

// Demo delivery events for the DORA tabs, signed with this installation's secrets.
spawn(process.execPath, ['scripts/demo/seed-dora.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...shape.secrets, PORTAL_BACKEND_URL: shape.url },
});

say(`the portal is on ${shape.url}: sign in with single sign-on, as a person of the demo organisation`);
say(`metrics: ${shape.backends.map(b => b.metricsUrl).join(', ')} (docs/operations/metrics.md)`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  say('stopping');
  await shape.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// A replica that dies ends the run, as a failing pod would show.
for (const backend of shape.backends) {
  backend.exited.then(exit => {
    if (stopping) return;
    say(`${backend.name} exited (${JSON.stringify(exit)}); see ${path.relative(root, dir)}/${backend.name}.log`);
    stop();
  });
}
