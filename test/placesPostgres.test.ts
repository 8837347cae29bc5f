/**
 * Places' reports in PostgreSQL (DATABASE_URL): two replicas, each its own knowledge and its
 * own connections, over one real server started for this file. What one adds or removes the
 * other serves within 2 seconds (each wait below is its own test, bounded by vitest's timeout);
 * a replica restarted finds the reports again; a database down at start or lost while running
 * is said clearly, never with its password, and answers go on from what is loaded. Feedback
 * is kept in the same server.
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, redact } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { runReport } from '../src/commands/report.ts';
import { readConfig } from '../src/runtime/config.ts';
import { openDatabase } from '../src/runtime/database.ts';
import { Feedback } from '../src/runtime/feedback.ts';
import { PgFeedbackStore } from '../src/runtime/feedbackPg.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { PgReportStore } from '../src/runtime/pgReportStore.ts';
import { PlaceShelf } from '../src/runtime/placeShelf.ts';
import { Places } from '../src/runtime/places.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { serveFiles, type FileServer } from './support/fileServer.ts';
import { cleanEnv, runTs } from './support/run.ts';
import { startPostgres, type TestPostgres } from './support/postgres.ts';

const ID = 'scanning-the-stacks-how-a-city-library-is-digitising-a-century-of-newspapers';
const A = 'discord-111';
const B = 'discord-222';
/** The bound for a change to reach the other replica. */
const REACHES_MS = 2000;

interface Replica {
  places: Places;
  shelf: PlaceShelf;
  logs: string[];
  /** Every place whose knowledge this replica rebuilt, in order. */
  rebuilt: string[];
}

let dir: string;
let shared: KnowledgeBase;
let files: FileServer;
let server: TestPostgres;
let one: Replica;
let two: Replica;
/** Lets the held download (slow.md) finish. */
let release: () => void;

async function replica(): Promise<Replica> {
  const logs: string[] = [];
  const logger = createLogger('error', (line) => void logs.push(line));
  const store = await PgReportStore.open(await openDatabase(server.url, logger), server.url, logger);
  const places = await Places.open(shared, logger, {}, store);
  const rebuilt: string[] = [];
  const refresh = places.refresh.bind(places);
  places.refresh = (place) => {
    rebuilt.push(place);
    return refresh(place);
  };
  places.watch();
  return { places, shelf: new PlaceShelf(places, { privateAddresses: true }), logs, rebuilt };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-places-pg-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  shared = await KnowledgeBase.open(dir, createLogger('error', () => {}));
  const library = await readFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md'));
  files = await serveFiles({ 'riverside.md': { body: library, type: 'text/markdown' }, 'slow.md': { body: library, held: new Promise<void>((resolve) => (release = resolve)) } });
  server = await startPostgres();
  one = await replica();
  two = await replica();
}, 120_000);

afterAll(async () => {
  release?.();
  await one?.places.close();
  await two?.places.close();
  await server?.stop();
  shared?.close();
  await files?.close();
  await rm(dir, { recursive: true, force: true });
});

const lead = (r: Replica, place: string, text = 'broken spines') => runCommand(r.places.context(place), 'who-said', { text }).lead;
/** A question in the place: its knowledge is loaded first, as a platform's question loads it. */
const answers = async (r: Replica, place: string) => (await r.places.ready(place, 60_000)) && /^Maria Lopez .*said it\.$/.test(lead(r, place));
async function until(test: () => Promise<boolean>): Promise<void> {
  while (!(await test())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('two replicas over one PostgreSQL', () => {
  it('a report added on one is answered there at once, in that place only', async () => {
    const added = await runReport(one.shelf, { subcommand: 'add', place: A, user: '42', mayManage: true, file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } });
    expect(added.lead).toMatch(/^Added “Scanning the stacks/);
    expect(await answers(one, A)).toBe(true);
    expect(await answers(one, B)).toBe(false);
  });

  it('and by the other within 2 seconds, in that place only, which is the only one it rebuilt', async () => {
    await until(() => answers(two, A));
    expect(await answers(two, B)).toBe(false);
    expect(two.rebuilt).toEqual([A]);
    expect((await runReport(two.shelf, { subcommand: 'list', place: A, user: '7', mayManage: true })).lines.join('\n')).toContain(`added by user 42 on `);
  }, REACHES_MS);

  it('the same name added on the other is refused: the database decides, not a replica’s copy', async () => {
    const again = await runReport(two.shelf, { subcommand: 'add', place: A, user: '7', mayManage: true, file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } });
    expect(again.lead).toMatch(/^This server already has a report named scanning-the-stacks/);
  });

  it('a replica restarted finds the reports again', async () => {
    await one.places.close();
    one = await replica();
    expect(await answers(one, A)).toBe(true);
    expect(await answers(one, B)).toBe(false);
  });

  it('removed on one, it is gone there at once', async () => {
    expect((await runReport(two.shelf, { subcommand: 'remove', place: A, user: '7', mayManage: true, report: ID })).lead).toMatch(/^Removed “Scanning the stacks/);
    expect(await answers(two, A)).toBe(false);
  });

  it('and from the other within 2 seconds', async () => {
    await until(async () => !(await answers(one, A)));
    expect(one.places.keys).toEqual([]);
    expect(await readdir(path.join(one.places.root, A)).catch(() => [])).toEqual([]);
  }, REACHES_MS);

  it('an import on one while another runs in the same place on the other: “an import is already running here”', async () => {
    const first = runReport(one.shelf, { subcommand: 'add', place: B, user: '42', mayManage: true, file: { url: files.url('slow.md'), name: 'slow.md', size: null } });
    while (files.hits.get('slow.md') !== 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await runReport(two.shelf, { subcommand: 'add', place: B, user: '7', mayManage: true, file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } });
    expect(second.lead).toBe('An import is already running here: wait for it to finish (its answer says when), then try again.');
    const elsewhere = await runReport(two.shelf, { subcommand: 'remove', place: A, user: '7', mayManage: true, report: 'nothing-here' });
    expect(elsewhere.lead).toBe('This server has no report “nothing-here”: /report list shows them.');
    release();
    expect((await first).lead).toMatch(/^Added “Scanning the stacks/);
    expect((await runReport(one.shelf, { subcommand: 'remove', place: B, user: '42', mayManage: true, report: ID })).lead).toMatch(/^Removed/);
  });

  it('the tables are made once: a third replica starting finds them and what they hold', async () => {
    await runReport(one.shelf, { subcommand: 'add', place: B, user: '42', mayManage: true, file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } });
    const three = await replica();
    try {
      expect(await answers(three, B)).toBe(true);
    } finally {
      await three.places.close();
    }
  });
});

describe('a replica whose listening connection was lost', () => {
  it('connects again and copies what changed meanwhile, though no one announced it', async () => {
    const C = 'discord-333';
    const pool = await openDatabase(server.url, createLogger('error', () => {}));
    try {
      // Written behind the replicas' backs: only their catching up can bring it.
      await pool.query('INSERT INTO place_reports (place, name, content) VALUES ($1, $2, $3)', [C, 'library.md', await readFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md'), 'utf8')]);
      // And a row no replica could have written: skipped, the others still load.
      await pool.query('INSERT INTO place_reports (place, name, content) VALUES ($1, $2, $3)', [C, '../escape.txt', 'not a report']);
      expect(await answers(two, C)).toBe(false);
      await pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN report_bot_places'");
      await until(async () => (await answers(two, C)) && (await answers(one, C)));
      expect(two.logs.join('\n')).toContain('lost the database: answering from the reports loaded, and connecting again');
      expect(two.logs.join('\n')).toContain('a stored report has a name that is not a report file name: skipped');
      expect(await readdir(path.join(two.places.root, C))).toEqual(['library.md']);
      await pool.query('DELETE FROM place_reports WHERE place = $1', [C]);
    } finally {
      await pool.end();
    }
  });
});

describe('feedback in PostgreSQL', () => {
  const entry = { place: A, kind: 'disliked' as const, command: 'who-said', passages: ['linuxworld#13'] };

  it('is kept without who asked or voted, grouped into gaps, and read by every replica', async () => {
    const pool = await openDatabase(server.url, createLogger('error', () => {}));
    try {
      const columns = (await pool.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback' ORDER BY ordinal_position")).rows.map((r) => r.column_name);
      expect(columns).toEqual(['id', 'at', 'place', 'kind', 'command', 'question', 'passages']);
      const logger = createLogger('error', () => {});
      await new Feedback(new PgFeedbackStore(pool), logger, { days: 30 }).record({ ...entry, question: 'glue layers GPL' });
      await new Feedback(new PgFeedbackStore(pool), logger, { days: 30 }).record({ ...entry, question: 'Glue  layers GPL' });
      await new Feedback(new PgFeedbackStore(pool), logger, { days: 30 }).record({ ...entry, place: B, kind: 'unanswered', question: 'blockchain', passages: [] });
      const gaps = await new Feedback(new PgFeedbackStore(pool), logger, { days: 30 }).gaps(A);
      expect(gaps).toEqual([{ place: A, kind: 'disliked', command: 'who-said', question: expect.stringMatching(/^glue layers GPL$/i), count: 2, last: expect.any(Date) }]);
      expect((await new Feedback(new PgFeedbackStore(pool), logger, { days: 30 }).gaps(undefined)).map((g) => [g.place, g.count])).toEqual([[A, 2], [B, 1]]);
      const stored = (await pool.query('SELECT * FROM feedback')).rows as Record<string, unknown>[];
      for (const row of stored) expect(Object.keys(row)).not.toContain('user');
    } finally {
      await pool.end();
    }
  });

  it('drops what is older than FEEDBACK_DAYS', async () => {
    const pool = await openDatabase(server.url, createLogger('error', () => {}));
    try {
      const logger = createLogger('error', () => {});
      const now = Date.now();
      await new Feedback(new PgFeedbackStore(pool), logger, { days: 30, now: () => new Date(now - 31 * 86_400_000) }).record({ ...entry, question: 'a month ago' });
      await new Feedback(new PgFeedbackStore(pool), logger, { days: 30, now: () => new Date(now) }).record({ ...entry, question: 'today' });
      const questions = (await pool.query<{ question: string }>('SELECT question FROM feedback')).rows.map((r) => r.question);
      expect(questions).toContain('today');
      expect(questions).not.toContain('a month ago');
    } finally {
      await pool.end();
    }
  });
});

describe('a database that is not there', () => {
  it('a DATABASE_URL that is no PostgreSQL address is a configuration problem, its password never shown', () => {
    expect(readConfig({ DATABASE_URL: 'mysql://bot:hunter2-secret@db/reports' })).toEqual({ ok: false, problems: ['DATABASE_URL must be a PostgreSQL address, postgres://user:password@host:5432/database.'] });
    const result = readConfig({ DATABASE_URL: 'postgresql://bot:hunter2-secret@db:5432/reports?sslmode=require' });
    expect(result.ok && result.config.databaseUrl).toBe('postgresql://bot:hunter2-secret@db:5432/reports?sslmode=require');
    expect(redact('connecting to postgresql://bot:hunter2-secret@db:5432/reports')).toBe('connecting to postgresql://bot:[redacted]@db:5432/reports');
  });

  it('at start: an error naming DATABASE_URL, without its password', async () => {
    const url = 'postgres://bot:hunter2-secret@127.0.0.1:1/reports';
    const error = await openDatabase(url, createLogger('error', () => {})).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^cannot use the database at DATABASE_URL \(postgres:\/\/bot:\[redacted\]@127\.0\.0\.1:1\/reports\): /);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('npm start with it down: says so, naming DATABASE_URL and never its password, and exits 1', async () => {
    const env = cleanEnv({ DATABASE_URL: 'postgres://bot:hunter2-secret@127.0.0.1:1/reports', DISCORD_PUBLIC_KEY: 'a'.repeat(64), PORT: '0', HOST: '127.0.0.1' });
    const { code, stdout, stderr } = await runTs('src/main.ts', ['--knowledge', dir], { env });
    expect(code).toBe(1);
    expect(stderr).toContain('report-bot cannot start:\n  - cannot use the database at DATABASE_URL (postgres://bot:[redacted]@127.0.0.1:1/reports): connect ECONNREFUSED 127.0.0.1:1\n');
    expect(stdout + stderr).not.toContain('hunter2');
  });

  it('lost while running: answers go on from what is loaded, a change is refused clearly, the loss is logged', async () => {
    await server.stop();
    expect(await answers(one, B)).toBe(true);
    expect(await answers(two, B)).toBe(true);
    const refused = await runReport(two.shelf, { subcommand: 'remove', place: B, user: '7', mayManage: true, report: ID });
    expect(refused.lead).toBe('The reports’ database cannot be reached right now, so nothing was changed: try again in a few minutes.');
    expect(await answers(two, B)).toBe(true);
    await until(async () => one.logs.some((line) => line.includes('lost the database')));
    expect(one.logs.join('\n')).not.toContain('test-only-password');
  });
});
