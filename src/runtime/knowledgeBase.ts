import type { ChildProcess } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../base/logger.ts';
import type { BotContext } from '../commands/types.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { isReportName } from '../knowledge/folder.ts';
import type { SlowReport } from '../snapshot/build.ts';
import type { Config } from './config.ts';
import { load, type KnowledgeOptions, type LoadSummary, type Version } from './knowledgeLoad.ts';

export type { KnowledgeOptions, LoadSummary } from './knowledgeLoad.ts';

/** Edits arrive as several file events (write, rename, chmod): wait for the burst to end. */
const SETTLE_MS = 250;

/** The knowledge options a configuration asks for. */
export function knowledgeOptions(config: Config): KnowledgeOptions {
  return { maxBytes: config.knowledgeMaxBytes, maxTotalBytes: config.knowledgeMaxTotalBytes, cacheDir: config.knowledgeCacheDir, reportSeconds: config.knowledgeReportSeconds };
}

/**
 * The knowledge a running bot answers from, re-indexed when a report in the folder is added,
 * edited or removed: which version is served, the reloads, and the stop. A load
 * (knowledgeLoad.ts) runs in the knowledge worker (knowledgeWorker.ts, a process of its own,
 * run by knowledgeWorkerClient.ts): it reads the saved index when nothing changed, else parses
 * the changed reports only, indexes, and hands the snapshot over; the main thread only reads it
 * in place. Meanwhile answers go on from the last good version, and the swap is a single
 * assignment, so an answer always sees one whole version. The reports that can be read are
 * served and each one that cannot is logged with its file, line and problem. A reload that
 * finds no report it can read (an emptied folder, or every report broken) keeps the last version
 * serving.
 */
export class KnowledgeBase {
  private version: Version;
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<void> | null = null;
  private again = false;
  private worker: ChildProcess | null = null;
  private closed = false;
  /** How many reloads have finished (served or refused), for whoever waits on one. */
  reloads = 0;
  /** How the version served was loaded. */
  lastLoad: LoadSummary | null = null;

  private constructor(
    readonly dir: string,
    private readonly options: KnowledgeOptions,
    version: Version,
    private readonly logger: Logger,
    /** Reports that took too long to read, skipped until they change. */
    private readonly slow: Map<string, SlowReport>,
  ) {
    this.version = version;
  }

  /** Loads the folder; only a missing folder or one without reports stops it (KnowledgeError). */
  static async open(dir: string, logger: Logger, options: KnowledgeOptions = {}): Promise<KnowledgeBase> {
    const slow = new Map<string, SlowReport>();
    const { version, summary } = await load(dir, options, logger, { slow });
    const base = new KnowledgeBase(dir, options, version, logger, slow);
    base.lastLoad = summary;
    logger.debug('knowledge loaded', { ...summary });
    return base;
  }

  /** The current version; a function to pass where the bot needs "the knowledge now". */
  readonly current = (): BotContext => this.version.ctx;

  /** What identifies the knowledge served: the same folder and build give the same version on every copy. */
  get knowledgeVersion(): string {
    return this.version.meta.version;
  }

  /**
   * Watches the folder, and the shared folders a place's knowledge is served with; a settled
   * change reloads, or calls `changed` instead (a place, which drops a folder left empty).
   */
  watch(changed: () => void = () => void this.reload()): void {
    if (this.watchers.length || this.closed) return;
    for (const dir of [this.dir, ...(this.options.sharedDirs ?? [])]) {
      const watcher = watch(dir, (_event, name) => {
        if (name && !isReportName(String(name))) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(changed, SETTLE_MS);
      });
      watcher.on('error', (error) => this.logger.error('cannot watch the knowledge folder', { dir, error }));
      this.watchers.push(watcher);
    }
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
          const { version: next, summary } = await load(this.dir, this.options, this.logger, { started: (child) => (this.worker = child), previous: this.version.ctx, slow: this.slow });
          const { knowledge } = next.ctx.search;
          if (knowledge.reports.length === 0) {
            this.logger.error('knowledge reload failed: no report could be read, still answering from the previous version');
          } else {
            this.version = next;
            this.lastLoad = summary;
            this.logger.info('knowledge reloaded', { ...this.lastLoad });
          }
        } catch (error) {
          if (this.closed) return;
          const where = error instanceof KnowledgeError ? { file: error.file, line: error.line, problem: error.problem } : { error };
          this.logger.error('knowledge reload failed: still answering from the previous version', where);
        }
        this.reloads++;
      } while (this.again && !this.closed);
    })().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    this.worker?.kill('SIGKILL');
  }
}
