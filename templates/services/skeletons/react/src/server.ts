import express from 'express';
import path from 'node:path';
import { createApp } from './app.js';
import { EnvConfigProvider } from './config.js';
import { log } from './logger.js';

const config = new EnvConfigProvider();
const port = Number(config.get('PORT') ?? ${{ values.port }});
const webRoot = path.resolve('dist/web');
const app = createApp({ config });
// The built React app, with every other path answered by index.html for client-side routing.
app.use(express.static(webRoot, { index: 'index.html', maxAge: '1h' }));
app.get('*', (_req, res) => res.sendFile(path.join(webRoot, 'index.html')));
app.listen(port, () => log('info', 'listening', { port }));
