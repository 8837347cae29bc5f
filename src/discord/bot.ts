import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import { Agent } from 'undici';
import type { ReportShelf } from '../commands/report.ts';
import type { BotContext } from '../commands/types.ts';
import type { DiscordConfig } from '../runtime/config.ts';
import type { Feedback } from '../runtime/feedback.ts';
import type { Logger } from '../base/logger.ts';
import type { ConversationStore } from '../conversation/store.ts';
import { Cooldown } from './cooldown.ts';
import { handleInteraction, type HandlerDeps } from './interactions.ts';
import { handleMessage } from './messages.ts';
import { serverInviteUrl, userInstallUrl } from './invite.ts';
import { NO_MENTIONS } from './reply.ts';

export interface BotOptions {
  config: DiscordConfig;
  /** The knowledge a place answers from now (a server's own reports only there; null: a DM). */
  context: (place?: string | null) => BotContext;
  /** Loads a server's own knowledge at its first question, a bounded wait (absent: always in memory). */
  ready?: (place: string | null) => Promise<boolean>;
  /** The servers' own reports, for /report. */
  reports?: ReportShelf;
  /** Where unanswered questions and 👎 are recorded. */
  feedback?: Feedback;
  logger: Logger;
  /** The process's conversations, shared with the interactions endpoint when it runs too. */
  conversations: ConversationStore;
  /** Extra client options (tests give the fake Discord's REST agent). */
  clientOptions?: Partial<ClientOptions>;
}

/**
 * Kept-alive connections, at most 32 at once: without a limit, a burst of 1,000 replies opens
 * 1,000 connections to the API (and holds their memory until they time out).
 */
function restAgent(): Agent {
  return new Agent({ connections: 32, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
}

export interface Bot {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Discord's close code for a privileged intent the application has not been granted. */
const DISALLOWED_INTENTS = 4014;

/**
 * The Discord client of report-bot. Intents: Guilds (interactions and their channels),
 * GuildMessages (messages that mention the bot or reply to it, whose content Discord sends
 * without the privileged Message Content intent) and DirectMessages (with the Channel partial,
 * which DMs need); with DISCORD_MESSAGE_CONTENT=on, MessageContent too, so that a thread the
 * bot is talking in goes on without mentions. No reply can ping: allowed mentions are empty by
 * default and on every reply.
 */
export function createBot({ config, context, ready, reports, feedback, logger, conversations, clientOptions = {} }: BotOptions): Bot {
  const agent = restAgent();
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...clientOptions,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), agent, ...clientOptions.rest },
  });
  const deps: HandlerDeps = { context, ready, reports, feedback, logger, conversations, threads: config.messageContent, cooldown: new Cooldown(config.cooldownSeconds, config.cooldownBurst) };

  client.once(Events.ClientReady, (ready) => {
    logger.info('logged in to Discord', { user: ready.user.tag, id: ready.user.id, servers: ready.guilds.cache.size, shards: ready.ws.shards.map((s) => s.id) });
    logger.info('invite links', { server: serverInviteUrl(config.applicationId), user: userInstallUrl(config.applicationId) });
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, deps));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (event.code === DISALLOWED_INTENTS) logger.error('Discord refused the Message Content intent: turn it on (Developer Portal > Bot > Privileged Gateway Intents) or unset DISCORD_MESSAGE_CONTENT', { shard, code: event.code });
    else logger.warn('gateway disconnected', { shard, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
  client.on(Events.ShardError, (error, shard) => logger.error('gateway error', { shard, error }));

  return {
    client,
    async start() {
      await client.login(config.token);
    },
    async stop() {
      await client.destroy();
      await agent.destroy();
    },
  };
}
