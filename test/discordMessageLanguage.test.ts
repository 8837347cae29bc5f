/**
 * Issue 22, point 4, for Discord's messages: a DM or a mention carries no user's locale, so the
 * bot answers in the question's language when its words are French or Spanish, else in the
 * server's preferred locale, else in English. The real bot against the fake Discord on
 * 127.0.0.1, with a second server whose preferred locale is French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from './support/bot.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { BOT_USER, CHANNEL_2_ID, CHANNEL_ID, FakeDiscord, GUILD_2_ID, GUILD_ID, user } from './support/fakeDiscord.ts';
import { messagePayload } from './support/payloads.ts';

const ALICE = user('600000000000000016', 'alice');

let fake: FakeDiscord;
let running: RunningBot;

beforeAll(async () => {
  fake = new FakeDiscord();
  const french = fake.guilds.find((g) => g.id === GUILD_2_ID);
  if (french) french.locale = 'fr';
  await fake.start();
  running = await startBot(fake, await contextOf(BUNDLED));
});

afterAll(async () => {
  await running?.bot.stop();
  await fake?.stop();
});

/** The bot's reply to a message: what it says before the passages, and who it credits. */
async function reply(text: string, where: { guildId?: string; channelId?: string } = {}): Promise<{ content: string; authors: string[] }> {
  const since = fake.calls.length;
  const mention = where.guildId ? { ...where, mentions: [BOT_USER] } : {};
  fake.dispatch('MESSAGE_CREATE', messagePayload(where.guildId ? `<@${BOT_USER.id}> ${text}` : text, ALICE, mention), where.guildId);
  const call = await fake.waitForCall((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path), 5000, since);
  const body = call.body as { content?: string; embeds?: { author?: { name: string } }[] };
  return { content: body.content ?? '', authors: (body.embeds ?? []).map((e) => e.author?.name ?? '') };
}

const inEnglishServer = { guildId: GUILD_ID, channelId: CHANNEL_ID };
const inFrenchServer = { guildId: GUILD_2_ID, channelId: CHANNEL_2_ID };

describe('a message, which carries no locale', () => {
  it('in a DM: the question’s language, English when its words are', async () => {
    expect((await reply('qui a dit que les glue layers sont sous GPL ?')).content).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
    expect((await reply('¿quién dijo que las glue layers son GPL?')).content).toMatch(/^Tom Hanrahan \(Microsoft Open Source Lab\) lo dijo\./);
    expect((await reply('who said glue layers GPL?')).content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
  });

  it('in a server: the question’s language where its words say it, else the server’s preferred locale', async () => {
    expect((await reply('who said glue layers GPL?', inEnglishServer)).content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    // English words in a French server: the asker's, English; words of no language: the server's.
    expect((await reply('who said glue layers GPL?', inFrenchServer)).content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect((await reply('/who-said glue layers GPL', inFrenchServer)).content).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
    // Spanish words in a French server: the question's.
    expect((await reply('¿quién dijo que las glue layers son GPL?', inFrenchServer)).content).toMatch(/lo dijo\./);
    expect((await reply('qui a dit que les glue layers sont sous GPL ?', inEnglishServer)).content).toMatch(/l'a dit\.$/);
  });

  it('credits the author in the answer’s language too', async () => {
    const english = await reply('what did the author say about Xen?', inEnglishServer);
    expect(english.authors[0]).toBe('The author, Bernard Golden');
    const french = await reply('/quotes author Xen', inFrenchServer);
    expect(french.authors[0]).toBe('L’auteur, Bernard Golden');
    // "l'auteur" is a name a question may use, as "the author" is.
    const asked = await reply("qu'a dit l'auteur sur Xen ?", inFrenchServer);
    expect(asked.authors[0]).toBe('L’auteur, Bernard Golden');
  });
});
