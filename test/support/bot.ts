import { createBot, type Bot } from '../../src/discord/bot.ts';
import type { DiscordConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { BotContext } from '../../src/commands/types.ts';
import { APP_ID, GUILD_ID, TOKEN, type FakeDiscord } from './fakeDiscord.ts';

export interface RunningBot {
  bot: Bot;
  logs: string[];
}

export function discordConfig(fake: FakeDiscord, extra: Partial<DiscordConfig> = {}): DiscordConfig {
  return { token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl, shards: null, cooldownSeconds: 0, ...extra };
}

/** The real bot, logged in to the fake Discord, with its log lines captured. */
export async function startBot(fake: FakeDiscord, ctx: BotContext, extra: Partial<DiscordConfig> = {}): Promise<RunningBot> {
  const logs: string[] = [];
  const bot = createBot({ config: discordConfig(fake, extra), context: () => ctx, logger: createLogger('debug', (line) => logs.push(line)) });
  const ready = new Promise<void>((resolve) => bot.client.once('clientReady', () => resolve()));
  await bot.start();
  await ready;
  return { bot, logs };
}
