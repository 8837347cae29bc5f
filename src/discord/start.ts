import path from 'node:path';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { DiscordConfig } from '../runtime/config.ts';
import type { ReportShelf } from '../commands/report.ts';
import type { Feedback } from '../runtime/feedback.ts';
import type { Places } from '../runtime/places.ts';
import type { App } from '../runtime/app.ts';
import type { ConversationStore } from '../conversation/store.ts';
import { createBot } from './bot.ts';

/** The manager's request to a shard process: stop gracefully (a signal could be a second one). */
const STOP_REQUEST = 'report-bot:stop';

async function recommendedShards(discord: DiscordConfig): Promise<number> {
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

/**
 * Asks one shard process to stop and waits for it to exit. A request over IPC rather than a
 * signal: on Ctrl-C the terminal has already sent the child SIGINT, and a second signal would
 * make it exit at once.
 */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`shard ${shard.id} exited with ${signal ?? `code ${code}`}`))));
    if (!child.connected || !child.send(STOP_REQUEST)) child.kill('SIGTERM');
  });
}

/** Several shard processes under discord.js's ShardingManager, each running this same bot. */
async function startShards({ config, logger, shutdown }: App, discord: DiscordConfig): Promise<void> {
  const totalShards = discord.shards === 'auto' ? await recommendedShards(discord) : (discord.shards as number);
  // Each shard runs the entry point this process was started with, the same way (dist/main.js
  // under plain Node, or src/main.ts under tsx in the tests).
  const manager = new ShardingManager(path.resolve(process.argv[1] as string), {
    token: discord.token,
    totalShards,
    execArgv: process.execArgv,
    // The children read the same configuration; only the shard ids differ.
    shardArgs: ['--knowledge', config.knowledgeDir],
  });
  manager.on('shardCreate', (shard) => {
    logger.info('shard started', { shard: shard.id, of: totalShards });
    shard.on('death', () => (shutdown.started ? logger.info('shard stopped', { shard: shard.id }) : logger.warn('shard process exited', { shard: shard.id })));
    shutdown.add({
      name: `shard ${shard.id}`,
      close: () => {
        // A shard that exits now has been asked to: not a crash to recover from.
        manager.respawn = false;
        return stopShard(shard);
      },
      force: () => shard.process?.kill('SIGKILL'),
    });
  });
  try {
    await manager.spawn({ timeout: 60_000 });
  } catch (error) {
    if (shutdown.started) return;
    logger.error('could not start the shards', { error });
    await shutdown.stop({ reason: 'shards did not start' }, 1);
  }
}

/** One shard under a ShardingManager: it stops when asked, or when its manager has gone. */
function followManager({ shutdown }: App): void {
  process.on('message', (message) => {
    if (message === STOP_REQUEST) void shutdown.stop({ reason: 'asked by the shard manager' });
  });
  process.on('disconnect', () => void shutdown.stop({ reason: 'the shard manager has gone' }));
}

/**
 * `npm start` with DISCORD_TOKEN: one bot process over the running knowledge, or a
 * ShardingManager with DISCORD_SHARDS (which needs no knowledge of its own: `knowledge` may be
 * null there). Each shard process keeps its own conversations: a server, and a DM, is always
 * served by the same shard.
 */
export async function startDiscord(app: App, discord: DiscordConfig, knowledge: Places | null, conversations: ConversationStore, reports?: ReportShelf, feedback?: Feedback): Promise<void> {
  const { logger, shutdown } = app;
  if (discord.shards !== null && !process.env.SHARDING_MANAGER) return startShards(app, discord);
  if (process.send) followManager(app);
  if (!knowledge) throw new Error('a Discord bot process needs the knowledge base');
  const bot = createBot({ config: discord, context: knowledge.context, ready: knowledge.ready, reports, feedback, logger, conversations });
  shutdown.add({ name: 'discord gateway', close: () => bot.stop() });
  try {
    await bot.start();
  } catch (error) {
    // A stop that began while logging in makes the login fail: that is the stop, not a failure.
    if (shutdown.started) return;
    logger.error('could not log in to Discord', { error });
    await shutdown.stop({ reason: 'could not log in' }, 1);
  }
}
