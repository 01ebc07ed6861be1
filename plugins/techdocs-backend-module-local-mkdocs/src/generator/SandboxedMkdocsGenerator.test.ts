import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { TechdocsGenerator } from '@backstage/plugin-techdocs-node';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { bubblewrapArgs } from './bubblewrap';
import { MKDOCS_MISSING_MESSAGE, SANDBOX_MISSING_MESSAGE, SandboxedMkdocsGenerator, SandboxMode } from './SandboxedMkdocsGenerator';

// A secret of "the backend": in its environment and in a file next to the site, as the database
// password and app-config.production.yaml are on a real server.
// It is set in the real environment by __testUtils__/backendSecret.js, so child processes inherit it.
const SECRET = process.env.PORTAL_TEST_SECRET!;
const serverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'server-'));
const serverFile = path.join(serverDir, 'app-config.production.yaml');
fs.writeFileSync(serverFile, `postgres_password: ${SECRET}\n`);

const MATERIAL = 'theme:\n  name: material\n  font: false\n';

function site(files: Record<string, string>, links: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-'));
  const input = path.join(dir, 'input');
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(input, file)), { recursive: true });
    fs.writeFileSync(path.join(input, file), content);
  }
  for (const [link, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(input, link)), { recursive: true });
    fs.symlinkSync(target, path.join(input, link));
  }
  return { input, output: path.join(dir, 'output') };
}

const generator = (sandbox: SandboxMode = 'bubblewrap') =>
  new SandboxedMkdocsGenerator({
    sandbox,
    timeoutMs: 120_000,
    config: new ConfigReader({}),
    logger: mockServices.logger.mock(),
    integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
  });

async function build(files: Record<string, string>, links?: Record<string, string>, sandbox?: SandboxMode) {
  const { input, output } = site(files, links);
  let log = '';
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      log += chunk;
      cb();
    },
  });
  await generator(sandbox)
    .run({ inputDir: input, outputDir: output, logger: mockServices.logger.mock() as any, logStream })
    .catch(e => {
      throw new Error(`${e.message}\n${log}`);
    });
  const pages = (dir: string): string =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .map(e => {
        if (e.isDirectory()) return pages(path.join(dir, e.name));
        return e.name.endsWith('.html') ? fs.readFileSync(path.join(dir, e.name), 'utf8') : '';
      })
      .join('\n');
  return { input, output, log, html: pages(output) };
}

describe('SandboxedMkdocsGenerator', () => {
  it('builds a site: its pages, the search index and the metadata TechDocs reads', async () => {
    const { output, html } = await build({
      'mkdocs.yml': `site_name: Test site\nsite_description: About tests\n${MATERIAL}plugins:\n  - search\n`,
      'docs/index.md': '# Hello from the docs\n',
    });
    expect(html).toContain('Hello from the docs');
    expect(fs.existsSync(path.join(output, 'search', 'search_index.json'))).toBe(true);
    const metadata = JSON.parse(fs.readFileSync(path.join(output, 'techdocs_metadata.json'), 'utf8'));
    expect(metadata).toMatchObject({ site_name: 'Test site', site_description: 'About tests' });
    expect(metadata.files).toContain('index.html');
  }, 60_000);

  it('resolves !ENV to its default, never to a variable of the portal', async () => {
    const { html, log } = await build({
      'mkdocs.yml': `site_name: !ENV [PORTAL_TEST_SECRET, 'Env site']\ncopyright: !ENV PORTAL_TEST_SECRET\n${MATERIAL}`,
      'docs/index.md': '# Env\n',
    });
    expect(html).not.toContain(SECRET);
    expect(html).toContain('Env site');
    expect(log).toContain('!ENV (resolved to its default');
  }, 60_000);

  it('lets snippets read nothing of the server: absolute paths, ../ paths, /proc', async () => {
    const { html } = await build({
      'mkdocs.yml': `site_name: Snippets\n${MATERIAL}markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['/', '..', '${serverDir}']\n      url_download: true\n`,
      'docs/index.md': `# Snippets\n\n--8<-- "${serverFile}"\n\n--8<-- "../../../../../../..${serverFile}"\n\n--8<-- "/proc/self/environ"\n\n--8<-- "/proc/1/environ"\n\n--8<-- "part.md"\n`,
      'docs/part.md': 'A part of the docs folder.\n',
    });
    expect(html).not.toContain(SECRET);
    // /proc inside the sandbox is the build's own: its environment is the clean one, if anything.
    expect(html).not.toContain('PORTAL_TEST_SECRET');
    expect(html).toContain('A part of the docs folder.');
  }, 60_000);

  it('leaves out symbolic links that point outside the site', async () => {
    const { html, log, output } = await build(
      { 'mkdocs.yml': `site_name: Links\n${MATERIAL}`, 'docs/index.md': '# Links\n', 'docs/inside.md': 'Inside the site.\n' },
      { 'docs/secret.md': serverFile, 'docs/environ.md': '/proc/self/environ', 'docs/again.md': 'inside.md' },
    );
    expect(html).not.toContain(SECRET);
    expect(log).toContain('docs/secret.md (it points outside the docs site)');
    expect(fs.existsSync(path.join(output, 'secret', 'index.html'))).toBe(false);
    expect(fs.readFileSync(path.join(output, 'again', 'index.html'), 'utf8')).toContain('Inside the site.');
  }, 60_000);

  it('runs no code of the site: hooks and unlisted plugins are left out, Python tags refused', async () => {
    const marker = path.join(serverDir, 'hook-ran');
    const { log } = await build({
      'mkdocs.yml': `site_name: Hooks\n${MATERIAL}hooks:\n  - hook.py\nINHERIT: ${serverFile}\nplugins:\n  - search\n  - macros\n`,
      'hook.py': `open(${JSON.stringify(marker)}, 'w').write('ran')\n`,
      'docs/index.md': '# Hooks\n',
    });
    expect(fs.existsSync(marker)).toBe(false);
    expect(log).toMatch(/left out of mkdocs.yml: .*hooks.*INHERIT.*plugin macros/);
    const refused = site({ 'mkdocs.yml': `site_name: !!python/object/apply:os.system ["touch ${marker}"]\n`, 'docs/index.md': '# x\n' });
    await expect(generator().run({ inputDir: refused.input, outputDir: refused.output, logger: mockServices.logger.mock() as any })).rejects.toThrow(
      'mkdocs.yml uses the Python tag !!python/object/apply:os.system',
    );
    expect(fs.existsSync(marker)).toBe(false);
  }, 60_000);

  it('refuses a docs_dir outside the site', async () => {
    const outside = site({ 'mkdocs.yml': 'site_name: Out\ndocs_dir: ../../..\n' });
    await expect(generator().run({ inputDir: outside.input, outputDir: outside.output, logger: mockServices.logger.mock() as any })).rejects.toThrow(
      'docs_dir must be a folder inside the docs site',
    );
  });

  it('unsandboxed, on a laptop, still passes no secret and drops snippets', async () => {
    const { html, log } = await build(
      {
        'mkdocs.yml': `site_name: !ENV [PORTAL_TEST_SECRET, 'Laptop']\n${MATERIAL}markdown_extensions:\n  - pymdownx.snippets\n`,
        'docs/index.md': `# Laptop\n\n--8<-- "${serverFile}"\n`,
      },
      {},
      'none',
    );
    expect(html).not.toContain(SECRET);
    expect(log).toContain('pymdownx.snippets (it reads any path when MkDocs is not sandboxed)');
  }, 60_000);

  describe('says what is missing', () => {
    const savedPath = process.env.PATH;
    afterEach(() => {
      process.env.PATH = savedPath;
    });

    it('MkDocs', async () => {
      process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-path-'));
      const { input, output } = site({ 'mkdocs.yml': 'site_name: x\n', 'docs/index.md': '# x\n' });
      await expect(generator().run({ inputDir: input, outputDir: output, logger: mockServices.logger.mock() as any })).rejects.toThrow(MKDOCS_MISSING_MESSAGE);
    });

    it('bubblewrap', async () => {
      const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'only-mkdocs-'));
      fs.symlinkSync(spawnSync('sh', ['-c', 'command -v mkdocs'], { encoding: 'utf8' }).stdout.trim(), path.join(bin, 'mkdocs'));
      process.env.PATH = bin;
      const { input, output } = site({ 'mkdocs.yml': 'site_name: x\n', 'docs/index.md': '# x\n' });
      await expect(generator().run({ inputDir: input, outputDir: output, logger: mockServices.logger.mock() as any })).rejects.toThrow(SANDBOX_MISSING_MESSAGE);
    });
  });
});

describe('the bubblewrap sandbox itself', () => {
  it("gives a program none of the backend's environment, files or network", () => {
    const { input, output } = site({ 'in.txt': 'inside' });
    fs.mkdirSync(output);
    const probe = `
import os, socket, json
def can_read(p):
    try:
        open(p).read(); return True
    except Exception:
        return False
print(json.dumps({'env': dict(os.environ), 'server_file': can_read(${JSON.stringify(
      serverFile,
    )}), 'site': open('in.txt').read(), 'passwd': can_read('/etc/passwd'), 'net': [i[1] for i in socket.if_nameindex()]}))
`;
    const args = bubblewrapArgs({ inputDir: input, outputDir: output, command: ['/usr/bin/python3', '-c', probe] });
    const result = spawnSync('bwrap', args, { encoding: 'utf8', env: { ...process.env } });
    expect(result.stderr).toBe('');
    const seen = JSON.parse(result.stdout);
    expect(Object.keys(seen.env).sort()).toEqual(['HOME', 'LANG', 'LC_ALL', 'PATH', 'PWD', 'PYTHONDONTWRITEBYTECODE']);
    expect(JSON.stringify(seen.env)).not.toContain(SECRET);
    expect(seen.server_file).toBe(false);
    expect(seen.passwd).toBe(false);
    expect(seen.site).toBe('inside');
    // A new network namespace has only its own loopback, which is down: no way out.
    expect(seen.net).toEqual(['lo']);
  });
});

describe('the stock TechDocs generator, for comparison', () => {
  it('puts a variable of the backend into the page through !ENV', async () => {
    const { input, output } = site({ 'mkdocs.yml': `site_name: !ENV PORTAL_TEST_SECRET\n${MATERIAL}`, 'docs/index.md': '# Stock\n' });
    const config = new ConfigReader({ techdocs: { generator: { runIn: 'local', mkdocs: { omitTechdocsCorePlugin: true } } } });
    const stock = new TechdocsGenerator({ config, logger: mockServices.logger.mock(), scmIntegrations: ScmIntegrations.fromConfig(config) });
    let log = '';
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        log += chunk;
        cb();
      },
    });
    await stock.run({ inputDir: input, outputDir: output, logger: mockServices.logger.mock() as any, logStream }).catch(e => {
      throw new Error(`${e.message}\n${log}\n${fs.readFileSync(path.join(input, 'mkdocs.yml'), 'utf8')}`);
    });
    expect(fs.readFileSync(path.join(output, 'index.html'), 'utf8')).toContain(SECRET);
  }, 60_000);
});
