import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import { LOG_LEVELS, repeatLimited, type Logger, type LogLevel } from '../base/logger.ts';

/**
 * Bolt's and the Web API client's log lines through the bot's logger, so they share its format,
 * its level and its masking of secrets. Bolt logs a message and then loose values; an Error
 * becomes the line's context.
 */
/** Bolt's warning for a request whose signature or timestamp does not verify. */
const REFUSED = /failed to parse and verify|signature|request timestamp/i;

export function boltLogger(logger: Logger, level: LogLevel): BoltLogger {
  const threshold = LOG_LEVELS.indexOf(level);
  // Bolt warns once per refused request ("Failed to parse and verify the request data"): a flood of junk is one line a minute.
  const limited = repeatLimited(logger);
  const line = (at: LogLevel) => (...parts: unknown[]) => {
    // Bolt logs every request at debug: below the level, skip the formatting too.
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const error = parts.find((p): p is Error => p instanceof Error);
    const text = parts
      .filter((p) => p !== error)
      .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' ');
    // A refused signature reads as the Discord route writes it, whatever Bolt's wording ("Failed to parse and verify …").
    if (at === 'warn' && REFUSED.test(text)) limited.warn('slack: request refused: invalid signature', { route: '/slack/events', reason: text });
    else (at === 'warn' ? limited : logger)[at](`slack: ${text || error?.message || ''}`, error ? { error } : undefined);
  };
  return {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    setLevel: () => {},
    getLevel: () => level as BoltLogLevel,
    setName: () => {},
  };
}
