/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat.
 */
import dotenv from 'dotenv';
import { readConfig } from './config.ts';
import { runChat } from './console/chat.ts';
import { KnowledgeBase } from './knowledgeBase.ts';
import { createLogger } from './logger.ts';
import { startupProblem } from './startup.ts';

dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const configured = readConfig(process.env, argv);
  if (!configured.ok) return startupProblem(configured.problems);
  const { config } = configured;
  if (config.discord) {
    const { startDiscord } = await import('./discord/start.ts');
    // Logged out and shards stopped: leave now rather than wait on library timers.
    process.exit(await startDiscord(config, config.discord));
  }
  let knowledge;
  try {
    knowledge = await KnowledgeBase.open(config.knowledgeDir, createLogger(config.logLevel), { maxBytes: config.knowledgeMaxBytes });
  } catch (error) {
    return startupProblem([(error as Error).message]);
  }
  if (process.stdin.isTTY) process.stderr.write('No DISCORD_TOKEN set: answering here in the terminal.\n');
  await runChat(knowledge.current());
  return 0;
}

process.exitCode = await main();
