/**
 * The import run in a worker thread whose heap is bounded (see importInWorker): what it reads
 * arrives as workerData, what became of it goes back as one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../base/errorMessage.ts';
import { ImportError } from './errors.ts';
import { importReport, type ImportOptions } from './importer.ts';
import type { WorkerOutcome } from './importWorkerClient.ts';

const { input, options } = workerData as { input: string; options: ImportOptions };
let outcome: WorkerOutcome;
try {
  outcome = { summary: await importReport(input, options) };
} catch (error) {
  outcome = error instanceof ImportError ? { refused: { source: error.source, problem: error.problem } } : { failed: messageOf(error) };
}
parentPort?.postMessage(outcome);
