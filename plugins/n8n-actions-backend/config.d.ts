export interface Config {
  /** Self-service actions backed by n8n workflows. */
  n8nActions?: {
    /** Where n8n answers, e.g. http://n8n.n8n.svc:5678. Workflows are called at `<baseUrl>/webhook/<webhookPath>`. */
    baseUrl: string;
    /** Header authentication on the workflows' webhooks (n8n's Header Auth credential). */
    webhookHeader?: {
      name: string;
      /** @visibility secret */
      value: string;
    };
    /**
     * An n8n API key, to read executions when a workflow does not report back.
     * @visibility secret
     */
    apiKey?: string;
    /**
     * The secret n8n signs its reports with (`X-Portal-Signature: sha256=<HMAC of the body>`).
     * @visibility secret
     */
    callbackSecret: string;
    /** How n8n reaches the portal's callback; default the backend's base URL. */
    callbackBaseUrl?: string;
    /** How long calling a workflow's webhook may take, in milliseconds. Default 10000. */
    triggerTimeoutMs?: number;
    /** A running run with no report after this long fails. ISO 8601 duration, default PT15M. */
    runTimeout?: string;
    /** How often expiries and overdue runs are looked for. ISO 8601 duration, default PT30S. */
    sweepInterval?: string;
    /** YAML files of action definitions (relative to the backend's working directory). */
    actionFiles?: string[];
    /** Action definitions given in config, after those of the files. */
    actions?: Array<{
      id: string;
      title: string;
      description?: string;
      parameters: { [key: string]: any };
      appliesTo: Array<{ kind?: string; type?: string; tags?: string[] }>;
      workflow: { webhookPath: string; workflowId?: string };
      runners?: { groups: string[] };
      approval: { type: 'none' | 'owners' | 'group'; group?: string; count?: number };
      timeToLive?: string;
      revoke?: { webhookPath: string };
    }>;
  };
}
