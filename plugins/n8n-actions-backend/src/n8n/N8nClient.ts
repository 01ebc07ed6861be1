/** What the portal sends a workflow: enough to act and to report back. */
export interface TriggerPayload {
  runId: string;
  action: string;
  /** `run` for the action itself, `revoke` when its time to live is over. */
  phase: 'run' | 'revoke';
  requester: string;
  entityRef: string;
  parameters: Record<string, unknown>;
  approvers: string[];
  callbackUrl: string;
}

export type TriggerResult =
  | { outcome: 'accepted' }
  /** n8n answered with an error, or could not be reached: the workflow did not start. */
  | { outcome: 'refused'; reason: string }
  /** No answer in time: the workflow may or may not have started. */
  | { outcome: 'unknown'; reason: string };

export interface ExecutionSummary {
  id: string;
  status: 'success' | 'error' | 'running' | 'waiting' | 'crashed' | 'canceled' | string;
}

/**
 * n8n as the portal uses it: its production webhooks (with header authentication) and its
 * public API's executions, for runs that never reported back.
 */
export class N8nClient {
  constructor(
    private readonly options: {
      baseUrl: string;
      webhookHeader?: { name: string; value: string };
      apiKey?: string;
      timeoutMs: number;
    },
  ) {}

  async trigger(webhookPath: string, payload: TriggerPayload): Promise<TriggerResult> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.options.webhookHeader) headers[this.options.webhookHeader.name] = this.options.webhookHeader.value;
    let res: Response;
    try {
      res = await fetch(`${this.options.baseUrl}/webhook/${webhookPath}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        return { outcome: 'unknown', reason: `n8n did not answer within ${this.options.timeoutMs / 1000} s` };
      }
      const cause = (error as { cause?: { code?: string } }).cause;
      return { outcome: 'refused', reason: `n8n could not be reached (${cause?.code ?? (error as Error).message})` };
    }
    if (res.ok) return { outcome: 'accepted' };
    const text = (await res.text()).slice(0, 300);
    let message = text;
    try {
      message = JSON.parse(text).message ?? text;
    } catch {
      // not JSON: keep the text
    }
    return { outcome: 'refused', reason: `n8n answered ${res.status}${message ? `: ${message}` : ''}` };
  }

  /**
   * The execution of a workflow that received this run, from n8n's executions API; undefined when
   * there is no API key, no such execution yet, or n8n cannot be asked.
   */
  async findExecution(workflowId: string, runId: string): Promise<ExecutionSummary | undefined> {
    if (!this.options.apiKey) return undefined;
    const url = `${this.options.baseUrl}/api/v1/executions?${new URLSearchParams({ workflowId, includeData: 'true', limit: '50' })}`;
    try {
      const res = await fetch(url, { headers: { 'X-N8N-API-KEY': this.options.apiKey }, signal: AbortSignal.timeout(this.options.timeoutMs) });
      if (!res.ok) return undefined;
      const body = (await res.json()) as { data?: Array<{ id: string | number; status: string; data?: unknown }> };
      // The run id travels in the webhook's body; the execution's data holds it.
      const match = body.data?.find(e => JSON.stringify(e.data ?? '').includes(runId));
      return match ? { id: String(match.id), status: match.status } : undefined;
    } catch {
      return undefined;
    }
  }
}
