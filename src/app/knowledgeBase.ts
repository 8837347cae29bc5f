import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BotContext } from '../commands/types.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { isReportName } from '../knowledge/folder.ts';
import { DEFAULT_MAX_BYTES } from '../knowledge/read.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { BuildResult } from '../snapshot/build.ts';
import { contextOfSnapshot } from '../snapshot/context.ts';
import { decodeSnapshot } from '../snapshot/decode.ts';
import type { SnapshotMeta } from '../snapshot/format.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { WorkerReply, WorkerRequest } from './knowledgeWorkerProtocol.ts';

/** Edits arrive as several file events (write, rename, chmod): wait for the burst to end. */
const SETTLE_MS = 250;

export interface KnowledgeOptions {
  /** The largest report read, in bytes (KNOWLEDGE_MAX_BYTES). */
  maxBytes?: number;
  /** Where the saved index lives (KNOWLEDGE_CACHE_DIR); null or absent: none. */
  cacheDir?: string | null;
}

/** The knowledge options a configuration asks for. */
export function knowledgeOptions(config: Config): KnowledgeOptions {
  return { maxBytes: config.knowledgeMaxBytes, cacheDir: config.knowledgeCacheDir };
}

/** One version of the knowledge: what answers read, and where it came from. */
interface Version {
  ctx: BotContext;
  meta: SnapshotMeta;
}

/**
 * The knowledge a running bot answers from, re-indexed when a report in the folder is added,
 * edited or removed. Loading runs in a worker thread (knowledgeWorker.ts): it reads the saved
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
  private worker: Worker | null = null;
  private closed = false;
  /** How many reloads have finished (served or refused), for whoever waits on one. */
  reloads = 0;

  private constructor(
    readonly dir: string,
    private readonly options: KnowledgeOptions,
    version: Version,
    private readonly logger: Logger,
  ) {
    this.version = version;
  }

  /** Loads the folder; only a missing folder or one without reports stops it (KnowledgeError). */
  static async open(dir: string, logger: Logger, options: KnowledgeOptions = {}): Promise<KnowledgeBase> {
    const built = await runWorker(requestOf(dir, options), logger).result;
    const version = adopt(built);
    logOutcome(version.ctx.search.knowledge, logger);
    logger.debug('knowledge loaded', summary(version, built));
    return new KnowledgeBase(dir, options, version, logger);
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
          const run = runWorker(requestOf(this.dir, this.options), this.logger);
          this.worker = run.worker;
          const built = await run.result;
          const next = adopt(built);
          const { knowledge } = next.ctx.search;
          logOutcome(knowledge, this.logger);
          if (knowledge.reports.length === 0) {
            this.logger.error('knowledge reload failed: no report could be read, still answering from the previous version');
          } else {
            this.version = next;
            this.logger.info('knowledge reloaded', summary(next, built));
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
    void this.worker?.terminate();
  }
}

function requestOf(dir: string, options: KnowledgeOptions): WorkerRequest {
  return { dir, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, cacheDir: options.cacheDir ?? null };
}

/** Runs the knowledge worker once: the snapshot, built or read from the cache, and the notes of its build logged. */
function runWorker(request: WorkerRequest, logger: Logger): { worker: Worker; result: Promise<BuildResult & { ms: number }> } {
  const worker = startWorker(request);
  const result = new Promise<BuildResult & { ms: number }>((resolve, reject) => {
    let replied = false;
    worker.once('message', (reply: WorkerReply) => {
      replied = true;
      if (reply.ok) {
        for (const note of reply.result.notes) logger[note.level](note.message, note.context);
        resolve({ ...reply.result, ms: reply.ms });
      } else if (reply.knowledge) {
        reject(new KnowledgeError(reply.knowledge.file, reply.knowledge.line, reply.knowledge.problem));
      } else {
        reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      }
    });
    worker.once('error', (error) => {
      replied = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the knowledge worker ended (code ${code}) without an answer`));
    });
  });
  return { worker, result };
}

/**
 * The worker, compiled next to the bundle that starts it (dist/knowledgeWorker.js); from the
 * TypeScript sources (tests, tsx), the same file through tsx's loader, which a worker thread
 * does not inherit from its parent.
 */
function startWorker(request: WorkerRequest): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./knowledgeWorker.js', here), { workerData: request });
  // tsx's ESM API (the 'import' condition of its exports; require.resolve would give the CommonJS one).
  const tsxPackage = createRequire(here).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(tsxPackage, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsx = new URL(exports['./esm/api']?.import.default ?? '', pathToFileURL(tsxPackage)).href;
  const entry = new URL('./knowledgeWorker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: request });
}

/** The snapshot read in place, with the folder's other entries as they are now. */
function adopt(built: BuildResult): Version {
  const snapshot = decodeSnapshot(built.parts);
  snapshot.knowledge.skipped = built.skipped;
  return { ctx: contextOfSnapshot(snapshot), meta: snapshot.meta };
}

function summary({ ctx, meta }: Version, built: BuildResult & { ms: number }): Record<string, unknown> {
  const { reports, passages, problems } = ctx.search.knowledge;
  return { reports: reports.length, passages: passages.length, problems: problems.length, version: meta.version, fromCache: built.fromCache, parsed: built.parsed, reused: built.reused, ms: Math.round(built.ms) };
}

/** Entries that are not reports at debug level; every report that could not be read as a warning. */
function logOutcome(knowledge: Knowledge, logger: Logger): void {
  for (const { file, reason } of knowledge.skipped) logger.debug('not a report, skipped', { file, reason });
  for (const problem of knowledge.problems) logger.warn('report not served', { ...problem });
  const unread = knowledge.problems.length;
  const total = unread + knowledge.reports.length;
  if (unread) logger.warn(`${unread} of ${total} report${total === 1 ? '' : 's'} could not be read${knowledge.reports.length ? '; the others are served' : ''}`);
}
