export interface Config {
  techdocs?: {
    generator?: {
      /**
       * How MkDocs is confined: `bubblewrap` (the default: new namespaces, no network, only the
       * site's copy in reach) or `none` (a laptop without bubblewrap; a production start refuses it).
       * @visibility backend
       */
      sandbox?: 'bubblewrap' | 'none';
      /**
       * How long one build may run, in milliseconds (default 600000); a longer one is stopped.
       * @visibility backend
       */
      timeoutMs?: number;
    };
  };
}
