import path from 'node:path';
import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { OriginRules, configuredLocationRefs } from './catalog/origin';

export interface ClaimsOptions {
  rules: OriginRules;
  refresh: HumanDuration;
}

/** Reads `portal.claims` and the catalog's configured locations. */
export function readClaimsConfig(config: Config): ClaimsOptions {
  const claims = config.getOptionalConfig('portal.claims');
  const locations = (config.getOptionalConfigArray('catalog.locations') ?? []).map(l => ({ type: l.getString('type'), target: l.getString('target') }));
  return {
    rules: {
      configuredLocations: configuredLocationRefs(locations),
      trustedRepositories: claims?.getOptionalStringArray('trustedRepositories') ?? [],
      // The repositories local publishing makes on a laptop (a production start refuses it).
      trustedFolders: [config.getOptionalString('scaffolder.localPublish.directory')].filter((d): d is string => !!d).map(d => path.resolve(d)),
    },
    refresh: claims?.has('refresh') ? readDurationFromConfig(claims, { key: 'refresh' }) : { minutes: 1 },
  };
}
