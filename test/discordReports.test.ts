/**
 * /report end to end: the real discord.js client of the real bot against the fake Discord on
 * 127.0.0.1, the attachment served from 127.0.0.1 too. A server adds a report, answers from it,
 * lists and removes it; another server, a DM and a member without Manage Server never see it.
 * The same through the Interactions Endpoint URL, where the answer edits a deferral.
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { ConversationStore } from '../src/conversation/store.ts';
import type { Bot } from '../src/discord/bot.ts';
import { commandDefinitions } from '../src/discord/commandData.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { PlaceShelf } from '../src/runtime/placeShelf.ts';
import { Places } from '../src/runtime/places.ts';
import { startPlacesBot } from './support/bot.ts';
import { docBlockAfter } from './support/docBlocks.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { APP_ID, FakeDiscord, GUILD_2_ID, GUILD_ID, snowflake, user, type FakeUser, type RestCall } from './support/fakeDiscord.ts';
import { serveFiles, type FileServer } from './support/fileServer.ts';
import { autocomplete, slashCommand, type InteractionPayload } from './support/payloads.ts';
import { interactionKeys, postInteraction } from './support/discordHttp.ts';
import { discordInteractionsRoute } from '../src/discord/httpInteractions.ts';
import { Cooldown } from '../src/discord/cooldown.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { limitProblems } from './support/discordLimits.ts';

const ALICE = user('600000000000000006', 'alice');
const BOB = user('600000000000000007', 'bob');
const EPHEMERAL = 64;
const MANAGE_SERVER = 32n;
/** The permissions the test payloads give a member (no Manage Server), and with it. */
const MEMBER = 2248473465835073n;
const MANAGER = MEMBER | MANAGE_SERVER;
const ID = 'scanning-the-stacks-how-a-city-library-is-digitising-a-century-of-newspapers';

let dir: string;
let fake: FakeDiscord;
let files: FileServer;
let shared: KnowledgeBase;
let places: Places;
let bot: Bot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-discord-places-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  files = await serveFiles({ 'riverside.md': { body: await readFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md')), type: 'text/markdown' }, 'notes.exe': { body: 'MZ' }, 'notes.pdf': { body: 'MZ\u0000' } });
  const logger = createLogger('error', () => {});
  shared = await KnowledgeBase.open(dir, logger);
  places = await Places.open(shared, logger);
  fake = await new FakeDiscord().start();
  bot = await startPlacesBot(fake, places);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await files?.close();
  places?.close();
  shared?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Body {
  type?: number;
  content?: string;
  flags?: number;
  allowed_mentions?: { parse: string[] };
  data?: { content?: string; flags?: number; embeds?: { author?: { name: string } }[]; choices?: { name: string; value: string }[] };
}

/** A /report subcommand as Discord sends it: options one level down, an attachment in `resolved`. */
function report(subcommand: string, values: Record<string, string>, who: FakeUser, guildId: string | undefined, permissions: bigint, attachment?: { name: string; size: number }): InteractionPayload {
  const base = slashCommand('report', {}, who, guildId ? { guildId } : {});
  const attachmentId = snowflake();
  const options = [...Object.entries(values).map(([name, value]) => ({ name, type: 3, value })), ...(attachment ? [{ name: 'file', type: 11, value: attachmentId }] : [])];
  const resolved = attachment ? { attachments: { [attachmentId]: { id: attachmentId, filename: attachment.name, size: attachment.size, url: files.url(attachment.name), proxy_url: files.url(attachment.name), content_type: 'text/markdown' } } } : undefined;
  const member = base.member as Record<string, unknown> | undefined;
  return {
    ...base,
    ...(member ? { member: { ...member, permissions: String(permissions) } } : {}),
    data: { ...(base.data as Record<string, unknown>), options: [{ name: subcommand, type: 1, options }], ...(resolved ? { resolved } : {}) },
  };
}

/** The first answer to an interaction, and (after a deferral) the edit that holds the answer. */
async function answer(payload: InteractionPayload, guildId?: string): Promise<{ first: Body; final: Body }> {
  const since = fake.calls.length;
  fake.dispatch('INTERACTION_CREATE', payload, guildId);
  const first = (await fake.callbackOf(payload.id)).body as Body;
  if (first.type !== 5) return { first, final: first.data ?? {} };
  const edit = await fake.waitForCall((c: RestCall) => c.method === 'PATCH' && c.path.includes(`/webhooks/${APP_ID}/${payload.token}/messages/@original`), 60_000, since);
  return { first, final: edit.body as Body };
}

const ask = async (text: string, guildId: string | undefined) => (await answer(slashCommand('who-said', { text }, BOB, guildId ? { guildId } : {}), guildId)).final.content ?? '';
const placeFiles = (guild: string) => readdir(path.join(dir, 'places', `discord-${guild}`)).catch(() => [] as string[]);

describe('/report in a server', () => {
  it('is registered for servers only, hidden from members without Manage Server', () => {
    const definition = commandDefinitions().find((c) => c.name === 'report') as unknown as Record<string, unknown> & { options: { name: string; options?: { name: string; type: number; autocomplete?: boolean }[] }[] };
    expect(definition.default_member_permissions).toBe('32');
    expect(definition.contexts).toEqual([0]);
    expect(definition.options.map((o) => o.name)).toEqual(['add', 'list', 'remove', 'gaps']);
    expect(definition.options[0]?.options?.map((o) => [o.name, o.type])).toEqual([['file', 11], ['url', 3]]);
    expect(definition.options[2]?.options?.[0]).toMatchObject({ name: 'report', type: 3, autocomplete: true });
  });

  it('/help lists /report in a server, not in a DM', async () => {
    const help = async (guildId: string | undefined) => JSON.stringify((await answer(slashCommand('help', {}, BOB, guildId ? { guildId } : {}), guildId)).final);
    expect(await help(GUILD_ID)).toContain('/report add|list|remove|gaps');
    expect(await help(undefined)).not.toContain('/report');
  });

  it('adds an attachment, privately, saying what it read; it answers in that server only', async () => {
    const { first, final } = await answer(report('add', {}, ALICE, GUILD_ID, MANAGER, { name: 'riverside.md', size: 9000 }), GUILD_ID);
    expect(first.type).toBe(5);
    expect(first.data?.flags).toBe(EPHEMERAL);
    expect(final.content).toMatch(/^Added “Scanning the stacks: how a city library is digitising a century of newspapers” by Priya Raman: I answer from it in this server now\.\n/);
    expect(final.content).toContain('\nMarkdown · 4 sections, 16 passages · speakers found: Maria Lopez, Raj Patel, Helen Park, Dan Okafor, 2 unnamed');
    // The command reference shows this answer as it is.
    expect(final.content?.split('\n')).toEqual(docBlockAfter('docs/commands.md', 'Markdown report of `test/fixtures/library/`'));
    expect(final.allowed_mentions).toMatchObject({ parse: [] });
    expect(limitProblems(final)).toEqual([]);
    expect(await placeFiles(GUILD_ID)).toEqual([`${ID}.md`]);

    expect(await ask('broken spines', GUILD_ID)).toMatch(/^Maria Lopez .*said it\.$/);
    expect(await ask('broken spines', GUILD_2_ID)).toMatch(/nothing/);
    expect(await ask('broken spines', undefined)).toMatch(/nothing/);
  });

  it('keeps a server’s reports out of another server’s autocomplete', async () => {
    const choices = async (payload: InteractionPayload, guildId: string) => ((await answer(payload, guildId)).first.data?.choices ?? []).map((c) => c.value);
    const removeChoices = (guildId: string) => {
      const payload = report('remove', { report: 'scan' }, ALICE, guildId, MANAGER);
      const data = payload.data as { options: { options: Record<string, unknown>[] }[] };
      return { ...payload, type: 4, data: { ...data, options: [{ ...data.options[0], options: data.options[0]?.options.map((o) => ({ ...o, focused: true })) }] } } as InteractionPayload;
    };
    expect(await choices(removeChoices(GUILD_ID), GUILD_ID)).toEqual([ID]);
    expect(await choices(removeChoices(GUILD_2_ID), GUILD_2_ID)).toEqual([]);
    expect(await choices(autocomplete('quotes', { speaker: 'Maria' }, 'speaker', BOB, { guildId: GUILD_ID }), GUILD_ID)).toContain('Maria Lopez');
    expect(await choices(autocomplete('quotes', { speaker: 'Maria' }, 'speaker', BOB, { guildId: GUILD_2_ID }), GUILD_2_ID)).not.toContain('Maria Lopez');
  });

  it('lists this server’s reports and the shared ones, with who added each', async () => {
    const { final } = await answer(report('list', {}, ALICE, GUILD_ID, MANAGER), GUILD_ID);
    expect(final.content).toMatch(/^I answer here from 2 reports: 1 added here, 1 shared by every place\./);
    expect(final.content).toContain(`added by <@${ALICE.id}> on `);
    expect(final.content).toContain('LinuxWorld and virtualization');
    const other = await answer(report('list', {}, ALICE, GUILD_2_ID, MANAGER), GUILD_2_ID);
    expect(other.final.content).toMatch(/^I answer from 1 report, shared by every place\./);
    expect(other.final.content).not.toContain('Scanning the stacks');
  });

  it('refuses a member without Manage Server, a DM, and a file it cannot read, privately', async () => {
    for (const subcommand of ['add', 'remove', 'list']) {
      const { first } = await answer(report(subcommand, subcommand === 'remove' ? { report: ID } : {}, BOB, GUILD_ID, MEMBER, subcommand === 'add' ? { name: 'riverside.md', size: 9000 } : undefined), GUILD_ID);
      expect(first.type).toBe(4);
      expect(first.data).toMatchObject({ flags: EPHEMERAL, content: 'Only members with the Manage Server permission can manage this server’s reports.' });
    }
    const dm = await answer(report('list', {}, ALICE, undefined, MANAGER));
    expect(dm.first.data?.content).toMatch(/^\/report works in a server/);
    const unreadable = await answer(report('add', {}, ALICE, GUILD_2_ID, MANAGER, { name: 'notes.exe', size: 2 }), GUILD_2_ID);
    expect(unreadable.final.content).toMatch(/^Cannot import notes\.exe: a \.exe file is /);
    expect(await placeFiles(GUILD_2_ID)).toEqual([]);
    expect(await placeFiles(GUILD_ID)).toEqual([`${ID}.md`]);
    expect(await ask('broken spines', GUILD_ID)).toMatch(/^Maria Lopez/);
  });

  it('removes a report: gone from that server’s answers; removing it again says it is not there', async () => {
    const { final } = await answer(report('remove', { report: ID }, ALICE, GUILD_ID, MANAGER), GUILD_ID);
    expect(final.content).toMatch(/^Removed “Scanning the stacks/);
    expect(await ask('broken spines', GUILD_ID)).toMatch(/nothing/);
    expect(await placeFiles(GUILD_ID)).toEqual([]);
    const again = await answer(report('remove', { report: ID }, ALICE, GUILD_ID, MANAGER), GUILD_ID);
    expect(again.final.content).toBe(`This server has no report “${ID}”: /report list shows them.`);
  });

  it('answers a French client in French: a list, a refusal, a DM, a report the shelf does not have, a file it cannot read', async () => {
    const fr = (payload: InteractionPayload): InteractionPayload => ({ ...payload, locale: 'fr' });
    expect((await answer(fr(report('list', {}, ALICE, GUILD_2_ID, MANAGER)), GUILD_2_ID)).final.content).toMatch(/^Je réponds à partir de 1 rapport, partagé par tous\.\nPartagés \(le dossier de l’opérateur\) :/);
    expect((await answer(fr(report('remove', { report: ID }, BOB, GUILD_ID, MEMBER)), GUILD_ID)).first.data?.content).toBe('Seuls les membres qui ont la permission Gérer le serveur peuvent gérer les rapports de ce serveur.');
    expect((await answer(fr(report('list', {}, ALICE, undefined, MANAGER)))).first.data?.content).toMatch(/^\/report fonctionne dans un serveur/);
    expect((await answer(fr(report('remove', { report: ID }, ALICE, GUILD_ID, MANAGER)), GUILD_ID)).final.content).toBe(`Ce serveur n’a pas de rapport “${ID}” : /report list les montre.`);
    // The importer's reason, raised as data in its worker, worded in French here.
    const exe = await answer(fr(report('add', {}, ALICE, GUILD_2_ID, MANAGER, { name: 'notes.exe', size: 2 })), GUILD_2_ID);
    expect(exe.final.content).toBe('Impossible d’importer notes.exe : un fichier .exe n’est pas un format que je sais importer (.html, .htm, .pdf, .docx, .txt, .md ou une adresse http(s))');
    const fake = await answer(fr(report('add', {}, ALICE, GUILD_2_ID, MANAGER, { name: 'notes.pdf', size: 2 })), GUILD_2_ID);
    expect(fake.final.content).toBe('Impossible d’importer notes.pdf : ce n’est pas un PDF : on dirait des données binaires');
    expect(await placeFiles(GUILD_2_ID)).toEqual([]);
  });
});

describe('/report over the Interactions Endpoint URL', () => {
  let server: Server;
  let url: string;
  const keys = interactionKeys();

  beforeAll(async () => {
    const route = discordInteractionsRoute({ context: places.context, reports: new PlaceShelf(places), apiUrl: fake.apiUrl, cooldown: new Cooldown(0), conversations: new ConversationStore(), logger: createLogger('error', () => {}), publicKey: keys.publicKey });
    server = createServer(route.handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** The HTTP response, and the edit that answers a deferral. */
  async function posted(payload: InteractionPayload): Promise<{ response: Body; final: Body }> {
    const since = fake.calls.length;
    const { body } = await postInteraction(url, payload, keys);
    const response = body as Body;
    if (response.type !== 5) return { response, final: response.data ?? {} };
    const edit = await fake.waitForCall((c: RestCall) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${APP_ID}/${payload.token}/messages/@original`, 60_000, since);
    return { response, final: edit.body as Body };
  }

  it('adds, answers in that server only, removes, and refuses a member without Manage Server, as over the gateway', async () => {
    const added = await posted(report('add', {}, ALICE, GUILD_2_ID, MANAGER, { name: 'riverside.md', size: 9000 }));
    expect(added.response).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(added.final.content).toMatch(/^Added “Scanning the stacks/);
    expect(added.final.allowed_mentions).toMatchObject({ parse: [] });
    const asked = await postInteraction(url, slashCommand('who-said', { text: 'broken spines' }, BOB, { guildId: GUILD_2_ID }), keys);
    expect(asked.body?.data?.content).toMatch(/^Maria Lopez .*said it\.$/);
    const elsewhere = await postInteraction(url, slashCommand('who-said', { text: 'broken spines' }, BOB, { guildId: GUILD_ID }), keys);
    expect(elsewhere.body?.data?.content).toMatch(/nothing/);

    const refused = await posted(report('remove', { report: ID }, BOB, GUILD_2_ID, MEMBER));
    expect(refused.response).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: 'Only members with the Manage Server permission can manage this server’s reports.' } });
    expect((await posted(report('remove', { report: ID }, ALICE, GUILD_2_ID, MANAGER))).final.content).toMatch(/^Removed “Scanning the stacks/);
    expect(await placeFiles(GUILD_2_ID)).toEqual([]);
  });

  it('answers a French client in French, refused or answered', async () => {
    const refused = await posted({ ...report('add', {}, BOB, GUILD_2_ID, MEMBER), locale: 'fr' });
    expect(refused.response).toMatchObject({ type: 4, data: { content: 'Seuls les membres qui ont la permission Gérer le serveur peuvent gérer les rapports de ce serveur.' } });
    expect((await posted({ ...report('list', {}, ALICE, GUILD_2_ID, MANAGER), locale: 'fr' })).final.content).toMatch(/^Je réponds à partir de 1 rapport/);
  });
});
