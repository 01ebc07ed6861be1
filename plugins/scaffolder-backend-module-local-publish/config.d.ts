export interface Config {
  scaffolder?: {
    localPublish?: {
      /**
       * The folder new repositories are created in by `publish:local` (relative paths are from the
       * backend's working directory). Without it the action refuses to run.
       */
      directory?: string;
    };
  };
}
