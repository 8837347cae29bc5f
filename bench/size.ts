/**
 * One knowledge size, measured in its own process: command latencies by query length, on the
 * knowledge as the bot serves it (KnowledgeBase, from the saved index bench/run.ts made), and
 * hit rates next to references on the same queries, each with its build time and memory:
 * MiniSearch with fuzzy 0.2 and prefix on every term, MiniSearch tuned as its
 * documentation suggests for typed queries, Orama (BM25 with typo tolerance), FlexSearch, and
 * fuse.js over whole passages (the naive design). Prints one JSON object. Run by bench/run.ts.
 */
import { english } from '../src/language/en.ts';
import path from 'node:path';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { Index as FlexIndex } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { createLogger } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { findCommand } from '../src/commands/registry.ts';
import type { OptionSpec } from '../src/commands/types.ts';
import { choicesFor } from '../src/discord/autocomplete.ts';
import { walks } from '../src/search/topWalk.ts';
import { drawQueries, LENGTHS, type Length, type Query } from './queries.ts';
import { percentiles, type Latency } from './stats.ts';
import { readFlags } from './flags.ts';

export interface HitRate {
  hit1: number;
  hit10: number;
  n: number;
  medianMs: number;
}

/** A reference engine's index: how long it took to build and what it holds (heap and buffers, after collection). */
export interface Reference {
  buildMs: number;
  memoryMB: number;
}

export interface SizeResult {
  label: string;
  passages: number;
  /** command → query length → latency in ms */
  latency: Record<string, Record<Length, Latency>>;
  /** engine → query length → hit rate */
  hits: Record<string, Record<Length, HitRate>>;
  references: Record<string, Reference>;
  notes: string[];
}

const { values: flags } = readFlags({
  queries: { type: 'string', default: '300' },
  naive: { type: 'string', default: '30' },
  slow: { type: 'string' },
  tuned: { type: 'string' },
  orama: { type: 'string' },
  dir: { type: 'string', default: path.resolve(import.meta.dirname, '../knowledge') },
  label: { type: 'string', default: 'bundled report' },
  cache: { type: 'string' },
  warmup: { type: 'string', default: '200' },
});

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e5) / 10;
}

async function main(): Promise<void> {
  const queriesPerLength = Number(flags.queries);
  const naivePerLength = Number(flags.naive);
  const slowPerLength = Number(flags.slow ?? queriesPerLength);
  const tunedPerLength = Number(flags.tuned ?? queriesPerLength);
  const oramaPerLength = Number(flags.orama ?? queriesPerLength);
  const notes: string[] = [];

  // The parent wrote the knowledge folder and its saved index: this process serves it as the bot does.
  const { dir, label } = flags;
  const base = await KnowledgeBase.open(dir, createLogger('warn'), { cacheDir: flags.cache || null });
  const ctx = base.current();
  const { search, version } = ctx;
  const { knowledge } = search;
  void version;

  const df = (stem: string) => search.index.documentFrequency(stem);
  const queries = drawQueries(knowledge.passages, df, queriesPerLength);
  // Warm-up queries from other seeds: the code paths get compiled (V8 re-optimises for a while
  // on two cores), while the measured queries stay cold in the caches.
  const warmUp = [97, 98, 99].flatMap((seed) => drawQueries(knowledge.passages, df, Number(flags.warmup), seed));
  const byLength = (length: Length, max = Infinity) => queries.filter((q) => q.length === length).slice(0, max);

  // Latency of each command, as the bot runs it (search, attribution, excerpt, answer).
  const passageOption = findCommand('who-said')?.options[0] as OptionSpec;
  const topicOption = findCommand('findings')?.options[0] as OptionSpec;
  const speakerOption = findCommand('quotes')?.options[0] as OptionSpec;
  const commands: Record<string, (q: Query) => unknown> = {
    '/who-said': (q) => runCommand(ctx, 'who-said', { text: q.text }),
    '/search': (q) => runCommand(ctx, 'search', { text: q.text }),
    '/findings <topic>': (q) => runCommand(ctx, 'findings', { topic: q.text }),
    'autocomplete: passages': (q) => choicesFor(ctx, passageOption, q.text, english.replies),
    'autocomplete: topics': (q) => choicesFor(ctx, topicOption, q.text.slice(0, 12), english.replies),
    'autocomplete: speakers': (q) => choicesFor(ctx, speakerOption, q.text.split(' ')[0] ?? '', english.replies),
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

  // Hit rates, with the same queries, for us and the references.
  const hits: SizeResult['hits'] = {};
  const texts = Array.from(knowledge.passages, (p) => p.text);
  const ids = Array.from(knowledge.passages, (p) => p.id);
  const references: SizeResult['references'] = {};
  const measure = (engine: string, find: (text: string) => string[], max: number) => {
    process.stderr.write(`  ${label}: ${engine}, ${Math.min(max, queriesPerLength)} queries per length\n`);
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
  /** Builds a reference's index, timing it and weighing what it keeps. */
  const reference = <T>(engine: string, make: () => T): T => {
    global.gc?.();
    const before = process.memoryUsage();
    const started = performance.now();
    const index = make();
    const buildMs = performance.now() - started;
    global.gc?.();
    const after = process.memoryUsage();
    references[engine] = { buildMs, memoryMB: mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) };
    return index;
  };
  const walked = { ...walks };
  measure('report-bot', (text) => search.search(text, { limit: 10 }).hits.map((h) => h.passage.id), queriesPerLength);
  const top = walks.top - walked.top;
  notes.push(`report-bot's candidates came from the top-k walk for ${top} of ${top + walks.full - walked.full} searches (a word, or two where the rarer decides); the full walk found the rest.`);

  const docs = texts.map((text, id) => ({ id, text }));
  let mini: MiniSearch<{ id: number; text: string }> | null = reference('MiniSearch, fuzzy and prefix on every term', () => {
    const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
    index.addAll(docs);
    return index;
  });
  measure('MiniSearch, fuzzy and prefix on every term', (text) => (mini as MiniSearch).search(text).slice(0, 10).map((r) => ids[r.id as number] as string), slowPerLength);
  // The same index, searched as MiniSearch's documentation suggests for what people type: prefix
  // on the last word only, fuzzy only for words over 3 letters, at most 2 edits.
  const tuned = { prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1, fuzzy: (term: string) => (term.length > 3 ? 0.2 : false), maxFuzzy: 2 };
  references['MiniSearch, tuned'] = references['MiniSearch, fuzzy and prefix on every term'] as Reference;
  measure('MiniSearch, tuned', (text) => (mini as MiniSearch).search(text, tuned).slice(0, 10).map((r) => ids[r.id as number] as string), tunedPerLength);
  mini = null;

  const schema = { text: 'string' } as const;
  const makeOrama = () => create({ schema });
  let orama: ReturnType<typeof makeOrama> | null = reference('Orama', () => {
    const db = makeOrama();
    void insertMultiple(db, docs.map((d) => ({ id: String(d.id), text: d.text })));
    return db;
  });
  measure(
    'Orama',
    (text) => {
      const results = oramaSearch(orama as ReturnType<typeof makeOrama>, { term: text, tolerance: 1, limit: 10 });
      if (results instanceof Promise) throw new Error('Orama searched asynchronously');
      return results.hits.map((h) => ids[Number(h.id)] as string);
    },
    oramaPerLength,
  );
  orama = null;

  let flex: FlexIndex | null = reference('FlexSearch', () => {
    const index = new FlexIndex({ tokenize: 'forward' });
    for (const d of docs) index.add(d.id, d.text);
    return index;
  });
  measure('FlexSearch', (text) => ((flex as FlexIndex).search(text, { limit: 10, suggest: true }) as number[]).map((id) => ids[id] as string), queriesPerLength);
  flex = null;

  if (naivePerLength > 0) {
    const fuse = reference('fuse.js whole passages', () => new Fuse(texts, { ignoreLocation: true, threshold: 0.35, includeScore: true }));
    measure('fuse.js whole passages', (text) => fuse.search(text, { limit: 10 }).map((r) => ids[r.refIndex] as string), naivePerLength);
    if (naivePerLength < queriesPerLength) notes.push(`fuse.js over whole passages measured on ${naivePerLength} queries per length (it takes seconds per query at this size).`);
  }
  if (slowPerLength < queriesPerLength) notes.push(`MiniSearch with fuzzy and prefix on every term measured on ${slowPerLength} queries per length.`);
  if (oramaPerLength < queriesPerLength) notes.push(`Orama measured on ${oramaPerLength} queries per length (its typo tolerance takes seconds per query at this size).`);
  if (tunedPerLength < queriesPerLength) notes.push(`Tuned MiniSearch measured on ${tunedPerLength} queries per length.`);
  base.close();

  const result: SizeResult = { label, passages: knowledge.passages.length, latency, hits, references, notes };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
