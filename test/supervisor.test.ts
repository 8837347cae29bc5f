/**
 * The bot as an operator runs it: a process supervisor signals `npm start`, the real script,
 * and nothing else. Every run is started in its own process group, so that "everything
 * stopped" means no process of the group is left: not npm, not the bot, not a shard.
 */
import { describe, expect, it } from 'vitest';
import { useFakeDiscordPerTest } from './support/bot.ts';
import { botEnv, groupGoneWithin, startInGroup, type Started } from './support/processes.ts';
import { cleanEnv } from './support/run.ts';
import { until } from './support/wait.ts';

/** What the issue allows for a stop, from the signal to the last process gone. */
const STOP_MS = 5000;

const env = useFakeDiscordPerTest();

/** `npm start`, the real script, logged in to the fake Discord with `shards` gateway connections. */
async function npmStartLoggedIn(extra: Record<string, string> = {}, shards = 1): Promise<Started> {
  const started = startInGroup('npm', ['start'], botEnv(env.fake, extra));
  const { output } = started;
  await env.fake.waitForShards(shards, 30_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${output()}`);
  });
  await until(() => (output().match(/logged in to Discord/g) ?? []).length >= shards, 15_000).catch(() => {
    throw new Error(`never logged in:\n${output()}`);
  });
  return started;
}

/** Signals one process only (npm's, not its group) and waits for the whole group to go. */
async function signalAndWait(run: Started, signal: NodeJS.Signals): Promise<{ ms: number | null; code: number | null; output: string }> {
  const pid = run.child.pid as number;
  process.kill(pid, signal);
  const ms = await groupGoneWithin(pid, STOP_MS);
  const { code } = await run.exited;
  return { ms, code, output: run.output() };
}

/** The names a log line lists under `key` (e.g. what closed), from its JSON context. */
function listed(output: string, message: string, key: string): string[] {
  const line = output.split('\n').find((l) => new RegExp(`(INFO|ERROR) +${message} \\{`).test(l));
  return line ? (JSON.parse(line.slice(line.indexOf('{'))) as Record<string, string[]>)[key] ?? [] : [];
}

describe('npm start under a supervisor', () => {
  it('stops on SIGTERM to npm alone: every process gone within 5 s, gateway and watcher closed, exit code 0', async () => {
    const { ms, code, output } = await signalAndWait(await npmStartLoggedIn(), 'SIGTERM');
    expect(ms, output).not.toBeNull();
    expect(code, output).toBe(0);
    expect(listed(output, 'stopped', 'closed').sort()).toEqual(['discord gateway', 'knowledge watcher']);
    // The bot logged out (close code 1000) rather than vanished.
    expect(env.fake.closeCodes).toContain(1000);
  }, 60_000);

  it('stops within 5 s when Discord has already gone away', async () => {
    const bot = await npmStartLoggedIn();
    await env.fake.stop();
    // The bot is trying to reconnect to a Discord that is not there.
    await until(() => /gateway reconnecting/.test(bot.output()), 10_000);
    const { ms, code, output } = await signalAndWait(bot, 'SIGTERM');
    expect(ms, output).not.toBeNull();
    expect(code, output).toBe(0);
    expect(listed(output, 'stopped', 'closed').sort()).toEqual(['discord gateway', 'knowledge watcher']);
  }, 60_000);

  it('exits 1 at the deadline, within 5 s, naming the gateway, when Discord does not answer the logout', async () => {
    const bot = await npmStartLoggedIn();
    env.fake.freeze();
    const { ms, code, output } = await signalAndWait(bot, 'SIGTERM');
    expect(ms, output).not.toBeNull();
    expect(code, output).toBe(1);
    expect(listed(output, 'shutdown deadline passed: exiting without waiting', 'notClosed')).toEqual(['discord gateway']);
  }, 60_000);

  it('exits 1 at once on a second signal, naming what had not closed', async () => {
    const bot = await npmStartLoggedIn();
    env.fake.freeze();
    process.kill(bot.child.pid as number, 'SIGTERM');
    await until(() => /shutting down/.test(bot.output()), 5000);
    // Past ECHO_MS (a signal sooner is the same one delivered twice), well before the deadline.
    await new Promise((r) => setTimeout(r, 1200));
    const { ms, code, output } = await signalAndWait(bot, 'SIGINT');
    expect(ms, output).not.toBeNull();
    expect(code, output).toBe(1);
    expect(listed(output, 'second signal: exiting without waiting', 'notClosed')).toEqual(['discord gateway']);
    expect(output).not.toMatch(/deadline passed/);
  }, 60_000);

  it('stops cleanly on Ctrl-C in a terminal, which reaches npm and the bot, and npm passes on again', async () => {
    const bot = await npmStartLoggedIn();
    const pid = bot.child.pid as number;
    process.kill(-pid, 'SIGINT');
    expect(await groupGoneWithin(pid, STOP_MS), bot.output()).not.toBeNull();
    const { code } = await bot.exited;
    const output = bot.output();
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/second signal/);
    expect(listed(output, 'stopped', 'closed').sort()).toEqual(['discord gateway', 'knowledge watcher']);
  }, 60_000);

  it('stops every shard process on SIGINT to npm alone, exit code 0', async () => {
    env.fake.shardCount = 2;
    const { ms, code, output } = await signalAndWait(await npmStartLoggedIn({ DISCORD_SHARDS: '2' }, 2), 'SIGINT');
    expect(ms, output).not.toBeNull();
    expect(code, output).toBe(0);
    // The manager saw both shards close; each shard logged out of its gateway connection.
    const stoppedLines = output.split('\n').filter((l) => /INFO +stopped \{/.test(l));
    expect(stoppedLines.flatMap((l) => (JSON.parse(l.slice(l.indexOf('{'))) as { closed: string[] }).closed).sort()).toEqual([
      'discord gateway',
      'discord gateway',
      'knowledge watcher',
      'knowledge watcher',
      'shard 0',
      'shard 1',
    ]);
    expect(env.fake.closeCodes.filter((c) => c === 1000)).toHaveLength(2);
  }, 60_000);

  it('stops the terminal chat on SIGTERM to npm alone, exit code 0', async () => {
    const chat = startInGroup('npm', ['start', '--silent'], cleanEnv(), ['pipe', 'pipe', 'pipe']);
    chat.child.stdin?.write('/who-said glue layers GPL\n');
    await until(() => chat.output().includes('Tom Hanrahan'), 30_000);
    const { ms, code, output } = await signalAndWait(chat, 'SIGTERM');
    expect(ms, output).not.toBeNull();
    expect(code, output).toBe(0);
    expect(listed(output, 'stopped', 'closed')).toEqual(['terminal chat']);
  }, 60_000);
});
