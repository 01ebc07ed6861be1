import { Config, ConfigReader, readDurationFromConfig } from '@backstage/config';
import { PriceTable } from '@internal/plugin-cost-common';
import { HumanDuration, durationToMilliseconds } from '@backstage/types';

export interface CostOptions {
  currency: string;
  significantChangePercent: number;
  maxDailyAmount: number;
  tagKey: string;
  schedule: HumanDuration;
  ingestTimeout: HumanDuration;
  dimensionMapRefresh: HumanDuration;
  /** Days fetched on each run; a source that never delivered is backfilled for `backfillDays`. */
  refreshDays: number;
  backfillDays: number;
  staleAfterMs: number;
  retries: number;
  backoffMs: number;
  timeoutMs: number;
  maxUploadBytes: number;
  opencost?: { baseUrl: string; aggregate: string };
  aws?: { region: string; endpoint?: string; credentials?: { accessKeyId: string; secretAccessKey: string } };
  focusFiles: string[];
  priceTable?: PriceTable;
}

/** Reads `cost.*`; config.d.ts says what each key means. */
export function readCostConfig(root: Config): CostOptions {
  const c = root.getOptionalConfig('cost') ?? new ConfigReader({});
  const duration = (key: string, fallback: HumanDuration) => (c.has(key) ? readDurationFromConfig(c, { key }) : fallback);
  const opencost = c.getOptionalConfig('opencost');
  const aws = c.getOptionalConfig('aws');
  const prices = c.getOptionalConfig('priceTable');
  return {
    currency: c.getOptionalString('currency') ?? 'USD',
    significantChangePercent: c.getOptionalNumber('significantChangePercent') ?? 20,
    maxDailyAmount: c.getOptionalNumber('maxDailyAmount') ?? 1_000_000,
    tagKey: c.getOptionalString('tagKey') ?? 'service',
    schedule: duration('schedule', { hours: 1 }),
    ingestTimeout: duration('ingestTimeout', { minutes: 15 }),
    dimensionMapRefresh: duration('dimensionMapRefresh', { minutes: 1 }),
    refreshDays: c.getOptionalNumber('refreshDays') ?? 3,
    backfillDays: c.getOptionalNumber('backfillDays') ?? 90,
    staleAfterMs: durationToMilliseconds(duration('staleAfter', { hours: 36 })),
    retries: c.getOptionalNumber('retries') ?? 2,
    backoffMs: c.getOptionalNumber('backoffMs') ?? 2000,
    timeoutMs: c.getOptionalNumber('timeoutMs') ?? 30_000,
    maxUploadBytes: c.getOptionalNumber('maxUploadBytes') ?? 50 * 1024 * 1024,
    opencost: opencost && {
      baseUrl: opencost.getString('baseUrl'),
      aggregate: opencost.getOptionalString('aggregate') ?? 'namespace',
    },
    aws: aws && {
      region: aws.getOptionalString('region') ?? 'us-east-1',
      endpoint: aws.getOptionalString('endpoint'),
      credentials: aws.has('accessKeyId') ? { accessKeyId: aws.getString('accessKeyId'), secretAccessKey: aws.getString('secretAccessKey') } : undefined,
    },
    focusFiles: c.getOptionalStringArray('focus.files') ?? [],
    priceTable: prices && {
      currency: prices.getOptionalString('currency') ?? c.getOptionalString('currency') ?? 'USD',
      cpuMonthly: prices.getNumber('cpuMonthly'),
      memoryGiBMonthly: prices.getNumber('memoryGiBMonthly'),
      storageGiBMonthly: prices.getNumber('storageGiBMonthly'),
      sizes: Object.fromEntries(
        prices
          .getConfig('sizes')
          .keys()
          .map(name => [name, { cpu: prices.getNumber(`sizes.${name}.cpu`), memoryGiB: prices.getNumber(`sizes.${name}.memoryGiB`) }]),
      ),
    },
  };
}
