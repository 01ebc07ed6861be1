import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/**
 * n8n's production webhooks as the portal calls them (`POST /webhook/<path>`, answered with
 * n8n's "Workflow was started"), plus its public executions API. `mode` makes it fail.
 */
export async function startFakeN8n() {
  const calls: ReceivedCall[] = [];
  const executions: Array<{ id: string; workflowId: string; status: string; data: unknown }> = [];
  const state = { mode: 'ok' as 'ok' | 'error' | 'slow', apiKey: 'n8n-api-key' };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/api/v1/executions') {
        if (req.headers['x-n8n-api-key'] !== state.apiKey) {
          res.writeHead(401).end('{"message":"unauthorized"}');
          return;
        }
        const data = executions.filter(e => e.workflowId === url.searchParams.get('workflowId'));
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data, nextCursor: null }));
        return;
      }
      if (req.method === 'POST' && url.pathname.startsWith('/webhook/')) {
        if (state.mode === 'slow') return; // never answers
        calls.push({ path: url.pathname.slice('/webhook/'.length), headers: req.headers, body: JSON.parse(body) });
        if (state.mode === 'error') {
          res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"code":0,"message":"Workflow could not be started!"}');
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"message":"Workflow was started"}');
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    executions,
    state,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
