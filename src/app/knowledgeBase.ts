import { fork, type ChildProcess } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setImmediate } from 'node:timers/promises';
import type { BotContext } from '../commands/types.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { isReportName } from '../knowledge/folder.ts';
import { DEFAULT_MAX_BYTES } from '../knowledge/read.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { contextSteps } from '../snapshot/context.ts';
import type { Steps } from '../search/steps.ts';
import { CacheFolder } from '../snapshot/cacheFolder.ts';
import { decodeSteps, parseHeader } from '../snapshot/decode.ts';
import { codeVersion } from '../snapshot/codeVersion.ts';
import { readSnapshot, readSnapshotHeader } from '../snapshot/file.ts';
import { SnapshotError, type SnapshotMeta, type SnapshotParts } from '../snapshot/format.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { BuildSummary, WorkerReply, WorkerRequest } from './knowledgeWorkerProtocol.ts';

/** Edits arrive as several file events (write, rename, chmod): wait for the burst to end. */
const SETTLE_MS = 250;
/** A reload's knowledge worker's niceness: below the bot's own priority, so that the build gives way to the answers. */
const WORKER_NICENESS = 19;

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
  ) {
    this.version = version;
  }

  /** Loads the folder; only a missing folder or one without reports stops it (KnowledgeError). */
  static async open(dir: string, logger: Logger, options: KnowledgeOptions = {}): Promise<KnowledgeBase> {
    const cached = options.cacheDir ? readEarly(new CacheFolder(options.cacheDir, dir).snapshotFile) : Promise.resolve(null);
    const { version, built } = await load(dir, options, logger, { cached });
    const base = new KnowledgeBase(dir, options, version, logger);
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
          const { version: next, built } = await load(this.dir, this.options, this.logger, { started: (child) => (this.worker = child), previous: this.version.ctx });
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
}

/**
 * One version built and read: the worker's build, built again once if the saved snapshot
 * proved corrupt, then read in place and its unreadable reports logged.
 */
async function load(dir: string, options: KnowledgeOptions, logger: Logger, { cached, started = () => {}, previous }: LoadRun = {}): Promise<{ version: Version; built: Built }> {
  // Below the answers only when there are answers: a start's build has nothing to give way to.
  const yielding = previous !== undefined;
  const run = runWorker(requestOf(dir, options), logger, { cached, yielding });
  started(run.child);
  const built = await run.result.catch(rebuildCorrupt(dir, options, logger, { started, yielding }));
  const version = await stepped(versionSteps(built, previous));
  logOutcome(version.ctx.search.knowledge, logger);
  return { version, built };
}

/**
 * A saved snapshot whose header was sound and whose body is not is built again, once, ignoring
 * it; any other failure goes on.
 */
function rebuildCorrupt(dir: string, options: KnowledgeOptions, logger: Logger, { started, yielding }: { started: (child: ChildProcess) => void; yielding: boolean }) {
  return (error: unknown): Promise<Built> => {
    if (!(error instanceof SnapshotError)) throw error;
    logger.warn('knowledge cache ignored: it will be built again', { reason: error.message });
    const run = runWorker({ ...requestOf(dir, options), ignoreSaved: true }, logger, { yielding });
    started(run.child);
    return run.result;
  };
}

/** A build's snapshot, read, and how the build went. */
interface Built {
  parts: SnapshotParts;
  summary: BuildSummary;
  /** From starting the worker to its answer, and reading the snapshot it left. */
  workerMs: number;
  readMs: number;
}

/**
 * Runs the knowledge worker once (knowledgeWorker.ts, a process of its own) and reads the
 * snapshot it leaves, without holding up the event loop; the notes of its build are logged.
 * `cached`: the saved snapshot, being read meanwhile; `yielding`: the build gives way to the answers.
 */
function runWorker(
  request: WorkerRequest,
  logger: Logger,
  { cached = Promise.resolve(null), yielding }: { cached?: Promise<SnapshotParts | null>; yielding: boolean },
): { child: ChildProcess; result: Promise<Built> } {
  const started = performance.now();
  const child = startWorker(yielding);
  const reply = new Promise<WorkerReply>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.once('message', (message: WorkerReply) => resolve(message));
    child.once('error', reject);
    child.once('close', (code, signal) => reject(new Error(`the knowledge worker ended (${signal ?? `code ${code}`}) without an answer${stderr ? `: ${stderr.trim()}` : ''}`)));
  });
  child.send(request);
  const result = reply.then(async (message): Promise<Built> => {
    if (!message.ok) {
      if (message.knowledge) throw new KnowledgeError(message.knowledge.file, message.knowledge.line, message.knowledge.problem);
      throw Object.assign(new Error(message.message), { stack: message.stack });
    }
    for (const note of message.summary.notes) logger[note.level](note.message, note.context);
    const workerMs = performance.now() - started;
    try {
      // The copy read meanwhile serves when it is the version the worker found current.
      const early = message.summary.fromCache ? await cached : null;
      const parts = early && parseHeader(early.header).meta.version === message.summary.version ? early : await readSnapshot(message.file);
      return { parts, summary: message.summary, workerMs, readMs: performance.now() - started - workerMs };
    } finally {
      if (message.temporary) await rm(message.file, { force: true });
    }
  });
  return { child, result };
}

/**
 * Nothing changed is the usual start: the saved snapshot is read while the worker checks the
 * reports, unless it was built by other code (a new release), which the worker would refuse.
 * A copy read in vain (a report edited while the bot was down) is garbage the next collection frees.
 */
async function readEarly(file: string): Promise<SnapshotParts | null> {
  try {
    if (parseHeader(await readSnapshotHeader(file)).meta.codeVersion !== codeVersion(workerEntry().file)) return null;
    return await readSnapshot(file);
  } catch {
    return null;
  }
}

/**
 * The worker, compiled next to the bundle that starts it (dist/knowledgeWorker.js), or, from
 * the TypeScript sources (tests, tsx), the same file through tsx. It gets no secrets: its
 * environment is this one without tokens, keys and secrets.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  return { file: fileURLToPath(new URL(fromSource ? './knowledgeWorker.ts' : './knowledgeWorker.js', here)), execArgv: fromSource ? ['--import', 'tsx'] : ['--enable-source-maps'] };
}

function startWorker(yielding: boolean): ChildProcess {
  const { file, execArgv } = workerEntry();
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/TOKEN|SECRET|KEY|PASSWORD/i.test(name)));
  const child = fork(file, [], {
    execArgv,
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // Not detached: a session of its own is a scheduling group of its own where the kernel groups
    // by session (Linux's autogroup), which shares the CPU equally between the groups whatever
    // the niceness. Measured at 100,000 passages: answers waited 4 to 12 ms for a core during a
    // reload. The worker ignores the Ctrl-C that reaches the bot's process group; the bot stops it.
  });
  if (yielding) giveWay(child.pid);
  return child;
}

/**
 * Puts a process at the knowledge worker's niceness. Answers come first: on a machine with few
 * cores a build running beside them would hold them up. Where that is not allowed (some
 * containers), the process runs at the bot's own priority.
 */
export function giveWay(pid: number | undefined): void {
  try {
    if (pid !== undefined) setPriority(pid, WORKER_NICENESS);
  } catch {
    // Not allowed here: nothing else to do.
  }
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

/** Runs a generator to its end, letting the event loop run whatever is due at each yield. */
async function stepped<T>(steps: Steps<T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await setImmediate();
  }
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
