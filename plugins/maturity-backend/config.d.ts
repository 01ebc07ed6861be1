export interface Config {
  maturity?: {
    /**
     * The group that owns the platform-wide assessment; its members may edit it.
     * Defaults to group:default/platform-team.
     */
    platformOwner?: string;
  };
}
