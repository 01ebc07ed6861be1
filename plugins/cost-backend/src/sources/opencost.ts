import { CostLine } from '@internal/plugin-cost-common';
import { CostSource, RejectedLine } from './types';
import { categoryLines } from './validate';

export interface OpenCostOptions {
  baseUrl: string;
  /** `namespace`, `controller` or `label:<name>`. */
  aggregate: string;
  maxDailyAmount: number;
  timeoutMs: number;
}

/** The dimension an OpenCost aggregate names, e.g. label:app with value payments is `app=payments`. */
function dimensionOf(aggregate: string, name: string): Pick<CostLine, 'kind' | 'key'> {
  if (aggregate.startsWith('label:')) return { kind: 'label', key: `${aggregate.slice('label:'.length)}=${name}` };
  if (aggregate === 'controller') return { kind: 'controller', key: name };
  return { kind: 'namespace', key: name };
}

/** The sum of fields that should be numbers; a field that is not one is passed on to be rejected. */
function sum(...values: unknown[]): unknown {
  let total = 0;
  for (const v of values) {
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number') return v;
    total += v;
  }
  return total;
}

/**
 * OpenCost's allocation API: `/allocation/compute` with a daily step, one set of allocations per
 * day. CPU and GPU are compute, RAM memory, PVs storage, network and load balancers network,
 * shared and external costs other. `__idle__` and `__unallocated__` stay unallocated.
 */
export function openCostSource(options: OpenCostOptions): CostSource {
  return {
    id: 'opencost',
    async fetch(from, to, signal) {
      const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().replace('.000Z', 'Z');
      const url = new URL(`${options.baseUrl.replace(/\/$/, '')}/allocation/compute`);
      url.searchParams.set('window', `${from}T00:00:00Z,${end}`);
      url.searchParams.set('aggregate', options.aggregate);
      url.searchParams.set('step', '1d');
      url.searchParams.set('accumulate', 'false');
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      if (!response.ok) {
        throw new Error(`OpenCost answered ${response.status} ${response.statusText}`);
      }
      let body: any;
      try {
        body = await response.json();
      } catch {
        throw new Error('OpenCost answered with a body that is not JSON');
      }
      if (!body || !Array.isArray(body.data)) {
        throw new Error('OpenCost answered without a data array');
      }
      const lines: CostLine[] = [];
      const rejected: RejectedLine[] = [];
      for (const set of body.data) {
        if (!set || typeof set !== 'object') continue;
        for (const [name, a] of Object.entries<any>(set)) {
          const start = typeof a?.window?.start === 'string' ? a.window.start.slice(0, 10) : undefined;
          if (!start) {
            rejected.push({ where: `allocation ${name}`, reason: 'no window start' });
            continue;
          }
          if (start < from || start > to) continue;
          lines.push(
            ...categoryLines(
              { date: start, ...dimensionOf(options.aggregate, name) },
              {
                compute: sum(a.cpuCost, a.gpuCost),
                memory: sum(a.ramCost),
                storage: sum(a.pvCost),
                network: sum(a.networkCost, a.loadBalancerCost),
                other: sum(a.sharedCost, a.externalCost),
              },
              `allocation ${name} on ${start}`,
              options.maxDailyAmount,
              rejected,
            ),
          );
        }
      }
      return { lines, rejected };
    },
  };
}
