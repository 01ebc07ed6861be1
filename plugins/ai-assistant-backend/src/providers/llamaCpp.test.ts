import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTinyGguf } from '../__testUtils__/tinyGguf';
import { toLlamaHistory } from './llamaCpp';

jest.setTimeout(120_000);

describe('the embedded llama.cpp provider', () => {
  it('loads a GGUF model and streams its answer, on the CPU, offline', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiny-model-'));
    const model = path.join(dir, 'tiny.gguf');
    writeTinyGguf(model);
    try {
      // node-llama-cpp is an ES module with top-level await: it runs in a process of its own.
      const run = spawnSync(
        process.execPath,
        ['--require', require.resolve('@backstage/cli/config/nodeTransform.cjs'), path.join(__dirname, '../__testUtils__/llamaSmoke.ts'), model],
        { encoding: 'utf8', timeout: 100_000 },
      );
      expect(run.stderr).not.toMatch(/Error/);
      const result = JSON.parse(run.stdout.trim().split('\n').pop()!);
      // The tiny model only ever says "a"; six tokens were allowed.
      expect(result).toEqual({ reply: { text: 'aaaaaa', toolCalls: [] }, chunks: expect.arrayContaining(['a']), local: true, supportsTools: false });
      expect(result.chunks.join('')).toBe('aaaaaa');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns the conversation into chat history and the question to answer', () => {
    expect(
      toLlamaHistory([
        { role: 'system', content: 'rules' },
        { role: 'user', content: 'one' },
        { role: 'assistant', content: 'two' },
        { role: 'user', content: 'three' },
      ]),
    ).toEqual({
      history: [
        { type: 'system', text: 'rules' },
        { type: 'user', text: 'one' },
        { type: 'model', response: ['two'] },
      ],
      prompt: 'three',
    });
    expect(() => toLlamaHistory([{ role: 'system', content: 'rules' }])).toThrow('The conversation must end with a question');
  });
});
