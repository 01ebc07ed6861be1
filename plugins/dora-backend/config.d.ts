export interface Config {
  /** DORA metrics. */
  dora?: {
    /** The environment counted as production, unless a component's `dora/production-environment` annotation says otherwise. Default `production`. */
    productionEnvironment?: string;
    /** An incident opened this long after a deployment, and naming no cause, is counted against it. ISO 8601 duration, default PT24H. */
    failureWindow?: string;
    /** How far before a window changes are read, so changes that waited long for a deployment keep their lead time. Default P30D. */
    changeLookback?: string;
    /** Request bodies larger than this many bytes are refused with 413. Default 1 MiB. */
    maxBodyBytes?: number;
    /** How often the map from repositories, Argo CD apps and PagerDuty services to components is rebuilt. Default PT1M. */
    serviceMapRefresh?: string;
    /** How often deliveries left unread (after a crash or a failed write) are retried. Default PT30S. */
    inboxRetry?: string;
    github?: {
      /**
       * Secret of the GitHub webhook (X-Hub-Signature-256). Without it the webhook refuses every delivery.
       * @visibility secret
       */
      webhookSecret?: string;
      /** Issues with this label are incidents. Default `incident`. */
      incidentLabel?: string;
      /** Completed workflow runs whose name matches this regular expression are deployments. Default `^deploy`. */
      deploymentWorkflowPattern?: string;
      /** The environment those workflow runs deploy to. Default `production`. */
      workflowEnvironment?: string;
    };
    argocd?: {
      /**
       * Shared secret the Argo CD notifications webhook sends in X-DORA-Token.
       * @visibility secret
       */
      token?: string;
    };
    incidents?: {
      /**
       * Secret of the generic incident webhook (X-Signature-256).
       * @visibility secret
       */
      webhookSecret?: string;
    };
    pagerduty?: {
      /**
       * Secret of the PagerDuty v3 webhook subscription (X-PagerDuty-Signature).
       * @visibility secret
       */
      webhookSecret?: string;
    };
  };
}
