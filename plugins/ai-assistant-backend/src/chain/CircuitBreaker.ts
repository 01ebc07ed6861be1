export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker skips its provider before letting one request try it again. */
  resetAfterMs: number;
  now?: () => number;
}

/**
 * Skips a provider that keeps failing, so a question does not wait for its timeout every time,
 * and tries it again after a while. State is per backend process.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt?: number;
  private probing = false;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.options.resetAfterMs ? 'half-open' : 'open';
  }

  /** Whether a request may go to the provider now; in half-open, only one at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  success() {
    this.failures = 0;
    this.openedAt = undefined;
    this.probing = false;
  }

  /** The request ended without telling whether the provider works (the caller went away). */
  release() {
    this.probing = false;
  }

  failure() {
    this.failures += 1;
    // A failed probe re-opens at once; a closed breaker opens at the threshold.
    if (this.probing || this.failures >= this.options.failureThreshold) this.openedAt = this.now();
    this.probing = false;
  }
}
