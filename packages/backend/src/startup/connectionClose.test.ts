import express from 'express';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { closeConnectionsWhenStopping } from './connectionClose';

describe('closeConnectionsWhenStopping', () => {
  it('keeps connections alive until the backend shuts down, then closes each after its answer, the one in flight too', async () => {
    const hooks: Array<() => void> = [];
    const app = express();
    app.use(closeConnectionsWhenStopping({ addShutdownHook: hook => hooks.push(hook) }));
    let release: () => void = () => {};
    app.get('/slow', (_req, res) => {
      release = () => res.json({ ok: true });
    });
    app.get('/fast', (_req, res) => res.json({ ok: true }));
    const server = http.createServer(app);
    server.keepAliveTimeout = 65_000;
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${url}/fast`)).headers.get('connection')).toBe('keep-alive');
      const inFlight = fetch(`${url}/slow`);
      await new Promise(resolve => setTimeout(resolve, 100));
      hooks.forEach(hook => hook());
      release();
      expect((await inFlight).headers.get('connection')).toBe('close');
      expect((await fetch(`${url}/fast`)).headers.get('connection')).toBe('close');
    } finally {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    }
  });
});
