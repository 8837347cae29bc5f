import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { ImportError } from './errors.ts';
import type { ImportOptions, ImportSummary } from './importer.ts';
import type { ImportLimits } from './limits.ts';
import type { ImportProblem } from '../language/importProblems.ts';
import { errorCode } from '../base/errorMessage.ts';

export type WorkerOutcome = { summary: ImportSummary } | { refused: { source: string; reason: ImportProblem } } | { failed: string };

/**
 * The heap an import's worker may use, in MB. The largest input of each format within the
 * default limits fits (a 9.7 MB Word file, a page drawing 10 MB of text, 500 dense pages, a
 * 9.9 MB web page, which needs the most: it fails in 224 MB), and V8, told its bound, collects
 * before it nears it: they peak the process at 235 to 385 MB, where without a bound V8 let
 * garbage grow to 335-460 MB (its own bound is 4 GB on this machine).
 */
const IMPORT_HEAP_MB = 256;

/** What a worker is given: all of it crosses to the thread as a copy, so no function nor agent is in it. */
export interface WorkerInput {
  input: string;
  options: Omit<ImportOptions, 'limits'> & { limits?: Partial<Omit<ImportLimits, 'dispatcher'>> };
  /** A page from chat: fetched from public addresses only (the worker makes its own agent for it). */
  publicOnly?: boolean;
}

export interface WorkerBounds {
  publicOnly?: boolean;
  /** The worker's heap, in MB (default IMPORT_HEAP_MB): tests make it small to reach it cheaply. */
  heapMb?: number;
}

/**
 * Runs `importReport` in a worker thread whose heap is bounded: an input that needs more memory
 * than that (a larger --max-bytes, a document built to be expensive) stops with a clear error
 * rather than taking the machine's memory, `npm run import`'s and the bot's alike. Node lets
 * --max-old-space-size, where given, set the bound instead.
 */
export function importInWorker(input: string, options: WorkerInput['options'], { publicOnly = false, heapMb = IMPORT_HEAP_MB }: WorkerBounds = {}): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ workerData: { input, options, publicOnly } satisfies WorkerInput, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let outcome: WorkerOutcome | null = null;
    let failure: unknown = null;
    worker.once('message', (message: WorkerOutcome) => (outcome = message));
    worker.once('error', (error) => (failure = error));
    worker.once('exit', (code) => {
      if (outcome && 'summary' in outcome) resolve(outcome.summary);
      else if (outcome && 'refused' in outcome) reject(new ImportError(outcome.refused.source, outcome.refused.reason));
      else if (outcome) reject(new Error(outcome.failed));
      else if (errorCode(failure) === 'ERR_WORKER_OUT_OF_MEMORY') {
        reject(new ImportError(input, { key: 'outOfMemory', mb: heapLimitMb(heapMb) }));
      } else reject(failure ?? new Error(`the import's worker stopped (exit code ${code}) without an answer`));
    });
  });
}

/**
 * The worker, compiled next to the bundle that starts it (dist/importWorker.js), or, from the
 * TypeScript sources (tests, tsx), the same file through tsx, registered in the worker itself:
 * a worker does not inherit the hooks that --import set up in the main thread.
 */
function startWorker(options: WorkerOptions): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(fileURLToPath(new URL('./importWorker.js', here)), options);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./importWorker.ts', here).href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); });`, { ...options, eval: true });
}

/** The bound in force: Node gives --max-old-space-size precedence over a worker's own limit. */
function heapLimitMb(asked: number): number {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  const set = flags.map((flag) => /^--max[-_]old[-_]space[-_]size=(\d+)$/.exec(flag)?.[1]).filter((value) => value !== undefined);
  return set.length ? Number(set.at(-1)) : asked;
}
