import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../base/logger.ts';
import { messageOf } from '../base/errorMessage.ts';
import { redact } from '../base/logger.ts';
import { PLACE_KEY, ReportProblem } from '../commands/report.ts';
import { isReportName } from '../knowledge/folder.ts';
import { writeReport } from '../import/writeReport.ts';
import type { PlaceChanges, PlaceWork, ReportStore } from './reportStore.ts';

/** The channel a replica tells the others on that a place's reports changed: `<replica> <place>`. */
const CHANNEL = 'report_bot_places';

/** How soon the listening connection is tried again after it is lost, then at most how long between tries. */
const RETRY_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * A mark older than this is a replica's that stopped mid-import (a crash, a lost connection at
 * release): taken over. An import's download and reading take a few minutes at the most.
 */
const STALE_WORK = '15 minutes';


/**
 * Places' reports in PostgreSQL (DATABASE_URL), one row a report, so that every replica behind
 * a load balancer serves the same ones. Each replica keeps a copy of the rows in a folder of its
 * own, which its knowledge reads as it reads the folder store's. A change is announced with
 * NOTIFY as it is written; every other replica, LISTENing, copies that place's rows again and
 * rebuilds that place only. When the database is lost the copy goes on answering; the listener
 * connects again and then copies every place, since announcements made meanwhile were missed.
 * The store owns the pool it is given: closing it ends the pool.
 */
export class PgReportStore implements ReportStore {
  /** Which replica announced: a replica does not rebuild again what it has just rebuilt. */
  private readonly replica = randomUUID();
  private listener: pg.Client | null = null;
  private changes: PlaceChanges | null = null;
  private readonly unfollowed = new Set<string>();
  private retry: NodeJS.Timeout | null = null;
  private retryMs = RETRY_MS;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    readonly root: string,
    private readonly logger: Logger,
  ) {}

  /** The store over an open database (openDatabase), its rows copied into a new temporary folder. */
  static async open(pool: pg.Pool, url: string, logger: Logger): Promise<PgReportStore> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'report-bot-db-copy-'));
    const store = new PgReportStore(pool, url, root, logger);
    try {
      // Listening before the copy: a change made meanwhile is copied after it, not missed.
      await store.listen();
      await store.copyAll();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async write(place: string, name: string, content: string): Promise<'written' | 'exists'> {
    const inserted = await this.query('INSERT INTO place_reports (place, name, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [place, name, content]);
    if (inserted.rowCount === 0) return 'exists';
    await writeReport(this.file(place, name), content, true);
    await this.announce(place);
    return 'written';
  }

  async delete(place: string, name: string): Promise<void> {
    await this.query('DELETE FROM place_reports WHERE place = $1 AND name = $2', [place, name]);
    await rm(this.file(place, name), { force: true });
    await this.announce(place);
  }

  /**
   * Told as soon as the row is written, not once this replica serves it: the others rebuild
   * alongside it. A report this replica then takes back (past the knowledge's total size) is
   * deleted, and that is announced too.
   */
  private async announce(place: string): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, `${this.replica} ${place}`]).catch((error: unknown) => {
      // The row is written: the others catch up when their listener connects again.
      this.logger.error('could not tell the other replicas of a change', { place, error: redact(messageOf(error)) });
    });
  }

  async claim(place: string, work: PlaceWork): Promise<PlaceWork | null> {
    const claimed = await this.query(
      `INSERT INTO place_work (place, work) VALUES ($1, $2)
       ON CONFLICT (place) DO UPDATE SET work = EXCLUDED.work, started_at = now() WHERE place_work.started_at < now() - interval '${STALE_WORK}'
       RETURNING work`,
      [place, work],
    );
    if (claimed.rowCount) return null;
    const running = await this.query('SELECT work FROM place_work WHERE place = $1', [place]);
    // Released between the two requests: said as busy all the same; trying again will do.
    return (running.rows[0] as { work: PlaceWork } | undefined)?.work ?? work;
  }

  async release(place: string): Promise<void> {
    await this.pool.query('DELETE FROM place_work WHERE place = $1', [place]).catch((error: unknown) => {
      this.logger.error('could not end a place’s work in the database: it ends by itself after 15 minutes', { place, error: redact(messageOf(error)) });
    });
  }

  follow(changes: PlaceChanges): void {
    this.changes = changes;
    for (const place of this.unfollowed) changes.changed(place);
    this.unfollowed.clear();
  }

  /** A place copied again before anyone followed the changes: told once someone does. */
  private changed(place: string): void {
    if (this.changes) this.changes.changed(place);
    else this.unfollowed.add(place);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
    await this.pool.end().catch(() => {});
    await rm(this.root, { recursive: true, force: true });
  }

  private file(place: string, name: string): string {
    if (!PLACE_KEY.test(place) || path.basename(name) !== name || !isReportName(name)) throw new Error(`not a place's report: ${place}/${name}`);
    return path.join(this.root, place, name);
  }

  /** A request whose failure the person asking reads as the database being away; the cause is logged. */
  private async query(text: string, values: unknown[]): Promise<pg.QueryResult> {
    try {
      return await this.pool.query(text, values);
    } catch (error) {
      this.logger.error('database request failed', { error: redact(messageOf(error)) });
      throw new ReportProblem((r) => r.report.unavailable);
    }
  }

  /** LISTENs on a connection of its own (a pooled one may be handed to another request). */
  private async listen(): Promise<void> {
    if (this.closed || this.listener) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    this.listener = client;
    const lost = (error?: unknown) => {
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => {});
      if (this.closed) return;
      this.logger.error('lost the database: answering from the reports loaded, and connecting again', { error: error ? redact(messageOf(error)) : 'connection ended' });
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.listen().then(() => this.catchUp());
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      const [replica, place] = (message.payload ?? '').split(' ');
      if (replica === this.replica || !place || !PLACE_KEY.test(place)) return;
      void this.copyPlace(place).then(
        () => this.changed(place),
        (error: unknown) => this.logger.error('could not copy a place’s reports from the database', { place, error: redact(messageOf(error)) }),
      );
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.retryMs = RETRY_MS;
    } catch (error) {
      lost(error);
    }
  }

  /** After the listener was away: every place copied again, and the ones that changed rebuilt. */
  private async catchUp(): Promise<void> {
    if (!this.listener) return;
    try {
      for (const place of await this.copyAll()) this.changed(place);
    } catch (error) {
      this.logger.error('could not copy the places’ reports from the database', { error: redact(messageOf(error)) });
    }
  }

  /** Every place's rows copied into the folder; the places whose copy changed. */
  private async copyAll(): Promise<string[]> {
    const stored = (await this.pool.query<{ place: string }>('SELECT DISTINCT place FROM place_reports')).rows.map((r) => r.place);
    const copied = await readdir(this.root).catch(() => [] as string[]);
    const changed: string[] = [];
    for (const place of new Set([...stored, ...copied])) if (PLACE_KEY.test(place) && (await this.copyPlace(place))) changed.push(place);
    return changed;
  }

  /** Makes the place's folder hold its rows, no more: whether anything changed. */
  private async copyPlace(place: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ name: string; content: string }>('SELECT name, content FROM place_reports WHERE place = $1', [place]);
    const dir = path.join(this.root, place);
    const present = new Set((await readdir(dir).catch(() => [] as string[])).filter(isReportName));
    let changed = false;
    for (const { name, content } of rows) {
      present.delete(name);
      // A row written by hand with a name that is no report's: the other rows still load.
      if (path.basename(name) !== name || !isReportName(name)) {
        this.logger.error('a stored report has a name that is not a report file name: skipped', { place, name: name.slice(0, 200) });
        continue;
      }
      const file = this.file(place, name);
      if ((await readFile(file, 'utf8').catch(() => null)) === content) continue;
      await writeReport(file, content, true);
      changed = true;
    }
    for (const name of present) {
      await rm(path.join(dir, name), { force: true });
      changed = true;
    }
    return changed;
  }
}
