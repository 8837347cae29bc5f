/**
 * End to end: the real discord.js client of the real bot against the fake Discord on
 * 127.0.0.1. Each test dispatches what Discord would send and checks the REST calls the bot
 * made: bodies, flags, allowed mentions, and that every message is within Discord's limits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WHO_SAID_THIS } from '../src/discord/respond.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { startBot, useFakeDiscordWithBot } from './support/bot.ts';
import { until } from './support/wait.ts';
import { BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, THREAD_ID, user, type RestCall } from './support/fakeDiscord.ts';
import { autocomplete, buttonClick, messageMenu, messagePayload, sentMessage, slashCommand } from './support/payloads.ts';
import { limitProblems } from './support/discordLimits.ts';

const ALICE = user('600000000000000006', 'alice');
const BOB = user('600000000000000007', 'bob');
const CAROL = user('600000000000000008', 'carol');
const DAN = user('600000000000000009', 'dan');
const EPHEMERAL = 64;

interface CallbackBody {
  type: number;
  data: {
    content?: string;
    embeds?: { author?: { name: string }; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
    components?: { components: { custom_id: string; label?: string; disabled?: boolean }[] }[];
    flags?: number;
    allowed_mentions?: { parse: string[] };
    choices?: { name: string; value: string }[];
  };
}

let seen = 0;
const env = useFakeDiscordWithBot();

/** Every message the bot sent since the last check: within limits, and pinging nobody. */
afterEach(() => {
  const sent = env.fake.calls.slice(seen).filter((c) => c.method !== 'GET' && c.body && typeof c.body === 'object');
  seen = env.fake.calls.length;
  for (const call of sent) {
    const body = call.body as Record<string, unknown>;
    const message = (call.path.includes('/callback') ? (body.data as Record<string, unknown> | undefined) : body) ?? {};
    if (!('content' in message) && !('embeds' in message)) continue;
    expect(limitProblems(message as Parameters<typeof limitProblems>[0]), call.path).toEqual([]);
    expect(message.allowed_mentions, call.path).toMatchObject({ parse: [] });
  }
});

async function interact(payload: { id: string }, guildId?: string): Promise<CallbackBody> {
  env.fake.dispatch('INTERACTION_CREATE', payload, guildId);
  return (await env.fake.callbackOf(payload.id)).body as CallbackBody;
}

function buttons(body: CallbackBody) {
  return body.data.components?.flatMap((row) => row.components) ?? [];
}

describe('slash commands', () => {
  it('answer in a server channel with an embed per passage', async () => {
    const body = await interact(slashCommand('who-said', { text: 'glue layers GPL' }, ALICE), GUILD_ID);
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    const [embed] = body.data.embeds ?? [];
    expect(embed?.author?.name).toBe('Tom Hanrahan (Microsoft Open Source Lab)');
    expect(embed?.description).toContain('**glue layers** as **GPL**');
    expect(embed?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Section', value: 'Microsoft: No threat?' }), expect.objectContaining({ name: 'Paragraph', value: '13' })]));
    expect(embed?.footer?.text).toContain('LinuxWorld and virtualization');
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answer in a DM', async () => {
    const body = await interact(slashCommand('quotes', { speaker: 'Crosbie', topic: 'KVM' }, ALICE, {}));
    expect(body.type).toBe(4);
    expect(body.data.content).toBe('Simon Crosby (XenSource) on “KVM”: 1 passage.');
    expect(body.data.embeds?.[0]?.description).toContain('**KVM**');
  });

  it('say so, with suggestions, when nothing matches', async () => {
    const body = await interact(slashCommand('who-said', { text: 'blockchain will replace the hypervisor' }, ALICE), GUILD_ID);
    expect(body.data.content).toMatch(/^The report has nothing that matches/);
    expect(body.data.content).toContain('`/search hypervisor`');
    expect(body.data.embeds).toEqual([]);
  });

  it('echo user text inert: no mention, no markdown', async () => {
    const body = await interact(slashCommand('search', { text: '@everyone **zzqx** <@123456789012345678> [x](https://evil.example)' }, ALICE), GUILD_ID);
    const content = body.data.content ?? '';
    expect(content).not.toMatch(/@everyone/);
    expect(content).not.toMatch(/<@\d/);
    expect(content).toContain('\\*\\*zzqx\\*\\*');
    expect(content).not.toContain('https://');
  });

  it('answer privately with a Share button, which posts the answer to the channel', async () => {
    const body = await interact(slashCommand('who-said', { text: 'open source is ahead', private: true }, ALICE), GUILD_ID);
    expect(body.data.flags).toBe(EPHEMERAL);
    const share = buttons(body).find((b) => b.label === 'Share in channel');
    expect(share).toBeDefined();
    const shared = await interact(buttonClick(share!.custom_id, sentMessage({ ...body.data, flags: EPHEMERAL }), ALICE), GUILD_ID);
    expect(shared.type).toBe(4);
    expect(shared.data.flags ?? 0).toBe(0);
    expect(shared.data.embeds).toEqual(body.data.embeds);
  });
});

describe('pages', () => {
  it('turn with Previous/Next, for the asker only, and survive a restart', async () => {
    const first = await interact(slashCommand('findings', {}, ALICE), GUILD_ID);
    expect(first.data.content).toBe('8 findings in 1 report.');
    expect(first.data.embeds).toHaveLength(3);
    const [previous, counter, next] = buttons(first);
    expect(previous?.disabled).toBe(true);
    expect(counter?.label).toBe('1 / 3');
    const message = sentMessage(first.data);

    const second = await interact(buttonClick(next!.custom_id, message, ALICE), GUILD_ID);
    expect(second.type).toBe(7);
    expect(buttons(second)[1]?.label).toBe('2 / 3');
    expect(second.data.embeds?.map((e) => e.description).join(' ')).toContain('Consolidation ratios');

    const stranger = await interact(buttonClick(next!.custom_id, message, BOB), GUILD_ID);
    expect(stranger.type).toBe(4);
    expect(stranger.data.flags).toBe(EPHEMERAL);
    expect(stranger.data.content).toMatch(/Only the person who asked/);

    // The custom id carries the query: a new bot process turns the page just the same.
    await env.running.bot.stop();
    env.running = await startBot(env.fake, await contextOf(BUNDLED));
    const afterRestart = await interact(buttonClick(buttons(second)[2]!.custom_id, sentMessage(second.data), ALICE), GUILD_ID);
    expect(afterRestart.type).toBe(7);
    expect(buttons(afterRestart)[1]?.label).toBe('3 / 3');
    expect(afterRestart.data.embeds?.[0]?.description).toContain('uber-management');
  });
});

describe('autocomplete', () => {
  it('offers speakers for /quotes', async () => {
    const body = await interact(autocomplete('quotes', { speaker: 'cros' }, 'speaker', ALICE), GUILD_ID);
    expect(body.type).toBe(8);
    expect(body.data.choices?.[0]).toEqual({ name: 'Simon Crosby (XenSource): 3 passages', value: 'Simon Crosby' });
  });

  it('offers topics for /findings', async () => {
    const body = await interact(autocomplete('findings', { topic: 'high av' }, 'topic', ALICE), GUILD_ID);
    expect(body.data.choices?.map((c) => c.value)).toContain('high availability');
  });

  it('offers passages for /who-said as "Speaker: excerpt", and a picked one answers', async () => {
    const body = await interact(autocomplete('who-said', { text: 'glue lay' }, 'text', ALICE), GUILD_ID);
    const choices = body.data.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]?.name).toMatch(/^Tom Hanrahan: Hanrahan, who used/);
    const answer = await interact(slashCommand('who-said', { text: choices[0]!.value }, ALICE), GUILD_ID);
    expect(answer.data.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
  });

  it('keeps free text that was not picked from the list working', async () => {
    const body = await interact(slashCommand('quotes', { speaker: 'iams' }, ALICE), GUILD_ID);
    expect(body.data.content).toBe('Tony Iams (analyst): 8 passages.');
  });
});

describe('the "Who said this?" message menu', () => {
  it('attributes the text of the message it is used on, privately', async () => {
    const target = messagePayload('I read that open source virtualization is ahead of proprietary virtualization', BOB, { guildId: GUILD_ID });
    const body = await interact(messageMenu(WHO_SAID_THIS, target, ALICE), GUILD_ID);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toBe('Simon Crosby (XenSource) said it.');
  });
});

describe('free text', () => {
  async function replyTo(message: Record<string, unknown>, guildId?: string): Promise<RestCall> {
    const since = env.fake.calls.length;
    env.fake.dispatch('MESSAGE_CREATE', message, guildId);
    return env.fake.waitForCall((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path), 5000, since);
  }

  it('answers every DM as a question', async () => {
    const call = await replyTo(messagePayload('who said glue layers GPL?', ALICE));
    expect(call.path).toContain(`/channels/${DM_CHANNEL_ID}/messages`);
    const body = call.body as Record<string, unknown>;
    expect(body.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference).toMatchObject({ message_id: expect.any(String) });
  });

  it('answers "help" with the help', async () => {
    const call = await replyTo(messagePayload('help', ALICE));
    const embeds = (call.body as { embeds: { fields: { name: string }[] }[] }).embeds;
    expect(embeds[0]?.fields.map((f) => f.name)).toContain('/who-said <text>');
  });

  it('answers in a server only when mentioned', async () => {
    const since = env.fake.calls.length;
    env.fake.dispatch('MESSAGE_CREATE', messagePayload('who said glue layers GPL?', ALICE, { guildId: GUILD_ID }), GUILD_ID);
    const mentioned = await replyTo(messagePayload(`<@${BOT_USER.id}> what did Crosby say about KVM?`, ALICE, { guildId: GUILD_ID, mentions: [BOT_USER] }), GUILD_ID);
    expect(mentioned.path).toContain(`/channels/${CHANNEL_ID}/messages`);
    expect((mentioned.body as { content: string }).content).toBe('Simon Crosby (XenSource) on “KVM”: 1 passage.');
    // The unmentioned message before it got no answer.
    expect(env.fake.calls.slice(since).filter((c) => c.method === 'POST' && c.path.endsWith('/messages'))).toHaveLength(1);
  });
});

describe('follow-ups', () => {
  const posts = (since: number) => env.fake.calls.slice(since).filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));

  /** The bot's reply to a message: its REST call, and the message Discord made of it. */
  async function ask(message: Record<string, unknown>, guildId?: string): Promise<{ body: { content: string; embeds: { author?: { name: string }; description?: string }[]; allowed_mentions: unknown }; path: string; sent: Record<string, unknown> }> {
    const since = env.fake.calls.length;
    env.fake.dispatch('MESSAGE_CREATE', message, guildId);
    const call = await env.fake.waitForCall((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path), 5000, since);
    return { body: call.body as never, path: call.path, sent: call.response as Record<string, unknown> };
  }

  /** Sends messages the bot must not answer, then a DM it must: only that one is answered. */
  async function unanswered(messages: Record<string, unknown>[], guildId = GUILD_ID): Promise<void> {
    const since = env.fake.calls.length;
    for (const m of messages) env.fake.dispatch('MESSAGE_CREATE', m, guildId);
    env.fake.dispatch('MESSAGE_CREATE', messagePayload('help', DAN));
    await env.fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/channels/${DM_CHANNEL_ID}/messages`), 5000, since);
    // An answer to one of the messages before it would have been sent by now.
    await new Promise((r) => setTimeout(r, 200));
    expect(posts(since).map((c) => c.path)).toEqual([expect.stringContaining(`/channels/${DM_CHANNEL_ID}/messages`)]);
  }

  const mention = (text: string, who: typeof ALICE, channelId = CHANNEL_ID) => messagePayload(`<@${BOT_USER.id}> ${text}`, who, { guildId: GUILD_ID, channelId, mentions: [BOT_USER] });

  it('answers a two-part question in two replies, the second read against the first', async () => {
    const since = env.fake.calls.length;
    env.fake.dispatch('MESSAGE_CREATE', messagePayload('who is simon crosby and what did he say about microsoft?', CAROL));
    await until(() => posts(since).length >= 2);
    const [card, said] = posts(since).map((c) => c.body as { content: string; allowed_mentions: unknown });
    expect(card?.content).toMatch(/^Simon Crosby \(XenSource\): \d+ passages/);
    expect(said?.content).toMatch(/^Simon Crosby \(XenSource\) on “microsoft”/);
    expect(said?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('in a DM, "what else did he say?" follows the answer before it', async () => {
    await ask(messagePayload('/who-said glue layers GPL', CAROL));
    const { body, path } = await ask(messagePayload('what else did he say?', CAROL));
    expect(path).toContain(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(body.content).toMatch(/^Tom Hanrahan, more: /);
    expect(body.embeds.length).toBeGreaterThan(0);
    for (const e of body.embeds) expect(e.author?.name).toMatch(/^Tom Hanrahan/);
  });

  it('in a server, a reply to the bot\'s answer continues without a mention; a reply to someone else is not for the bot', async () => {
    const first = await ask(mention('who said glue layers GPL?', ALICE), GUILD_ID);
    expect(first.body.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    // A reply with Discord's ping on: the bot is in `mentions`, not in the text.
    const reply = await ask(messagePayload('and about Novell?', ALICE, { guildId: GUILD_ID, replyTo: first.sent, mentions: [BOT_USER] }), GUILD_ID);
    expect(reply.path).toContain(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.body.content).toMatch(/^Tom Hanrahan .*“Novell”/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // With the ping turned off it is still a reply to the bot.
    const quiet = await ask(messagePayload('who else said that?', ALICE, { guildId: GUILD_ID, replyTo: reply.sent }), GUILD_ID);
    expect(quiet.body.content).toMatch(/^Besides Tom Hanrahan, on “Novell”/);

    const bobs = messagePayload('Novell is not Microsoft', BOB, { guildId: GUILD_ID });
    await unanswered([
      messagePayload('what else did he say?', ALICE, { guildId: GUILD_ID, replyTo: bobs, mentions: [BOB] }),
      messagePayload('what else did he say?', ALICE, { guildId: GUILD_ID }),
      // A reply without its ping, to a bot without the Message Content intent, comes with no text.
      messagePayload('', ALICE, { guildId: GUILD_ID, replyTo: first.sent }),
    ]);
  });

  it('keeps two people in one channel apart', async () => {
    await ask(mention('who said glue layers GPL?', ALICE), GUILD_ID);
    const bob = await ask(mention('what else did he say?', BOB), GUILD_ID);
    expect(bob.body.content).toMatch(/ask a question first/);
    const alice = await ask(mention('what else did he say?', ALICE), GUILD_ID);
    expect(alice.body.content).toMatch(/^Tom Hanrahan, more: /);
  });

  it('a slash command\'s answer is followed up by a mention in the same channel; /new forgets', async () => {
    const asked = await interact(slashCommand('who-said', { text: 'glue layers GPL' }, CAROL), GUILD_ID);
    expect(asked.data.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    const more = await ask(mention('what else did he say?', CAROL), GUILD_ID);
    expect(more.body.content).toMatch(/^Tom Hanrahan, more: /);

    const fresh = await interact(slashCommand('new', {}, CAROL), GUILD_ID);
    expect(fresh.data.content).toMatch(/^New conversation/);
    const lost = await ask(mention('what else did he say?', CAROL), GUILD_ID);
    expect(lost.body.content).toMatch(/ask a question first/);
  });

  it('a thread the bot answered in goes on without a mention only with DISCORD_MESSAGE_CONTENT=on', async () => {
    const intents = () => (env.fake.gatewayLog.filter((l) => l.op === 2).at(-1)?.d as { intents: number }).intents;
    const MESSAGE_CONTENT = 1 << 15;
    expect(intents() & MESSAGE_CONTENT).toBe(0);
    // Without the intent Discord would send no text: a thread message is not a question.
    const inThread = await ask(mention('who said glue layers GPL?', ALICE, THREAD_ID), GUILD_ID);
    expect(inThread.path).toContain(`/channels/${THREAD_ID}/messages`);
    await unanswered([messagePayload('and about Novell?', ALICE, { guildId: GUILD_ID, channelId: THREAD_ID })]);

    await env.running.bot.stop();
    env.running = await startBot(env.fake, await contextOf(BUNDLED), { messageContent: true });
    try {
      expect(intents() & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
      await ask(mention('who said glue layers GPL?', ALICE, THREAD_ID), GUILD_ID);
      const goesOn = await ask(messagePayload('and about Novell?', ALICE, { guildId: GUILD_ID, channelId: THREAD_ID }), GUILD_ID);
      expect(goesOn.path).toContain(`/channels/${THREAD_ID}/messages`);
      expect(goesOn.body.content).toMatch(/^Tom Hanrahan .*“Novell”/);
      const more = await ask(messagePayload('who else said that?', ALICE, { guildId: GUILD_ID, channelId: THREAD_ID }), GUILD_ID);
      expect(more.body.content).toMatch(/^Besides Tom Hanrahan/);
      // Someone the bot is not talking with in the thread, and the channel outside it, are not for the bot.
      await unanswered([
        messagePayload('and about Novell?', BOB, { guildId: GUILD_ID, channelId: THREAD_ID }),
        messagePayload('and about Novell?', ALICE, { guildId: GUILD_ID }),
        messagePayload('what else did he say?', CAROL, { guildId: GUILD_ID, channelId: THREAD_ID }),
      ]);
    } finally {
      await env.running.bot.stop();
      env.running = await startBot(env.fake, await contextOf(BUNDLED));
    }
  });
});

describe('failures and floods', () => {
  it('apologise privately and log the interaction when a handler fails', async () => {
    await env.running.bot.stop();
    const broken = await startBot(env.fake, { search: null as never, version: 'broken' });
    const body = await interact(slashCommand('speakers', {}, ALICE), GUILD_ID);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/^Sorry, something went wrong/);
    const line = broken.logs.find((l) => l.includes('interaction failed'));
    expect(line).toContain('"command":"speakers"');
    expect(line).toContain(`"user":"${ALICE.id}"`);
    await broken.bot.stop();
    env.running = await startBot(env.fake, await contextOf(BUNDLED));
  });

  it('stop one user with a cooldown notice while others are answered', async () => {
    await env.running.bot.stop();
    env.running = await startBot(env.fake, await contextOf(BUNDLED), { cooldownSeconds: 60 });
    const first = await interact(slashCommand('speakers', {}, ALICE), GUILD_ID);
    const again = await interact(slashCommand('speakers', {}, ALICE), GUILD_ID);
    const other = await interact(slashCommand('speakers', {}, BOB), GUILD_ID);
    expect(first.data.flags ?? 0).toBe(0);
    expect(again.data.flags).toBe(EPHEMERAL);
    expect(again.data.content).toMatch(/please wait \d+ s/);
    expect(other.data.content).toMatch(/named speakers/);
  });

  it('tells a user who sends free text too fast, once, without pinging anyone', async () => {
    await env.running.bot.stop();
    env.running = await startBot(env.fake, await contextOf(BUNDLED), { cooldownSeconds: 60, cooldownBurst: 2 });
    const posts = () => env.fake.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));
    const before = posts().length;
    for (const text of ['who said glue layers GPL?', 'help', 'what did Crosby say?', 'findings', 'speakers']) env.fake.dispatch('MESSAGE_CREATE', messagePayload(text, ALICE));
    await until(() => posts().length >= before + 3);
    await new Promise((r) => setTimeout(r, 300));
    const sent = posts().slice(before).map((c) => c.body as { content: string; allowed_mentions: unknown });
    // Two answers (the burst), then one notice for the three refused messages.
    expect(sent).toHaveLength(3);
    expect(sent[2]?.content).toMatch(/please wait \d+ s/);
    expect(sent[2]?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
