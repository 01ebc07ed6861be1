import { isChildPath } from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Copies `relative` (a file or folder of the site in `inputDir`) into `targetDir`. A symbolic
 * link is followed only when it points inside the site; one pointing elsewhere (a server file,
 * /proc) is left out and named in `skipped`. Files are copied, never linked, so the build sees
 * only copies.
 */
export async function copySitePart(inputDir: string, relative: string, targetDir: string, skipped: string[]): Promise<void> {
  const site = await fs.realpath(inputDir);
  const seen = new Set<string>();

  async function copy(from: string, to: string, shown: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(from);
    } catch {
      skipped.push(`${shown} (a link to nothing)`);
      return;
    }
    if (real !== site && !isChildPath(site, real)) {
      skipped.push(`${shown} (it points outside the docs site)`);
      return;
    }
    const stat = await fs.stat(real);
    if (stat.isDirectory()) {
      if (seen.has(real)) return; // a link back up the tree
      seen.add(real);
      await fs.mkdir(to, { recursive: true });
      for (const entry of await fs.readdir(from)) await copy(path.join(from, entry), path.join(to, entry), path.posix.join(shown, entry));
    } else if (stat.isFile()) {
      await fs.mkdir(path.dirname(to), { recursive: true });
      await fs.copyFile(real, to);
    } else {
      skipped.push(`${shown} (not a file or folder)`);
    }
  }

  const from = path.join(inputDir, relative);
  if (!isChildPath(inputDir, from)) throw new Error(`${relative} is outside the docs site`);
  await copy(from, path.join(targetDir, relative), relative);
}
