import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { ChainedProvider } from './chain/ProviderChain';
import { AnthropicProvider } from './providers/anthropic';
import { BedrockProvider } from './providers/bedrock';
import { LlamaCppProvider } from './providers/llamaCpp';
import { OpenAiProvider } from './providers/openai';
import { ModelProvider } from './providers/types';

export const DEFAULT_TOOLS = [
  'catalog:get-catalog-entity',
  'catalog:query-catalog-entities',
  'search:query',
  'dora:get-dora-metrics',
  'cost:get-entity-cost',
  'maturity:get-maturity-assessment',
];

export interface AiAssistantOptions {
  providers: ChainedProvider[];
  breaker: { failureThreshold: number; resetAfterMs: number };
  tools: string[];
  rateLimit: { perMinute: number; perDay: number };
  maxToolRounds: number;
  confidentialAnnotation: string;
  portalTitle: string;
}

function providerOf(c: Config): ModelProvider {
  const id = c.getString('id');
  const type = c.getString('type');
  const maxTokens = c.getOptionalNumber('maxTokens') ?? 1024;
  const timeoutMs = c.getOptionalNumber('timeoutMs') ?? 60_000;
  const local = c.getOptionalBoolean('local');
  switch (type) {
    case 'openai':
    case 'azure-openai':
      return new OpenAiProvider({
        id,
        type,
        local: local ?? false,
        model: c.getString('model'),
        baseUrl: c.getOptionalString('baseUrl'),
        apiKey: c.getOptionalString('apiKey'),
        endpoint: type === 'azure-openai' ? c.getString('endpoint') : undefined,
        apiVersion: c.getOptionalString('apiVersion'),
        timeoutMs,
        maxTokens,
      });
    case 'anthropic':
      return new AnthropicProvider({
        id,
        local: local ?? false,
        model: c.getString('model'),
        apiKey: c.getOptionalString('apiKey'),
        baseUrl: c.getOptionalString('baseUrl'),
        timeoutMs,
        maxTokens,
      });
    case 'bedrock': {
      const accessKeyId = c.getOptionalString('accessKeyId');
      return new BedrockProvider({
        id,
        local: local ?? false,
        model: c.getString('model'),
        region: c.getString('region'),
        endpoint: c.getOptionalString('baseUrl'),
        credentials: accessKeyId ? { accessKeyId, secretAccessKey: c.getString('secretAccessKey') } : undefined,
        timeoutMs,
        maxTokens,
      });
    }
    case 'llama-cpp':
      if (local === false) throw new InputError(`aiAssistant.providers ${id}: the embedded model is always local`);
      return new LlamaCppProvider({ id, modelPath: c.getString('modelPath'), contextSize: c.getOptionalNumber('contextSize') ?? 4096, maxTokens });
    default:
      throw new InputError(`aiAssistant.providers ${id}: unknown type "${type}"`);
  }
}

export function readAiAssistantConfig(config: Config): AiAssistantOptions {
  const c = config.getOptionalConfig('aiAssistant');
  const providers = (c?.getOptionalConfigArray('providers') ?? []).map(p => ({
    provider: providerOf(p),
    timeoutMs: p.getOptionalNumber('timeoutMs') ?? 60_000,
  }));
  const ids = providers.map(p => p.provider.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new InputError(`aiAssistant.providers: the id "${repeated}" is used twice`);
  const breaker = c?.getOptionalConfig('breaker');
  return {
    providers,
    breaker: {
      failureThreshold: breaker?.getOptionalNumber('failureThreshold') ?? 3,
      resetAfterMs: breaker?.has('resetAfter') ? durationToMilliseconds(readDurationFromConfig(breaker, { key: 'resetAfter' })) : 30_000,
    },
    tools: c?.getOptionalStringArray('tools') ?? DEFAULT_TOOLS,
    rateLimit: {
      perMinute: c?.getOptionalNumber('rateLimit.perMinute') ?? 10,
      perDay: c?.getOptionalNumber('rateLimit.perDay') ?? 200,
    },
    maxToolRounds: c?.getOptionalNumber('maxToolRounds') ?? 4,
    confidentialAnnotation: config.getOptionalString('portal.permissions.confidentialAnnotation') ?? 'portal/confidential',
    portalTitle: config.getOptionalString('app.title') ?? 'the developer portal',
  };
}
