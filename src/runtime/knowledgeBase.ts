import type { ChildProcess } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import type { BotContext } from '../commands/types.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { isReportName } from '../knowledge/folder.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_REPORT_SECONDS } from '../knowledge/read.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { contextSteps } from '../snapshot/context.ts';
import { finishInTurns, type Steps } from '../base/steps.ts';
import type { SlowReport } from '../snapshot/build.ts';
import { CacheFolder } from '../snapshot/cacheFolder.ts';
import { decodeSteps } from '../snapshot/decode.ts';
import type { SnapshotMeta, SnapshotParts } from '../snapshot/format.ts';
import type { Config } from './config.ts';
import type { Logger } from '../base/logger.ts';
import type { WorkerRequest } from './knowledgeWorkerProtocol.ts';
import { buildInWorker, readEarly, type Built } from './knowledgeWorkerRun.ts';

/** Edits arrive as several file events (write, rename, chmod): wait for the burst to end. */
const SETTLE_MS = 250;

export interface KnowledgeOptions {
  /** The largest report read, in bytes (KNOWLEDGE_MAX_BYTES). */
  maxBytes?: number;
  /** Where the saved index lives (KNOWLEDGE_CACHE_DIR); null or absent: none. */
  cacheDir?: string | null;
  /** Seconds a report's reading may take (KNOWLEDGE_REPORT_SECONDS). */
  reportSeconds?: number;
}

/** The knowledge options a configuration asks for. */
export function knowledgeOptions(config: Config): KnowledgeOptions {
  return { maxBytes: config.knowledgeMaxBytes, cacheDir: config.knowledgeCacheDir, reportSeconds: config.knowledgeReportSeconds };
}

/** One version of the knowledge: what answers read, and where it came from. */
interface Version {
  ctx: BotContext;
  meta: SnapshotMeta;
}

/**
 * The knowledge a running bot answers from, re-indexed when a report in the folder is added,
 * edited or removed. Loading runs in the knowledge worker (knowledgeWorker.ts, a process of its
 * own): it reads the saved
 * index when nothing changed, else parses the changed reports only, indexes, and hands the
 * snapshot over; the main thread only reads it in place. Meanwhile answers go on from the last
 * good version, and the swap is a single assignment, so an answer always sees one whole version.
 * The reports that can be read are served and each one that cannot is logged with its file,
 * line and problem. A reload that finds no report it can read (an emptied folder, or every
 * report broken) keeps the last version serving.
 */
export class KnowledgeBase {
  private version: Version;
  private watcher: FSWatcher | null = null;
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
    const cached = options.cacheDir ? readEarly(new CacheFolder(options.cacheDir, dir).snapshotFile) : Promise.resolve(null);
    const slow = new Map<string, SlowReport>();
    const { version, built } = await load(dir, options, logger, { cached, slow });
    const base = new KnowledgeBase(dir, options, version, logger, slow);
    base.lastLoad = summary(version, built);
    logger.debug('knowledge loaded', { ...base.lastLoad });
    return base;
  }

  /** The current version; a function to pass where the bot needs "the knowledge now". */
  readonly current = (): BotContext => this.version.ctx;

  /** What identifies the knowledge served: the same folder and build give the same version on every copy. */
  get knowledgeVersion(): string {
    return this.version.meta.version;
  }

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
          const { version: next, built } = await load(this.dir, this.options, this.logger, { started: (child) => (this.worker = child), previous: this.version.ctx, slow: this.slow });
          const { knowledge } = next.ctx.search;
          if (knowledge.reports.length === 0) {
            this.logger.error('knowledge reload failed: no report could be read, still answering from the previous version');
          } else {
            this.version = next;
            this.lastLoad = summary(next, built);
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
    this.watcher?.close();
    this.watcher = null;
    this.worker?.kill('SIGKILL');
  }
}

function requestOf(dir: string, options: KnowledgeOptions): WorkerRequest {
  return { dir, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, cacheDir: options.cacheDir ?? null };
}

/** How one load runs, besides its folder. */
interface LoadRun {
  /** The saved snapshot, being read meanwhile (a start). */
  cached?: Promise<SnapshotParts | null>;
  /** Learns of each worker process, to stop it on close. */
  started?: (child: ChildProcess) => void;
  /** The version served now (a reload): the new one gets ready what its answers use most. */
  previous?: BotContext;
  slow: Map<string, SlowReport>;
}

/** One version built by the worker, read in place, and its unreadable reports logged. */
async function load(dir: string, options: KnowledgeOptions, logger: Logger, { cached, started = () => {}, previous, slow }: LoadRun): Promise<{ version: Version; built: Built }> {
  // Below the answers only when there are answers: a start's build has nothing to give way to.
  const yielding = previous !== undefined;
  const built = await buildInWorker(requestOf(dir, options), logger, { cached, started, yielding, slow, reportSeconds: options.reportSeconds ?? DEFAULT_REPORT_SECONDS });
  const version = await finishInTurns(versionSteps(built, previous));
  logOutcome(version.ctx.search.knowledge, logger);
  return { version, built };
}

/**
 * The snapshot read in place, with the folder's other entries as they are now, in steps of a
 * few milliseconds with the event loop free in between: during a reload the answers go on.
 */
function* versionSteps(built: Built, previous?: BotContext): Steps<Version> {
  const snapshot = yield* decodeSteps(built.parts);
  snapshot.knowledge.skipped = built.summary.skipped;
  yield;
  return { ctx: yield* contextSteps(snapshot, previous), meta: snapshot.meta };
}

/** How a load went: logged, and kept for the benchmark. */
export interface LoadSummary {
  reports: number;
  passages: number;
  problems: number;
  version: string;
  fromCache: boolean;
  parsed: number;
  reused: number;
  /** The build in the worker; from starting the worker to its answer; reading the snapshot it left. */
  buildMs: number;
  workerMs: number;
  readMs: number;
  /** The worker's peak RSS: the memory a build needs, given back when it ends. */
  workerPeakRssMB: number;
}

function summary({ ctx, meta }: Version, { summary: built, workerMs, readMs }: Built): LoadSummary {
  const { reports, passages, problems } = ctx.search.knowledge;
  return {
    reports: reports.length,
    passages: passages.length,
    problems: problems.length,
    version: meta.version,
    fromCache: built.fromCache,
    parsed: built.parsed,
    reused: built.reused,
    buildMs: Math.round(built.ms),
    workerMs: Math.round(workerMs),
    readMs: Math.round(readMs),
    workerPeakRssMB: built.peakRssMB,
  };
}

/** Entries that are not reports at debug level; every report that could not be read as a warning. */
function logOutcome(knowledge: Knowledge, logger: Logger): void {
  for (const { file, reason } of knowledge.skipped) logger.debug('not a report, skipped', { file, reason });
  for (const problem of knowledge.problems) logger.warn('report not served', { ...problem });
  const unread = knowledge.problems.length;
  const total = unread + knowledge.reports.length;
  if (unread) logger.warn(`${unread} of ${total} report${total === 1 ? '' : 's'} could not be read${knowledge.reports.length ? '; the others are served' : ''}`);
}
