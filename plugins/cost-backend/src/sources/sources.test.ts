import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { allocation, ceGroup, startFake } from '../__testUtils__/fakes';
import { awsCostExplorerSource } from './aws';
import { parseFocusCsv } from './focus';
import { openCostSource } from './opencost';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../__fixtures__', name), 'utf8');
const LIMITS = { maxDailyAmount: 100_000, timeoutMs: 5000 };

describe('OpenCost allocation API', () => {
  it('reads daily allocations by namespace into categories and rejects bad amounts', async () => {
    const fake = await startFake(() => ({
      status: 200,
      body: JSON.stringify({
        code: 200,
        data: [
          {
            payments: allocation('payments', '2026-11-01', {
              cpuCost: 1.5,
              gpuCost: 0.5,
              ramCost: 0.75,
              pvCost: 0.25,
              networkCost: 0.1,
              loadBalancerCost: 0.2,
            }),
            __idle__: allocation('__idle__', '2026-11-01', { cpuCost: 3 }),
          },
          {
            payments: allocation('payments', '2026-11-02', { cpuCost: -2, ramCost: 1 }),
            checkout: allocation('checkout', '2026-11-02', { cpuCost: 'lots', sharedCost: 0.4, externalCost: 0.1 }),
          },
        ],
      }),
    }));
    const source = openCostSource({ baseUrl: fake.url, aggregate: 'namespace', ...LIMITS });
    const result = await source.fetch('2026-11-01', '2026-11-02');
    const url = new URL(fake.requests[0].url, fake.url);
    expect(url.pathname).toBe('/allocation/compute');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      window: '2026-11-01T00:00:00Z,2026-11-03T00:00:00Z',
      aggregate: 'namespace',
      step: '1d',
      accumulate: 'false',
    });
    expect(result.lines).toEqual(
      expect.arrayContaining([
        { date: '2026-11-01', kind: 'namespace', key: 'payments', category: 'compute', amount: 2 },
        { date: '2026-11-01', kind: 'namespace', key: 'payments', category: 'memory', amount: 0.75 },
        { date: '2026-11-01', kind: 'namespace', key: 'payments', category: 'storage', amount: 0.25 },
        { date: '2026-11-01', kind: 'namespace', key: 'payments', category: 'network', amount: expect.closeTo(0.3) },
        { date: '2026-11-01', kind: 'namespace', key: '__idle__', category: 'compute', amount: 3 },
        { date: '2026-11-02', kind: 'namespace', key: 'payments', category: 'memory', amount: 1 },
        { date: '2026-11-02', kind: 'namespace', key: 'checkout', category: 'other', amount: 0.5 },
      ]),
    );
    expect(result.lines).toHaveLength(7);
    expect(result.rejected.map(r => r.reason)).toEqual(['amount is negative: -2', 'amount is not a number: lots']);
    await fake.stop();
  });

  it('names label aggregates as label=value', async () => {
    const fake = await startFake(() => ({
      status: 200,
      body: JSON.stringify({ code: 200, data: [{ 'payments-api': allocation('payments-api', '2026-11-01', { ramCost: 2 }) }] }),
    }));
    const result = await openCostSource({ baseUrl: fake.url, aggregate: 'label:app', ...LIMITS }).fetch('2026-11-01', '2026-11-01');
    expect(result.lines).toEqual([{ date: '2026-11-01', kind: 'label', key: 'app=payments-api', category: 'memory', amount: 2 }]);
    await fake.stop();
  });

  it('fails clearly when OpenCost is down or answers garbage', async () => {
    const answers = [
      { status: 503, body: 'upstream connect error' },
      { status: 200, body: '<html>login</html>', type: 'text/html' },
      { status: 200, body: JSON.stringify({ code: 500, message: 'boom' }) },
    ];
    const fake = await startFake(() => answers.shift()!);
    const source = openCostSource({ baseUrl: fake.url, aggregate: 'namespace', ...LIMITS });
    await expect(source.fetch('2026-11-01', '2026-11-01')).rejects.toThrow('OpenCost answered 503');
    await expect(source.fetch('2026-11-01', '2026-11-01')).rejects.toThrow('not JSON');
    await expect(source.fetch('2026-11-01', '2026-11-01')).rejects.toThrow('without a data array');
    await fake.stop();
  });

  it('gives up on a source that does not answer in time', async () => {
    // Accepts the connection and never answers.
    const server = http.createServer(() => undefined);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const source = openCostSource({ baseUrl, aggregate: 'namespace', ...LIMITS, timeoutMs: 300 });
    const started = Date.now();
    await expect(source.fetch('2026-11-01', '2026-11-01')).rejects.toThrow(/timeout|aborted/i);
    expect(Date.now() - started).toBeLessThan(3000);
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  });
});

describe('AWS Cost Explorer', () => {
  const costExplorerAt = (endpoint: string) =>
    awsCostExplorerSource({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
      tagKey: 'service',
      ...LIMITS,
    });

  it('pages through GetCostAndUsage grouped by tag and service', async () => {
    const pages = [
      {
        ResultsByTime: [
          {
            TimePeriod: { Start: '2026-11-01', End: '2026-11-02' },
            Groups: [
              ceGroup('service', 'payments-api', 'Amazon Elastic Compute Cloud - Compute', '10.50'),
              ceGroup('service', 'payments-api', 'Amazon Simple Storage Service', '1.25'),
              ceGroup('service', '', 'AWS Data Transfer', '0.40'),
            ],
            Estimated: false,
          },
        ],
        NextPageToken: 'page-2',
      },
      {
        ResultsByTime: [
          {
            TimePeriod: { Start: '2026-11-02', End: '2026-11-03' },
            Groups: [
              ceGroup('service', 'checkout-api', 'Amazon ElastiCache', '3.00'),
              ceGroup('service', 'checkout-api', 'Amazon Relational Database Service', 'NaN'),
            ],
            Estimated: true,
          },
        ],
      },
    ];
    const fake = await startFake(() => ({ status: 200, body: JSON.stringify(pages.shift()), type: 'application/x-amz-json-1.1' }));
    const source = costExplorerAt(fake.url);
    const result = await source.fetch('2026-11-01', '2026-11-02');
    expect(fake.requests[0].headers['x-amz-target']).toBe('AWSInsightsIndexService.GetCostAndUsage');
    expect(fake.requests[0].headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    expect(JSON.parse(fake.requests[0].body)).toMatchObject({
      TimePeriod: { Start: '2026-11-01', End: '2026-11-03' },
      Granularity: 'DAILY',
      Metrics: ['UnblendedCost'],
      GroupBy: [
        { Type: 'TAG', Key: 'service' },
        { Type: 'DIMENSION', Key: 'SERVICE' },
      ],
    });
    expect(JSON.parse(fake.requests[1].body).NextPageToken).toBe('page-2');
    expect(result.lines).toEqual([
      { date: '2026-11-01', kind: 'tag', key: 'payments-api', category: 'compute', amount: 10.5 },
      { date: '2026-11-01', kind: 'tag', key: 'payments-api', category: 'storage', amount: 1.25 },
      { date: '2026-11-01', kind: 'tag', key: '(untagged)', category: 'network', amount: 0.4 },
      { date: '2026-11-02', kind: 'tag', key: 'checkout-api', category: 'memory', amount: 3 },
    ]);
    expect(result.rejected).toEqual([expect.objectContaining({ reason: 'amount is not a number: NaN' })]);
    await fake.stop();
  });

  it('fails with the error Cost Explorer gives', async () => {
    const fake = await startFake(() => ({
      status: 400,
      type: 'application/x-amz-json-1.1',
      body: JSON.stringify({ __type: 'DataUnavailableException', message: 'Data is not available' }),
    }));
    const source = costExplorerAt(fake.url);
    await expect(source.fetch('2026-11-01', '2026-11-01')).rejects.toThrow('Data is not available');
    await fake.stop();
  });
});

describe('FOCUS exports', () => {
  const options = { tagKey: 'service', maxDailyAmount: 100_000 };

  it('reads a FOCUS 1.0 export into daily lines by tag and category', () => {
    const result = parseFocusCsv(fixture('focus-sample.csv'), options);
    expect(result.rows).toBe(6);
    expect(result.rejected).toEqual([]);
    expect(result.range).toEqual({ from: '2026-11-01', to: '2026-11-02' });
    expect(result.lines).toEqual([
      { date: '2026-11-01', kind: 'tag', key: 'payments-api', category: 'compute', amount: 10 },
      { date: '2026-11-01', kind: 'tag', key: 'payments-api', category: 'storage', amount: 2.1 },
      { date: '2026-11-01', kind: 'tag', key: 'checkout-api', category: 'network', amount: 0.75 },
      { date: '2026-11-02', kind: 'tag', key: 'payments-api', category: 'compute', amount: 4.5 },
      { date: '2026-11-02', kind: 'tag', key: '(untagged)', category: 'other', amount: 1.2 },
      { date: '2026-11-02', kind: 'tag', key: 'reporting-batch', category: 'compute', amount: 3.3 },
    ]);
  });

  it('keeps the good rows of a broken file and says what is wrong with the others', () => {
    const result = parseFocusCsv(fixture('focus-broken.csv'), options);
    expect(result.lines).toEqual([
      { date: '2026-11-01', kind: 'tag', key: 'payments-api', category: 'compute', amount: 10 },
      { date: '2026-11-01', kind: 'tag', key: 'checkout-api', category: 'storage', amount: 7 },
    ]);
    expect(result.rejected.map(r => `${r.where}: ${r.reason}`)).toEqual(
      expect.arrayContaining([
        'line 3: ChargePeriodStart is not a time: yesterday',
        'line 4: amount is negative: -4',
        'line 5: Tags is not JSON',
        'line 6: amount is not a number: abc',
        expect.stringMatching(/^line 7: .*(column|field|record)/i),
      ]),
    );
    expect(result.rejected).toHaveLength(5);
  });

  it('refuses a file that is not a FOCUS export', () => {
    expect(() => parseFocusCsv('name,amount\npayments,3\n', options)).toThrow(
      'Not a FOCUS export: missing column ChargePeriodStart, ServiceCategory, EffectiveCost',
    );
  });
});
