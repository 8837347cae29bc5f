/**
 * The knowledge worker, a process of its own: builds a knowledge folder's snapshot (reading
 * the cache, parsing the changed reports, indexing), leaves it in a file, says where, and
 * exits. A process rather than a worker thread so that all the memory a build needs goes back
 * to the system when it ends: a thread's allocations stay in the process's malloc arenas
 * (measured: 30 to 45 MB of RSS kept after one build at 100,000 passages).
 * Started by knowledgeWorkerClient.ts; compiled to dist/knowledgeWorker.js.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { messageOf } from '../base/errorMessage.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { buildSnapshot } from '../snapshot/build.ts';
import { CacheFolder, writeAside } from '../snapshot/cacheFolder.ts';
import { codeVersion } from '../snapshot/codeVersion.ts';
import { writeSnapshot } from '../snapshot/file.ts';
import type { WorkerReply, WorkerRequest } from './knowledgeWorkerProtocol.ts';

/** How often the watching thread looks for the bot. */
const PARENT_CHECK_MS = 250;

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const started = performance.now();
    const { parts, ...result } = await buildSnapshot({ ...request, codeVersion: codeVersion() }, (reading) => process.send?.({ reading }));
    // Current in the cache or saved there; otherwise (no cache, or one that cannot be written) a file of its own.
    let file: string;
    if (result.inCache && request.cacheDir) {
      file = new CacheFolder(request.cacheDir, request.dir).snapshotFile;
    } else if (parts) {
      file = path.join(os.tmpdir(), `report-bot-snapshot-${process.pid}-${randomBytes(4).toString('hex')}.bin`);
      await writeAside(file, (fd) => writeSnapshot(fd, parts));
    } else {
      throw new Error('no snapshot was built');
    }
    const peakRssMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1e5) / 10;
    return { ok: true, file, temporary: !result.inCache, summary: { ...result, ms: performance.now() - started, peakRssMB } };
  } catch (error) {
    return { ok: false, message: messageOf(error), stack: error instanceof Error ? error.stack : undefined, ...(error instanceof KnowledgeError ? { knowledge: { file: error.file, line: error.line, problem: error.problem } } : {}) };
  }
}

// The bot that asked has gone: nobody wants the answer.
process.on('disconnect', () => process.exit(0));
// A build is seconds of work that never lets 'disconnect' through: a thread of its own watches
// the bot, and ends this process when the bot is gone (killed, or stopped during start-up),
// rather than leaving an orphan to finish a build nobody waits for.
const bot = process.ppid;
new Worker(`setInterval(() => { if (process.ppid !== ${bot}) process.kill(${process.pid}, 'SIGKILL'); }, ${PARENT_CHECK_MS});`, { eval: true }).unref();
// A Ctrl-C in the terminal reaches the bot's whole process group, this worker too: the bot
// decides, and stops the worker when it closes, rather than a build ending half-way.
process.on('SIGINT', () => {});
process.once('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => process.send?.(reply, () => process.exit(0)));
});
