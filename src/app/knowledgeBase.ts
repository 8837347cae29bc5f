import { watch, type FSWatcher } from 'node:fs';
import type { BotContext } from '../commands/types.ts';
import { contextFor } from './context.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Logger } from './logger.ts';

/** Edits arrive as several file events (write, rename, chmod): wait for the burst to end. */
const SETTLE_MS = 250;

/**
 * The knowledge a running bot answers from, re-indexed when a report in the folder is added,
 * edited or removed. A broken edit keeps the last good version serving and logs the file,
 * line and problem. Answers always see one whole version: the swap is a single assignment.
 */
export class KnowledgeBase {
  private ctx: BotContext;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<void> | null = null;
  private again = false;
  /** How many reloads have finished (served or refused), for whoever waits on one. */
  reloads = 0;

  private constructor(
    readonly dir: string,
    ctx: BotContext,
    private readonly logger: Logger,
  ) {
    this.ctx = ctx;
  }

  static async open(dir: string, logger: Logger): Promise<KnowledgeBase> {
    return new KnowledgeBase(dir, contextFor(await loadKnowledge(dir)), logger);
  }

  /** The current version; a function to pass where the bot needs "the knowledge now". */
  readonly current = (): BotContext => this.ctx;

  watch(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, (_event, name) => {
      if (name && !String(name).toLowerCase().endsWith('.md')) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), SETTLE_MS);
    });
    this.watcher.on('error', (error) => this.logger.error('cannot watch the knowledge folder', { dir: this.dir, error }));
  }

  /** Loads the folder again; on success the next answer uses it, on failure nothing changes. */
  async reload(): Promise<void> {
    if (this.reloading) {
      this.again = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.again = false;
        try {
          const knowledge = await loadKnowledge(this.dir);
          this.ctx = contextFor(knowledge);
          this.logger.info('knowledge reloaded', { reports: knowledge.reports.length, passages: knowledge.passages.length });
        } catch (error) {
          const where = error instanceof KnowledgeError ? { file: error.file, line: error.line, problem: error.problem } : { error };
          this.logger.error('knowledge reload failed: still answering from the previous version', where);
        }
        this.reloads++;
      } while (this.again);
    })().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = null;
  }
}
