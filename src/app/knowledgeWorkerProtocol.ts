import type { KnowledgeProblem } from '../knowledge/types.ts';
import type { BuildOptions, BuildResult } from '../snapshot/build.ts';

/** What KnowledgeBase asks the knowledge worker for. */
export type WorkerRequest = Omit<BuildOptions, 'codeVersion'>;

/** The worker's one message: the snapshot, or why there is none (a KnowledgeError's fields, to be rebuilt as one). */
export type WorkerReply =
  | { ok: true; result: BuildResult; ms: number }
  | { ok: false; message: string; stack?: string; knowledge?: KnowledgeProblem };
