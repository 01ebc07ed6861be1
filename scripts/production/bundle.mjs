// The backend as the image runs it: `yarn workspace backend build` packs the backend, the built
// frontend and every workspace package it depends on (compiled to dist/) into
// packages/backend/dist/bundle.tar.gz; the Dockerfile unpacks that into /app next to the
// production dependencies and starts `node packages/backend`. Here the bundle is unpacked into a
// folder the same way, next to this checkout's installed dependencies, so nothing of the sources runs.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../test/lib/processes.mjs';

const BUNDLE = path.join(root, 'packages/backend/dist/bundle.tar.gz');
// What the Dockerfile copies into /app besides the bundle (the production config reads them there).
const IMAGE_FILES = [
  'app-config.yaml',
  'app-config.production.yaml',
  'catalog-info.yaml',
  'catalog-apis.yaml',
  'mkdocs.yml',
  'docs',
  'templates',
  'self-service',
];

/** Builds the bundle (the frontend with it), as the image's build stage does; exits on failure. */
export function buildBundle(say) {
  say('building the backend bundle with the frontend (yarn workspace backend build)');
  const build = spawnSync('yarn', ['workspace', 'backend', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * Unpacks the bundle into `dir` (emptied first) with the files the image adds, and links its
 * node_modules. Returns `dir`, the folder to start `node packages/backend` in.
 */
export function unpackBundle(dir) {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${path.relative(root, BUNDLE)} is missing: run without --no-build`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', BUNDLE, '-C', dir]);
  for (const file of IMAGE_FILES) fs.symlinkSync(path.join(root, file), path.join(dir, file));
  fs.copyFileSync(path.join(root, 'packages/backend/src/instrumentation.js'), path.join(dir, 'instrumentation.js'));

  // The installed dependencies, hard-linked (seconds, no copy). Yarn installs workspace packages
  // as relative links (node_modules/@internal/csv -> ../../packages/csv), so here they resolve to
  // the packed copies; those the bundle does not hold (test helpers, frontend plugins) to nothing,
  // as in the image.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  return dir;
}
