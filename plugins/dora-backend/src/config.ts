import { Config, ConfigReader, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { GitHubReaderOptions } from './ingest/github';
import { WebhookSecrets } from './webhooks';

export interface DoraOptions {
  productionEnvironment: string;
  failureWindowMs: number;
  changeLookbackMs: number;
  maxBodyBytes: number;
  serviceMapRefresh: HumanDuration;
  inboxRetry: HumanDuration;
  github: GitHubReaderOptions;
  secrets: WebhookSecrets;
}

/** Reads `dora.*`; config.d.ts says what each key means. */
export function readDoraConfig(root: Config): DoraOptions {
  const config = root.getOptionalConfig('dora') ?? new ConfigReader({});
  const duration = (key: string, fallback: HumanDuration): HumanDuration => (config.has(key) ? readDurationFromConfig(config, { key }) : fallback);
  const pattern = config.getOptionalString('github.deploymentWorkflowPattern') ?? '^deploy';
  return {
    productionEnvironment: config.getOptionalString('productionEnvironment') ?? 'production',
    failureWindowMs: durationToMilliseconds(duration('failureWindow', { hours: 24 })),
    changeLookbackMs: durationToMilliseconds(duration('changeLookback', { days: 30 })),
    maxBodyBytes: config.getOptionalNumber('maxBodyBytes') ?? 1024 * 1024,
    serviceMapRefresh: duration('serviceMapRefresh', { minutes: 1 }),
    inboxRetry: duration('inboxRetry', { seconds: 30 }),
    github: {
      incidentLabel: config.getOptionalString('github.incidentLabel') ?? 'incident',
      deploymentWorkflowPattern: new RegExp(pattern, 'i'),
      workflowEnvironment: config.getOptionalString('github.workflowEnvironment') ?? 'production',
    },
    secrets: {
      github: config.getOptionalString('github.webhookSecret'),
      argocd: config.getOptionalString('argocd.token'),
      incidents: config.getOptionalString('incidents.webhookSecret'),
      pagerduty: config.getOptionalString('pagerduty.webhookSecret'),
    },
  };
}
