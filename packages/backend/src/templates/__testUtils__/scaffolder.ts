import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import YAML from 'yaml';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import localPublishModule from '@internal/plugin-scaffolder-backend-module-local-publish';

/** What a developer fills in for a service, as the tests use it. */
export const serviceValues = {
  name: 'user-profile',
  description: 'Profiles of our users',
  owner: 'group:default/payments-team',
  system: 'system:default/payment-gateway',
  size: 'medium',
  replicas: 3,
  publishTo: 'local',
};

/** The repository's templates folder. */
export const templatesDir = path.resolve(__dirname, '../../../../../templates');

export type DirectoryContents = Array<{ path: string; base64Content: string }>;

/** Every file under a folder, as the dry-run API takes them (paths relative to the template). */
export function directoryContents(dir: string, prefix = ''): DirectoryContents {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const rel = path.posix.join(prefix, entry.name);
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? directoryContents(full, rel) : [{ path: rel, base64Content: fs.readFileSync(full).toString('base64') }];
  });
}

/** The generated files of a dry run, by path. */
export function filesOf(body: { directoryContents: DirectoryContents }) {
  return new Map<string, string>(body.directoryContents.map(f => [f.path, Buffer.from(f.base64Content, 'base64').toString('utf8')]));
}

/** Writes generated files into a folder, as the repository a team would get. */
export function writeFiles(dir: string, files: Map<string, string>) {
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/**
 * The real scaffolder backend with the portal's local publishing actions, answering dry runs:
 * templates are rendered exactly as the portal renders them, without publishing anything.
 */
export async function startScaffolder() {
  const backend = await startTestBackend({
    features: [
      scaffolderPlugin,
      localPublishModule,
      mockServices.rootConfig.factory({ data: { scaffolder: { localPublish: { directory: '/tmp/portal-dry-run-repos' } } } }),
      catalogServiceMock.factory({ entities: [] }),
    ],
  });

  /** A dry run of a template file (relative to templates/) or of a template given inline. */
  const dryRun = (template: string | { template: object; directory: DirectoryContents }, values: object) => {
    const body =
      typeof template === 'string'
        ? {
            template: YAML.parse(fs.readFileSync(path.join(templatesDir, template), 'utf8')),
            directoryContents: directoryContents(path.dirname(path.join(templatesDir, template))),
          }
        : { template: template.template, directoryContents: template.directory };
    return request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({ ...body, values });
  };
  return { dryRun, stop: () => backend.stop() };
}
