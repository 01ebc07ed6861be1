import express from 'express';
import request from 'supertest';
import { IMMUTABLE_CACHE_CONTROL, immutableHashedAssets } from './assetCaching';

// What app-backend does for the built frontend: 14 days on everything under /static, no-store on
// the page itself, 404 for a name it does not have.
function app() {
  const server = express();
  server.use(immutableHashedAssets());
  server.get('/static/missing.0123abcd.js', (_req, res) => res.status(404).end());
  server.get('/static/*', (_req, res) => res.setHeader('Cache-Control', 'public, max-age=1209600').send('asset'));
  server.get('/*', (_req, res) => res.setHeader('Cache-Control', 'no-store, max-age=0').send('<html></html>'));
  return server;
}

describe('caching of the built frontend', () => {
  it.each(['/static/main.922a2deba0fa.js', '/static/854.922a2deba0fa.chunk.js', '/static/main.1a2b3c4d.css', '/static/media/logo.0a1b2c3d4e.svg'])(
    'marks the hashed asset %s immutable for a year',
    async path => {
      expect((await request(app()).get(path)).headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    },
  );

  it('leaves the page, names without a hash and failed answers as app-backend sends them', async () => {
    expect((await request(app()).get('/catalog')).headers['cache-control']).toBe('no-store, max-age=0');
    expect((await request(app()).get('/index.html')).headers['cache-control']).toBe('no-store, max-age=0');
    // The injected runtime config and other unhashed names may change under the same name.
    expect((await request(app()).get('/static/runtime-config.js')).headers['cache-control']).toBe('public, max-age=1209600');
    const missing = await request(app()).get('/static/missing.0123abcd.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
  });
});
