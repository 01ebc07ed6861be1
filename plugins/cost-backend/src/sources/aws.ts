import { CostExplorerClient, GetCostAndUsageCommand, GetCostAndUsageCommandOutput } from '@aws-sdk/client-cost-explorer';
import { CostLine } from '@internal/plugin-cost-common';
import { categoryOfAwsService } from './categories';
import { CostSource, RejectedLine } from './types';
import { checkedLine } from './validate';

export interface AwsCostExplorerOptions {
  region: string;
  /** Only to reach a Cost Explorer compatible endpoint other than AWS's own. */
  endpoint?: string;
  /** Static credentials; without them the SDK's default chain (IRSA on EKS, env, profile) is used. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** The cost-allocation tag whose value names the service, e.g. `service`. */
  tagKey: string;
  maxDailyAmount: number;
  timeoutMs: number;
}

const MAX_PAGES = 100;

/**
 * AWS Cost Explorer GetCostAndUsage: daily unblended cost grouped by the cost-allocation tag and
 * by AWS service (which gives the category). Costs without the tag stay unallocated.
 */
export function awsCostExplorerSource(options: AwsCostExplorerOptions): CostSource {
  const client = new CostExplorerClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
    maxAttempts: 1,
  });
  return {
    id: 'aws',
    async fetch(from, to, signal) {
      const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const lines: CostLine[] = [];
      const rejected: RejectedLine[] = [];
      let token: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const timeout = AbortSignal.timeout(options.timeoutMs);
        const output: GetCostAndUsageCommandOutput = await client.send(
          new GetCostAndUsageCommand({
            TimePeriod: { Start: from, End: end },
            Granularity: 'DAILY',
            Metrics: ['UnblendedCost'],
            GroupBy: [
              { Type: 'TAG', Key: options.tagKey },
              { Type: 'DIMENSION', Key: 'SERVICE' },
            ],
            NextPageToken: token,
          }),
          { abortSignal: signal ? AbortSignal.any([signal, timeout]) : timeout },
        );
        if (!Array.isArray(output.ResultsByTime)) throw new Error('Cost Explorer answered without ResultsByTime');
        for (const result of output.ResultsByTime) {
          const date = result.TimePeriod?.Start;
          for (const group of result.Groups ?? []) {
            const [tag = '', service = ''] = group.Keys ?? [];
            // Tag group keys are `<key>$<value>`; an empty value means the resource is untagged.
            const value = tag.includes('$') ? tag.slice(tag.indexOf('$') + 1) : tag;
            const line = checkedLine(
              {
                date: date ?? '',
                kind: 'tag',
                key: value || '(untagged)',
                category: categoryOfAwsService(service),
                amount: group.Metrics?.UnblendedCost?.Amount,
              },
              `${date} ${tag} ${service}`,
              options.maxDailyAmount,
              rejected,
            );
            if (line && line.amount > 0) lines.push(line);
          }
        }
        token = output.NextPageToken;
        if (!token) return { lines, rejected };
      }
      throw new Error(`Cost Explorer returned more than ${MAX_PAGES} pages`);
    },
  };
}
