import pg from 'pg';
import type { Logger } from '../base/logger.ts';
import { messageOf } from '../base/errorMessage.ts';
import { redact } from '../base/logger.ts';

/**
 * The tables, made on start when missing: every statement may run again, so replicas starting
 * together (under the lock below) or a restart find them as they are.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS place_reports (
  place text NOT NULL,
  name text NOT NULL,
  content text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (place, name)
);
CREATE TABLE IF NOT EXISTS place_work (
  place text PRIMARY KEY,
  work text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS feedback (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  place text,
  kind text NOT NULL,
  command text NOT NULL,
  question text NOT NULL,
  passages text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
CREATE INDEX IF NOT EXISTS feedback_place ON feedback (place, kind);
`;

/** Two replicas creating the tables at once would collide in PostgreSQL's catalogue: one at a time. */
const SCHEMA_LOCK = 0x7265706f;

/** How long a connection may take before a request to the database fails rather than hangs. */
const CONNECT_MS = 5000;

/** DATABASE_URL as it may be shown: its password left out. */
export function shownUrl(url: string): string {
  return redact(url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1[redacted]@'));
}

/**
 * Connections to DATABASE_URL, the tables made if missing. A database that cannot be reached
 * stops the start with an error naming DATABASE_URL; once running, a connection lost is
 * logged (pg would otherwise throw it at the process) and the next request connects again.
 */
export async function openDatabase(url: string, logger: Logger): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: CONNECT_MS, idleTimeoutMillis: 30_000 });
  pool.on('error', (error) => logger.error('database connection lost', { error: redact(messageOf(error)) }));
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`cannot use the database at DATABASE_URL (${shownUrl(url)}): ${redact(messageOf(error))}`);
  }
  return pool;
}
