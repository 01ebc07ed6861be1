/*
 * Starts the fakes for the end-to-end run on fixed ports:
 *   node --require @backstage/cli/config/nodeTransform.cjs packages/test-fakes/src/cli.ts
 */
import { startFakeArgoCd } from './argocd';
import { startFakeDatadog } from './datadog';

async function main() {
  const argocd = await startFakeArgoCd({ token: process.env.FAKE_ARGOCD_TOKEN ?? 'e2e-argocd-token', port: Number(process.env.FAKE_ARGOCD_PORT ?? 7101) });
  const datadog = await startFakeDatadog({
    apiKey: process.env.FAKE_DATADOG_API_KEY ?? 'e2e-dd-api-key',
    appKey: process.env.FAKE_DATADOG_APP_KEY ?? 'e2e-dd-app-key',
    port: Number(process.env.FAKE_DATADOG_PORT ?? 7102),
  });
  process.stdout.write(`fake Argo CD on ${argocd.url}, fake Datadog on ${datadog.url}\n`);
}

main().catch(error => {
  process.stderr.write(`${error}\n`);
  process.exit(1);
});
