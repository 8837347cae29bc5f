/**
 * Log lines: the readable line and the JSON line (LOG_FORMAT=json), both masking secrets, and
 * a writer that drops what it cannot write instead of failing again.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/runtime/config.ts';
import { addSecret, createLogger } from '../src/base/logger.ts';
import { onceGone, writeTo } from '../src/base/stdio.ts';

const SECRET = 'xoxb-this-is-a-registered-secret-42';
addSecret(SECRET);

function lines(format: 'text' | 'json', level: 'info' | 'debug' = 'debug') {
  const out: string[] = [];
  return { out, logger: createLogger(level, (l) => out.push(l), format) };
}

describe('JSON log lines', () => {
  it('are one object per line with time, level and message, then the context', () => {
    const { out, logger } = lines('json');
    logger.warn('gateway disconnected', { shard: 0, code: 1006 });
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] as string);
    expect(Object.keys(line)).toEqual(['time', 'level', 'msg', 'shard', 'code']);
    expect(line).toMatchObject({ level: 'warn', msg: 'gateway disconnected', shard: 0, code: 1006 });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('keep time, level and message whatever the context holds', () => {
    const { out, logger } = lines('json');
    logger.info('knowledge reloaded', { level: 'fake', msg: 'fake', time: 'fake', reports: 2 });
    expect(JSON.parse(out[0] as string)).toMatchObject({ level: 'info', msg: 'knowledge reloaded', reports: 2 });
  });

  it('mask registered secrets and token-shaped values, in messages, context and error stacks', () => {
    const { out, logger } = lines('json');
    const token = 'MTAwMDAwMDAwMDAwMDAwMDAx.fakeTk.not-a-real-token-just-for-tests-0123';
    logger.error(`login with ${SECRET} failed`, { error: new Error(`refused ${token}`), header: `Bot ${token}` });
    const text = out.join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(token);
    const line = JSON.parse(out[0] as string);
    expect(line.msg).toBe('login with [redacted] failed');
    expect(line.error).toMatchObject({ name: 'Error', message: 'refused [redacted]' });
    expect(line.error.stack).toContain('refused [redacted]');
  });

  it('mask Slack tokens nobody registered, bot and app-level alike', () => {
    const { out, logger } = lines('json');
    const bot = 'xoxb-2024-77-unregistered-token';
    const app = 'xapp-1-A0B1C2D3-0000-unregistered';
    logger.warn(`tried ${bot} and ${app}`, { header: `Bearer ${bot}` });
    const text = out.join('\n');
    expect(text).not.toContain(bot);
    expect(text).not.toContain(app);
    expect(JSON.parse(out[0] as string).msg).toBe('tried [redacted] and [redacted]');
  });

  it('respect the level', () => {
    const { out, logger } = lines('json', 'info');
    logger.debug('not shown');
    logger.info('shown');
    expect(out.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
  });
});

describe('a log call', () => {
  it.each(['text', 'json'] as const)('with a context that cannot be serialised still logs, in %s', (format) => {
    const { out, logger } = lines(format);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => logger.error('odd context', { cycle, big: 1n })).not.toThrow();
    expect(out[0]).toMatch(/odd context.*unloggable/);
  });

  it('keeps the readable line as before in text', () => {
    const { out, logger } = lines('text');
    logger.info('shard started', { shard: 1, of: 2 });
    expect(out[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO {2}shard started \{"shard":1,"of":2\}$/);
  });
});

describe('LOG_FORMAT', () => {
  it('is text by default, json when asked, and any other value is refused naming the variable', () => {
    const config = (LOG_FORMAT?: string) => readConfig(LOG_FORMAT === undefined ? {} : { LOG_FORMAT });
    expect(config()).toMatchObject({ ok: true, config: { logFormat: 'text' } });
    expect(config('JSON')).toMatchObject({ ok: true, config: { logFormat: 'json' } });
    expect(config('xml')).toEqual({ ok: false, problems: ['LOG_FORMAT must be one of text, json (it is "xml").'] });
  });
});

/** A stream whose reader has gone: every write fails with EPIPE, as a closed pipe's does. */
function brokenPipe(): Writable & { attempts: number } {
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      stream.attempts++;
      callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    },
  }) as Writable & { attempts: number };
  stream.attempts = 0;
  return stream;
}

describe('a writer whose reader has gone', () => {
  it('drops the line and every later one, without an error event escaping or a second attempt', async () => {
    const stream = brokenPipe();
    let gone = 0;
    onceGone(stream, () => gone++);
    const logger = createLogger('debug', (line) => writeTo(stream, `${line}\n`));
    logger.error('first line');
    await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 1000; i++) logger.error('dropped');
    await new Promise((r) => setImmediate(r));
    expect(stream.attempts).toBe(1);
    expect(gone).toBe(1);
  });
});

describe('a flood of the same event', () => {
  it('is one line a window, the next saying how many were left out', async () => {
    const { createLogger, repeatLimited } = await import('../src/base/logger.ts');
    const lines: string[] = [];
    let clock = 0;
    const logger = repeatLimited(createLogger('info', (l) => lines.push(l)), 60_000, () => clock);
    for (let i = 0; i < 1_000; i++) logger.warn(`slack: Failed to parse and verify the request data: stale timestamp ${i}`);
    expect(lines).toHaveLength(1);
    clock = 61_000;
    logger.warn('slack: Failed to parse and verify the request data: stale timestamp 5');
    logger.warn('another event');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"repeatedSinceLastLine":999');
  });
});
