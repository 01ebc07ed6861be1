import { Entity } from '@backstage/catalog-model';
import { configuredLocationRefs, originOf, repositoryMatches, repositoryOfLocation } from './origin';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', annotations },
  spec: {},
});
const rules = {
  configuredLocations: configuredLocationRefs([{ type: 'file', target: '/portal/catalog-info.yaml' }]),
  trustedRepositories: ['github.com/acme/*'],
};
const at = (url: string) => entity({ 'backstage.io/managed-by-location': `url:${url}`, 'backstage.io/managed-by-origin-location': `url:${url}` });

describe('where an entity comes from', () => {
  it('reads the repository and branch of a GitHub or GitLab catalog file', () => {
    expect(repositoryOfLocation('url:https://github.com/Acme/Payments-API/blob/main/catalog-info.yaml')).toEqual({
      repository: 'github.com/acme/payments-api',
      ref: 'main',
    });
    expect(repositoryOfLocation('url:https://gitlab.acme.example/platform/tools/portal/-/blob/trunk/sub/catalog-info.yaml')).toEqual({
      repository: 'gitlab.acme.example/platform/tools/portal',
      ref: 'trunk',
    });
    expect(repositoryOfLocation('file:/portal/catalog-info.yaml')).toBeUndefined();
    expect(repositoryOfLocation('url:https://gist.githubusercontent.com/m/abc/raw/catalog-info.yaml')).toBeUndefined();
  });

  it("counts a file on a branch of the organisation's repositories, and nothing a fork could have written", () => {
    expect(originOf(at('https://github.com/acme/payments-api/blob/main/catalog-info.yaml'), rules)).toEqual({
      origin: 'organisation',
      repository: 'github.com/acme/payments-api',
    });
    expect(originOf(at('https://github.com/mallory/payments-api/blob/main/catalog-info.yaml'), rules).origin).toBe('elsewhere');
    // A commit of a fork is served through the upstream repository too.
    expect(originOf(at(`https://github.com/acme/payments-api/blob/${'f'.repeat(40)}/catalog-info.yaml`), rules)).toEqual({
      origin: 'elsewhere',
      repository: undefined,
    });
    expect(originOf(at('https://github.com/acme/payments-api/blob/refs/pull/7/head/catalog-info.yaml'), rules).origin).toBe('elsewhere');
    expect(originOf(entity({}), rules)).toEqual({ origin: 'elsewhere', repository: undefined });
  });

  it("counts an entity read from a location of the portal's configuration as configured", () => {
    expect(originOf(entity({ 'backstage.io/managed-by-origin-location': 'file:/portal/catalog-info.yaml' }), rules).origin).toBe('configured');
    // The entity cannot claim it: the catalog writes these annotations itself.
    expect(originOf(entity({ 'backstage.io/managed-by-origin-location': 'file:/portal/other.yaml' }), rules).origin).toBe('elsewhere');
  });

  it("counts the repositories local publishing made on a laptop as the organisation's", () => {
    const laptop = { ...rules, trustedFolders: ['/work/.portal/repos'] };
    const local = (file: string) => entity({ 'backstage.io/managed-by-location': `file:${file}`, 'backstage.io/managed-by-origin-location': `file:${file}` });
    expect(originOf(local('/work/.portal/repos/user-profile/catalog-info.yaml'), laptop).origin).toBe('organisation');
    expect(originOf(local('/work/.portal/repos-elsewhere/x/catalog-info.yaml'), laptop).origin).toBe('elsewhere');
    expect(originOf(local('/etc/x/catalog-info.yaml'), laptop).origin).toBe('elsewhere');
  });

  it('matches repository patterns one level deep', () => {
    expect(repositoryMatches('github.com/acme/*', 'github.com/acme/x')).toBe(true);
    expect(repositoryMatches('github.com/acme/*', 'github.com/acme-evil/x')).toBe(false);
    expect(repositoryMatches('github.com/acme/*', 'github.com/acme/x/y')).toBe(false);
    expect(repositoryMatches('github.com/acme/portal', 'github.com/acme/portal')).toBe(true);
    expect(repositoryMatches('GitHub.com/Acme/*', 'github.com/acme/x')).toBe(true);
  });
});
