// Waits for the local backend, then posts the demo organisation's delivery events to the DORA
// webhooks, signed with this laptop's development secrets. Run by `./portal start`.
import { demoDeliveries, postDelivery, secretsFromEnv } from './dora-events.mjs';

const baseUrl = process.env.PORTAL_BACKEND_URL ?? 'http://localhost:7007';
const secrets = secretsFromEnv();

async function ready(deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  return false;
}

if (Object.values(secrets).some(s => !s)) {
  console.error('[demo] DORA webhook secrets are not set; no demo delivery events posted');
  process.exit(0);
}
if (!(await ready(Date.now() + 10 * 60 * 1000))) {
  console.error('[demo] the backend did not become ready; no demo delivery events posted');
  process.exit(0);
}
const deliveries = demoDeliveries(Date.now());
let failed = 0;
for (let i = 0; i < deliveries.length; i += 20) {
  const results = await Promise.allSettled(deliveries.slice(i, i + 20).map(d => postDelivery(baseUrl, secrets, d)));
  failed += results.filter(r => r.status === 'rejected').length;
}
console.log(`[demo] posted ${deliveries.length - failed} DORA delivery events${failed ? `, ${failed} refused` : ''}`);
