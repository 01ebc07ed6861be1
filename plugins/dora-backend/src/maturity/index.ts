/**
 * Evidence for the maturity checklist from DORA data: a module of the maturity backend.
 *
 * @packageDocumentation
 */
export { doraMaturityEvidenceModule as default } from './module';
