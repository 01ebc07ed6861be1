export interface Config {
  portal?: {
    claims?: {
      /**
       * The organisation's repositories, as `host/owner/*` or `host/owner/name` (e.g.
       * `github.com/acme/*`): an entity whose catalog file is in one of them, on a branch, is
       * from the organisation, and its uncontested claims count (docs/security.md).
       */
      trustedRepositories?: string[];
      /** How often the catalog's claims are read again (ISO 8601 duration; default PT1M). */
      refresh?: string;
    };
  };
}
