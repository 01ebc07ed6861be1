export interface Config {
  argocd?: {
    /** Argo CD calls taking longer than this (ms) fail with a clear error. Default 8000. */
    timeoutMs?: number;
    /** The application label that names its environment; without it the name's last dash-part is used. Default `environment`. */
    environmentLabel?: string;
    /** Environments whose actions need a typed confirmation. Default [prod, production]. */
    productionEnvironments?: string[];
    /** How often every application's facts (the entity it names, its repositories, labels) are reported to the claims; ISO 8601, default PT5M. */
    claimFactsRefresh?: string;
    appLocatorMethods?: Array<{
      type: string;
      instances: Array<{
        name: string;
        url: string;
        /**
         * Argo CD API token of an account allowed to get, sync and update the applications.
         * @visibility secret
         */
        token?: string;
      }>;
    }>;
  };
}
