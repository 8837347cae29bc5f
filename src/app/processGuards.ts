import type { Logger } from '../base/logger.ts';

/**
 * What happens to an error nobody caught. Both are logged with secrets masked (Node's default
 * would print the error, token and all).
 *
 * - An uncaught exception exits with code 1. Node's documentation advises it: the exception may
 *   have left any state half-updated, so the safe course is a clean process, which the
 *   supervisor starts. Shard processes stop by themselves when their manager goes.
 * - An unhandled rejection is logged and the bot keeps answering. It is an asynchronous step
 *   that failed on its own (a reply nobody awaited, a library's background request); every
 *   interaction and message is already answered with an apology when it fails, so one lost
 *   promise must not end every other user's conversation.
 */
export function installProcessGuards(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection: logged, still running', { error: reason }));
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception: exiting so that a clean process takes over', { error });
    exit(1);
  });
}
