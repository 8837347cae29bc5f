import { addSecret, createLogger } from '../base/logger.ts';
import { DEADLINE_MS, Shutdown } from '../base/shutdown.ts';
import type { App } from '../runtime/app.ts';
import type { Config } from '../runtime/config.ts';
import { installProcessGuards } from './processGuards.ts';

/**
 * A shard process stops a second sooner than its manager's deadline, so that the manager sees
 * it finish (and can say which one did not) before its own deadline passes.
 */
const SHARD_DEADLINE_MS = DEADLINE_MS - 1000;

/** The process-wide set-up: secrets masked from the first line, error guards, SIGINT and SIGTERM. */
export function startApp(config: Config): App {
  const databasePassword = config.databaseUrl ? decodeURIComponent(new URL(config.databaseUrl).password) : undefined;
  for (const secret of [config.discord?.token, config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, databasePassword]) addSecret(secret ?? undefined);
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  installProcessGuards(logger);
  const shutdown = new Shutdown(logger, { deadlineMs: process.env.SHARDING_MANAGER ? SHARD_DEADLINE_MS : DEADLINE_MS });
  shutdown.listen();
  return { config, logger, shutdown };
}
