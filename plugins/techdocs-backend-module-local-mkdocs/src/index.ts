/**
 * TechDocs generator that runs the local MkDocs and says how to install it when it is missing.
 *
 * @packageDocumentation
 */
export { techdocsModuleLocalMkdocs as default } from './module';
export { LocalMkdocsGenerator, MKDOCS_MISSING_MESSAGE } from './LocalMkdocsGenerator';
