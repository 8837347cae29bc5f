/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat.
 */
import dotenv from 'dotenv';
import { readConfig } from './app/config.ts';
import { loadContext } from './app/context.ts';
import { runChat } from './console/chat.ts';
import { startupProblem } from './app/startup.ts';

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
  let ctx;
  try {
    ctx = await loadContext(config.knowledgeDir);
  } catch (error) {
    return startupProblem([(error as Error).message]);
  }
  if (process.stdin.isTTY) process.stderr.write('No DISCORD_TOKEN set: answering here in the terminal.\n');
  await runChat(ctx);
  return 0;
}

process.exitCode = await main();
