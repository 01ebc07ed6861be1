import { configFilesFromArgv, missingVariables, referencedVariables } from './requiredEnvironment';

describe('requiredEnvironment', () => {
  it('finds substitutions and skips escaped ones and comments', () => {
    const yaml = ['host: ${POSTGRES_HOST}', 'port: ${ POSTGRES_PORT }', 'literal: $${NOT_A_VAR}', '# token: ${COMMENTED_OUT}', 'url: https://x/${A}/${B}'].join(
      '\n',
    );
    expect(referencedVariables(yaml).sort()).toEqual(['A', 'B', 'POSTGRES_HOST', 'POSTGRES_PORT']);
  });

  it('reads --config arguments in both forms', () => {
    expect(configFilesFromArgv(['node', 'x', '--config', 'a.yaml', '--config=b.yaml'])).toEqual(['a.yaml', 'b.yaml']);
  });

  it('names each missing variable and the file that uses it', () => {
    const files: Record<string, string> = {
      '/c/app-config.yaml': 'a: ${SET}\nb: ${EMPTY}',
      '/c/app-config.production.yaml': 'c: ${UNSET}\nd: ${EMPTY}',
    };
    const missing = missingVariables(Object.keys(files), { SET: 'x', EMPTY: '' }, f => files[f]);
    expect(Object.fromEntries(missing)).toEqual({
      EMPTY: ['app-config.yaml', 'app-config.production.yaml'],
      UNSET: ['app-config.production.yaml'],
    });
  });
});
