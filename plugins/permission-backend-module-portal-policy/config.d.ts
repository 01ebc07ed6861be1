export interface Config {
  portal?: {
    /** The portal's permission policy. */
    permissions?: {
      /**
       * Groups whose members are platform admins: allowed every action, including writes that
       * other users are denied.
       */
      adminGroups?: string[];
      /**
       * Groups whose members are contractors: they cannot read entities marked confidential and
       * cannot run scaffolder templates, whatever other group they are in.
       */
      contractorGroups?: string[];
      /**
       * The annotation that marks an entity confidential when its value is "true".
       * Defaults to portal/confidential.
       */
      confidentialAnnotation?: string;
    };
  };
}
