import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration, durationToMilliseconds } from '@backstage/types';
import path from 'node:path';
import { loadDefinitions } from './service/definitions';

export interface N8nActionsOptions {
  baseUrl: string;
  webhookHeader?: { name: string; value: string };
  apiKey?: string;
  callbackSecret: string;
  callbackUrl: string;
  triggerTimeoutMs: number;
  runTimeoutMs: number;
  sweepInterval: HumanDuration;
  actions: ReturnType<typeof loadDefinitions>;
}

export function readN8nActionsConfig(config: Config): N8nActionsOptions {
  const c = config.getConfig('n8nActions');
  const portal = c.getOptionalString('callbackBaseUrl') ?? config.getString('backend.baseUrl');
  const header = c.getOptionalConfig('webhookHeader');
  const duration = (key: string, fallback: HumanDuration): HumanDuration => (c.has(key) ? readDurationFromConfig(c, { key }) : fallback);
  return {
    baseUrl: c.getString('baseUrl').replace(/\/+$/, ''),
    webhookHeader: header && { name: header.getString('name'), value: header.getString('value') },
    apiKey: c.getOptionalString('apiKey'),
    callbackSecret: c.getString('callbackSecret'),
    callbackUrl: `${portal.replace(/\/+$/, '')}/api/n8n-actions/callback`,
    triggerTimeoutMs: c.getOptionalNumber('triggerTimeoutMs') ?? 10_000,
    runTimeoutMs: durationToMilliseconds(duration('runTimeout', { minutes: 15 })),
    sweepInterval: duration('sweepInterval', { seconds: 30 }),
    actions: loadDefinitions(
      (c.getOptionalStringArray('actionFiles') ?? []).map(f => path.resolve(f)),
      (c.getOptionalConfigArray('actions') ?? []).map(a => a.get()),
    ),
  };
}
