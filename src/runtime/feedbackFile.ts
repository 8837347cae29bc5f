import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Gap } from '../commands/report.ts';
import { gapsOf, type FeedbackEntry, type FeedbackStore } from './feedback.ts';
import { placesFolderOf } from './places.ts';
import { errorCode } from '../base/errorMessage.ts';

/**
 * The file's bound: reaching it, the file is rewritten with the newest entries that fit in half
 * of it. Measured as the file's size on every append, so that shard processes appending to one
 * file hold it too. About 20,000 entries (a question is at most 300 characters).
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The file, beside the places' folders (`knowledge/places/`, the folder the bot may write to). */
export function feedbackFileOf(knowledgeDir: string): string {
  return path.join(placesFolderOf(knowledgeDir), 'feedback.jsonl');
}

/**
 * Feedback without a database: one JSON line an entry, appended, in a file bounded by
 * MAX_FILE_BYTES. A line that cannot be read (cut short by a crash) is skipped. A process's
 * writes are queued, so that its compaction never loses its own append.
 */
export class FileFeedbackStore implements FeedbackStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  add(entry: FeedbackEntry): Promise<void> {
    return this.serial(async () => {
      if (((await stat(this.file).catch(() => null))?.size ?? 0) >= MAX_FILE_BYTES) await this.rewrite(newest(await this.read(), MAX_FILE_BYTES / 2));
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, line(entry));
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
    const text = await readFile(this.file, 'utf8').catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return '';
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
    await writeFile(temp, entries.map(line).join(''));
    await rename(temp, this.file);
  }
}

const line = (entry: FeedbackEntry) => `${JSON.stringify(entry)}\n`;

/** The newest entries whose lines fit in `bytes`. */
function newest(entries: FeedbackEntry[], bytes: number): FeedbackEntry[] {
  let total = 0;
  let start = entries.length;
  while (start > 0) {
    total += Buffer.byteLength(line(entries[start - 1] as FeedbackEntry));
    if (total > bytes) break;
    start--;
  }
  return entries.slice(start);
}
