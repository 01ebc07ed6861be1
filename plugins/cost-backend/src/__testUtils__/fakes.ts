import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A fake HTTP server on 127.0.0.1 answering with `handler`; the test decides what it says. */
export async function startFake(handler: (req: http.IncomingMessage, body: string) => { status: number; body: string; type?: string }) {
  const requests: Array<{ url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      requests.push({ url: req.url ?? '', headers: req.headers, body });
      const answer = handler(req, body);
      res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' });
      res.end(answer.body);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

/** An OpenCost allocation as `/allocation/compute` reports it (the fields the portal reads). */
export function allocation(name: string, day: string, costs: Partial<Record<string, unknown>>) {
  const start = `${day}T00:00:00Z`;
  const end = new Date(Date.parse(start) + 86_400_000).toISOString().replace('.000Z', 'Z');
  return {
    name,
    properties: { cluster: 'prod', namespace: name },
    window: { start, end },
    start,
    end,
    cpuCost: 0,
    gpuCost: 0,
    ramCost: 0,
    pvCost: 0,
    networkCost: 0,
    loadBalancerCost: 0,
    sharedCost: 0,
    externalCost: 0,
    totalCost: 0,
    ...costs,
  };
}

/** A Cost Explorer GetCostAndUsage group: tag value and AWS service with an amount. */
export function ceGroup(tagKey: string, tagValue: string, service: string, amount: string) {
  return { Keys: [`${tagKey}$${tagValue}`, service], Metrics: { UnblendedCost: { Amount: amount, Unit: 'USD' } } };
}
