import fs from 'node:fs';
import path from 'node:path';

/** `${NAME}` substitutions in a config file; `$${NAME}` is an escaped literal and is skipped. */
export function referencedVariables(yamlText: string): string[] {
  const names = new Set<string>();
  for (const line of yamlText.split('\n')) {
    const content = line.replace(/(^|\s)#.*$/, '');
    for (const match of content.matchAll(/(\$?)\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}/g)) {
      if (match[1] !== '$') names.add(match[2]);
    }
  }
  return [...names];
}

/** The config files the backend was started with (`--config` arguments, in order). */
export function configFilesFromArgv(argv: string[]): string[] {
  const files: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--config' && argv[i + 1]) files.push(argv[i + 1]);
    else if (arg.startsWith('--config=')) files.push(arg.slice('--config='.length));
  });
  return files;
}

export function missingVariables(
  files: string[],
  env: NodeJS.ProcessEnv,
  readFile: (file: string) => string = f => fs.readFileSync(f, 'utf8'),
): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const file of files) {
    for (const name of referencedVariables(readFile(file))) {
      if (env[name] === undefined || env[name] === '') {
        missing.set(name, [...(missing.get(name) ?? []), path.basename(file)]);
      }
    }
  }
  return missing;
}

/**
 * Backstage drops a config value whose environment variable is unset, which surfaces much later
 * as an unrelated-looking error. In production, stop at once and name every missing variable.
 */
export function assertRequiredEnvironment(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const files = configFilesFromArgv(argv);
  const missing = missingVariables(files.length ? files : ['app-config.yaml'], env);
  if (missing.size === 0) return;
  const lines = [...missing].map(([name, inFiles]) => `  ${name} (used in ${inFiles.join(', ')})`);
  process.stderr.write(`The portal cannot start: required environment variables are not set:\n${lines.join('\n')}\n`);
  process.exit(78); // EX_CONFIG
}
