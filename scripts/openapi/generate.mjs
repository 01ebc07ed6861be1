// Generates the code of every plugin API from its spec, `plugins/<id>-backend/src/schema/openapi.yaml`:
//   plugins/<id>-backend/src/schema/openapi.generated.ts  the spec as a constant and the validated
//                                                       router typed from it (Backstage's openapi utils)
//   plugins/<id>-common/src/schema/openapi.generated.ts   the request and response types (openapi-typescript),
//                                                       which the client in @internal/api-client is typed by
//   catalog-apis.yaml                                   one API entity per spec, the spec inline (the
//                                                       catalog resolves no $text in file locations)
// `--check` writes nothing and fails when a generated file is not what its spec gives (the lint step).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
const HEADER = '// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.\n';

/** Every backend plugin with a spec, and the common package its types go to. */
export function specs() {
  const plugins = path.join(root, 'plugins');
  return fs
    .readdirSync(plugins)
    .filter(dir => dir.endsWith('-backend') && fs.existsSync(path.join(plugins, dir, 'src/schema/openapi.yaml')))
    .map(dir => ({
      pluginId: dir.replace(/-backend$/, ''),
      specFile: path.join(plugins, dir, 'src/schema/openapi.yaml'),
      routerFile: path.join(plugins, dir, 'src/schema/openapi.generated.ts'),
      typesFile: path.join(plugins, dir.replace(/-backend$/, '-common'), 'src/schema/openapi.generated.ts'),
    }));
}

async function format(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

async function generate({ pluginId, specFile, routerFile, typesFile }) {
  const spec = yaml.load(fs.readFileSync(specFile, 'utf8'));
  if (spec?.info?.title !== pluginId) throw new Error(`${specFile}: info.title must be the plugin id ${pluginId}`);
  const router = `${HEADER}import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = ${JSON.stringify(spec, null, 2)} as const;

/** The plugin's router: requests validated against the spec, handlers typed by it. */
export const createOpenApiRouter = (options?: Parameters<typeof createPortalOpenApiRouter>[1]) => createPortalOpenApiRouter(spec, options);
`;
  const types = `${HEADER}/* eslint-disable */\n${astToString(await openapiTS(spec, { alphabetize: false }))}`;
  return [
    [routerFile, await format(routerFile, router)],
    [typesFile, await format(typesFile, types)],
  ];
}

/** The API entities of the portal's own catalog, each with its spec as definition. */
async function catalogEntities(entries) {
  const file = path.join(root, 'catalog-apis.yaml');
  const documents = entries.map(({ pluginId, specFile }) => {
    const text = fs.readFileSync(specFile, 'utf8');
    const { info } = yaml.load(text);
    return yaml.dump(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: {
          name: `portal-${pluginId}-api`,
          title: info['x-catalog-title'],
          description: info['x-catalog-description'],
          tags: ['openapi', 'developer-portal'],
        },
        spec: { type: 'openapi', lifecycle: 'production', owner: 'platform-team', system: 'developer-platform', definition: text },
      },
      { lineWidth: -1 },
    );
  });
  const header = `# Generated from plugins/*-backend/src/schema/openapi.yaml by scripts/openapi/generate.mjs: do not edit.\n`;
  return [file, await format(file, `${header}${documents.join('---\n')}`)];
}

const entries = specs();
const outputs = [...(await Promise.all(entries.map(generate))).flat(), await catalogEntities(entries)];
let stale = 0;
for (const [file, text] of outputs) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale += 1;
    console.error(`${path.relative(root, file)} is not what the specs give: run node scripts/openapi/generate.mjs`);
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
process.exit(stale ? 1 : 0);
