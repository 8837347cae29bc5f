/**
 * The knowledge worker: builds a knowledge folder's snapshot off the main thread (reading the
 * cache, parsing the changed reports, indexing), hands it over and ends, so that the memory
 * the build needed goes with it. Started by KnowledgeBase; compiled to dist/knowledgeWorker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KnowledgeError } from '../knowledge/errors.ts';
import { buildSnapshot } from '../snapshot/build.ts';
import { codeVersion } from '../snapshot/codeVersion.ts';
import type { WorkerReply, WorkerRequest } from './knowledgeWorkerProtocol.ts';

const request = workerData as WorkerRequest;
let reply: WorkerReply;
try {
  const started = performance.now();
  const result = await buildSnapshot({ ...request, codeVersion: codeVersion() });
  reply = { ok: true, result, ms: performance.now() - started };
} catch (error) {
  const e = error as Error;
  reply = { ok: false, message: e.message, stack: e.stack, ...(error instanceof KnowledgeError ? { knowledge: { file: error.file, line: error.line, problem: error.problem } } : {}) };
}
// The body is handed over, not copied: after this the worker no longer has it.
parentPort?.postMessage(reply, reply.ok ? [reply.result.parts.body] : []);
