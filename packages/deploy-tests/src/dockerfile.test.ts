import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No container engine runs here, so the image is not built in CI. What a build or a pod would
// reveal later is checked from the Dockerfile's text instead.
const root = path.resolve(__dirname, '../../..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
const instructions = dockerfile
  .split('\n')
  .map(l => l.trim())
  .filter(l => l && !l.startsWith('#'));
const stages = instructions.reduce<string[][]>((all, line) => {
  if (line.startsWith('FROM ')) all.push([]);
  all[all.length - 1]?.push(line);
  return all;
}, []);
const runtime = stages[stages.length - 1];

/** The paths a stage copies from the build context (not from another stage). */
const copied = (stage: string[]) =>
  stage
    .filter(l => l.startsWith('COPY ') && !l.includes('--from='))
    .flatMap(l =>
      l
        .split(/\s+/)
        .slice(1, -1)
        .filter(a => !a.startsWith('--')),
    );

describe('the Dockerfile', () => {
  it('builds in stages and runs the last one on a pinned Node 24 slim image as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1];
    expect(image).toMatch(/^node:24\.\d+-[a-z]+-slim$/);
    expect(runtime[0]).toBe('FROM ${NODE_IMAGE}');
    const lastUser = runtime.filter(l => l.startsWith('USER ')).pop();
    expect(lastUser).toBe('USER node');
    expect(runtime.indexOf(lastUser!)).toBeGreaterThan(runtime.findLastIndex(l => l.startsWith('COPY ') || l.startsWith('RUN ')));
    expect(runtime.join('\n')).toContain('NODE_ENV=production');
  });

  it('installs only production dependencies for what runs, and no compiler', () => {
    const install = stages.find(s => s.some(l => l.includes('yarn workspaces focus --all --production')));
    expect(install).toBeDefined();
    expect(runtime.join('\n')).not.toMatch(/yarn install|g\+\+|build-essential/);
  });

  it('copies every file the production configuration reads', () => {
    const config = fs.readFileSync(path.join(root, 'app-config.production.yaml'), 'utf8');
    const production = parse(config);
    const files = [
      ...production.catalog.locations.map((l: { target: string }) => l.target),
      ...production.n8nActions.actionFiles,
      './app-config.yaml',
      './app-config.production.yaml',
    ].map((f: string) => f.replace(/^\.\//, ''));
    const inImage = copied(runtime);
    for (const file of files) {
      expect([file, inImage.some(c => file === c || file.startsWith(`${c}/`))]).toEqual([file, true]);
    }
  });

  it("never carries the laptop's configuration, whose development switches production refuses", () => {
    const inImage = copied(runtime);
    expect(inImage).not.toContain('app-config.development.yaml');
    expect(inImage).not.toContain('.');
    expect(fs.readFileSync(path.join(root, '.dockerignore'), 'utf8')).toMatch(/^app-config\.development\.yaml$/m);
  });

  /** What a stage has from the build context up to `index`, including what its base stage copied. */
  const availableIn = (stage: string[], index: number): string[] => {
    const base = /^FROM (\S+)/.exec(stage[0])![1];
    const parent = stages.find(s => s[0].endsWith(` AS ${base}`));
    return [...(parent ? availableIn(parent, parent.length) : []), ...copied(stage.slice(0, index))];
  };

  it('has what each yarn install needs before it runs: the resolutions pointing into the repository', () => {
    const resolutions = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).resolutions as Record<string, string>;
    const local = [
      ...new Set(
        Object.values(resolutions)
          .filter(v => v.startsWith('portal:'))
          .map(v => v.slice('portal:./'.length)),
      ),
    ];
    expect(local.length).toBeGreaterThan(0);
    for (const stage of stages.filter(s => s.some(l => /yarn (install|workspaces focus)/.test(l)))) {
      const available = availableIn(
        stage,
        stage.findIndex(l => /yarn (install|workspaces focus)/.test(l)),
      );
      for (const dir of local) expect([stage[0], dir, available.includes(dir)]).toEqual([stage[0], dir, true]);
    }
  });

  it('loads OpenTelemetry before the backend, from a file it copies, as the chart does', () => {
    const cmd = runtime.find(l => l.startsWith('CMD '))!;
    expect(JSON.parse(cmd.slice(4)).slice(0, 4)).toEqual(['node', '--require', './instrumentation.js', 'packages/backend']);
    expect(copied(runtime)).toContain('packages/backend/src/instrumentation.js');
    expect(fs.existsSync(path.join(root, 'packages/backend/src/instrumentation.js'))).toBe(true);
  });

  it('is used by the chart as it is meant to: tini stays the entrypoint, the user matches', () => {
    expect(runtime).toContain('ENTRYPOINT ["/usr/bin/tini", "--"]');
    const deployment = fs.readFileSync(path.join(root, 'charts/portal/templates/deployment.yaml'), 'utf8');
    expect(deployment).not.toMatch(/^\s+command:/m);
    expect(deployment).toMatch(/runAsUser: 1000/);
  });
});
