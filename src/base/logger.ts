import { writeErr } from './stdio.ts';
import { messageOf } from './errorMessage.ts';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'info', 'debug'];

/** `text`: a readable line for people; `json`: one JSON object per line for a log collector. */
export type LogFormat = 'text' | 'json';
export const LOG_FORMATS: LogFormat[] = ['text', 'json'];

export interface Logger {
  error(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  debug(message: string, context?: Record<string, unknown>): void;
}

const secrets = new Set<string>();

/** Registers a value that must never be printed: every log line masks it. */
export function addSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  // Discord and Slack tokens have these shapes even when never registered (a mistyped variable name).
  // A database address's password (DATABASE_URL), whatever its length.
  out = out.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]+@/gi, '$1[redacted]@');
  return out.replace(/\b[\w-]{23,28}\.[\w-]{6}\.[\w-]{27,40}\b/g, '[redacted]').replace(/\bx(?:ox[abeprs]|app)-[\w-]{8,}/g, '[redacted]');
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack, ...('code' in value ? { code: value.code } : {}) };
  return value;
}

const json = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => describe(v));

/** `time level message {context}`, or `{"time","level","msg",...context}` in JSON. */
function formatLine(format: LogFormat, at: LogLevel, message: string, context: Record<string, unknown> | undefined): string {
  const time = new Date().toISOString();
  if (format === 'json') {
    const line: Record<string, unknown> = { time, level: at, msg: message };
    // The three fields every line has stay what they are whatever the context holds.
    for (const [key, value] of Object.entries(context ?? {})) if (!(key in line)) line[key] = value;
    return json(line);
  }
  return `${time} ${at.toUpperCase().padEnd(5)} ${message}${context ? ` ${json(context)}` : ''}`;
}

/**
 * One line per event, secrets masked, on stderr by default. A line that cannot be written (its
 * reader gone) is dropped by the writer, never reported through this logger again.
 */
export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => writeErr(`${line}\n`), format: LogFormat = 'text'): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const log = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    let line: string;
    try {
      line = formatLine(format, at, message, context);
    } catch (error) {
      // A context that cannot be serialised (a cycle, a BigInt) must not turn a log call into a crash.
      line = formatLine(format, at, message, { unloggable: messageOf(error) });
    }
    write(redact(line));
  };
  return { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
}

/**
 * Log lines that a flood repeats (a bad signature on every junk request) as one line a window:
 * the first is written, the rest are counted, and the next one after the window says how many
 * there were. A flood then costs a line a minute, not a line a request. Keys are the message
 * with its numbers taken out; a few hundred at most are remembered.
 */
export function repeatLimited(logger: Logger, windowMs = 60_000, now: () => number = Date.now): Logger {
  const seen = new Map<string, { since: number; skipped: number }>();
  const limited = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    const key = `${at}:${message.replace(/\d+/g, '#')}`;
    const entry = seen.get(key);
    const time = now();
    if (entry && time - entry.since < windowMs) {
      entry.skipped++;
      return;
    }
    const repeated = entry?.skipped ?? 0;
    if (seen.size >= 500 && !entry) seen.delete(seen.keys().next().value as string);
    seen.set(key, { since: time, skipped: 0 });
    logger[at](message, repeated ? { ...context, repeatedSinceLastLine: repeated } : context);
  };
  return { error: limited('error'), warn: limited('warn'), info: limited('info'), debug: limited('debug') };
}
