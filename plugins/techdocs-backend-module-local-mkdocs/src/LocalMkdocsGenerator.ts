import { TechdocsGenerator, GeneratorRunOptions } from '@backstage/plugin-techdocs-node';

export const MKDOCS_MISSING_MESSAGE =
  'MkDocs is not installed on the portal server, so this documentation cannot be built. ' +
  'Install it on the machine that runs the backend: on Debian or Ubuntu ' +
  '`apt-get install mkdocs mkdocs-material`, elsewhere `pip install mkdocs mkdocs-material`. ' +
  'Then reload this page.';

function isMissingMkdocs(error: unknown): boolean {
  // The spawn error of a missing executable is the cause of TechDocs' ForwardedError.
  const cause = (error as { cause?: NodeJS.ErrnoException & { path?: string } })?.cause;
  return cause?.code === 'ENOENT' && (cause.path ?? '').endsWith('mkdocs');
}

/**
 * The stock TechDocs generator running the local `mkdocs`, with one difference: when MkDocs is
 * not installed, the error shown in the docs page says how to install it.
 */
export class LocalMkdocsGenerator extends TechdocsGenerator {
  async run(options: GeneratorRunOptions): Promise<void> {
    try {
      await super.run(options);
    } catch (error) {
      if (isMissingMkdocs(error)) {
        options.logStream?.write(`${MKDOCS_MISSING_MESSAGE}\n`);
        throw new Error(MKDOCS_MISSING_MESSAGE);
      }
      throw error;
    }
  }
}
