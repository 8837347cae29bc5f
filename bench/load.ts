/**
 * Loads one knowledge folder the way the bot does and prints how long it took and the peak
 * RSS, as one JSON object. Run in its own process by bench/shapes.ts, so the memory is its own.
 */
import { loadKnowledge } from '../src/knowledge/load.ts';

export interface LoadResult {
  loadMs: number;
  peakRssMB: number;
  reports: number;
  passages: number;
  problems: string[];
}

const dir = process.argv[2] as string;
const start = performance.now();
const knowledge = await loadKnowledge(dir);
const result: LoadResult = {
  loadMs: performance.now() - start,
  peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e5) / 10,
  reports: knowledge.reports.length,
  passages: knowledge.passages.length,
  problems: knowledge.problems.map((p) => `${p.file}: ${p.problem}`),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
