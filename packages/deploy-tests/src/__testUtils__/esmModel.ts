import { spawnSync } from 'node:child_process';

/**
 * A validator from a model package published as ES modules only (the External Secrets models:
 * `import` condition only, which Jest's CommonJS resolver does not take), run in a Node process of
 * its own. Validation is synchronous like the CommonJS models': it throws the model's message.
 */
export function esmModel(specifier: string, className: string): new (data: any) => { validate(): void } {
  return class {
    constructor(private readonly data: any) {}

    validate() {
      const script = `const { ${className} } = await import(${JSON.stringify(specifier)});
try { new ${className}(JSON.parse(process.argv[1])).validate(); } catch (e) { process.stderr.write(e.message); process.exit(1); }`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(this.data)], {
        cwd: __dirname,
        encoding: 'utf8',
        timeout: 30_000,
      });
      if (run.status !== 0) throw new Error(run.stderr);
    }
  };
}
