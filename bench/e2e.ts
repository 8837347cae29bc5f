/**
 * End to end: the real bot (`src/main.ts`, its own process) logged in to the fake Discord
 * served here; interactions dispatched over the gateway, timed until the bot's reply callback
 * reaches the fake's REST API. One at a time, then bursts of 1,000. The bot's CPU time comes
 * from /proc/<pid>/stat.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN, user } from '../test/support/fakeDiscord.ts';
import { slashCommand } from '../test/support/payloads.ts';
import { BOT_NODE_FLAGS, percentiles, type Latency } from './stats.ts';

export interface EndToEnd {
  sequential: Latency & { cpuMsPerInteraction: number };
  burst: Latency & { size: number; bursts: number; perSecond: number; lost: number; cpuMsPerInteraction: number };
}

const ROOT = path.resolve(import.meta.dirname, '..');
const QUERIES = ['glue layers GPL', 'open source is ahead', 'hypervisor attack', 'consolidation ratios', 'Opteron dual-core', 'silos', 'break-even six virtual machines', 'blockchain will replace the hypervisor'];

/** User plus system CPU time of a process, in milliseconds (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

function now(): number {
  return performance.now();
}

export async function endToEnd(sequentialCount: number, burstSize: number, bursts: number): Promise<EndToEnd> {
  const fake = await new FakeDiscord().start();
  let bot: ChildProcess | null = null;
  try {
    // The bot as `npm start` runs it: compiled, on plain Node (bench/run.ts built dist/ first).
    bot = spawn(process.execPath, [...BOT_NODE_FLAGS, 'dist/main.js'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '', DISCORD_SHARDS: '', COOLDOWN_SECONDS: '0', LOG_LEVEL: 'warn', KNOWLEDGE_DIR: '' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await fake.waitForShards(1, 30_000);
    const alice = user('600000000000000006');
    let n = 0;
    const next = () => slashCommand('who-said', { text: QUERIES[n++ % QUERIES.length] as string }, alice, { guildId: GUILD_ID });

    // Ready once an interaction is answered; then warm up.
    for (let answered = false; !answered; ) {
      const payload = next();
      fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
      answered = await fake.callbackOf(payload.id, 500).then(() => true, () => false);
    }
    for (let i = 0; i < 200; i++) {
      const payload = next();
      fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
      await fake.callbackOf(payload.id);
    }

    const pid = bot.pid as number;
    let cpuBefore = cpuMs(pid);
    const times: number[] = [];
    for (let i = 0; i < sequentialCount; i++) {
      const payload = next();
      const start = now();
      fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
      await fake.callbackOf(payload.id);
      times.push(now() - start);
    }
    const sequential = { ...percentiles(times), cpuMsPerInteraction: (cpuMs(pid) - cpuBefore) / sequentialCount };

    const burstTimes: number[] = [];
    let lost = 0;
    let wall = 0;
    cpuBefore = cpuMs(pid);
    for (let b = 0; b < bursts; b++) {
      const payloads = Array.from({ length: burstSize }, next);
      const start = now();
      const answers = payloads.map((payload) => {
        fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
        return fake.callbackOf(payload.id, 30_000).then(
          () => burstTimes.push(now() - start),
          () => lost++,
        );
      });
      await Promise.all(answers);
      wall += now() - start;
    }
    const total = burstSize * bursts;
    const burst = { ...percentiles(burstTimes), size: burstSize, bursts, perSecond: ((total - lost) / wall) * 1000, lost, cpuMsPerInteraction: (cpuMs(pid) - cpuBefore) / total };
    return { sequential, burst };
  } finally {
    bot?.kill('SIGTERM');
    await fake.stop();
  }
}
