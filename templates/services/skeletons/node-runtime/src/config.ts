import { existsSync, readFileSync } from 'node:fs';

/**
 * Where configuration and secrets come from. Locally the environment and `.env`; in the cluster
 * swap in a secret-manager provider. Nothing else in the service reads process.env.
 */
export interface ConfigProvider {
  get(key: string): string | undefined;
  require(key: string): string;
}

export class EnvConfigProvider implements ConfigProvider {
  private readonly values: Record<string, string | undefined>;

  constructor(env: Record<string, string | undefined> = process.env, dotenvPath = '.env') {
    const fromFile: Record<string, string> = {};
    if (existsSync(dotenvPath)) {
      for (const line of readFileSync(dotenvPath, 'utf8').split('\n')) {
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
        if (match) fromFile[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
      }
    }
    // The real environment wins over the file.
    this.values = { ...fromFile, ...env };
  }

  get(key: string) {
    return this.values[key];
  }

  require(key: string) {
    const value = this.get(key);
    if (value === undefined || value === '') throw new Error(`Configuration ${key} is not set`);
    return value;
  }
}
