/**
 * `npm run bench -- --stall`: whether the most expensive requests anyone can send hold up
 * everyone else (issue 25). The compiled bot in Slack's HTTP mode over a large knowledge folder;
 * one sender posts the heaviest signed slash commands they can (6,000-character queries of the
 * report's own words, every finding, a search that matches most passages) back to back, while a
 * probe asks /healthz and another user asks an ordinary /who-said every 50 ms. Prints the
 * probe's and the other user's latency percentiles, next to the same with no heavy load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { BOT_TOKEN, FakeSlack, SIGNING_SECRET } from '../test/support/fakeSlack.ts';
import { signature } from '../test/support/slack.ts';
import { slashCommand } from '../test/support/slackPayloads.ts';
import { BOT_NODE_FLAGS, percentiles, type Latency } from './stats.ts';
import { freePort } from '../test/support/processes.ts';
import { readSource, syntheticCorpus, writeCorpus } from './synthetic.ts';

export interface StallResult {
  passages: number;
  quiet: { healthz: Latency; answer: Latency };
  loaded: { healthz: Latency; answer: Latency; heavy: Latency };
}

const ROOT = path.resolve(import.meta.dirname, '..');
/** One person sending the heaviest requests back to back: a flood of them from many is the cooldown's to bound. */
const HEAVY_SENDERS = 1;

export async function measureStall(passages: number, seconds: number): Promise<StallResult> {
  const source = await readSource(path.join(ROOT, 'knowledge/linuxworld-2007-virtualization.md'));
  const dir = path.join(os.tmpdir(), `report-bot-bench-stall-${passages}`);
  await writeCorpus(dir, syntheticCorpus(source, passages, 21));
  const words = source.text.split(/\s+/).filter(Boolean);
  const longQuery = (seed: number) => {
    const out: string[] = [];
    for (let i = seed; out.join(' ').length < 5_900; i += 7) out.push(words[i % words.length] as string);
    return out.join(' ').slice(0, 5_990);
  };
  const heavy = [
    ['/search', longQuery(1)],
    ['/who-said', longQuery(2)],
    ['/findings', ''],
    ['/search', 'virtualization'],
    ['/quotes', 'the author'],
  ] as const;

  const fake = await new FakeSlack().start();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const agent = new Agent({ keepAlive: true, maxSockets: HEAVY_SENDERS + 4 });
  const call = (pathname: string, body?: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const req = request(`${base}${pathname}`, { method: body === undefined ? 'GET' : 'POST', agent, headers: body === undefined ? {} : { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - start));
      });
      req.on('error', reject);
      req.end(body);
    });
  const slash = (command: string, text: string) => {
    const body = new URLSearchParams(slashCommand(command, text, 'U00000ALICE', fake.responseUrl())).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    return call('/slack/events', body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) });
  };

  let bot: ChildProcess | null = null;
  try {
    bot = spawn(process.execPath, [...BOT_NODE_FLAGS, 'dist/main.js'], {
      cwd: ROOT,
      env: { ...process.env, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: '', SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1', DISCORD_TOKEN: '', LOG_LEVEL: 'warn', KNOWLEDGE_DIR: dir, KNOWLEDGE_CACHE_DIR: path.join(dir, '.cache') },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    for (let up = false; !up; ) {
      if (bot.exitCode !== null) throw new Error(`the bot exited with ${bot.exitCode}`);
      up = await call('/healthz').then(() => true, () => false);
      if (!up) await new Promise((r) => setTimeout(r, 200));
    }
    for (const [command, text] of heavy) await slash(command, text);

    /** /healthz and an ordinary question every 50 ms, for `ms`; with `load`, the heavy senders too. */
    const window = async (ms: number, load: boolean) => {
      const healthz: number[] = [];
      const answer: number[] = [];
      const heavyTimes: number[] = [];
      const until = performance.now() + ms;
      const probe = async (times: number[], send: () => Promise<number>) => {
        while (performance.now() < until) {
          times.push(await send());
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const sender = async (k: number) => {
        for (let i = k; performance.now() < until; i++) {
          const [command, text] = heavy[i % heavy.length] as (typeof heavy)[number];
          heavyTimes.push(await slash(command, text));
        }
      };
      await Promise.all([probe(healthz, () => call('/healthz')), probe(answer, () => slash('/who-said', 'glue layers GPL')), ...(load ? Array.from({ length: HEAVY_SENDERS }, (_, k) => sender(k)) : [])]);
      return { healthz: percentiles(healthz), answer: percentiles(answer), heavy: percentiles(heavyTimes) };
    };
    const quiet = await window(seconds * 500, false);
    const loaded = await window(seconds * 1000, true);
    return { passages, quiet: { healthz: quiet.healthz, answer: quiet.answer }, loaded };
  } finally {
    bot?.kill('SIGTERM');
    agent.destroy();
    await fake.stop();
  }
}

const ms = (l: Latency) => `median ${l.median.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms (${l.n})`;

export function stallLines(r: StallResult): string {
  return [
    `Stall (${r.passages.toLocaleString('en')} passages, Slack HTTP; target: /healthz and other answers under 50 ms p99 under the heaviest load):`,
    `  quiet:  /healthz ${ms(r.quiet.healthz)}; an ordinary /who-said ${ms(r.quiet.answer)}`,
    `  loaded: /healthz ${ms(r.loaded.healthz)}; an ordinary /who-said ${ms(r.loaded.answer)}; the heavy requests themselves ${ms(r.loaded.heavy)}`,
  ].join('\n');
}
