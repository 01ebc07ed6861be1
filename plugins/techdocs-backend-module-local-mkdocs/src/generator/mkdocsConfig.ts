import { InputError } from '@backstage/errors';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit } from 'yaml';

/**
 * What of an mkdocs.yml the portal builds. A docs site is input from whoever can register an
 * entity, so only keys, plugins and Markdown extensions that render documentation are kept;
 * everything that runs code (hooks, plugins that are not listed, Python tags) or reads other
 * files (INHERIT, !ENV, snippet paths) is removed or refused.
 */
const ALLOWED_KEYS = new Set([
  'site_name',
  'site_url',
  'site_description',
  'site_author',
  'repo_url',
  'repo_name',
  'edit_uri',
  'edit_uri_template',
  'docs_dir',
  'nav',
  'exclude_docs',
  'not_in_nav',
  'theme',
  'plugins',
  'markdown_extensions',
  'extra',
  'extra_css',
  'use_directory_urls',
  'strict',
  'copyright',
  'validation',
]);

const ALLOWED_THEME_KEYS = new Set(['name', 'custom_dir', 'font', 'icon', 'logo', 'favicon', 'language', 'direction', 'palette', 'features']);

const ALLOWED_PLUGINS = new Set(['search', 'material/search', 'techdocs-core', 'redirects']);

/** Markdown extensions of Python-Markdown and pymdown-extensions that only render text. */
const ALLOWED_EXTENSIONS = new Set([
  ...[
    'abbr',
    'admonition',
    'attr_list',
    'codehilite',
    'def_list',
    'extra',
    'fenced_code',
    'footnotes',
    'legacy_attrs',
    'legacy_em',
    'md_in_html',
    'meta',
    'nl2br',
    'sane_lists',
    'smarty',
    'tables',
    'toc',
    'wikilinks',
  ].flatMap(e => [e, `markdown.extensions.${e}`]),
  ...[
    'arithmatex',
    'betterem',
    'caret',
    'critic',
    'details',
    'emoji',
    'escapeall',
    'extra',
    'highlight',
    'inlinehilite',
    'keys',
    'magiclink',
    'mark',
    'progressbar',
    'saneheaders',
    'smartsymbols',
    'snippets',
    'striphtml',
    'superfences',
    'tabbed',
    'tasklist',
    'tilde',
  ].map(e => `pymdownx.${e}`),
]);

/** Python names Material's own documentation tells people to put in mkdocs.yml. */
const ALLOWED_PYTHON_TAGS = new Set([
  'tag:yaml.org,2002:python/name:material.extensions.emoji.twemoji',
  'tag:yaml.org,2002:python/name:material.extensions.emoji.to_svg',
  'tag:yaml.org,2002:python/name:materialx.emoji.twemoji',
  'tag:yaml.org,2002:python/name:materialx.emoji.to_svg',
  'tag:yaml.org,2002:python/name:pymdownx.superfences.fence_code_format',
  'tag:yaml.org,2002:python/name:pymdownx.emoji.twemoji',
  'tag:yaml.org,2002:python/name:pymdownx.emoji.to_svg',
]);

export interface SanitizedMkdocsConfig {
  /** The mkdocs.yml to build with. */
  text: string;
  docsDir: string;
  /** The theme's custom_dir, when it has one (inside the site). */
  customDir?: string;
  siteName?: string;
  siteDescription?: string;
  /** What was taken out, for the build log. */
  removed: string[];
}

const inside = (dir: string) => {
  const normal = path.posix.normalize(dir.replace(/\\/g, '/'));
  return !path.posix.isAbsolute(normal) && normal !== '..' && !normal.startsWith('../');
};

/** `!ENV VAR` or `!ENV [VAR, ..., default]`: the default, never a variable of the portal. */
function envDefault(node: { items?: unknown[] }): Scalar {
  const items = isSeq(node) ? node.items : [];
  const last = items.length > 1 ? items[items.length - 1] : undefined;
  return new Scalar(isScalar(last) ? last.value : null);
}

function nameOf(entry: unknown): string | undefined {
  if (isScalar(entry) && typeof entry.value === 'string') return entry.value;
  if (isMap(entry) && entry.items.length === 1 && isScalar(entry.items[0].key)) return String(entry.items[0].key.value);
  return undefined;
}

/**
 * Parses and cleans an mkdocs.yml (`text`, or a generated one when undefined). `sandboxed` says
 * whether MkDocs will run confined: unconfined, snippets (which read any path) are removed too.
 */
export function sanitizeMkdocsConfig(
  text: string | undefined,
  options: { siteName?: string; sandboxed: boolean; links?: (docsDir: string) => { repoUrl?: string; editUri?: string } },
): SanitizedMkdocsConfig {
  const removed: string[] = [];
  const doc: Document = parseDocument(text ?? `site_name: ${JSON.stringify(options.siteName ?? 'Documentation Site')}\ndocs_dir: docs\n`, {
    uniqueKeys: false,
    strict: false,
  });
  if (doc.errors.length > 0) throw new InputError(`mkdocs.yml is not valid YAML: ${doc.errors[0].message}`);

  visit(doc, {
    Node(_key, node) {
      const tag = (node as { tag?: string }).tag;
      if (!tag) return undefined;
      if (tag === '!ENV') {
        removed.push('!ENV (resolved to its default: the portal has no variables for docs)');
        return envDefault(node as { items?: unknown[] });
      }
      if (tag === '!relative') return undefined;
      if (tag.startsWith('tag:yaml.org,2002:python/')) {
        if (ALLOWED_PYTHON_TAGS.has(tag)) return undefined;
        throw new InputError(`mkdocs.yml uses the Python tag !!${tag.slice('tag:yaml.org,2002:'.length)}, which the portal does not build`);
      }
      if (tag.startsWith('tag:yaml.org,2002:')) return undefined;
      throw new InputError(`mkdocs.yml uses the YAML tag ${tag}, which the portal does not build`);
    },
  });

  const root = doc.contents;
  if (!isMap(root)) throw new InputError('mkdocs.yml must be a mapping of settings');
  for (const item of [...root.items]) {
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    if (!ALLOWED_KEYS.has(key)) {
      removed.push(key);
      root.delete(item.key);
    }
  }

  const docsDir = String(doc.get('docs_dir') ?? 'docs');
  if (!inside(docsDir)) throw new InputError(`docs_dir must be a folder inside the docs site, not ${JSON.stringify(docsDir)}`);
  doc.set('docs_dir', docsDir);
  if (options.siteName && !doc.has('site_name')) doc.set('site_name', options.siteName);
  const { repoUrl, editUri } = options.links?.(docsDir) ?? {};
  if (repoUrl && !doc.has('repo_url')) doc.set('repo_url', repoUrl);
  if (editUri && !doc.has('edit_uri')) doc.set('edit_uri', editUri);

  let customDir: string | undefined;
  const theme = doc.get('theme');
  if (isMap(theme)) {
    for (const item of [...theme.items]) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      if (!ALLOWED_THEME_KEYS.has(key)) {
        removed.push(`theme.${key}`);
        theme.delete(item.key);
      }
    }
    const dir = theme.get('custom_dir');
    if (dir !== undefined) {
      if (typeof dir !== 'string' || !inside(dir)) throw new InputError(`theme.custom_dir must be a folder inside the docs site, not ${JSON.stringify(dir)}`);
      customDir = dir;
    }
  }

  const plugins = doc.get('plugins');
  if (plugins !== undefined) {
    if (!isSeq(plugins)) {
      removed.push('plugins (not a list)');
      doc.delete('plugins');
    } else {
      plugins.items = plugins.items.filter(entry => {
        const name = nameOf(entry);
        if (name && ALLOWED_PLUGINS.has(name)) return true;
        removed.push(`plugin ${name ?? '(malformed)'}`);
        return false;
      });
    }
  }

  const extensions = doc.get('markdown_extensions');
  if (extensions !== undefined) {
    if (!isSeq(extensions)) {
      removed.push('markdown_extensions (not a list)');
      doc.delete('markdown_extensions');
    } else {
      extensions.items = extensions.items.flatMap(entry => {
        const name = nameOf(entry);
        if (!name || !ALLOWED_EXTENSIONS.has(name)) {
          removed.push(`markdown extension ${name ?? '(malformed)'}`);
          return [];
        }
        if (name !== 'pymdownx.snippets') return [entry];
        if (!options.sandboxed) {
          removed.push('markdown extension pymdownx.snippets (it reads any path when MkDocs is not sandboxed)');
          return [];
        }
        // Its own settings are replaced: snippets come from the docs folder, never from a URL.
        return [doc.createNode({ [name]: { base_path: [docsDir], url_download: false, check_paths: false } })];
      });
    }
  }

  const value = (key: string) => {
    const v = doc.get(key);
    return typeof v === 'string' ? v : undefined;
  };
  return { text: doc.toString(), docsDir, customDir, siteName: value('site_name'), siteDescription: value('site_description'), removed };
}
