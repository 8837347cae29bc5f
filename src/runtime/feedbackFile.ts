import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gapsOf, type FeedbackEntry, type FeedbackStore, type Gap } from './feedback.ts';

/** Entries kept after a compaction; the file is compacted when it reaches twice as many lines. */
export const KEPT_ENTRIES = 5000;
/** One line is under 2 KB (a question of at most 300 characters, at most 10 passage ids): the file stays under 20 MB. */
const MAX_LINES = KEPT_ENTRIES * 2;

/** The file, beside the places' folders (`knowledge/places/`, the folder the bot may write to). */
export function feedbackFileOf(knowledgeDir: string): string {
  return path.join(knowledgeDir, 'places', 'feedback.jsonl');
}

/**
 * Feedback without a database: one JSON line an entry, appended, in a file that is bounded:
 * once it reaches MAX_LINES it is rewritten with the newest KEPT_ENTRIES still within
 * FEEDBACK_DAYS. A line that cannot be read (cut short by a crash) is skipped. One process
 * writes it; writes are queued so that a compaction never loses an append.
 */
export class FileFeedbackStore implements FeedbackStore {
  private queue: Promise<unknown> = Promise.resolve();
  private lines: number | null = null;

  constructor(readonly file: string) {}

  add(entry: FeedbackEntry): Promise<void> {
    return this.serial(async () => {
      this.lines ??= (await this.read()).length;
      if (this.lines >= MAX_LINES) await this.rewrite((await this.read()).slice(-KEPT_ENTRIES));
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(entry)}\n`);
      this.lines++;
    });
  }

  async gaps(since: Date, place: string | null | undefined, limit: number): Promise<Gap[]> {
    const entries = await this.serial(() => this.read());
    return gapsOf(
      entries.filter((e) => e.at >= since && (place === undefined || e.place === place)),
      limit,
    );
  }

  prune(before: Date): Promise<void> {
    return this.serial(async () => {
      const entries = await this.read();
      const kept = entries.filter((e) => e.at >= before);
      if (kept.length !== entries.length) await this.rewrite(kept);
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => {});
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  private async read(): Promise<FeedbackEntry[]> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const entries: FeedbackEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const raw = JSON.parse(line) as FeedbackEntry & { at: string };
        entries.push({ ...raw, at: new Date(raw.at) });
      } catch {
        // A line cut short: the others still count.
      }
    }
    return entries;
  }

  /** Written aside and renamed into place: a crash leaves the old file or the new, never half. */
  private async rewrite(entries: FeedbackEntry[]): Promise<void> {
    const temp = `${this.file}.${process.pid}.tmp`;
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(temp, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rename(temp, this.file);
    this.lines = entries.length;
  }
}
