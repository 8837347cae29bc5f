/**
 * Loads one knowledge folder the way the bot does (the knowledge worker builds the snapshot, saving
 * it in the cache folder when one is given, this process reads it) and prints how long it took and each process's peak RSS, as one JSON object.
 * Run in its own process by bench/shapes.ts, so the memory is its own.
 */
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { createLogger } from '../src/base/logger.ts';
import { readFlags } from './flags.ts';

export interface LoadResult {
  loadMs: number;
  /** This process: the bot. */
  peakRssMB: number;
  workerPeakRssMB: number;
  reports: number;
  passages: number;
  problems: string[];
}

const { positionals } = readFlags({}, true);
const dir = positionals[0] ?? '';
/** Where the saved index goes, as the bot's default configuration has one; none when not given. */
const cacheDir = positionals[1] ?? null;
const start = performance.now();
const base = await KnowledgeBase.open(dir, createLogger('error'), { cacheDir });
const { knowledge } = base.current().search;
const result: LoadResult = {
  loadMs: performance.now() - start,
  peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e5) / 10,
  workerPeakRssMB: base.lastLoad?.workerPeakRssMB ?? 0,
  reports: knowledge.reports.length,
  passages: knowledge.passages.length,
  problems: knowledge.problems.map((p) => `${p.file}: ${p.problem}`),
};
base.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
