// The assistant's overhead: the development backend on 127.0.0.1:7017 (in-memory database) asks
// the stand-in model of packages/test-fakes on 127.0.0.1:7114; the same question sent straight
// to that model, in the same run, is the baseline. Writes the assistant section of
// docs/benchmarks.md.
// Usage: ./portal bench assistant   (about 2 minutes)
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startBenchBackend, startDetached, waitUntil } from './backend.mjs';
import { machine, writeSection } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const log = msg => process.stdout.write(`[bench:assistant] ${msg}\n`);
const PORT = 7017;
const MODEL_PORT = 7114;
const ROUNDS = 20;
const modelUrl = `http://127.0.0.1:${MODEL_PORT}/v1`;

log('starting the stand-in model and the backend');
startDetached(['--require', require.resolve('@backstage/cli/config/nodeTransform.cjs'), 'packages/test-fakes/src/cli.ts'], {
  FAKE_ARGOCD_PORT: '7111',
  FAKE_DATADOG_PORT: '7112',
  FAKE_LLM_PORT: String(MODEL_PORT),
  FAKE_OIDC_CLIENT_SECRET: '',
});
const { baseUrl, auth } = await startBenchBackend(
  'assistant',
  PORT,
  () => `aiAssistant:
  providers:
    - { id: bench-model, type: openai, local: true, baseUrl: ${modelUrl}, model: portal-demo, timeoutMs: 10000 }
  rateLimit: { perMinute: 100000, perDay: 100000 }
`,
);
await waitUntil(async () => (await fetch(`${baseUrl}/api/catalog/entities/by-name/component/default/payments-api`, { headers: auth })).ok, 'the demo catalog');

const QUESTION = 'Who owns payments-api?';

/** Reads a streamed response; returns the times of the first text and of the end, from `t0`. */
async function timed(response, t0, isText) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let first;
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    if (first === undefined && isText(buffered)) first = performance.now() - t0;
  }
  return { firstMs: first ?? NaN, totalMs: performance.now() - t0, body: buffered };
}

async function viaPortal() {
  const conversation = await (
    await fetch(`${baseUrl}/api/ai-assistant/conversations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })
  ).json();
  const t0 = performance.now();
  const response = await fetch(`${baseUrl}/api/ai-assistant/conversations/${conversation.id}/messages`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ text: QUESTION }),
  });
  const r = await timed(response, t0, b => b.includes('"type":"text"'));
  if (!r.body.includes('"type":"done"')) throw new Error(`no answer: ${r.body.slice(0, 300)}`);
  return r;
}

/** The baseline: the two model calls the portal makes (the tool call, then the answer), straight. */
async function direct() {
  const t0 = performance.now();
  const ask = messages =>
    fetch(`${modelUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'portal-demo',
        stream: true,
        messages,
        tools: [{ type: 'function', function: { name: 'catalog__get-catalog-entity', parameters: {} } }],
      }),
    });
  await timed(await ask([{ role: 'user', content: `Question: ${QUESTION}` }]), t0, () => false);
  const data =
    '<portal-data source="catalog:get-catalog-entity">\n{"output":{"kind":"Component","metadata":{"name":"payments-api"}},"sources":[]}\n</portal-data>';
  return timed(
    await ask([
      { role: 'user', content: `Question: ${QUESTION}` },
      { role: 'assistant', content: '', tool_calls: [{ id: 'c', type: 'function', function: { name: 'catalog__get-catalog-entity', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'c', content: data },
    ]),
    t0,
    b => /"content":"[^"]/.test(b),
  );
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
log('warming up');
await viaPortal();
await direct();
log(`asking ${ROUNDS} times each way`);
const portal = [];
const baseline = [];
for (let i = 0; i < ROUNDS; i++) {
  portal.push(await viaPortal());
  baseline.push(await direct());
}
const ms = x => x.toFixed(0);
const row = (what, p, b) => `| ${what} | ${ms(p)} | ${ms(b)} | ${(p / b).toFixed(1)} |`;
const pFirst = median(portal.map(r => r.firstMs));
const bFirst = median(baseline.map(r => r.firstMs));
const pTotal = median(portal.map(r => r.totalMs));
const bTotal = median(baseline.map(r => r.totalMs));
const table = [
  '| median of 20 | through the portal (ms) | baseline: the model directly (ms) | portal / baseline |',
  '|---|---:|---:|---:|',
  row('first text on screen', pFirst, bFirst),
  row('whole answer', pTotal, bTotal),
].join('\n');

writeSection(
  'assistant',
  `## AI assistant overhead

Measured by \`./portal bench assistant\` (\`scripts/bench/assistant.mjs\`): the development backend
on 127.0.0.1 with an in-memory SQLite database and the demo catalog. It asks the stand-in model of
\`packages/test-fakes\` "${QUESTION}" ${ROUNDS} times through \`POST /api/ai-assistant/conversations/:id/messages\`.
The model answers at once, so what is measured is the portal's own work.

- **Date:** ${new Date().toISOString().slice(0, 10)}
- **Machine:** ${machine()}

${table}

**Through the portal**, one question is: checking the rate limit and storing the question; the
catalog query for confidential entities the question names; listing the tools of the actions
registry; a search for the question and the entity lookup the model asks for, both over HTTP as
the user; two streamed model calls; and storing the answer and the audit trail. **Baseline** is
the same two streamed calls to the model, sent straight, in the same run. The ratio is the price
of grounding, the data policy and the records. With a real model, its own time comes on top of
both sides (seconds, for a hosted model) and the ratio shrinks towards 1: the portal's part is
the wait before the model starts writing. The stand-in writes its answer in one go, so through the
portal the first text arrives with the last.
`,
);
console.log(table);
log('wrote docs/benchmarks.md');
process.exit(0);
