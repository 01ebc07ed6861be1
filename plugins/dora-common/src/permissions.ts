import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Posting deployments and incidents through the REST API. Meant for CI/CD systems with a service
 * token (service calls are not put to the policy); among users only admins hold it.
 */
export const doraEventCreatePermission = createPermission({
  name: 'dora.event.create',
  attributes: { action: 'create' },
});

/**
 * Listing events that map to no catalog entity. Not a plain read: it names repositories and
 * services the catalog does not know, so the portal policy keeps it for admins.
 */
export const doraUnmappedListPermission = createPermission({
  name: 'dora.unmapped.list',
  attributes: {},
});

export const doraPermissions = [doraEventCreatePermission, doraUnmappedListPermission];
