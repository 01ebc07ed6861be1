/*
 * Starts n8n on 127.0.0.1 for a laptop portal or the end-to-end run, with the example workflows:
 *   node --require @backstage/cli/config/nodeTransform.cjs plugins/n8n-actions-backend/src/dev/startN8n.ts
 * with N8N_CALLBACK_SECRET and N8N_WEBHOOK_TOKEN set (as for the backend); N8N_PORT (default
 * 5678) and N8N_DATA_DIR (default a temporary folder) are optional.
 */
import { startN8n } from './n8n';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main() {
  const n8n = await startN8n({
    callbackSecret: required('N8N_CALLBACK_SECRET'),
    webhookHeader: { name: 'X-Portal-Token', value: required('N8N_WEBHOOK_TOKEN') },
    port: Number(process.env.N8N_PORT ?? 5678),
    folder: process.env.N8N_DATA_DIR,
  });
  process.stdout.write(`n8n with the portal's workflows on ${n8n.url}\n`);
  const stop = () => n8n.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch(error => {
  process.stderr.write(`${error?.message ?? error}\n`);
  process.exit(1);
});
