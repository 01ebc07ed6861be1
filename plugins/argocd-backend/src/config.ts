import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { ArgoCdInstance } from './clients/ArgoCdClient';

export interface ArgoCdOptions {
  instances: ArgoCdInstance[];
  timeoutMs: number;
  environmentLabel: string;
  productionEnvironments: string[];
  /** How often every application's facts are reported to the claims. */
  factsRefresh: HumanDuration;
}

/** Reads `argocd.*`, the same keys the Roadie Argo CD plugin uses for its instances. */
export function readArgoCdConfig(config: Config): ArgoCdOptions {
  const argocd = config.getOptionalConfig('argocd');
  const instances = (argocd?.getOptionalConfigArray('appLocatorMethods') ?? [])
    .filter(m => m.getString('type') === 'config')
    .flatMap(m => m.getConfigArray('instances'))
    .map(i => ({ name: i.getString('name'), url: i.getString('url'), token: i.getOptionalString('token') }));
  return {
    instances,
    timeoutMs: argocd?.getOptionalNumber('timeoutMs') ?? 8000,
    environmentLabel: argocd?.getOptionalString('environmentLabel') ?? 'environment',
    productionEnvironments: argocd?.getOptionalStringArray('productionEnvironments') ?? ['prod', 'production'],
    factsRefresh: argocd?.has('claimFactsRefresh') ? readDurationFromConfig(argocd, { key: 'claimFactsRefresh' }) : { minutes: 5 },
  };
}
