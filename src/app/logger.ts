export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'info', 'debug'];

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
  // A Discord token has this shape even when it was never registered (a mistyped variable name).
  return out.replace(/\b[\w-]{23,28}\.[\w-]{6}\.[\w-]{27,40}\b/g, '[redacted]');
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack, ...('code' in value ? { code: value.code } : {}) };
  return value;
}

/** One line per event on stderr, secrets masked: `time level message {context}`. */
export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const log = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const ctx = context ? ` ${JSON.stringify(context, (_k, v: unknown) => describe(v))}` : '';
    write(redact(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${message}${ctx}`));
  };
  return { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
}
