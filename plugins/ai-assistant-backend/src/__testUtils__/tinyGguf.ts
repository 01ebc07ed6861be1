/*
 * Writes a tiny llama-architecture model as a GGUF file (version 3), so the embedded provider can
 * be tested without model weights from anywhere. Its weights make it predictable: every token
 * embeds to the same vector, attention and feed-forward add nothing, and only the token "a" has
 * a non-zero output row, so it answers "a" for as long as it is allowed to.
 */
import fs from 'node:fs';

const N_EMBD = 64;
const N_FF = 128;
const N_HEAD = 4;
const ALIGNMENT = 32;

enum Type {
  UINT32 = 4,
  INT32 = 5,
  FLOAT32 = 6,
  STRING = 8,
  ARRAY = 9,
}

class Writer {
  private parts: Buffer[] = [];
  private length = 0;
  push(buffer: Buffer) {
    this.parts.push(buffer);
    this.length += buffer.length;
  }
  u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string) {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  pad() {
    const rest = this.length % ALIGNMENT;
    if (rest) this.push(Buffer.alloc(ALIGNMENT - rest));
  }
  get size() {
    return this.length;
  }
  buffer() {
    return Buffer.concat(this.parts);
  }
}

type Value =
  | { type: Type.UINT32 | Type.INT32 | Type.FLOAT32; value: number }
  | { type: Type.STRING; value: string }
  | { type: Type.ARRAY; of: Type; values: (string | number)[] };

function writeValue(w: Writer, type: Type, value: string | number) {
  if (type === Type.STRING) w.str(value as string);
  else if (type === Type.UINT32) w.u32(value as number);
  else if (type === Type.INT32) w.i32(value as number);
  else w.f32(value as number);
}

function vocabulary() {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [2, 3, 3]; // unknown, control, control
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(6); // byte
  }
  for (const piece of ['▁', ...'abcdefghijklmnopqrstuvwxyz'.split('')]) {
    tokens.push(piece);
    types.push(1); // normal
  }
  return { tokens, types, scores: tokens.map((_, i) => -i) };
}

/** Writes the model to `file` and returns the token it always answers with. */
export function writeTinyGguf(file: string): { answerToken: string } {
  const { tokens, types, scores } = vocabulary();
  const nVocab = tokens.length;
  const answer = tokens.indexOf('a');
  const metadata: [string, Value][] = [
    ['general.architecture', { type: Type.STRING, value: 'llama' }],
    ['general.name', { type: Type.STRING, value: 'portal-tiny-test-model' }],
    ['general.alignment', { type: Type.UINT32, value: ALIGNMENT }],
    ['llama.context_length', { type: Type.UINT32, value: 512 }],
    ['llama.embedding_length', { type: Type.UINT32, value: N_EMBD }],
    ['llama.block_count', { type: Type.UINT32, value: 1 }],
    ['llama.feed_forward_length', { type: Type.UINT32, value: N_FF }],
    ['llama.attention.head_count', { type: Type.UINT32, value: N_HEAD }],
    ['llama.attention.head_count_kv', { type: Type.UINT32, value: N_HEAD }],
    ['llama.attention.layer_norm_rms_epsilon', { type: Type.FLOAT32, value: 1e-5 }],
    ['llama.rope.dimension_count', { type: Type.UINT32, value: N_EMBD / N_HEAD }],
    ['llama.vocab_size', { type: Type.UINT32, value: nVocab }],
    ['tokenizer.ggml.model', { type: Type.STRING, value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: Type.ARRAY, of: Type.STRING, values: tokens }],
    ['tokenizer.ggml.scores', { type: Type.ARRAY, of: Type.FLOAT32, values: scores }],
    ['tokenizer.ggml.token_type', { type: Type.ARRAY, of: Type.INT32, values: types }],
    ['tokenizer.ggml.unknown_token_id', { type: Type.UINT32, value: 0 }],
    ['tokenizer.ggml.bos_token_id', { type: Type.UINT32, value: 1 }],
    ['tokenizer.ggml.eos_token_id', { type: Type.UINT32, value: 2 }],
  ];
  const filled = (n: number, value = 0) => new Float32Array(n).fill(value);
  const output = filled(N_EMBD * nVocab);
  output.fill(1, answer * N_EMBD, (answer + 1) * N_EMBD);
  const tensors: [string, number[], Float32Array][] = [
    ['token_embd.weight', [N_EMBD, nVocab], filled(N_EMBD * nVocab, 1)],
    ['output_norm.weight', [N_EMBD], filled(N_EMBD, 1)],
    ['output.weight', [N_EMBD, nVocab], output],
    ['blk.0.attn_norm.weight', [N_EMBD], filled(N_EMBD, 1)],
    ['blk.0.attn_q.weight', [N_EMBD, N_EMBD], filled(N_EMBD * N_EMBD)],
    ['blk.0.attn_k.weight', [N_EMBD, N_EMBD], filled(N_EMBD * N_EMBD)],
    ['blk.0.attn_v.weight', [N_EMBD, N_EMBD], filled(N_EMBD * N_EMBD)],
    ['blk.0.attn_output.weight', [N_EMBD, N_EMBD], filled(N_EMBD * N_EMBD)],
    ['blk.0.ffn_norm.weight', [N_EMBD], filled(N_EMBD, 1)],
    ['blk.0.ffn_gate.weight', [N_EMBD, N_FF], filled(N_EMBD * N_FF)],
    ['blk.0.ffn_down.weight', [N_FF, N_EMBD], filled(N_FF * N_EMBD)],
    ['blk.0.ffn_up.weight', [N_EMBD, N_FF], filled(N_EMBD * N_FF)],
  ];

  const w = new Writer();
  w.push(Buffer.from('GGUF', 'ascii'));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(metadata.length);
  for (const [key, v] of metadata) {
    w.str(key);
    w.u32(v.type);
    if (v.type === Type.ARRAY) {
      w.u32(v.of);
      w.u64(v.values.length);
      v.values.forEach(x => writeValue(w, v.of, x));
    } else {
      writeValue(w, v.type, v.value);
    }
  }
  let offset = 0;
  const offsets: number[] = [];
  for (const [name, dims, data] of tensors) {
    w.str(name);
    w.u32(dims.length);
    dims.forEach(d => w.u64(d));
    w.u32(0); // F32
    w.u64(offset);
    offsets.push(offset);
    offset += Math.ceil(data.byteLength / ALIGNMENT) * ALIGNMENT;
  }
  w.pad();
  for (const [, , data] of tensors) {
    w.push(Buffer.from(data.buffer));
    w.pad();
  }
  fs.writeFileSync(file, w.buffer());
  return { answerToken: 'a' };
}
