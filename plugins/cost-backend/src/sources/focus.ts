import { CostLine } from '@internal/plugin-cost-common';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs/promises';
import path from 'node:path';
import { categoryOfFocusService } from './categories';
import { CostSource, RejectedLine, SourceResult } from './types';
import { checkedLine } from './validate';

export interface FocusOptions {
  /** The tag whose value names the service, e.g. `service`. */
  tagKey: string;
  maxDailyAmount: number;
}

/** What a FOCUS file holds, with the days it covers. */
export interface FocusImport extends SourceResult {
  range?: { from: string; to: string };
  rows: number;
}

const REQUIRED = ['ChargePeriodStart', 'ServiceCategory'];

/**
 * A FinOps FOCUS cost and usage export (CSV, FOCUS 1.x columns). EffectiveCost is the amount
 * (BilledCost when it is missing), ServiceCategory gives the category, the `tagKey` entry of
 * Tags names the service. Broken rows are rejected with their line number; the rest is kept.
 */
export function parseFocusCsv(text: string, options: FocusOptions): FocusImport {
  const rejected: RejectedLine[] = [];
  let records: Array<{ record: Record<string, string>; line: number }>;
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error: any) => {
        rejected.push({ where: `line ${error?.lines ?? '?'}`, reason: String(error?.message ?? error) });
      },
    } as any).map((r: any) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    throw new Error(`Not a CSV file: ${(error as Error).message}`);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const hasAmount = header.includes('EffectiveCost') || header.includes('BilledCost');
  const missing = [...REQUIRED.filter(c => !header.includes(c)), ...(hasAmount ? [] : ['EffectiveCost'])];
  if (records.length > 0 && missing.length > 0) {
    throw new Error(`Not a FOCUS export: missing column ${missing.join(', ')}`);
  }
  const lines: CostLine[] = [];
  for (const { record, line } of records) {
    const where = `line ${line}`;
    const start = Date.parse(record.ChargePeriodStart);
    if (Number.isNaN(start)) {
      rejected.push({ where, reason: `ChargePeriodStart is not a time: ${record.ChargePeriodStart.slice(0, 40)}` });
      continue;
    }
    let tags: Record<string, unknown> = {};
    if (record.Tags) {
      try {
        tags = JSON.parse(record.Tags);
      } catch {
        rejected.push({ where, reason: 'Tags is not JSON' });
        continue;
      }
    }
    const value = typeof tags[options.tagKey] === 'string' ? (tags[options.tagKey] as string) : '';
    const checked = checkedLine(
      {
        date: new Date(start).toISOString().slice(0, 10),
        kind: 'tag',
        key: value || '(untagged)',
        category: categoryOfFocusService(record.ServiceCategory ?? ''),
        amount: record.EffectiveCost !== undefined && record.EffectiveCost !== '' ? record.EffectiveCost : record.BilledCost,
      },
      where,
      options.maxDailyAmount,
      rejected,
    );
    if (checked && checked.amount > 0) lines.push(checked);
  }
  const dates = lines.map(l => l.date).sort();
  return {
    lines,
    rejected,
    rows: records.length,
    range: dates.length > 0 ? { from: dates[0], to: dates[dates.length - 1] } : undefined,
  };
}

/** A FOCUS export read from a file on a schedule; the days it covers replace what was there. */
export function focusFileSource(file: string, options: FocusOptions): CostSource & { read(): Promise<FocusImport> } {
  const read = async () => parseFocusCsv(await fs.readFile(file, 'utf8'), options);
  return {
    id: `focus:${path.basename(file)}`,
    read,
    fetch: read,
  };
}
