import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { ServiceUnavailableError, isError } from '@backstage/errors';
import { redact } from '@internal/plugin-ai-assistant-common';
import { BreakerOptions, BreakerState, CircuitBreaker } from './CircuitBreaker';
import { ModelMessage, ModelProvider, ModelReply, ModelRequest } from '../providers/types';

export interface ChainedProvider {
  provider: ModelProvider;
  timeoutMs: number;
}

export interface ChainRequest extends ModelRequest {
  /** Only providers marked local may see this conversation. */
  localOnly: boolean;
  /** A provider is about to be asked. */
  onProvider(provider: ModelProvider): void;
  /** The provider failed after sending some text: that text is void. */
  onReset(reason: string): void;
}

/** Secrets and personal data never leave for a provider that is not local. */
export function redactFor(provider: ModelProvider, messages: ModelMessage[]): ModelMessage[] {
  if (provider.local) return messages;
  return messages.map(message => {
    const content = redact(message.content).text;
    if (message.role === 'assistant' && message.toolCalls) {
      return { ...message, content, toolCalls: message.toolCalls.map(c => ({ ...c, arguments: redact(c.arguments).text })) };
    }
    return { ...message, content };
  });
}

/** Why a provider failed, fit to show and log: short, and with any key an SDK echoed redacted. */
function reasonOf(error: unknown): string {
  const message = redact(isError(error) ? error.message : String(error)).text;
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

/** Rejects after `ms` even when the provider ignores its abort signal. */
function withDeadline<T>(work: Promise<T>, ms: number, controller: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Asks the configured providers in order. A provider that errors, times out or has its breaker
 * open hands the question to the next one; the reply names the provider that wrote it.
 */
export class ProviderChain {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly failovers;

  constructor(private readonly chain: ChainedProvider[], breaker: BreakerOptions, metrics: MetricsService) {
    for (const { provider } of chain) this.breakers.set(provider.id, new CircuitBreaker(breaker));
    this.failovers = metrics.createCounter<{ provider: string; reason: 'failed' | 'breaker_open' }>('portal.assistant.provider.failovers', {
      description: 'Questions a provider did not answer, so the next one in the chain was asked (or, after the last, the asker got an error)',
    });
    for (const { provider } of chain) {
      for (const reason of ['failed', 'breaker_open'] as const) this.failovers.add(0, { provider: provider.id, reason });
    }
  }

  status(): { provider: ModelProvider; breaker: BreakerState }[] {
    return this.chain.map(({ provider }) => ({ provider, breaker: this.breakers.get(provider.id)!.state }));
  }

  hasLocal() {
    return this.chain.some(c => c.provider.local);
  }

  async complete(request: ChainRequest): Promise<{ provider: ModelProvider; reply: ModelReply }> {
    const candidates = this.chain.filter(c => !request.localOnly || c.provider.local);
    if (candidates.length === 0) {
      throw new ServiceUnavailableError(
        request.localOnly ? 'This conversation touches confidential entities and no local AI provider is configured' : 'No AI provider is configured',
      );
    }
    const failures: string[] = [];
    for (const { provider, timeoutMs } of candidates) {
      const breaker = this.breakers.get(provider.id)!;
      if (!breaker.tryAcquire()) {
        failures.push(`${provider.id}: skipped while it keeps failing`);
        this.failovers.add(1, { provider: provider.id, reason: 'breaker_open' });
        continue;
      }
      request.onProvider(provider);
      const controller = new AbortController();
      const abort = () => controller.abort();
      request.signal.addEventListener('abort', abort);
      let streamed = false;
      try {
        const reply = await withDeadline(
          provider.complete({
            messages: redactFor(provider, request.messages),
            tools: provider.supportsTools ? request.tools : [],
            signal: controller.signal,
            onText: delta => {
              streamed = true;
              request.onText(delta);
            },
          }),
          timeoutMs,
          controller,
        );
        breaker.success();
        return { provider, reply };
      } catch (error) {
        if (request.signal.aborted) {
          breaker.release();
          throw error;
        }
        breaker.failure();
        this.failovers.add(1, { provider: provider.id, reason: 'failed' });
        const reason = reasonOf(error);
        failures.push(`${provider.id}: ${reason}`);
        if (streamed) request.onReset(`${provider.id} failed part-way: ${reason}`);
      } finally {
        request.signal.removeEventListener('abort', abort);
      }
    }
    throw new ServiceUnavailableError(`No AI provider answered (${failures.join('; ')})`);
  }
}
