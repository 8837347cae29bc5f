import { createBot, type Bot, type BotOptions } from '../../src/discord/bot.ts';
import { PlaceShelf } from '../../src/runtime/placeShelf.ts';
import type { Places } from '../../src/runtime/places.ts';
import type { DiscordConfig } from '../../src/runtime/config.ts';
import { createLogger } from '../../src/base/logger.ts';
import type { BotContext } from '../../src/commands/types.ts';
import { ConversationStore } from '../../src/conversation/store.ts';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN } from './fakeDiscord.ts';
import { BUNDLED, contextOf } from './context.ts';
import { killStarted } from './processes.ts';

export interface RunningBot {
  bot: Bot;
  logs: string[];
}

export function discordConfig(fake: FakeDiscord, extra: Partial<DiscordConfig> = {}): DiscordConfig {
  return { token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl, shards: null, cooldownSeconds: 0, cooldownBurst: 1, messageContent: false, ...extra };
}

/** The real bot, logged in to the fake Discord, with its log lines captured. */
export async function startBot(fake: FakeDiscord, ctx: BotContext, extra: Partial<DiscordConfig> = {}): Promise<RunningBot> {
  const logs: string[] = [];
  const bot = await loggedIn(createBot({ config: discordConfig(fake, extra), context: () => ctx, logger: createLogger('debug', (line) => logs.push(line)), conversations: new ConversationStore() }));
  return { bot, logs };
}

/** The real bot over places' knowledge and their reports (/report), logged in to the fake Discord. */
export function startPlacesBot(fake: FakeDiscord, places: Places, extra: Partial<BotOptions> = {}): Promise<Bot> {
  return loggedIn(createBot({ config: discordConfig(fake), context: places.context, ready: places.ready, reports: new PlaceShelf(places), logger: createLogger('error', () => {}), conversations: new ConversationStore(), ...extra }));
}

async function loggedIn(bot: Bot): Promise<Bot> {
  const ready = new Promise<void>((resolve) => bot.client.once('clientReady', () => resolve()));
  await bot.start();
  await ready;
  return bot;
}

export interface FakeDiscordWithBot {
  fake: FakeDiscord;
  /** Tests may stop it and start another (a restart); the last one is stopped at the end. */
  running: RunningBot;
}

/** A fake Discord and the real bot on the bundled report, for the test file that calls this. */
export function useFakeDiscordWithBot(extra: Partial<DiscordConfig> = {}): FakeDiscordWithBot {
  const env = {} as FakeDiscordWithBot;
  beforeAll(async () => {
    env.fake = await new FakeDiscord().start();
    env.running = await startBot(env.fake, await contextOf(BUNDLED), extra);
  });
  afterAll(async () => {
    await env.running?.bot.stop();
    await env.fake?.stop();
  });
  return env;
}

/**
 * A fresh fake Discord for each test of the file (a test may stop or freeze it), and every
 * process group the test started (test/support/processes.ts) killed after it.
 */
export function useFakeDiscordPerTest(): { fake: FakeDiscord } {
  const env = {} as { fake: FakeDiscord };
  beforeEach(async () => {
    env.fake = await new FakeDiscord().start();
  });
  afterEach(async () => {
    killStarted();
    await env.fake.stop();
  });
  return env;
}
