import { CostCategory } from '@internal/plugin-cost-common';

/** AWS service names (Cost Explorer's SERVICE dimension) by the category they are counted in. */
const AWS_SERVICE_PATTERNS: Array<[RegExp, CostCategory]> = [
  [/ElastiCache|MemoryDB/i, 'memory'],
  [/Simple Storage Service|S3|Elastic Block Store|EBS|Elastic File System|EFS|Backup|Glacier/i, 'storage'],
  [/Data Transfer|CloudFront|Elastic Load Balancing|NAT Gateway|Virtual Private Cloud|VPC|Route 53|Direct Connect/i, 'network'],
  [/Elastic Compute Cloud|EC2|Lambda|Fargate|Elastic Container|Kubernetes|EKS|Relational Database|RDS|Aurora|Batch/i, 'compute'],
];

export function categoryOfAwsService(service: string): CostCategory {
  return AWS_SERVICE_PATTERNS.find(([pattern]) => pattern.test(service))?.[1] ?? 'other';
}

/** FOCUS ServiceCategory values by category. */
const FOCUS_SERVICE_CATEGORIES: Record<string, CostCategory> = {
  compute: 'compute',
  databases: 'compute',
  'ai and machine learning': 'compute',
  storage: 'storage',
  networking: 'network',
};

export function categoryOfFocusService(serviceCategory: string): CostCategory {
  return FOCUS_SERVICE_CATEGORIES[serviceCategory.trim().toLocaleLowerCase('en-US')] ?? 'other';
}
