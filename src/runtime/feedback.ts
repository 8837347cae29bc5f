import type { Logger } from '../base/logger.ts';
import type { AnswerRef } from '../commands/answerRef.ts';
import type { FeedbackKind, Gap } from '../commands/report.ts';
import { runCommand } from '../commands/interpret.ts';
import type { Answer, BotContext } from '../commands/types.ts';
import { messageOf } from '../base/errorMessage.ts';
import { redact, repeatLimited } from '../base/logger.ts';

/**
 * What is kept of a question the reports did not answer: a "nothing matches" answer, or an
 * answer someone marked 👎. Never who asked or voted: the question and where, enough to see
 * what the reports lack.
 */
export interface FeedbackEntry {
  at: Date;
  /** The place asked in (`discord-<guild>`), null in a DM or the terminal. */
  place: string | null;
  kind: FeedbackKind;
  command: string;
  question: string;
  /** The ids (`<report>#<paragraph>`) of the passages the answer showed; none for an unanswered one. */
  passages: string[];
}

/** Where feedback is kept: PostgreSQL with DATABASE_URL, else a bounded file. */
export interface FeedbackStore {
  add(entry: FeedbackEntry): Promise<void>;
  /** The most frequent gaps since `since`, of one place, or of every place (`undefined`). */
  gaps(since: Date, place: string | null | undefined, limit: number): Promise<Gap[]>;
  /** Drops what is older than `before`. */
  prune(before: Date): Promise<void>;
  close(): Promise<void>;
}

/** A question is kept to this many characters: enough to read it, not a document pasted in. */
const KEPT_QUESTION_CHARS = 300;
/** The passages kept of one answer: its first ten, those a reader sees first. */
const MAX_PASSAGES = 10;
const DAY_MS = 86_400_000;
/** Old entries are dropped at most this often: a busy server does not delete on every vote. */
const PRUNE_EVERY_MS = 3_600_000;

export interface FeedbackOptions {
  /** FEEDBACK_DAYS. */
  days: number;
  now?: () => Date;
}

/**
 * Records feedback without ever holding up or failing an answer: a record is fire-and-forget,
 * its failure logged. With FEEDBACK=off there is no store and nothing is recorded.
 */
export class Feedback {
  private lastPrune = 0;
  private readonly now: () => Date;
  /** A store that cannot be written (a read-only folder, a database away) fails every record: a line a minute. */
  private readonly logger: Logger;

  constructor(
    private readonly store: FeedbackStore | null,
    logger: Logger,
    private readonly options: FeedbackOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.logger = repeatLimited(logger);
  }

  get enabled(): boolean {
    return this.store !== null;
  }

  /** Resolves once kept (or given up on, logged): tests wait on it, answers do not. */
  record(entry: Omit<FeedbackEntry, 'at'>): Promise<void> {
    const { store } = this;
    if (!store) return Promise.resolve();
    const at = this.now();
    // Control characters out: `npm run gaps` prints the question to the operator's terminal.
    const question = entry.question.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '').trim().slice(0, KEPT_QUESTION_CHARS);
    const kept = { ...entry, at, question, passages: entry.passages.slice(0, MAX_PASSAGES) };
    return store
      .add(kept)
      .then(() => this.pruneNow(at))
      .catch((error: unknown) => this.logger.error('feedback not recorded', { error: redact(messageOf(error)) }));
  }

  /** A "nothing matches" answer, kept: the question and where, never who asked. */
  unanswered(place: string | null, answer: Answer): void {
    if (answer.kind === 'none' && answer.query.trim()) void this.record({ place, kind: 'unanswered', command: answer.command, question: answer.query, passages: [] });
  }

  /**
   * A 👎, kept with the question and the passages its query finds (the ones shown, while the
   * reports are unchanged); never who voted. Whether it was kept (not with FEEDBACK=off).
   */
  disliked(place: string | null, ctx: BotContext, ref: AnswerRef | null): boolean {
    if (!this.store || !ref) return false;
    const answer = runCommand(ctx, ref.command, ref.input);
    const passages = answer.kind === 'passages' ? answer.results.map((r) => r.passage.id) : [];
    void this.record({ place, kind: 'disliked', command: answer.command, question: answer.query, passages });
    return true;
  }

  /** A place's gaps (or every place's: `undefined`) within FEEDBACK_DAYS, the most frequent first. */
  async gaps(place: string | null | undefined, limit = 10): Promise<Gap[]> {
    if (!this.store) return [];
    return this.store.gaps(this.cutoff(this.now()), place, limit);
  }

  close(): Promise<void> {
    return this.store?.close() ?? Promise.resolve();
  }

  private cutoff(now: Date): Date {
    return new Date(now.getTime() - this.options.days * DAY_MS);
  }

  private async pruneNow(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now.getTime();
    await this.store?.prune(this.cutoff(now));
  }
}

/** Entries grouped into gaps: one per place, kind, command and question (its case and spacing aside). */
export function gapsOf(entries: Iterable<FeedbackEntry>, limit: number): Gap[] {
  const groups = new Map<string, Gap>();
  for (const entry of entries) {
    const key = JSON.stringify([entry.place, entry.kind, entry.command, entry.question.toLowerCase()]);
    const gap = groups.get(key);
    if (!gap) groups.set(key, { place: entry.place, kind: entry.kind, command: entry.command, question: entry.question, count: 1, last: entry.at });
    else {
      gap.count++;
      if (entry.at > gap.last) gap.last = entry.at;
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.last.getTime() - a.last.getTime()).slice(0, limit);
}
