/**
 * How long a stop takes: SIGTERM to the bot's process, as a supervisor sends it, until the last
 * process of its group has gone, in the situations an operator meets. The bot runs compiled on
 * plain Node (bench/run.ts built dist/ first), against the fake Discord.
 */
import { FakeDiscord } from '../test/support/fakeDiscord.ts';
import { botEnv, groupGoneWithin, killStarted, startInGroup } from '../test/support/processes.ts';
import { BOT_NODE_FLAGS, percentiles } from './stats.ts';

export interface StopTime {
  situation: string;
  /** Milliseconds from the signal to the last process gone: median and worst of the runs. */
  median: number;
  max: number;
  runs: number;
  exitCodes: (number | null)[];
}

interface Situation {
  name: string;
  shards: number;
  /** What happens to Discord between logging in and the signal. */
  before(fake: FakeDiscord): Promise<void> | void;
}

const SITUATIONS: Situation[] = [
  { name: 'logged in', shards: 1, before: () => {} },
  { name: 'two shards (ShardingManager)', shards: 2, before: () => {} },
  {
    name: 'Discord gone first (reconnecting)',
    shards: 1,
    before: async (fake) => {
      await fake.stop();
      await new Promise((r) => setTimeout(r, 500));
    },
  },
  { name: 'Discord frozen (logout unanswered: deadline)', shards: 1, before: (fake) => fake.freeze() },
];

async function once(situation: Situation): Promise<{ ms: number; code: number | null }> {
  const fake = await new FakeDiscord().start();
  fake.shardCount = situation.shards;
  try {
    const extra: Record<string, string> = situation.shards > 1 ? { DISCORD_SHARDS: String(situation.shards) } : {};
    const bot = startInGroup(process.execPath, [...BOT_NODE_FLAGS, 'dist/main.js'], botEnv(fake, { LOG_LEVEL: 'warn', ...extra }));
    await fake.waitForShards(situation.shards, 60_000);
    // Logged in: every shard has its servers (READY and GUILD_CREATE went out).
    await new Promise((r) => setTimeout(r, 300));
    await situation.before(fake);
    const pid = bot.child.pid as number;
    process.kill(pid, 'SIGTERM');
    const ms = await groupGoneWithin(pid, 30_000);
    const { code } = await bot.exited;
    if (ms === null) throw new Error(`${situation.name}: still running 30 s after SIGTERM`);
    return { ms, code };
  } finally {
    killStarted();
    await fake.stop();
  }
}

export async function stopTimes(runs: number): Promise<StopTime[]> {
  const out: StopTime[] = [];
  for (const situation of SITUATIONS) {
    const results: { ms: number; code: number | null }[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(situation));
    const ms = results.map((r) => r.ms);
    out.push({ situation: situation.name, median: percentiles(ms).median, max: Math.max(...ms), runs, exitCodes: [...new Set(results.map((r) => r.code))] });
  }
  return out;
}
