/**
 * The shutdown registry on its own, in this process, with a recorded exit: what closes, in what
 * time, and what is said when something does not. The whole process under signals is in
 * test/supervisor.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { Shutdown } from '../src/base/shutdown.ts';
import { until } from './support/wait.ts';

function recorded(deadlineMs = 1000, echoMs = 0) {
  const logs: string[] = [];
  const exits: number[] = [];
  const shutdown = new Shutdown(createLogger('debug', (l) => logs.push(l)), { deadlineMs, echoMs, exit: (code) => exits.push(code) });
  return { shutdown, logs, exits };
}

/** Sends `signal` to this process `times` times, `gapMs` apart, with `shutdown` listening; cleans up. */
async function signalled(shutdown: Shutdown, signal: NodeJS.Signals, gapsMs: number[], done: () => boolean): Promise<void> {
  const before = process.listenerCount(signal);
  shutdown.listen([signal]);
  try {
    process.kill(process.pid, signal);
    for (const gap of gapsMs) {
      await later(gap);
      process.kill(process.pid, signal);
    }
    await until(done, 5000);
  } finally {
    for (const listener of process.listeners(signal).slice(before)) process.off(signal, listener);
  }
}

const never = () => new Promise<void>(() => {});
const later = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('Shutdown', () => {
  it('closes every part at once and exits 0, listing what closed', async () => {
    const { shutdown, logs, exits } = recorded();
    const order: string[] = [];
    shutdown.add({ name: 'slow', close: () => later(50).then(() => void order.push('slow')) });
    shutdown.add({ name: 'fast', close: () => void order.push('fast') });
    const started = performance.now();
    await shutdown.stop({ signal: 'SIGTERM' });
    expect(exits).toEqual([0]);
    // Both closed, the fast one without waiting for the slow one.
    expect(order).toEqual(['fast', 'slow']);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(logs.join('\n')).toMatch(/shutting down \{"signal":"SIGTERM","deadlineMs":1000\}/);
    expect(logs.at(-1)).toMatch(/stopped \{"closed":\["fast","slow"\]/);
  });

  it('does not close a part that was removed (it ended by itself)', async () => {
    const { shutdown, logs } = recorded();
    let closed = false;
    const remove = shutdown.add({ name: 'chat', close: () => void (closed = true) });
    remove();
    await shutdown.stop({ reason: 'test' });
    expect(closed).toBe(false);
    expect(logs.at(-1)).toMatch(/stopped \{"closed":\[\]/);
  });

  it('closes a part added while stopping', async () => {
    const { shutdown, logs, exits } = recorded();
    shutdown.add({
      name: 'manager',
      close: async () => {
        await later(10);
        shutdown.add({ name: 'late child', close: () => {} });
      },
    });
    await shutdown.stop({ reason: 'test' });
    expect(exits).toEqual([0]);
    expect(logs.at(-1)).toMatch(/"closed":\["manager","late child"\]/);
  });

  it('exits 1 when a part fails to close, after closing the others', async () => {
    const { shutdown, logs, exits } = recorded();
    shutdown.add({ name: 'server', close: () => Promise.reject(new Error('EADDRINUSE')) });
    shutdown.add({ name: 'watcher', close: () => {} });
    await shutdown.stop({ reason: 'test' });
    expect(exits).toEqual([1]);
    expect(logs.join('\n')).toMatch(/ERROR could not close \{"part":"server","error":\{.*EADDRINUSE/);
    expect(logs.at(-1)).toMatch(/"closed":\["watcher"\]/);
  });

  it('exits 1 with the code it was given (a start that failed) even when everything closed', async () => {
    const { shutdown, exits } = recorded();
    shutdown.add({ name: 'gateway', close: () => {} });
    await shutdown.stop({ reason: 'could not log in' }, 1);
    expect(exits).toEqual([1]);
  });

  it('exits 1 at the deadline, forcing and naming what did not close, and only once', async () => {
    const { shutdown, logs, exits } = recorded(100);
    const forced: string[] = [];
    let finish = () => {};
    shutdown.add({ name: 'gateway', close: () => new Promise<void>((r) => (finish = r)), force: () => forced.push('gateway') });
    shutdown.add({ name: 'watcher', close: () => {}, force: () => forced.push('watcher') });
    void shutdown.stop({ signal: 'SIGTERM' });
    await until(() => exits.length > 0, 5000);
    expect(exits).toEqual([1]);
    expect(forced).toEqual(['gateway']);
    expect(logs.at(-1)).toMatch(/ERROR shutdown deadline passed: exiting without waiting \{"deadlineMs":100,"notClosed":\["gateway"\]\}/);
    // The gateway closing after all does not exit a second time.
    finish();
    await later(20);
    expect(exits).toEqual([1]);
  });

  it('returns the stop under way when asked again (a signal, then the shard manager)', async () => {
    const { shutdown, logs, exits } = recorded();
    shutdown.add({ name: 'gateway', close: () => later(20) });
    const first = shutdown.stop({ signal: 'SIGINT' });
    expect(shutdown.stop({ reason: 'asked by the shard manager' })).toBe(first);
    await first;
    expect(exits).toEqual([0]);
    expect(logs.filter((l) => l.includes('shutting down'))).toHaveLength(1);
  });

  it('exits 1 at once on a second signal, naming what had not closed', async () => {
    const { shutdown, logs, exits } = recorded(60_000);
    shutdown.add({ name: 'gateway', close: never, force: () => {} });
    await signalled(shutdown, 'SIGUSR2', [50], () => exits.length > 0);
    expect(exits).toEqual([1]);
    expect(logs.at(-1)).toMatch(/ERROR second signal: exiting without waiting \{"signal":"SIGUSR2","notClosed":\["gateway"\]\}/);
  });

  it('takes the same signal delivered twice at once (Ctrl-C via the terminal and via npm) as one', async () => {
    const { shutdown, logs, exits } = recorded(60_000, 1000);
    shutdown.add({ name: 'gateway', close: () => later(200) });
    await signalled(shutdown, 'SIGUSR2', [5], () => exits.length > 0);
    expect(exits).toEqual([0]);
    expect(logs.join('\n')).not.toMatch(/second signal/);
  });

  it('counts a signal after a stop it did not start (the shard manager asked) as the first', async () => {
    const { shutdown, logs, exits } = recorded(60_000);
    shutdown.add({ name: 'gateway', close: () => later(200) });
    const asked = shutdown.stop({ reason: 'asked by the shard manager' });
    await signalled(shutdown, 'SIGUSR2', [], () => exits.length > 0);
    await asked;
    expect(exits).toEqual([0]);
    expect(logs.join('\n')).not.toMatch(/second signal/);
  });
});
