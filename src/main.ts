/**
 * `npm start`: every configured platform (Discord's gateway with DISCORD_TOKEN, Discord's
 * interactions over HTTP with DISCORD_PUBLIC_KEY, Slack with SLACK_BOT_TOKEN) in this one
 * process, otherwise the terminal chat.
 * `npm start` execs this file's compiled copy, so that this process is the one a supervisor's
 * signals reach.
 */
import dotenv from 'dotenv';
import { logFormatOf, readConfigFromArgv } from './runtime/config.ts';
import { startApp } from './app/start.ts';
import { startupProblem } from './base/startup.ts';
import { startTerminal } from './console/start.ts';

dotenv.config({ quiet: true });

const configured = readConfigFromArgv(process.env, process.argv.slice(2));
if (!configured.ok) {
  process.exitCode = startupProblem(configured.problems, logFormatOf(process.env));
} else {
  const app = startApp(configured.config);
  const { discord, discordInteractions, slack } = configured.config;
  if (discord || discordInteractions || slack) {
    // The platforms load only when one is used: the terminal chat starts faster and smaller.
    const { startPlatforms } = await import('./app/platforms.ts');
    await startPlatforms(app).catch(async (error: unknown) => {
      // A failure nobody foresaw while starting (Discord unreachable for the shard count): still
      // a masked log line and a clean stop.
      app.logger.error('could not start', { error });
      await app.shutdown.stop({ reason: 'could not start' }, 1);
    });
  } else {
    await startTerminal(app);
  }
}
