import { Config } from '@backstage/config';

/**
 * Settings that make sense on a laptop and nowhere else. Each is a way around a protection the
 * portal has in production, so a production start with any of them on is refused.
 */
const DEVELOPMENT_SWITCHES: Array<{ key: string; on: (config: Config) => boolean; why: string }> = [
  {
    key: 'scaffolder.localPublish',
    on: c => c.has('scaffolder.localPublish'),
    why: "local publishing: publish:local writes to the server's disk and the catalog takes file locations from anyone",
  },
  {
    key: 'auth.providers.guest',
    on: c => c.has('auth.providers.guest'),
    why: 'guest sign-in: anyone becomes the configured guest user',
  },
  {
    key: 'backend.auth.dangerouslyDisableDefaultAuthPolicy',
    on: c => c.getOptionalBoolean('backend.auth.dangerouslyDisableDefaultAuthPolicy') === true,
    why: 'every route would answer without credentials',
  },
  {
    key: 'permission.enabled',
    on: c => c.getOptionalBoolean('permission.enabled') !== true,
    why: 'without the permission framework every signed-in person may do everything',
  },
  {
    key: 'techdocs.generator.sandbox',
    on: c => c.getOptionalString('techdocs.generator.sandbox') === 'none',
    why: "MkDocs would run unconfined, with the backend's files in reach",
  },
];

/** The development-only switches `config` turns on, as "key (why)". */
export function developmentSwitchesOn(config: Config): string[] {
  return DEVELOPMENT_SWITCHES.filter(s => s.on(config)).map(s => `${s.key} (${s.why})`);
}

/**
 * Static tokens of `backend.auth.externalAccess` without `accessRestrictions`: such a token may
 * call every plugin, e.g. create scaffolder tasks and register catalog locations.
 */
export function unrestrictedStaticTokens(config: Config): string[] {
  return (config.getOptionalConfigArray('backend.auth.externalAccess') ?? [])
    .filter(entry => ['static', 'legacy'].includes(entry.getString('type')))
    .filter(entry => !entry.has('accessRestrictions'))
    .map(entry => entry.getOptionalString('options.subject') ?? `(${entry.getString('type')} token without a subject)`);
}
