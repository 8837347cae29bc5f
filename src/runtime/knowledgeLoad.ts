/**
 * One load of the knowledge: a build by the knowledge worker (knowledgeWorkerClient.ts), its
 * snapshot read in place as a version in steps between answers, the reports it could not read
 * logged, and a summary of how it went. Whether the version is served is KnowledgeBase's call.
 */
import type { ChildProcess } from 'node:child_process';
import type { Logger } from '../base/logger.ts';
import { finishInTurns, type Steps } from '../base/steps.ts';
import type { BotContext } from '../commands/types.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_REPORT_SECONDS } from '../knowledge/read.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { SlowReport } from '../snapshot/build.ts';
import { contextOfSnapshot } from '../snapshot/context.ts';
import { decodeSnapshot } from '../snapshot/decode.ts';
import type { SnapshotMeta } from '../snapshot/format.ts';
import { buildInWorker, type Built } from './knowledgeWorkerClient.ts';
import { savedIfCurrent } from './savedKnowledge.ts';

export interface KnowledgeOptions {
  /** The largest report read, in bytes (KNOWLEDGE_MAX_BYTES). */
  maxBytes?: number;
  /** The most all reports are read to together, in bytes (KNOWLEDGE_MAX_TOTAL_BYTES). */
  maxTotalBytes?: number;
  /** Where the saved index lives (KNOWLEDGE_CACHE_DIR); null or absent: none. */
  cacheDir?: string | null;
  /** Seconds a report's reading may take (KNOWLEDGE_REPORT_SECONDS). */
  reportSeconds?: number;
  /** Folders whose reports are served too (a place's knowledge: the shared folder). */
  sharedDirs?: string[];
  /**
   * A first load reads a current saved snapshot in this thread, without the worker: a place
   * opened at its first question answers it in milliseconds rather than after a process start.
   */
  savedInThread?: boolean;
}

/** One version of the knowledge: what answers read, and where it came from. */
export interface Version {
  ctx: BotContext;
  meta: SnapshotMeta;
}

/** How one load runs, besides its folder. */
export interface LoadRun {
  /** Learns of each worker process, to stop it on close. */
  started?: (child: ChildProcess) => void;
  /** The version served now (a reload): the new one gets ready what its answers use most. */
  previous?: BotContext;
  /** Reports that took too long to read, skipped until they change. */
  slow: Map<string, SlowReport>;
}

/** One version built by the worker, read in place, and its unreadable reports logged. */
export async function load(dir: string, options: KnowledgeOptions, logger: Logger, { started = () => {}, previous, slow }: LoadRun): Promise<{ version: Version; summary: LoadSummary }> {
  // A start reads the saved snapshot meanwhile; a reload gives way to the answers (a start's
  // build has nothing to give way to).
  const start = previous === undefined;
  const request = { dir, sharedDirs: options.sharedDirs ?? [], maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, maxTotalBytes: options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES, cacheDir: options.cacheDir ?? null };
  const saved = start && options.savedInThread ? await savedIfCurrent(request) : null;
  const built = saved ?? (await buildInWorker(request, logger, { started, early: start, yielding: !start, slow, reportSeconds: options.reportSeconds ?? DEFAULT_REPORT_SECONDS }));
  const version = await finishInTurns(versionSteps(built, previous));
  logOutcome(version.ctx.search.knowledge, logger);
  return { version, summary: summaryOf(version, built) };
}

/**
 * The snapshot read in place, with the folder's other entries as they are now, in steps of a
 * few milliseconds with the event loop free in between: during a reload the answers go on.
 */
function* versionSteps(built: Built, previous?: BotContext): Steps<Version> {
  const snapshot = yield* decodeSnapshot(built.parts);
  snapshot.knowledge.skipped = built.summary.skipped;
  yield;
  const ctx = contextOfSnapshot(snapshot);
  yield;
  // What the first questions would otherwise build; `previous`, the version this one replaces, says what its answers used most.
  yield* ctx.search.prepareSteps(previous?.search);
  return { ctx, meta: snapshot.meta };
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
  /** The worker's peak RSS: the memory a build needs, given back when it ends (0: read without the worker). */
  workerPeakRssMB: number;
  /** The snapshot's size: what the version holds in memory, near enough to weigh places by. */
  snapshotBytes: number;
}

function summaryOf({ ctx, meta }: Version, { summary: built, workerMs, readMs, parts }: Built): LoadSummary {
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
    snapshotBytes: parts.bytes,
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
