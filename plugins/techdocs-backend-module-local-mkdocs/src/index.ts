/**
 * The portal's TechDocs generator: the server's MkDocs on a cleaned copy of a docs site, with no
 * secrets in its environment, inside a bubblewrap sandbox.
 *
 * @packageDocumentation
 */
export { techdocsModuleLocalMkdocs as default } from './module';
export {
  SandboxedMkdocsGenerator,
  readSandboxOptions,
  MKDOCS_MISSING_MESSAGE,
  SANDBOX_MISSING_MESSAGE,
  SANDBOX_FAILED_MESSAGE,
} from './generator/SandboxedMkdocsGenerator';
