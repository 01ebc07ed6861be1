export interface Config {
  /** Cost visibility. */
  cost?: {
    /** Currency all sources report in. Default USD. */
    currency?: string;
    /** Month-over-month changes at least this large (percent) are highlighted. Default 20. */
    significantChangePercent?: number;
    /** A daily cost line above this amount is rejected as absurd. Default 1000000. */
    maxDailyAmount?: number;
    /** The cost-allocation tag (AWS, FOCUS Tags) whose value names the service; components claim values with `cost/tag`. Default `service`. */
    tagKey?: string;
    /** How often each source is fetched (ISO 8601 duration). Default PT1H. */
    schedule?: string;
    /**
     * How long one run of a source may take (ISO 8601 duration). Past it the run is given up and,
     * with several replicas, another replica may take the source. Default PT15M.
     */
    ingestTimeout?: string;
    /** How often component annotations are re-read into the map from namespaces, labels and tags to components. Default PT1M. */
    dimensionMapRefresh?: string;
    /** Days fetched on each run (the most recent days change as the provider finalises them). Default 3. */
    refreshDays?: number;
    /** Days fetched the first time a source delivers. Default 90. */
    backfillDays?: number;
    /** A source that has not delivered for this long is shown as stale. Default PT36H. */
    staleAfter?: string;
    /** Attempts after a failed fetch within one run. Default 2. */
    retries?: number;
    /** Wait before the first retry, in ms; each further retry waits 4x longer. Default 2000. */
    backoffMs?: number;
    /** A source call taking longer than this (ms) fails. Default 30000. */
    timeoutMs?: number;
    /** Largest FOCUS upload, in bytes. Default 50 MiB. */
    maxUploadBytes?: number;
    opencost?: {
      /** OpenCost's API, e.g. http://opencost.opencost.svc:9003 */
      baseUrl: string;
      /** `namespace`, `controller` or `label:<name>`. Default namespace. */
      aggregate?: string;
    };
    aws?: {
      /** Default us-east-1 (Cost Explorer's home region). */
      region?: string;
      /** Only for a Cost Explorer compatible endpoint other than AWS's own. */
      endpoint?: string;
      /** Without these the default AWS credential chain is used (IRSA on EKS). */
      accessKeyId?: string;
      /** @visibility secret */
      secretAccessKey?: string;
    };
    focus?: {
      /** FOCUS CSV exports read on the schedule (paths on the backend's file system). */
      files?: string[];
    };
    /** Prices for estimating new services before they exist (the CostEstimate template field). */
    priceTable?: {
      currency?: string;
      cpuMonthly: number;
      memoryGiBMonthly: number;
      storageGiBMonthly: number;
      sizes: { [name: string]: { cpu: number; memoryGiB: number } };
    };
  };
}
