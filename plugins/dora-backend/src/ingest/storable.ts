import { createHash } from 'node:crypto';
import { EventBatch } from './types';

/** The length of the inbox's and events' key columns. */
const KEY_LENGTH = 255;

/** A key that fits its column: a longer one becomes a hash of itself, the same every time. */
export function boundedKey(key: string): string {
  return key.length <= KEY_LENGTH ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** NUL characters, which PostgreSQL's text columns cannot hold, are dropped from every string. */
function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.split('\u0000').join('') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  }
  return value;
}

/** A delivery's events as the database can take them: no NULs, keys that fit their columns. */
export function storableBatch(batch: EventBatch): EventBatch {
  const clean = withoutNul(batch);
  return {
    deployments: clean.deployments.map(d => ({ ...d, id: boundedKey(d.id), serviceKey: boundedKey(d.serviceKey) })),
    changes: clean.changes.map(c => ({ ...c, serviceKey: boundedKey(c.serviceKey) })),
    incidents: clean.incidents.map(i => ({
      ...i,
      id: boundedKey(i.id),
      serviceKey: boundedKey(i.serviceKey),
      ...(i.deploymentId && { deploymentId: boundedKey(i.deploymentId) }),
    })),
  };
}
