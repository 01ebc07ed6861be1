import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const packageDir = resolvePackagePath('@internal/plugin-n8n-actions-backend');
const repoRoot = path.resolve(packageDir, '../..');
/** The example workflows every test and laptop portal imports. */
export const workflowsDir = path.join(packageDir, 'n8n');

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/**
 * A real n8n (installed into .tools/n8n by `./portal test` and `./portal start`) on 127.0.0.1,
 * with the portal's example workflows imported and published and their webhook credential set.
 * Without `folder`, n8n keeps its data in a fresh temporary folder, removed on stop.
 */
export async function startN8n(options: { callbackSecret: string; webhookHeader: { name: string; value: string }; port?: number; folder?: string }) {
  const bin = process.env.N8N_BIN ?? path.join(repoRoot, '.tools/n8n/node_modules/.bin/n8n');
  if (!fs.existsSync(bin)) throw new Error(`n8n is not installed at ${bin}: ./portal test and ./portal start install it into .tools/n8n`);
  const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-'));
  fs.mkdirSync(folder, { recursive: true });
  const port = options.port ?? (await freePort());
  const env = {
    ...process.env,
    // Under NODE_ENV=test (as in Jest) n8n exits at once without starting.
    NODE_ENV: 'production',
    N8N_USER_FOLDER: folder,
    N8N_PORT: String(port),
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    // Laptops and tests only: production n8n runs with its own key from a secret.
    N8N_ENCRYPTION_KEY: 'portal-local-n8n-encryption-key',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_RUNNERS_ENABLED: 'false',
    // Its task broker listens too (5679 by default): a port of its own, so two n8n can run at once.
    N8N_RUNNERS_BROKER_PORT: String(await freePort()),
    // The example workflows read the callback secret from the environment.
    N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
    PORTAL_CALLBACK_SECRET: options.callbackSecret,
  };
  const n8n = (...args: string[]) => run(process.execPath, [bin, ...args], { env, timeout: 120_000 });
  const credentials = path.join(folder, 'credentials.json');
  fs.writeFileSync(
    credentials,
    JSON.stringify([{ id: 'portalWebhookAuth', name: 'Portal webhook token', type: 'httpHeaderAuth', data: options.webhookHeader }]),
  );
  await n8n('import:credentials', `--input=${credentials}`);
  await n8n('import:workflow', '--separate', `--input=${workflowsDir}`);
  const ids = fs
    .readdirSync(workflowsDir)
    .filter(f => f.endsWith('.workflow.json'))
    .map(f => JSON.parse(fs.readFileSync(path.join(workflowsDir, f), 'utf8')).id as string);
  for (const id of ids) await n8n('publish:workflow', `--id=${id}`);

  // In the caller's process group: when a test runner or Playwright ends the caller, n8n ends too.
  const child: ChildProcess = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', chunk => output.push(String(chunk)));
  child.stderr!.on('data', chunk => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  // Ready when the production webhooks are registered: a GET then says to use POST.
  const started = Date.now();
  for (;;) {
    const res = await fetch(`${url}/webhook/portal/production-access`).catch(() => undefined);
    if (res && (await res.text()).includes('not registered for GET')) break;
    if (child.exitCode !== null || Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`n8n did not start:\n${output.join('').slice(-3000)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      // Let the caller's process exit without waiting for n8n's output streams.
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      // n8n shuts down gracefully on SIGTERM; after 10 s it is killed.
      if (child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve));
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (!options.folder) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
