import { watch, type FSWatcher } from 'node:fs';
import type { BotContext } from '../commands/types.ts';
import { contextFor } from './context.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { isReportName } from '../knowledge/folder.ts';
import { loadKnowledge, type LoadOptions } from '../knowledge/load.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Logger } from './logger.ts';

/** Edits arrive as several file events (write, rename, chmod): wait for the burst to end. */
const SETTLE_MS = 250;

/**
 * The knowledge a running bot answers from, re-indexed when a report in the folder is added,
 * edited or removed. At start and on every reload, the reports that can be read are served
 * and each one that cannot is logged with its file, line and problem. A reload that finds no
 * report it can read (an emptied folder, or every report broken) keeps the last version
 * serving. Answers always see one whole version: the swap is a single assignment.
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
    private readonly options: LoadOptions,
    ctx: BotContext,
    private readonly logger: Logger,
  ) {
    this.ctx = ctx;
  }

  /** Loads the folder; only a missing folder or one without reports stops it (KnowledgeError). */
  static async open(dir: string, logger: Logger, options: LoadOptions = {}): Promise<KnowledgeBase> {
    const knowledge = await loadKnowledge(dir, options);
    logOutcome(knowledge, logger);
    return new KnowledgeBase(dir, options, contextFor(knowledge), logger);
  }

  /** The current version; a function to pass where the bot needs "the knowledge now". */
  readonly current = (): BotContext => this.ctx;

  watch(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, (_event, name) => {
      if (name && !isReportName(String(name))) return;
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
          const knowledge = await loadKnowledge(this.dir, this.options);
          logOutcome(knowledge, this.logger);
          if (knowledge.reports.length === 0) {
            this.logger.error('knowledge reload failed: no report could be read, still answering from the previous version');
          } else {
            this.ctx = contextFor(knowledge);
            this.logger.info('knowledge reloaded', { reports: knowledge.reports.length, passages: knowledge.passages.length, problems: knowledge.problems.length });
          }
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

/** Entries that are not reports at debug level; every report that could not be read as a warning. */
function logOutcome(knowledge: Knowledge, logger: Logger): void {
  for (const { file, reason } of knowledge.skipped) logger.debug('not a report, skipped', { file, reason });
  for (const problem of knowledge.problems) logger.warn('report not served', { ...problem });
  const unread = knowledge.problems.length;
  const total = unread + knowledge.reports.length;
  if (unread) logger.warn(`${unread} of ${total} report${total === 1 ? '' : 's'} could not be read${knowledge.reports.length ? '; the others are served' : ''}`);
}
