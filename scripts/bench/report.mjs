// docs/benchmarks.md is made of sections, one per benchmark script; each script rewrites its own
// section and leaves the others as they are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(root, 'docs/benchmarks.md');
const HEADER = `# Benchmarks

Each section is written by a script that anyone can rerun (\`./portal bench\` runs them all,
\`./portal bench <name>\` one). Every measure stands next to a baseline measured in the same run on
the same machine, and the ratio between them is what to read.
`;

/** The machine a benchmark ran on, as the report states it. */
export function machine() {
  let cpu = os.cpus()[0]?.model;
  try {
    cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: the model from os.cpus() will do
  }
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Replaces (or adds) the section `name` of docs/benchmarks.md. */
export function writeSection(name, markdown) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : HEADER;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  doc = from >= 0 && to > from ? doc.slice(0, from) + block + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, doc);
}
