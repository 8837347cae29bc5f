import path from 'node:path';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Config, DiscordConfig } from '../config.ts';
import { KnowledgeBase } from '../knowledgeBase.ts';
import { keepRunning } from '../processGuards.ts';
import { addSecret, createLogger, type Logger } from '../logger.ts';
import { startupProblem } from '../startup.ts';
import { createBot } from './bot.ts';


/** Resolves on SIGINT or SIGTERM, after `stop` has run. */
function untilSignal(stop: () => Promise<void>, logger: Logger): Promise<number> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info('shutting down', { signal });
      stop().then(
        () => resolve(0),
        (error: unknown) => {
          logger.error('shutdown failed', { error });
          resolve(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

async function recommendedShards(discord: DiscordConfig): Promise<number> {
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

/** Several shard processes under discord.js's ShardingManager, each running this same bot. */
async function startShards(config: Config, discord: DiscordConfig, logger: Logger): Promise<number> {
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
    shard.on('death', () => logger.warn('shard process exited', { shard: shard.id }));
  });
  await manager.spawn({ timeout: 60_000 });
  return untilSignal(async () => {
    for (const shard of manager.shards.values()) shard.kill();
  }, logger);
}

/** `npm start` with DISCORD_TOKEN: one bot process, or a ShardingManager with DISCORD_SHARDS. */
export async function startDiscord(config: Config, discord: DiscordConfig): Promise<number> {
  addSecret(discord.token);
  const logger = createLogger(config.logLevel);
  keepRunning(logger);
  if (discord.shards !== null && !process.env.SHARDING_MANAGER) return startShards(config, discord, logger);

  let knowledge: KnowledgeBase;
  try {
    knowledge = await KnowledgeBase.open(config.knowledgeDir, logger, { maxBytes: config.knowledgeMaxBytes });
  } catch (error) {
    return startupProblem([(error as Error).message]);
  }
  knowledge.watch();
  const bot = createBot({ config: discord, context: knowledge.current, logger });
  const stop = async () => {
    knowledge.close();
    await bot.stop();
  };
  try {
    await bot.start();
  } catch (error) {
    logger.error('could not log in to Discord', { error });
    await stop();
    return 1;
  }
  return untilSignal(stop, logger);
}
