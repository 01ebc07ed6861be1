import fc from 'fast-check';
import { parse } from 'yaml';
import { sanitizeMkdocsConfig } from './mkdocsConfig';

const options = { sandboxed: true };

describe('sanitizeMkdocsConfig', () => {
  it('keeps what renders documentation and names what it takes out', () => {
    const out = sanitizeMkdocsConfig(
      `site_name: Docs
hooks: [hook.py]
INHERIT: ../base.yml
theme: { name: material, custom_dir: overrides, shadow: x }
plugins: [search, macros, { redirects: { redirect_maps: {} } }]
markdown_extensions:
  - admonition
  - toc: { permalink: true }
  - pymdownx.snippets: { base_path: [/], url_download: true }
  - some.module:Evil
  - pymdownx.emoji: { emoji_generator: !!python/name:material.extensions.emoji.to_svg }
`,
      options,
    );
    expect(out.removed).toEqual(['hooks', 'INHERIT', 'theme.shadow', 'plugin macros', 'markdown extension some.module:Evil']);
    expect(out.customDir).toBe('overrides');
    const config = parse(out.text.replace(/!!python\/name:\S+/, 'emoji'));
    expect(config.plugins).toEqual(['search', { redirects: { redirect_maps: {} } }]);
    expect(config.markdown_extensions[2]).toEqual({ 'pymdownx.snippets': { base_path: ['docs'], url_download: false, check_paths: false } });
    expect(out.text).toContain('!!python/name:material.extensions.emoji.to_svg');
  });

  it('writes a site of its own when there is no mkdocs.yml', () => {
    expect(parse(sanitizeMkdocsConfig(undefined, { ...options, siteName: 'payments-api' }).text)).toEqual({ site_name: 'payments-api', docs_dir: 'docs' });
  });

  it('never leaves an !ENV, a key it does not build, or a docs_dir outside the site (property)', () => {
    const key = fc.oneof(
      fc.constantFrom('site_name', 'copyright', 'extra', 'hooks', 'INHERIT', 'docs_dir', 'watch', 'site_dir'),
      fc.string({ minLength: 1, maxLength: 8 }).filter(k => /^[a-z_]+$/.test(k)),
    );
    const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,10}$/);
    const value = fc.oneof(
      envName.map(n => `!ENV ${n}`),
      fc
        .tuple(
          envName,
          fc.string({ maxLength: 8 }).filter(s => /^[a-z ]*$/.test(s)),
        )
        .map(([n, d]) => `!ENV [${n}, '${d}']`),
      fc.constantFrom('plain', '"quoted"', '42', 'docs'),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 8 }), entries => {
        const text = Object.entries(entries)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n');
        let out;
        try {
          out = sanitizeMkdocsConfig(text, options);
        } catch (error) {
          // Refused outright is fine too, with a reason naming the setting.
          return /docs_dir|mapping/.test(String(error));
        }
        expect(out.text).not.toContain('!ENV');
        const kept = Object.keys(parse(out.text) ?? {});
        for (const k of kept) expect(['site_name', 'copyright', 'extra', 'docs_dir']).toContain(k);
        expect(out.docsDir.startsWith('..')).toBe(false);
        return true;
      }),
    );
  });
});
