import { Entity } from '@backstage/catalog-model';
import { EntityOrigin } from '@internal/plugin-claims-common';
import { isChildPath } from '@backstage/backend-plugin-api';
import path from 'node:path';

export const LOCATION_ANNOTATION = 'backstage.io/managed-by-location';
export const ORIGIN_LOCATION_ANNOTATION = 'backstage.io/managed-by-origin-location';

/** `host/owner/name` of a repository, lower-case. */
export type Repository = string;

/**
 * The repository and branch a catalog file was read from, from the catalog's own location
 * annotation (which the catalog sets; an entity cannot). GitHub and GitLab URL shapes.
 */
export function repositoryOfLocation(location: string | undefined): { repository: Repository; ref: string } | undefined {
  const url = location?.replace(/^url:/, '');
  if (!url) return undefined;
  const m = /^https?:\/\/([^/]+)\/(.+?)\/(?:-\/)?(?:blob|tree)\/([^/]+)\//.exec(url);
  if (!m) return undefined;
  return { repository: `${m[1]}/${m[2]}`.toLocaleLowerCase('en-US'), ref: m[3] };
}

/**
 * A file on a branch is written by whoever may push to the repository; a commit named by its
 * SHA, or a ref outside the branches (a pull request's), may come from a fork.
 */
const isBranch = (ref: string) => !/^[0-9a-f]{7,40}$/i.test(ref) && !ref.startsWith('refs');

/** Whether `repository` matches a pattern such as `github.com/acme/*` or `github.com/acme/portal`. */
export function repositoryMatches(pattern: string, repository: Repository): boolean {
  const p = pattern.toLocaleLowerCase('en-US').replace(/\/+$/, '');
  return p.endsWith('/*') ? repository.startsWith(p.slice(0, -1)) && !repository.slice(p.length - 1).includes('/') : repository === p;
}

export interface OriginRules {
  /** The catalog locations of the portal's configuration, as the catalog writes them (`file:/abs`, `url:...`). */
  configuredLocations: Set<string>;
  /** Repository patterns of the organisation. */
  trustedRepositories: string[];
  /** Folders whose files count as the organisation's: where local publishing puts repositories on a laptop. */
  trustedFolders?: string[];
}

/** `catalog.locations` as the catalog annotates what it reads from them. */
export function configuredLocationRefs(locations: Array<{ type: string; target: string }>): Set<string> {
  return new Set(locations.map(l => (l.type === 'file' ? `file:${path.resolve(l.target)}` : `${l.type}:${l.target}`)));
}

/** Where an entity comes from, and the repository its catalog file is in (on a branch), if any. */
export function originOf(entity: Entity, rules: OriginRules): { origin: EntityOrigin; repository?: Repository } {
  const annotations = entity.metadata.annotations ?? {};
  const file = repositoryOfLocation(annotations[LOCATION_ANNOTATION]);
  const repository = file && isBranch(file.ref) ? file.repository : undefined;
  if (rules.configuredLocations.has(annotations[ORIGIN_LOCATION_ANNOTATION] ?? '')) return { origin: 'configured', repository };
  if (repository && rules.trustedRepositories.some(p => repositoryMatches(p, repository))) return { origin: 'organisation', repository };
  const filePath = annotations[LOCATION_ANNOTATION]?.startsWith('file:') ? annotations[LOCATION_ANNOTATION].slice('file:'.length) : undefined;
  if (filePath && (rules.trustedFolders ?? []).some(folder => isChildPath(folder, filePath))) return { origin: 'organisation', repository };
  return { origin: 'elsewhere', repository };
}
