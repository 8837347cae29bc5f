/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat.
 * `npm start` execs this file's compiled copy, so that this process is the one a supervisor's
 * signals reach.
 */
import dotenv from 'dotenv';
import { logFormatOf, readConfig } from './app/config.ts';
import { startApp } from './app/start.ts';
import { startupProblem } from './app/startup.ts';
import { startTerminal } from './console/start.ts';

dotenv.config({ quiet: true });

const configured = readConfig(process.env, process.argv.slice(2));
if (!configured.ok) {
  process.exitCode = startupProblem(configured.problems, logFormatOf(process.env));
} else {
  const app = startApp(configured.config);
  const { discord } = configured.config;
  if (discord) {
    // discord.js loads only when it is used: the terminal chat starts faster and smaller.
    const { startDiscord } = await import('./discord/start.ts');
    await startDiscord(app, discord).catch(async (error: unknown) => {
      // A failure nobody foresaw while starting (Discord unreachable for the shard count): still
      // a masked log line and a clean stop.
      app.logger.error('could not start', { error });
      await app.shutdown.stop({ reason: 'could not start' }, 1);
    });
  } else {
    await startTerminal(app);
  }
}
