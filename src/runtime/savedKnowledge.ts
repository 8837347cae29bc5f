/**
 * A place's first load without the knowledge worker: when its saved snapshot is current (same
 * reports, same bytes, same code), this thread reads it as the worker would have, in about a
 * millisecond for a small place, where starting the worker takes a few hundred. Anything else
 * (no snapshot, a report changed, a file that cannot be trusted) is the worker's to build.
 */
import { DEFAULT_MAX_TOTAL_BYTES } from '../knowledge/read.ts';
import { readSnapshotIf } from '../snapshot/file.ts';
import type { SnapshotHeader } from '../snapshot/header.ts';
import { CacheFolder } from '../snapshot/cacheFolder.ts';
import { identity, readSources, sameSources } from '../snapshot/sources.ts';
import { workerCodeVersion, type Built } from './knowledgeWorkerClient.ts';
import type { WorkerRequest } from './knowledgeWorkerProtocol.ts';

export async function savedIfCurrent(request: WorkerRequest): Promise<Built | null> {
  if (!request.cacheDir) return null;
  const started = performance.now();
  try {
    const { files, skipped, sources } = await readSources([...(request.sharedDirs ?? []), request.dir], request.maxBytes, request.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES);
    const file = new CacheFolder(request.cacheDir, request.dir).snapshotFile;
    let checked = 0;
    const current = ({ meta }: SnapshotHeader) => {
      checked = performance.now();
      return meta.codeVersion === workerCodeVersion() && sameSources(meta.sources, sources.map(identity));
    };
    const parts = await readSnapshotIf(file, current);
    if (!parts) return null;
    const summary = { skipped, fromCache: true, inCache: true, version: parts.header.meta.version, parsed: 0, reused: files.length, notes: [], ms: checked - started, peakRssMB: 0 };
    return { parts, summary, workerMs: 0, readMs: performance.now() - checked };
  } catch {
    // Not a folder with reports, no snapshot, or one that cannot be trusted: the worker says which, and builds.
    return null;
  }
}
