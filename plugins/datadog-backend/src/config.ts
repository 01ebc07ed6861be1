import { Config } from '@backstage/config';

/** How the portal reaches Datadog; absent when `datadog` is not configured. */
export interface DatadogConfig {
  site: string;
  apiUrl: string;
  apiKey: string;
  appKey: string;
  timeoutMs: number;
}

export function readDatadogConfig(config: Config): DatadogConfig | undefined {
  const dd = config.getOptionalConfig('datadog');
  if (!dd) return undefined;
  const site = dd.getOptionalString('site') ?? 'datadoghq.com';
  return {
    site,
    apiUrl: dd.getOptionalString('apiUrl') ?? `https://api.${site}`,
    apiKey: dd.getString('apiKey'),
    appKey: dd.getString('appKey'),
    timeoutMs: dd.getOptionalNumber('timeoutMs') ?? 5000,
  };
}
