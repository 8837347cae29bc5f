import type { KnowledgeProblem } from '../knowledge/types.ts';
import type { BuildOptions, BuildResult } from '../snapshot/build.ts';

/** What the bot asks the knowledge worker for. */
export type WorkerRequest = Omit<BuildOptions, 'codeVersion'>;

/** How the build went, for the log and the benchmark. */
export type BuildSummary = Omit<BuildResult, 'parts'> & { ms: number; peakRssMB: number };

/**
 * The worker's one message: where it left the snapshot (the cache's file, or a temporary one
 * when there is no cache), or why there is none (a KnowledgeError's fields, to be rebuilt as one).
 */
export type WorkerReply =
  | { ok: true; file: string; temporary: boolean; summary: BuildSummary }
  | { ok: false; message: string; stack?: string; knowledge?: KnowledgeProblem };

/** Said before each report is read, so that the bot can hold the reading to its deadline; null once the reports are read. */
export interface ReadingNotice {
  reading: { file: string; hash: string } | null;
}

export type WorkerMessage = WorkerReply | ReadingNotice;
