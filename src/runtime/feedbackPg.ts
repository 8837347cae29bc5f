import type pg from 'pg';
import type { FeedbackKind, Gap } from '../commands/report.ts';
import type { FeedbackEntry, FeedbackStore } from './feedback.ts';

/**
 * Feedback in PostgreSQL (DATABASE_URL), in the table `feedback` that openDatabase makes: every
 * replica records into it and /report gaps reads every replica's.
 */
export class PgFeedbackStore implements FeedbackStore {
  constructor(
    private readonly pool: pg.Pool,
    /** False in the bot, where the pool is the report store's too, and that store closes it. */
    private readonly ownsPool = false,
  ) {}

  async add({ at, place, kind, command, question, passages }: FeedbackEntry): Promise<void> {
    await this.pool.query('INSERT INTO feedback (at, place, kind, command, question, passages) VALUES ($1, $2, $3, $4, $5, $6)', [at, place, kind, command, question, passages]);
  }

  async gaps(since: Date, place: string | null | undefined, limit: number): Promise<Gap[]> {
    const { rows } = await this.pool.query<{ place: string | null; kind: FeedbackKind; command: string; question: string; count: string; last: Date }>(
      `SELECT place, kind, command, min(question) AS question, count(*) AS count, max(at) AS last
         FROM feedback
        WHERE at >= $1 AND ($2::boolean OR place IS NOT DISTINCT FROM $3)
        GROUP BY place, kind, command, lower(question)
        ORDER BY count(*) DESC, max(at) DESC
        LIMIT $4`,
      [since, place === undefined, place ?? null, limit],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  async prune(before: Date): Promise<void> {
    await this.pool.query('DELETE FROM feedback WHERE at < $1', [before]);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
