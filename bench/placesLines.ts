import type { PlacesResult } from './places.ts';
import type { Latency } from './stats.ts';

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const latency = (l: Latency) => `median ${f(l.median)} / p95 ${f(l.p95)} / p99 ${f(l.p99)} ms (n=${l.n})`;

/** `npm run bench -- --places N` as the tables' reader reads it. */
export function placesLines(r: PlacesResult): string {
  return [
    `Many places (issue 26, point 4): ${r.places.toLocaleString('en')} places with a short report each beside the bundled shared one (a snapshot of ${(r.snapshotBytes / 1024).toFixed(0)} KB per place), KNOWLEDGE_MEMORY_MB=${r.memoryMB}; the compiled bot's code in one process, two replicas (two Places over the same folders, watched)`,
    `- generating them: ${r.generateSeconds} s (one snapshot built by the knowledge worker, hard-linked into every place's cache folder)`,
    `- RSS at rest, both replicas open, no place asked: ${r.rssAtRestMB} MB`,
    `- cold first answer (ready() + /who-said), every place in turn: ${latency(r.cold)}; ${r.retries} told to ask again, ${r.wrong} wrong`,
    `- RSS at rest after every place was asked: ${r.rssAfterMB} MB (${r.rssAfterGcMB} MB once a full collection has run, heap ${r.heapAfterGcMB} MB, external ${r.externalAfterGcMB} MB), ${r.held.toLocaleString('en')} places in memory, estimated at ${r.heldMB} MB (from their snapshots' size), the others dropped`,
    `- warm answer (a place in memory): ${latency(r.warm)}`,
    `- /report add to its first answer, on the replica that added it: ${latency(r.added.here)}`,
    `- the same on the other replica, the place not in memory there: ${latency(r.added.otherNotInMemory)}; in memory there (its watcher reloads it): ${latency(r.added.otherInMemory)}`,
  ].join('\n');
}
