/**
 * The knowledge worker seen from the bot: starting it (no secrets, below the answers' priority,
 * through tsx when run from the sources), asking it for one build, reading the snapshot it
 * leaves (at a start, the saved one meanwhile), and the deadline each report's reading has. A
 * report that takes longer is named and skipped, the build is run again without it, and the
 * others are served: one report cannot hold every other one back. What the bot does with the
 * snapshot is knowledgeLoad.ts's; which version is served, knowledgeBase.ts's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from '../knowledge/errors.ts';
import { codeVersion } from '../snapshot/codeVersion.ts';
import { readSnapshot, readSnapshotIf } from '../snapshot/file.ts';
import { SnapshotError, type SnapshotParts } from '../snapshot/format.ts';
import type { SlowReport } from '../snapshot/build.ts';
import { CacheFolder } from '../snapshot/cacheFolder.ts';
import type { Logger } from '../base/logger.ts';
import type { BuildSummary, WorkerMessage, WorkerReply, WorkerRequest } from './knowledgeWorkerProtocol.ts';

/**
 * V8 growing the old heap by a tenth at each collection rather than by its default factor, and
 * the young generation held to 8 MB a half: a build makes far more garbage than it keeps, and
 * the peak RSS is what these bound. `--optimize-for-size`, used before, bounded it as well (the
 * 50 MB report at 322 MB, against 539 MB with no flags) but slowed the code itself by a half;
 * with these the 50 MB report peaks at about 375 MB and the 20 MB shapes load a third faster
 * (`npm run bench -- --shapes`: single-newline turns 15.8 s before, about 10 s after).
 */
const WORKER_V8_FLAGS = ['--heap-growing-percent=10', '--max-semi-space-size=8'];
/** A reload's knowledge worker's niceness: below the bot's own priority, so that the build gives way to the answers. */
const WORKER_NICENESS = 19;

/** A report whose reading went past its deadline: the worker was stopped. */
class ReportTimeout extends Error {
  constructor(readonly report: SlowReport) {
    super(`${report.file} took longer than ${report.seconds} s to read`);
  }
}

export interface BuildRun {
  /** The saved snapshot is read while the worker checks the reports (a start). */
  early: boolean;
  /** Learns of each worker process, to stop it on close. */
  started: (child: ChildProcess) => void;
  /** The build gives way to the answers (a reload). */
  yielding: boolean;
  /** Seconds a report's reading may take (KNOWLEDGE_REPORT_SECONDS). */
  reportSeconds: number;
  /** Reports that took too long, kept across reloads: skipped until their bytes change. Grows here. */
  slow: Map<string, SlowReport>;
}

/**
 * One build by the knowledge worker, read: run again once ignoring the saved snapshot when its
 * body proved corrupt, and again without each report that overran its deadline (each one at most
 * once, so this ends).
 */
export async function buildInWorker(request: WorkerRequest, logger: Logger, run: BuildRun): Promise<Built> {
  const cached = run.early && request.cacheDir ? readEarly(new CacheFolder(request.cacheDir, request.dir).snapshotFile) : undefined;
  let ignoreSaved = false;
  for (;;) {
    const attempt = runWorker({ ...request, ignoreSaved, slow: [...run.slow.values()] }, logger, { ...run, cached: ignoreSaved ? undefined : cached });
    run.started(attempt.child);
    try {
      return await attempt.result;
    } catch (error) {
      if (error instanceof SnapshotError && !ignoreSaved) {
        logger.warn('knowledge cache ignored: it will be built again', { reason: error.message });
        ignoreSaved = true;
      } else if (error instanceof ReportTimeout) {
        logger.error('report not served: it took too long to read, the others are loaded without it', { file: error.report.file, seconds: error.report.seconds });
        run.slow.set(error.report.file, error.report);
      } else {
        throw error;
      }
    }
  }
}

/** A build's snapshot, read, and how the build went. */
export interface Built {
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
  { cached = Promise.resolve(null), yielding, reportSeconds }: { cached?: Promise<SnapshotParts | null> } & Pick<BuildRun, 'yielding' | 'reportSeconds'>,
): { child: ChildProcess; result: Promise<Built> } {
  const started = performance.now();
  const child = startWorker(yielding);
  const reply = new Promise<WorkerReply>((resolve, reject) => {
    let stderr = '';
    let deadline: NodeJS.Timeout | undefined;
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    // Each report's reading is announced before it starts: the clock runs from there.
    child.on('message', (message: WorkerMessage) => {
      clearTimeout(deadline);
      if (!('reading' in message)) return resolve(message);
      if (message.reading === null) return;
      const report = { ...message.reading, seconds: reportSeconds };
      deadline = setTimeout(() => {
        reject(new ReportTimeout(report));
        child.kill('SIGKILL');
      }, reportSeconds * 1000);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(deadline);
      reject(new Error(`the knowledge worker ended (${signal ?? `code ${code}`}) without an answer${stderr ? `: ${stderr.trim()}` : ''}`));
    });
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
      const parts = early && early.header.meta.version === message.summary.version ? early : await readSnapshot(message.file);
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
    return await readSnapshotIf(file, (header) => header.meta.codeVersion === workerCodeVersion());
  } catch {
    return null;
  }
}

let knownCodeVersion: string | undefined;

/** The code version the worker builds with: hashing the code takes milliseconds, and it does not change under a running bot. */
export function workerCodeVersion(): string {
  knownCodeVersion ??= codeVersion(workerEntry().file);
  return knownCodeVersion;
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
    execArgv: [...execArgv, ...WORKER_V8_FLAGS],
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // Not detached: a session of its own is a scheduling group of its own where the kernel groups
    // by session (Linux's autogroup), which shares the CPU equally between the groups whatever
    // the niceness: at 100,000 passages, answers would wait 4 to 12 ms for a core during a
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
