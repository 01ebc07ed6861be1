import { ConfigReader } from '@backstage/config';
import { developmentSwitchesOn, unrestrictedStaticTokens } from './productionSafety';

describe('productionSafety', () => {
  it('names each development-only setting that is on, and nothing in a clean configuration', () => {
    expect(developmentSwitchesOn(new ConfigReader({ permission: { enabled: true } }))).toEqual([]);
    const on = developmentSwitchesOn(
      new ConfigReader({
        scaffolder: { localPublish: { directory: '/tmp' } },
        auth: { providers: { guest: {} } },
        backend: { auth: { dangerouslyDisableDefaultAuthPolicy: true } },
        techdocs: { generator: { sandbox: 'none' } },
      }),
    );
    expect(on.map(s => s.split(' ')[0])).toEqual([
      'scaffolder.localPublish',
      'auth.providers.guest',
      'backend.auth.dangerouslyDisableDefaultAuthPolicy',
      'permission.enabled',
      'techdocs.generator.sandbox',
    ]);
  });

  it('finds static tokens that may call every plugin', () => {
    const config = new ConfigReader({
      backend: {
        auth: {
          externalAccess: [
            { type: 'static', options: { token: 'a'.repeat(24), subject: 'ci-scaffolder' } },
            { type: 'static', options: { token: 'b'.repeat(24), subject: 'dora-reporter' }, accessRestrictions: [{ plugin: 'dora' }] },
            { type: 'jwks', options: { url: 'https://idp.example/jwks' } },
          ],
        },
      },
    });
    expect(unrestrictedStaticTokens(config)).toEqual(['ci-scaffolder']);
  });
});
