import { createApp } from './app.js';
import { EnvConfigProvider } from './config.js';
import { log } from './logger.js';

const config = new EnvConfigProvider();
const port = Number(config.get('PORT') ?? ${{ values.port }});
createApp({ config }).listen(port, () => log('info', 'listening', { port }));
