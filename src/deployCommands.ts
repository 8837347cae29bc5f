/** `npm run deploy-commands`: see src/discord/deploy.ts. */
import dotenv from 'dotenv';
import { logFormatOf, readConfigFromArgv } from './runtime/config.ts';
import { deployCommands } from './discord/deploy.ts';
import { addSecret } from './base/logger.ts';
import { startupProblem } from './base/startup.ts';

dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const problemOutput = logFormatOf(process.env);
  const configured = readConfigFromArgv(process.env, process.argv.slice(2));
  if (!configured.ok) return startupProblem(configured.problems, problemOutput);
  const discord = configured.config.discord;
  if (!discord) return startupProblem(['DISCORD_TOKEN is not set: deploy-commands needs the bot token and DISCORD_APPLICATION_ID (see .env.example).'], problemOutput);
  addSecret(discord.token);
  return deployCommands(discord);
}

process.exitCode = await main();
