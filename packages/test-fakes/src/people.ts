import fs from 'node:fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { parseAllDocuments } from 'yaml';
import { OidcUser } from './oidc';

/** The people of the demo organisation (demo/catalog/org.yaml) who have an email: who can sign in. */
export function demoPeople(orgFile = resolvePackagePath('@internal/test-fakes', '../../demo/catalog/org.yaml')): OidcUser[] {
  return parseAllDocuments(fs.readFileSync(orgFile, 'utf8'))
    .map(doc => doc.toJS())
    .filter(e => e?.kind === 'User' && e.spec?.profile?.email)
    .map(e => ({ email: e.spec.profile.email, name: e.spec.profile.displayName ?? e.metadata.name }));
}
