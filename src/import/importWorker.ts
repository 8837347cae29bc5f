/**
 * The import run in a worker thread whose heap is bounded (see importInWorker): what it reads
 * arrives as workerData, what became of it goes back as one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../base/errorMessage.ts';
import { ImportError } from './errors.ts';
import { importReport } from './importer.ts';
import type { WorkerInput, WorkerOutcome } from './importWorkerClient.ts';
import { publicOnlyAgent } from './publicAddresses.ts';

const { input, options, publicOnly } = workerData as WorkerInput;
let outcome: WorkerOutcome;
try {
  const limits = publicOnly ? { ...options.limits, dispatcher: publicOnlyAgent() } : options.limits;
  outcome = { summary: await importReport(input, { ...options, limits }) };
} catch (error) {
  outcome = error instanceof ImportError ? { refused: { source: error.source, reason: error.reason } } : { failed: messageOf(error) };
}
parentPort?.postMessage(outcome);
