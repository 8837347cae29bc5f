/**
 * Discord interactions over HTTP (the Interactions Endpoint URL), end to end: the real
 * `npm start` entry point in two processes, two copies of one application, with keys the test
 * makes. Signatures are checked (bad, missing, another key's, an altered body, an old one: 401),
 * PING gets PONG, every kind of interaction is answered in the HTTP response, a page button
 * made by one copy is turned by the other, /healthz says what is loaded; and the npm start
 * modes: the public key alone runs HTTP only, with the token too the gateway also runs, both
 * paths give the same answer, and a slash command over HTTP is followed up over the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, BOT_USER, FakeDiscord, GUILD_ID, TOKEN, user } from './support/fakeDiscord.ts';
import { interactionKeys, postInteraction, signature, type Posted } from './support/discordHttp.ts';
import { autocomplete, buttonClick, messageMenu, messagePayload, sentMessage, slashCommand } from './support/payloads.ts';
import { botEnv, freePort, groupGoneWithin, killStarted, startInGroup, type Started } from './support/processes.ts';
import { cleanEnv } from './support/run.ts';
import { until } from './support/wait.ts';
import { WHO_SAID_THIS } from '../src/discord/respond.ts';

const keys = interactionKeys();
const ALICE = user('600000000000000006', 'alice');
const BOB = user('700000000000000007', 'bob');
const EPHEMERAL = 64;

interface Copy {
  bot: Started;
  url: string;
}

async function startCopy(extra: Record<string, string> = {}, env = cleanEnv): Promise<Copy> {
  const port = await freePort();
  const variables = { DISCORD_PUBLIC_KEY: keys.publicKey, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug', COOLDOWN_SECONDS: '0', ...extra };
  const bot = startInGroup(process.execPath, ['--import', 'tsx', 'src/main.ts'], env(variables));
  await until(() => bot.output().includes('http server listening') || bot.child.exitCode !== null, 60_000);
  expect(bot.output()).toContain('http server listening');
  return { bot, url: `http://127.0.0.1:${port}` };
}

async function stop({ bot }: Copy): Promise<number | null> {
  process.kill(bot.child.pid as number, 'SIGTERM');
  expect(await groupGoneWithin(bot.child.pid as number, 5000)).not.toBeNull();
  return (await bot.exited).code;
}

/** The page and share buttons: 👍 and 👎 (test/feedback.test.ts) left out. */
const buttons = (posted: Posted) => posted.body?.data?.components?.flatMap((row) => row.components).filter((b) => !b.custom_id.startsWith('vote|')) ?? [];
/** The message a response created, as Discord shows it to a later click. */
const shown = (posted: Posted, flags = posted.body?.data?.flags ?? 0) => sentMessage({ ...(posted.body?.data as object), flags });

let first: Copy;
let second: Copy;
beforeAll(async () => {
  [first, second] = await Promise.all([startCopy(), startCopy()]);
}, 90_000);
afterAll(async () => {
  const codes = await Promise.all([first, second].filter(Boolean).map(stop));
  killStarted();
  expect(codes).toEqual([0, 0]);
});

describe('POST /discord/interactions', () => {
  it('answers a PING with a PONG', async () => {
    const posted = await postInteraction(first.url, { id: '1', type: 1, application_id: APP_ID, token: 't', version: 1 }, keys);
    expect(posted).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses with 401 a bad signature, a missing one, another key’s, an altered body and an old timestamp', async () => {
    const ping = { id: '1', type: 1, application_id: APP_ID, token: 't', version: 1 };
    const body = JSON.stringify(ping);
    const good = signature(keys, body);
    const old = String(Math.floor(Date.now() / 1000) - 10 * 60);
    const refusals = [
      { ...good, signature: `${good.signature.slice(0, -2)}${good.signature.endsWith('00') ? '11' : '00'}` },
      { timestamp: good.timestamp },
      { signature: good.signature },
      {},
      signature(interactionKeys(), body),
      signature(keys, body, old),
      { signature: 'not hex at all', timestamp: good.timestamp },
    ];
    for (const signed of refusals) expect((await postInteraction(first.url, ping, keys, signed)).status).toBe(401);
    // The same signature over another body.
    expect((await postInteraction(first.url, { ...ping, id: '2' }, keys, good)).status).toBe(401);
    expect((await postInteraction(first.url, ping, keys, good)).status).toBe(200);
  });

  it('logs a flood of unsigned requests as one line, as the Slack route does', async () => {
    const before = first.bot.output().split('request refused: invalid signature').length;
    for (let i = 0; i < 40; i++) expect((await postInteraction(first.url, { type: 1, id: String(i) }, keys, { signature: '00', timestamp: '1' })).status).toBe(401);
    const logged = first.bot.output().split('request refused: invalid signature').length - before;
    expect(logged).toBeLessThanOrEqual(1);
    expect(first.bot.output()).toContain('request refused: invalid signature');
  });

  it('refuses with 400, not 500, a signed body that is JSON but no interaction (null, a number, an array)', async () => {
    for (const payload of [null, 42, [], 'text']) expect((await postInteraction(first.url, payload, keys)).status).toBe(400);
  });

  it('answers a slash command in the HTTP response: the answer, pinging nobody, private with a Share button when asked', async () => {
    const posted = await postInteraction(first.url, slashCommand('who-said', { text: 'open source is ahead' }, ALICE), keys);
    expect(posted.status).toBe(200);
    expect(posted.body?.type).toBe(4);
    expect(posted.body?.data?.content).toBe('Simon Crosby (XenSource) said it.');
    expect(posted.body?.data?.embeds?.[0]?.description).toContain('**open source**');
    expect(posted.body?.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(posted.body?.data?.flags ?? 0).toBe(0);

    const hidden = await postInteraction(first.url, slashCommand('who-said', { text: 'open source is ahead', private: true }, ALICE), keys);
    expect(hidden.body?.data?.flags).toBe(EPHEMERAL);
    expect(buttons(hidden).map((b) => b.label)).toEqual(['Share in channel']);

    // A French client's locale: the same answer, said in French.
    const french = await postInteraction(first.url, { ...slashCommand('who-said', { text: 'open source is ahead' }, ALICE), locale: 'fr' }, keys);
    expect(french.body?.data?.content).toBe("Simon Crosby (XenSource) l'a dit.");
  });

  it('answers autocomplete with choices', async () => {
    const posted = await postInteraction(first.url, autocomplete('quotes', { speaker: 'cros' }, 'speaker', ALICE), keys);
    expect(posted.body?.type).toBe(8);
    expect(posted.body?.data?.choices?.[0]).toEqual({ name: 'Simon Crosby (XenSource): 3 passages', value: 'Simon Crosby' });
  });

  it('answers the message menu privately', async () => {
    const target = messagePayload('Microsoft will support Xen in Windows Server', BOB, { guildId: GUILD_ID });
    const posted = await postInteraction(first.url, messageMenu(WHO_SAID_THIS, target, ALICE), keys);
    expect(posted.body?.type).toBe(4);
    expect(posted.body?.data?.flags).toBe(EPHEMERAL);
    expect(posted.body?.data?.content).toMatch(/said it\.$/);
  });

  it('turns pages for the asker only, and Share posts what the asker sees', async () => {
    const list = await postInteraction(first.url, slashCommand('findings', { private: true }, ALICE), keys);
    expect(list.body?.data?.content).toBe('8 findings in 1 report.');
    const [, counter, next, share] = buttons(list);
    expect(counter?.label).toBe('1 / 3');

    const turned = await postInteraction(first.url, buttonClick(next!.custom_id, shown(list), ALICE), keys);
    expect(turned.body?.type).toBe(7);
    expect(buttons(turned)[1]?.label).toBe('2 / 3');
    expect(turned.body?.data?.embeds?.map((e) => e.description).join(' ')).toContain('Consolidation ratios');

    const stranger = await postInteraction(first.url, buttonClick(next!.custom_id, shown(list), BOB), keys);
    expect(stranger.body?.type).toBe(4);
    expect(stranger.body?.data?.flags).toBe(EPHEMERAL);
    expect(stranger.body?.data?.content).toMatch(/Only the person who asked/);

    const shared = await postInteraction(second.url, buttonClick(share!.custom_id, shown(list), ALICE), keys);
    expect(shared.body?.type).toBe(4);
    expect(shared.body?.data?.flags ?? 0).toBe(0);
    expect(shared.body?.data?.content).toBe('8 findings in 1 report.');
    expect(shared.body?.data?.embeds).toEqual(list.body?.data?.embeds);
    expect(buttons(shared).map((b) => b.label)).toEqual(['Previous', '1 / 3', 'Next']);
  });

  it('turns, on another copy, a page the first made, even for a query too long for a button id', async () => {
    const text = 'virtualization '.repeat(10).trim();
    const asked = await postInteraction(first.url, slashCommand('search', { text }, ALICE), keys);
    const ids = buttons(asked).map((b) => b.custom_id);
    expect(ids.length).toBe(3);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    // The query is in none of them: the passages shown are.
    expect(ids.join()).not.toContain('virtualization');

    const onSecond = await postInteraction(second.url, buttonClick(ids[2] as string, shown(asked), ALICE), keys);
    const onFirst = await postInteraction(first.url, buttonClick(ids[2] as string, shown(asked), ALICE), keys);
    expect(onSecond.body?.type).toBe(7);
    expect(buttons(onSecond)[1]?.label).toMatch(/^2 \/ \d+$/);
    expect(onSecond.body?.data?.embeds?.length).toBe(3);
    expect(onSecond.body?.data?.embeds?.[0]?.description).toContain('**virtualization**');
    expect(onSecond.body).toEqual(onFirst.body);
    // And on from there, back to the first page as it was.
    const back = await postInteraction(first.url, buttonClick(buttons(onSecond)[0]!.custom_id, shown(onSecond), ALICE), keys);
    expect(back.body?.data?.embeds).toEqual(asked.body?.data?.embeds);
  });

  it('answers GET /healthz with what is loaded, and the copies serve the same versions', async () => {
    const [a, b] = await Promise.all([first, second].map(async (copy) => (await fetch(`${copy.url}/healthz`)).json() as Promise<Record<string, unknown>>));
    expect(a).toMatchObject({ ok: true, knowledge: 'loaded', reports: 1, passages: 33, version: expect.stringMatching(/^\d+\.\d+\.\d+/), knowledgeVersion: expect.any(String) });
    expect(b).toEqual(a);
  });
});

describe('npm start', () => {
  it('with DISCORD_PUBLIC_KEY and no DISCORD_TOKEN runs the HTTP endpoint only', async () => {
    expect(first.bot.output()).toMatch(/http server listening .*"POST \/discord\/interactions"/);
    expect(first.bot.output()).not.toMatch(/logged in to Discord|discord gateway/);
  });

  it('with both runs the gateway too, and a command is answered alike on both paths', async () => {
    const fake = await new FakeDiscord().start();
    try {
      const both = await startCopy({}, (variables) => botEnv(fake, { ...variables, DISCORD_TOKEN: TOKEN }));
      await fake.waitForShards(1, 30_000);
      const interaction = slashCommand('quotes', { speaker: 'Crosby', topic: 'KVM', private: true }, ALICE);
      fake.dispatch('INTERACTION_CREATE', interaction, GUILD_ID);
      const overGateway = (await fake.callbackOf(interaction.id, 10_000)).body as Posted['body'];
      const overHttp = (await postInteraction(both.url, interaction, keys)).body;
      expect(overHttp?.type).toBe(overGateway?.type);
      for (const field of ['content', 'embeds', 'components', 'flags'] as const) expect(overHttp?.data?.[field], field).toEqual(overGateway?.data?.[field]);
      // One conversation for both paths: a slash command over HTTP, followed up by a mention over the gateway.
      const asked = await postInteraction(both.url, slashCommand('who-said', { text: 'glue layers GPL' }, BOB), keys);
      expect(asked.body?.data?.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      const since = fake.calls.length;
      fake.dispatch('MESSAGE_CREATE', messagePayload(`<@${BOT_USER.id}> what else did he say?`, BOB, { guildId: GUILD_ID, mentions: [BOT_USER] }), GUILD_ID);
      const followUp = await fake.waitForCall((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path), 10_000, since);
      expect((followUp.body as { content: string }).content).toMatch(/^Tom Hanrahan, more: /);
      expect(await stop(both)).toBe(0);
      expect(both.bot.output()).toContain('logged in to Discord');
    } finally {
      await fake.stop();
    }
  }, 90_000);
});
