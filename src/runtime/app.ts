import type { Logger } from '../base/logger.ts';
import type { Shutdown } from '../base/shutdown.ts';
import type { Config } from './config.ts';

/** What every long-running mode (terminal chat, Discord, shards, Slack, HTTP) is given. */
export interface App {
  config: Config;
  logger: Logger;
  /** Where each mode adds what must close before the process exits. */
  shutdown: Shutdown;
}
