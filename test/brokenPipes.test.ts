/**
 * Output whose reader goes away: a log collector that restarts, `npm start 2>&1 | head`, a
 * terminal that closes. The bot keeps answering and drops the log lines it cannot write; the
 * terminal chat and `ask` exit quietly, as Unix tools do.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOT_NODE_FLAGS } from '../bench/stats.ts';
import { GUILD_ID, user } from './support/fakeDiscord.ts';
import { slashCommand } from './support/payloads.ts';
import { useFakeDiscordPerTest } from './support/bot.ts';
import { botEnv, cpuSeconds, startInGroup } from './support/processes.ts';
import { cleanEnv, run } from './support/run.ts';
import { until } from './support/wait.ts';
import { ROOT } from './support/context.ts';

const ALICE = user('600000000000000006', 'alice');

const env = useFakeDiscordPerTest();
beforeAll(async () => {
  // The compiled bot, as a supervisor runs it.
  const built = await run('node', ['scripts/build.mjs']);
  expect(built.code, built.stderr).toBe(0);
});

describe('a reader that is behind', () => {
  it.skipIf(!existsSync('/proc/self/status'))('holds npm run ask up: answers wait for the reader instead of piling up in memory', async () => {
    // Not startInGroup: it reads stdout, and here nobody must.
    const child = spawn(process.execPath, ['dist/ask.js', '--json'], { cwd: ROOT, env: cleanEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const rssMB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    child.stdin.on('error', () => {});
    // About 25 KB of JSON an answer, 3,000 answers: far more than a pipe holds.
    child.stdin.end('/search virtualization\n'.repeat(3_000));
    // Nobody reads for a while: the output must wait in the pipe, not in the bot.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(child.exitCode, 'answered everything with nobody reading').toBeNull();
    const held = rssMB();
    let lines = 0;
    let tail = '';
    child.stdout.on('data', (d: Buffer) => {
      const text = tail + d.toString();
      const parts = text.split('\n');
      tail = parts.pop() ?? '';
      lines += parts.length;
    });
    expect(await exited).toBe(0);
    expect(lines).toBe(3_000);
    expect(held, `${held.toFixed(0)} MB while nobody read`).toBeLessThan(150);
  }, 120_000);
});

describe('a reader that goes away', () => {
  it.skipIf(!existsSync('/proc/self/stat'))(
    'keeps answering when its stderr pipe is closed, using under 10% of a core while logging into it',
    async () => {
      // The compiled bot, as a supervisor starts it, with debug logs: every failed reply logs.
      const bot = startInGroup(process.execPath, [...BOT_NODE_FLAGS, 'dist/main.js'], botEnv(env.fake, { LOG_LEVEL: 'debug' }));
      await env.fake.waitForShards(1, 30_000);
      await until(() => /logged in to Discord/.test(bot.output()), 15_000);
      // Half the interactions fail (10062: answered too late), and each failure writes log lines
      // into the closed pipe; the other half must still be answered.
      const failing = new Set<string>();
      env.fake.faults.push((call) => ([...failing].some((id) => call.path.includes(`/interactions/${id}/`)) ? { status: 404, body: { message: 'Unknown interaction', code: 10062 } } : null));
      const ask = (fail: boolean): string => {
        const payload = slashCommand('who-said', { text: 'glue layers GPL' }, ALICE, { guildId: GUILD_ID });
        if (fail) failing.add(payload.id);
        env.fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
        return payload.id;
      };
      // Warm up both paths first (the first answers compile code: 0.3 s of CPU for ten), so
      // that the window measures the closed pipe, not the compiler.
      for (let i = 0; i < 10; i++) {
        ask(true);
        await env.fake.callbackOf(ask(false), 5000);
      }
      bot.child.stderr?.destroy();
      const pid = bot.child.pid as number;
      const cpuBefore = cpuSeconds(pid);
      const wallBefore = performance.now();
      const answered: string[] = [];
      for (let i = 0; i < 10; i++) {
        ask(true);
        answered.push(ask(false));
        await new Promise((r) => setTimeout(r, 200));
      }
      for (const id of answered) expect((await env.fake.callbackOf(id, 5000)).body).toMatchObject({ type: 4 });
      const cpu = cpuSeconds(pid) - cpuBefore;
      const wall = (performance.now() - wallBefore) / 1000;
      expect(wall).toBeGreaterThanOrEqual(2);
      expect(cpu / wall, `${cpu.toFixed(3)} s of CPU in ${wall.toFixed(2)} s`).toBeLessThan(0.1);
      expect(bot.child.exitCode).toBeNull();
    },
    60_000,
  );

  it.each([
    ['the terminal chat', 'dist/main.js'],
    ['npm run ask reading commands', 'dist/ask.js'],
  ])('%s exits quietly with code 0 when its stdout reader leaves', async (_name, script) => {
    const tool = startInGroup(process.execPath, [script], cleanEnv(), ['pipe', 'pipe', 'pipe']);
    let stdout = '';
    tool.child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    let stderr = '';
    tool.child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    tool.child.stdin?.on('error', () => {});
    tool.child.stdin?.write('/who-said glue layers GPL\n');
    await until(() => stdout.includes('Tom Hanrahan'), 30_000);
    tool.child.stdout?.destroy();
    // Keep asking, as `producer | bot | head -1` would, until the bot notices nobody reads.
    const asking = setInterval(() => tool.child.stdin?.write('/speakers\n'), 20);
    try {
      const { code, signal } = await tool.exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      clearInterval(asking);
    }
    expect(stderr).toBe('');
  }, 60_000);
});
