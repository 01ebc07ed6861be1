// A FOCUS 1.0 cost export for the demo organisation: four months of daily costs per component
// (by its `cost/tag` value), up to and including today, written to .portal/demo-costs/focus.csv where
// app-config.development.yaml points the cost plugin. The same days give the same numbers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DAY = 24 * 60 * 60 * 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Daily spend per service and category; growth makes some services trend up. */
const SERVICES = [
  { tag: 'payments-api', compute: 42, storage: 6, network: 3, growth: 0.004 },
  { tag: 'fraud-detector', compute: 55, storage: 2, network: 1, growth: 0.0 },
  { tag: 'ledger-service', compute: 18, storage: 14, network: 1, growth: 0.001 },
  { tag: 'checkout-api', compute: 30, storage: 3, network: 6, growth: 0.006 },
  { tag: 'checkout-web', compute: 9, storage: 1, network: 8, growth: 0.0 },
  { tag: 'cart-service', compute: 14, storage: 4, network: 2, growth: -0.002 },
  { tag: 'events-ingestor', compute: 25, storage: 20, network: 5, growth: 0.002 },
  { tag: 'analytics-dashboard', compute: 6, storage: 2, network: 1, growth: 0.0 },
  { tag: 'golden-path-cli', compute: 2, storage: 0.5, network: 0.2, growth: 0.0 },
];
const CATEGORY = {
  compute: ['Compute', 'Amazon Elastic Compute Cloud'],
  storage: ['Storage', 'Amazon Simple Storage Service'],
  network: ['Networking', 'AWS Data Transfer'],
};

const wobble = (day, tag) => 1 + 0.15 * Math.sin(day / 3 + tag.length);

export function demoFocusCsv(now, days = 120) {
  const header =
    'BilledCost,BillingAccountId,BillingCurrency,ChargeCategory,ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ProviderName,ServiceCategory,ServiceName,Tags';
  const rows = [];
  const today = Math.floor(now / DAY);
  for (let day = today - days; day <= today; day++) {
    const start = new Date(day * DAY).toISOString();
    const end = new Date((day + 1) * DAY).toISOString();
    const age = day - (today - days);
    for (const s of SERVICES) {
      for (const [category, [serviceCategory, serviceName]] of Object.entries(CATEGORY)) {
        const cost = (s[category] * wobble(day, s.tag) * (1 + s.growth) ** age).toFixed(2);
        const tags = `"${JSON.stringify({ service: s.tag }).replace(/"/g, '""')}"`;
        rows.push([cost, '123456789012', 'USD', 'Usage', start, end, cost, 'AWS', serviceCategory, serviceName, tags].join(','));
      }
    }
    // Shared cluster costs nobody is tagged for: shown as unallocated.
    const shared = (11 * wobble(day, 'shared')).toFixed(2);
    rows.push([shared, '123456789012', 'USD', 'Usage', start, end, shared, 'AWS', 'Compute', 'Amazon Elastic Kubernetes Service', ''].join(','));
  }
  return `${[header, ...rows].join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(root, '.portal/demo-costs/focus.csv');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, demoFocusCsv(Date.now()));
  console.log(`[demo] wrote ${path.relative(root, out)}`);
}
