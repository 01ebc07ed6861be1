export interface Config {
  portal?: {
    openRoutes?: {
      /**
       * Requests one source address may make to a route open to the internet (the DORA webhooks,
       * the self-service callback) per window; past it, 429 with Retry-After. Default 600 per PT1M.
       */
      rateLimit?: {
        limit?: number;
        /** An ISO 8601 duration such as PT1M. */
        window?: string;
      };
    };
  };
}
