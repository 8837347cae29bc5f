/**
 * End to end over Slack's HTTP mode: the real bot (`dist/main.js`, its own process) with
 * SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, its Web API calls going to the fake Slack served
 * here. Signed slash commands are POSTed to /slack/events and timed until the acknowledgement
 * (which carries the answer) comes back: one at a time, then with 20 in flight.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { BOT_TOKEN, FakeSlack, SIGNING_SECRET } from '../test/support/fakeSlack.ts';
import { signature } from '../test/support/slack.ts';
import { slashCommand } from '../test/support/slackPayloads.ts';
import { freePort } from '../test/support/processes.ts';
import { BOT_NODE_FLAGS, percentiles, type Latency } from './stats.ts';

export interface SlackEndToEnd {
  sequential: Latency & { lost: number; cpuMsPerRequest: number };
  concurrent: Latency & { inFlight: number; requests: number; perSecond: number; lost: number; cpuMsPerRequest: number };
}

const ROOT = path.resolve(import.meta.dirname, '..');
const QUERIES = ['glue layers GPL', 'open source is ahead', 'hypervisor attack', 'consolidation ratios', 'Opteron dual-core', 'silos', 'break-even six virtual machines', 'blockchain will replace the hypervisor'];

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export async function slackEndToEnd(sequentialCount: number, concurrentCount: number, inFlight = 20): Promise<SlackEndToEnd> {
  const fake = await new FakeSlack().start();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Kept-alive connections, as Slack's own senders use; at most `inFlight` at once. node:http
  // rather than fetch: the client shares the two cores with the bot and should cost little.
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const post = (body: string, headers: Record<string, string>) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${base}/slack/events`, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  let bot: ChildProcess | null = null;
  try {
    bot = spawn(process.execPath, [...BOT_NODE_FLAGS, 'dist/main.js'], {
      cwd: ROOT,
      env: { ...process.env, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: '', SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1', DISCORD_TOKEN: '', LOG_LEVEL: 'warn', KNOWLEDGE_DIR: '' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    for (let up = false; !up; ) {
      if (bot.exitCode !== null) throw new Error(`the bot exited with ${bot.exitCode}`);
      up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    let n = 0;
    /** One signed slash command; resolves with its time in ms, or null when it was lost. */
    const send = async (): Promise<number | null> => {
      const body = new URLSearchParams(slashCommand('/who-said', QUERIES[n++ % QUERIES.length] as string, 'U00000ALICE', fake.responseUrl())).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      const start = performance.now();
      try {
        const response = await post(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) });
        const ms = performance.now() - start;
        const answer = JSON.parse(response.text) as { response_type?: string; blocks?: unknown[] };
        return response.status === 200 && answer.response_type === 'ephemeral' && answer.blocks?.length ? ms : null;
      } catch {
        return null;
      }
    };
    for (let i = 0; i < 200; i++) await send();

    const pid = bot.pid as number;
    let cpuBefore = cpuMs(pid);
    const times: number[] = [];
    for (let i = 0; i < sequentialCount; i++) {
      const ms = await send();
      if (ms !== null) times.push(ms);
    }
    const sequential = { ...percentiles(times), lost: sequentialCount - times.length, cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / sequentialCount };

    const concurrentTimes: number[] = [];
    let lost = 0;
    let started = 0;
    cpuBefore = cpuMs(pid);
    const wallStart = performance.now();
    const worker = async () => {
      while (started < concurrentCount) {
        started++;
        const ms = await send();
        if (ms === null) lost++;
        else concurrentTimes.push(ms);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    const wall = performance.now() - wallStart;
    const concurrent = {
      ...percentiles(concurrentTimes),
      inFlight,
      requests: concurrentCount,
      perSecond: (concurrentTimes.length / wall) * 1000,
      lost,
      cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / concurrentCount,
    };
    return { sequential, concurrent };
  } finally {
    bot?.kill('SIGTERM');
    agent.destroy();
    await fake.stop();
  }
}
