/**
 * One knowledge folder as the bot holds it, in a process of its own run like `npm start` runs
 * the bot (compiled, no V8 flags): how long until it can answer (from the cache or not), its
 * memory at rest 2 s later (no forced collection: what the process really holds), and, with
 * --reload, reloads of one changed report while answering a command every 20 ms: the answers'
 * latency from when they were due, and the longest stall of the event loop
 * (perf_hooks.monitorEventLoopDelay). Prints one JSON object. Run by bench/run.ts.
 */
import { english } from '../src/language/en.ts';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { KnowledgeBase, type LoadSummary } from '../src/runtime/knowledgeBase.ts';
import { giveWay } from '../src/runtime/knowledgeWorkerClient.ts';
import { createLogger } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { findCommand } from '../src/commands/registry.ts';
import type { OptionSpec } from '../src/commands/types.ts';
import { choicesFor } from '../src/discord/autocomplete.ts';
import { drawQueries } from './queries.ts';
import { percentiles, type Latency } from './stats.ts';
import { readFlags } from './flags.ts';

/** Answers given at a steady pace, each timed from when it was due (so a stall counts), and the event loop's delay meanwhile. */
export interface Answering {
  answers: number;
  latency: Latency;
  maxMs: number;
  /** The event loop's longest stall and its 99th percentile (perf_hooks.monitorEventLoopDelay). */
  loopMaxMs: number;
  loopP99Ms: number;
}

export interface ReloadResult {
  /** Reloads measured, their answers pooled. */
  reloads: number;
  /** From the change to the new version served: the median reload. */
  ms: number;
  parsed: number;
  reused: number;
  /** Answering while nothing reloads, for comparison, then while the reloads run. */
  quiet: Answering;
  reloading: Answering;
  /**
   * The control: answering for as long as each reload took, beside a process that only counts
   * in a loop at the worker's priority. What any work on another core costs the answers on
   * this machine, whatever the bot does.
   */
  besideBusyCore: Answering;
}

export interface RestResult {
  startMs: number;
  load: LoadSummary;
  rssMB: number;
  heapMB: number;
  peakRssMB: number;
  reload: ReloadResult | null;
}

const { values: flags } = readFlags({ dir: { type: 'string' }, cache: { type: 'string' }, reload: { type: 'boolean', default: false } });
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
/** A command every 20 ms (50 a second, three kinds in turn): a steady load well below what one process serves. */
const INTERVAL_MS = 20;
const QUIET_MS = 3000;
/**
 * Reloads whose answers are pooled: one reload at 100,000 passages sees about 300 answers, so
 * its p99 is its fourth slowest answer and moves by several milliseconds between runs.
 */
const RELOADS = 3;

/** One stretch of answering: each answer's latency, and the event loop's delay meanwhile. */
interface Stretch {
  latencies: number[];
  loopMaxMs: number;
  loopP99Ms: number;
}

/** What the load asks, in turn, of the knowledge served when it asks. */
function commandsOf(base: KnowledgeBase): ((q: string) => unknown)[] {
  const passageOption = findCommand('search')?.options[0] as OptionSpec;
  return [(q) => runCommand(base.current(), 'search', { text: q }), (q) => runCommand(base.current(), 'who-said', { text: q }), (q) => choicesFor(base.current(), passageOption, q, english.replies)];
}

const queriesOf = (base: KnowledgeBase, seed: number) => {
  const { search } = base.current();
  return drawQueries(search.knowledge.passages, (s) => search.index.documentFrequency(s), 100, seed);
};

/** Answers commands at a steady pace until `until` settles. */
async function answerUntil(base: KnowledgeBase, until: Promise<unknown>): Promise<Stretch> {
  const queries = queriesOf(base, 31);
  const commands = commandsOf(base);
  let done = false;
  void until.then(() => (done = true));
  const delays = monitorEventLoopDelay({ resolution: 1 });
  const latencies: number[] = [];
  const started = performance.now();
  delays.enable();
  for (let n = 0; !done; n++) {
    const due = started + n * INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    commands[n % commands.length]?.(queries[n % queries.length]?.text ?? 'virtualization');
    latencies.push(performance.now() - due);
  }
  delays.disable();
  return { latencies, loopMaxMs: delays.max / 1e6, loopP99Ms: delays.percentile(99) / 1e6 };
}

/** Stretches pooled: the answers' percentiles over all of them; the event loop's worst stretch. */
function pooled(stretches: Stretch[]): Answering {
  const latencies = stretches.flatMap((s) => s.latencies);
  return {
    answers: latencies.length,
    latency: percentiles(latencies),
    maxMs: Math.max(...latencies),
    loopMaxMs: Math.max(...stretches.map((s) => s.loopMaxMs)),
    loopP99Ms: Math.max(...stretches.map((s) => s.loopP99Ms)),
  };
}

async function reloadUnderLoad(base: KnowledgeBase): Promise<ReloadResult> {
  // A running bot has answered before: the code paths are compiled first, with other queries.
  for (const q of queriesOf(base, 97)) for (const command of commandsOf(base)) command(q.text);
  const file = base.current().search.knowledge.reports[0]?.file as string;
  const original = await readFile(file);
  const quiet: Stretch[] = [];
  const reloading: Stretch[] = [];
  const besideBusyCore: Stretch[] = [];
  const ms: number[] = [];
  for (let n = 0; n < RELOADS; n++) {
    quiet.push(await answerUntil(base, sleep(QUIET_MS)));
    // A report changes: one paragraph more at its end, another each time (a change seen before is in the cache).
    await appendFile(file, `\nA paragraph added while the bot runs, to be indexed without stopping the answers: change ${n + 1}.\n`);
    const started = performance.now();
    reloading.push(await answerUntil(base, base.reload()));
    const took = performance.now() - started;
    ms.push(took);
    // The folder as it was, for the next reload and the measurements that follow on it.
    await writeFile(file, original);
    besideBusyCore.push(await answerBesideSpinner(base, took));
  }
  return {
    reloads: RELOADS,
    ms: percentiles(ms).median,
    parsed: base.lastLoad?.parsed ?? -1,
    reused: base.lastLoad?.reused ?? -1,
    quiet: pooled(quiet),
    reloading: pooled(reloading),
    besideBusyCore: pooled(besideBusyCore),
  };
}

/** Answers for `ms` while another process spins on a core at the knowledge worker's niceness, in the bot's session as the worker is. */
async function answerBesideSpinner(base: KnowledgeBase, ms: number): Promise<Stretch> {
  const spinner = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore', env: {} });
  try {
    await once(spinner, 'spawn');
    giveWay(spinner.pid);
    // Past node's own start, into the loop.
    await sleep(200);
    return await answerUntil(base, sleep(ms));
  } finally {
    spinner.kill('SIGKILL');
  }
}

async function main(): Promise<void> {
  const dir = flags.dir ?? '';
  const cacheDir = flags.cache ?? null;
  const started = performance.now();
  const base = await KnowledgeBase.open(dir, createLogger('warn'), { cacheDir });
  const startMs = performance.now() - started;
  const load = base.lastLoad as LoadSummary;
  // At rest: what a bot that has just started holds, without forcing a collection.
  await sleep(2000);
  const memory = process.memoryUsage();
  const result: RestResult = {
    startMs,
    load,
    rssMB: mb(memory.rss),
    heapMB: mb(memory.heapUsed),
    peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
    reload: flags.reload ? await reloadUnderLoad(base) : null,
  };
  base.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
