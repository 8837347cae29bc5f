/**
 * One knowledge size, measured in its own process (so heap and RSS are its own): load and
 * index times, memory, command latencies by query length, and hit rates next to two
 * references, fuse.js over whole passages (the naive design) and MiniSearch.
 * Prints one JSON object. Run by bench/run.ts.
 */
import path from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { runCommand } from '../src/commands/interpret.ts';
import { findCommand } from '../src/commands/registry.ts';
import type { BotContext, OptionSpec } from '../src/commands/types.ts';
import { choicesFor } from '../src/discord/autocomplete.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { PassageSearch } from '../src/search/passageSearch.ts';
import { drawQueries, LENGTHS, type Length, type Query } from './queries.ts';
import { percentiles, type Latency } from './stats.ts';

export interface HitRate {
  hit1: number;
  hit10: number;
  n: number;
  medianMs: number;
}

export interface SizeResult {
  label: string;
  passages: number;
  loadMs: number;
  indexMs: number;
  heapMB: number;
  rssMB: number;
  peakRssMB: number;
  /** command → query length → latency in ms */
  latency: Record<string, Record<Length, Latency>>;
  /** engine → query length → hit rate */
  hits: Record<string, Record<Length, HitRate>>;
  referenceBuildMs: Record<string, number>;
  notes: string[];
}

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const ROOT = path.resolve(import.meta.dirname, '..');

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e5) / 10;
}

async function main(): Promise<void> {
  const queriesPerLength = Number(arg('queries', '300'));
  const naivePerLength = Number(arg('naive', '30'));
  const miniPerLength = Number(arg('minisearch', String(queriesPerLength)));
  const notes: string[] = [];

  // The parent wrote the knowledge folder: this process holds only what the bot would.
  const dir = arg('dir', path.join(ROOT, 'knowledge'));
  const label = arg('label', 'bundled report');
  global.gc?.();

  let start = performance.now();
  const knowledge = await loadKnowledge(dir);
  const loadMs = performance.now() - start;
  start = performance.now();
  const search = new PassageSearch(knowledge);
  const indexMs = performance.now() - start;
  // Memory at rest, as a running bot holds it: freed build buffers go back to the system first.
  global.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  global.gc?.();
  const memory = process.memoryUsage();
  const peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  const ctx: BotContext = { search };

  const df = (stem: string) => search.index.documentFrequency(stem);
  const queries = drawQueries(knowledge.passages, df, queriesPerLength);
  // Warm-up queries from other seeds: the code paths get compiled (V8 re-optimises for a while
  // on two cores), while the measured queries stay cold in the caches.
  const warmUp = [97, 98, 99].flatMap((seed) => drawQueries(knowledge.passages, df, Number(arg('warmup', '200')), seed));
  const byLength = (length: Length, max = Infinity) => queries.filter((q) => q.length === length).slice(0, max);

  // Latency of each command, as the bot runs it (search, attribution, excerpt, answer).
  const passageOption = findCommand('who-said')?.options[0] as OptionSpec;
  const topicOption = findCommand('findings')?.options[0] as OptionSpec;
  const speakerOption = findCommand('quotes')?.options[0] as OptionSpec;
  const commands: Record<string, (q: Query) => unknown> = {
    '/who-said': (q) => runCommand(ctx, 'who-said', { text: q.text }),
    '/search': (q) => runCommand(ctx, 'search', { text: q.text }),
    '/findings <topic>': (q) => runCommand(ctx, 'findings', { topic: q.text }),
    'autocomplete: passages': (q) => choicesFor(ctx, passageOption, q.text),
    'autocomplete: topics': (q) => choicesFor(ctx, topicOption, q.text.slice(0, 12)),
    'autocomplete: speakers': (q) => choicesFor(ctx, speakerOption, q.text.split(' ')[0] ?? ''),
  };
  const latency: SizeResult['latency'] = {};
  // A running bot has served every command before: warm them all up before measuring any.
  for (const run of Object.values(commands)) for (const q of warmUp) run(q);
  for (const [name, run] of Object.entries(commands)) {
    latency[name] = {} as Record<Length, Latency>;
    for (const length of LENGTHS) {
      const list = byLength(length);
      global.gc?.();
      (latency[name] as Record<Length, Latency>)[length] = percentiles(list.map((q) => time(() => run(q))));
    }
  }

  // Hit rates, with the same queries, for us and the two references.
  const hits: SizeResult['hits'] = {};
  const texts = knowledge.passages.map((p) => p.text);
  const ids = knowledge.passages.map((p) => p.id);
  const referenceBuildMs: Record<string, number> = {};
  const measure = (engine: string, find: (text: string) => string[], max: number) => {
    hits[engine] = {} as Record<Length, HitRate>;
    for (const length of LENGTHS) {
      const list = byLength(length, max);
      let hit1 = 0;
      let hit10 = 0;
      const times: number[] = [];
      for (const q of list) {
        let found: string[] = [];
        times.push(time(() => (found = find(q.text))));
        if (found[0] === q.target) hit1++;
        if (found.slice(0, 10).includes(q.target)) hit10++;
      }
      (hits[engine] as Record<Length, HitRate>)[length] = { hit1: hit1 / list.length, hit10: hit10 / list.length, n: list.length, medianMs: percentiles(times).median };
    }
  };
  measure('report-bot', (text) => search.search(text, { limit: 10 }).hits.map((h) => h.passage.id), queriesPerLength);

  start = performance.now();
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  referenceBuildMs.MiniSearch = performance.now() - start;
  measure('MiniSearch', (text) => mini.search(text).slice(0, 10).map((r) => ids[r.id as number] as string), miniPerLength);

  if (naivePerLength > 0) {
    start = performance.now();
    const fuse = new Fuse(texts, { ignoreLocation: true, threshold: 0.35, includeScore: true });
    referenceBuildMs['fuse.js whole passages'] = performance.now() - start;
    measure('fuse.js whole passages', (text) => fuse.search(text, { limit: 10 }).map((r) => ids[r.refIndex] as string), naivePerLength);
    if (naivePerLength < queriesPerLength) notes.push(`fuse.js over whole passages measured on ${naivePerLength} queries per length (it takes seconds per query at this size).`);
  }
  if (miniPerLength < queriesPerLength) notes.push(`MiniSearch measured on ${miniPerLength} queries per length.`);

  const result: SizeResult = {
    label,
    passages: knowledge.passages.length,
    loadMs,
    indexMs,
    heapMB: mb(memory.heapUsed),
    rssMB: mb(memory.rss),
    peakRssMB,
    latency,
    hits,
    referenceBuildMs,
    notes,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
