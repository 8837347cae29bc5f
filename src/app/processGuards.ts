import type { Logger } from './logger.ts';

/**
 * A stray rejection or exception (a handler's promise nobody awaited, a library callback that
 * throws) is logged, secrets masked, and the bot keeps answering. Node's default would be to
 * print the error, token and all, and exit.
 */
export function keepRunning(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  process.on('uncaughtException', (error) => logger.error('uncaught exception', { error }));
}
