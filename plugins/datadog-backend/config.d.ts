export interface Config {
  datadog?: {
    /** The Datadog site, e.g. datadoghq.com or datadoghq.eu. Default datadoghq.com. */
    site?: string;
    /** The API's base URL; by default https://api.<site>. */
    apiUrl?: string;
    /** @visibility secret */
    apiKey: string;
    /** @visibility secret */
    appKey: string;
    /** Datadog calls taking longer than this (ms) fail with a clear error. Default 5000. */
    timeoutMs?: number;
  };
}
