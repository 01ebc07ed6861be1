/*
 * Runs the embedded provider on a model file in a process of its own (node-llama-cpp is an ES
 * module that the unit-test runtime cannot load) and prints what it answered as JSON:
 *   node --require @backstage/cli/config/nodeTransform.cjs llamaSmoke.ts <model.gguf>
 */
import { LlamaCppProvider } from '../providers/llamaCpp';

async function main() {
  const provider = new LlamaCppProvider({ id: 'embedded', modelPath: process.argv[2], contextSize: 256, maxTokens: 6 });
  const chunks: string[] = [];
  const reply = await provider.complete({
    messages: [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'Who owns payments-api?' },
    ],
    tools: [],
    signal: new AbortController().signal,
    onText: chunk => chunks.push(chunk),
  });
  await provider.dispose();
  process.stdout.write(`${JSON.stringify({ reply, chunks, local: provider.local, supportsTools: provider.supportsTools })}\n`);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
