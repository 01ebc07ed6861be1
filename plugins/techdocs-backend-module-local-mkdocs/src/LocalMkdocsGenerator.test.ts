import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import * as childProcess from 'node:child_process';
import { LocalMkdocsGenerator, MKDOCS_MISSING_MESSAGE } from './LocalMkdocsGenerator';

// Lets a test run the generator's real spawn with a PATH that has no mkdocs on it.
jest.mock('node:child_process', () => {
  const actual = jest.requireActual('node:child_process');
  return { ...actual, spawn: jest.fn(actual.spawn) };
});

function makeSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-'));
  const input = path.join(dir, 'input');
  fs.mkdirSync(path.join(input, 'docs'), { recursive: true });
  fs.writeFileSync(
    path.join(input, 'mkdocs.yml'),
    'site_name: Test site\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n',
  );
  fs.writeFileSync(path.join(input, 'docs', 'index.md'), '# Hello from the docs\n');
  return { input, output: path.join(dir, 'output') };
}

describe('LocalMkdocsGenerator', () => {
  const config = new ConfigReader({
    techdocs: {
      generator: { runIn: 'local', mkdocs: { omitTechdocsCorePlugin: true } },
    },
  });
  const generator = new LocalMkdocsGenerator({
    config,
    logger: mockServices.logger.mock(),
    scmIntegrations: ScmIntegrations.fromConfig(config),
  });

  it('builds a site with the local mkdocs', async () => {
    const { input, output } = makeSite();
    let log = '';
    const logStream = new Writable({ write(chunk, _enc, cb) { log += chunk; cb(); } });
    await generator
      .run({ inputDir: input, outputDir: output, logger: mockServices.logger.mock() as any, logStream })
      .catch(e => { throw new Error(`${e.message}\n${log}`); });
    expect(fs.readFileSync(path.join(output, 'index.html'), 'utf8')).toContain('Hello from the docs');
    expect(fs.existsSync(path.join(output, 'search', 'search_index.json'))).toBe(true);
  }, 60_000);

  it('says how to install MkDocs when it is missing', async () => {
    const { input, output } = makeSite();
    const emptyPath = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-path-'));
    const realSpawn = jest.requireActual('node:child_process').spawn;
    jest
      .mocked(childProcess.spawn)
      .mockImplementationOnce(((cmd: string, args: string[], opts: object) =>
        realSpawn(cmd, args, { ...opts, env: { PATH: emptyPath } })) as any);
    await expect(
      generator.run({ inputDir: input, outputDir: output, logger: mockServices.logger.mock() as any }),
    ).rejects.toThrow(MKDOCS_MISSING_MESSAGE);
  });
});
