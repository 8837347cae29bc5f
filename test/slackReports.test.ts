/**
 * /report in Slack end to end: the real Bolt app of the real bot against the fake Slack on
 * 127.0.0.1, pages and files served from 127.0.0.1 too. A workspace admin adds a report by URL
 * and by sharing a file in a DM; it answers in that workspace only, lists, and is removed;
 * members are refused, REPORT_ADMINS grants, and bad input gets a clear private answer with
 * nothing written. In HTTP mode, and a second copy in Socket Mode over the same places for the
 * acknowledgement and the answer there (slack.test.ts covers the transports themselves).
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { PlaceShelf } from '../src/runtime/placeShelf.ts';
import { Places } from '../src/runtime/places.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { TEAM_ID, type SlackCall } from './support/fakeSlack.ts';
import { serveFiles, type FileServer } from './support/fileServer.ts';
import { useSlack, type SlackEnv } from './support/slack.ts';
import { ALICE, BOB, directMessage, eventCallback, mention, slashCommand } from './support/slackPayloads.ts';
import { until } from './support/wait.ts';
import { blockProblems } from './support/slackLimits.ts';

/** In REPORT_ADMINS, not an admin of the workspace. */
const CAROL = 'U0000CAROL0';
const TEAM_2 = 'T0000000002';
const ID = 'scanning-the-stacks-how-a-city-library-is-digitising-a-century-of-newspapers';
const PAGE_ID = 'dredging-the-old-harbour';
/** A web page to add by URL: a report neither the shared folder nor the fixtures hold. */
const PAGE = `<html><head><title>Dredging the old harbour</title><meta name="author" content="Tomas Reyes"></head><body><article><h1>Dredging the old harbour</h1>
<p>The town council voted on Tuesday to dredge the old harbour before the autumn storms, after fishing crews complained that their boats were running aground at low tide.</p>
<p>“The silt is choking the moorings, and every spring tide makes it worse,” said harbour master Ines Duarte, who has asked for the work for three years.</p>
<p>The dredging will cost about 400,000 euros, according to Karl Weber, the council's treasurer, who said the money would come from the port reserve.</p>
</article></body></html>`;
const ADDED = /^Added “Scanning the stacks: how a city library is digitising a century of newspapers” by Priya Raman: I answer from it in this workspace now\./;
const REFUSED = 'Only workspace admins and owners, and the people named in REPORT_ADMINS, can add or remove this workspace’s reports or see its gaps. Anyone may /report list.';

let dir: string;
let web: FileServer;
let shared: KnowledgeBase;
let places: Places;
let release: () => void = () => {};
const held = new Promise<void>((resolve) => (release = resolve));

const env = useSlack('http', undefined, async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-slack-places-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  web = await serveFiles({ 'harbour.html': { body: PAGE, type: 'text/html; charset=utf-8' }, 'notes.exe': { body: 'MZ' }, 'broken.md': { status: 500 }, 'slow.md': { status: 404, held } });
  const logger = createLogger('error', () => {});
  shared = await KnowledgeBase.open(dir, logger);
  places = await Places.open(shared, logger);
  return { ctx: shared.current(), context: places.context, reports: { shelf: new PlaceShelf(places, { privateAddresses: true }), admins: [CAROL] } };
});

/** A second copy of the app over the same places, in Socket Mode: /report answers there the same way. */
const socket = useSlack('socket', undefined, async () => ({ ctx: shared.current(), context: places.context, reports: { shelf: new PlaceShelf(places, { privateAddresses: true }), admins: [CAROL] } }));

beforeAll(() => {
  env.fake.admins.add(ALICE);
});

afterAll(async () => {
  release();
  await web?.close();
  await places?.close();
  shared?.close();
  await rm(dir, { recursive: true, force: true });
});

const placeFiles = (team: string) => readdir(path.join(dir, 'places', `slack-${team}`)).catch(() => [] as string[]);

/** What a message shows: its sections' text, or its text when it has no blocks. */
function shown(call: SlackCall | { body: Record<string, unknown> }): string {
  const { text, blocks } = call.body as { text?: string; blocks?: { text?: { text: string } }[] };
  return blocks?.length ? blocks.map((b) => b.text?.text ?? '').join('\n') : (text ?? '');
}

/** A slash command in `team`; resolves with its acknowledgement and, for /report, the private answer through its response URL. */
async function command(name: string, text: string, user: string, team = TEAM_ID, via: SlackEnv = env): Promise<{ ack: Record<string, unknown> | null; answer: string }> {
  const url = via.fake.responseUrl();
  const delivery = await via.command({ ...slashCommand(name, text, user, url), team_id: team });
  expect(delivery.status).toBe(200);
  if (name !== '/report') return { ack: delivery.body, answer: shown({ body: delivery.body ?? {} }) };
  const response = await via.fake.waitForCall((c) => c.kind === 'response' && c.name === url.split('/').pop(), 60_000);
  expect(response.body).toMatchObject({ response_type: 'ephemeral' });
  expect(blockProblems(response.body)).toEqual([]);
  return { ack: delivery.body, answer: shown(response) };
}

const report = (text: string, user: string, team = TEAM_ID) => command('/report', text, user, team).then((r) => r.answer);
const whoSaid = (text: string, team = TEAM_ID) => command('/who-said', text, BOB, team).then((r) => r.answer);

/** A file shared in a DM with the bot; resolves with the answer in its thread. */
async function shareInDm(user: string, file: Record<string, unknown>): Promise<SlackCall> {
  const message = directMessage('', user, { subtype: 'file_share', files: [file] });
  const since = env.fake.calls.length;
  expect((await env.event(eventCallback(message))).status).toBe(200);
  return env.fake.waitForCall((c) => c.kind === 'api' && c.name === 'chat.postMessage' && c.body.thread_ts === message.ts, 60_000, since);
}

describe('/report in a Slack workspace', () => {
  it('refuses a member who is not an admin, privately; anyone may list', async () => {
    expect(await report(`add ${web.url('harbour.html')}`, BOB)).toBe(REFUSED);
    expect(await report('remove anything', BOB)).toBe(REFUSED);
    expect(await report('gaps', BOB)).toBe(REFUSED);
    expect(await report('list', BOB)).toMatch(/^I answer from 1 report, shared by every place\./);
    expect(await placeFiles(TEAM_ID)).toEqual([]);
    expect(web.hits.get('harbour.html')).toBeUndefined();
  });

  it('adds a web page for an admin, saying what it read; it answers in that workspace only', async () => {
    const { ack, answer } = await command('/report', `add ${web.url('harbour.html')}`, ALICE);
    expect(ack).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Working on \/report add http:\/\/127\.0\.0\.1:\d+\/harbour\.html: the answer comes here in a few seconds\.$/) });
    expect(answer).toMatch(/^Added “Dredging the old harbour” by Tomas Reyes: I answer from it in this workspace now\.\nweb page · 0 sections, 3 passages · speakers found: Ines Duarte, Karl Weber$/);
    expect(await placeFiles(TEAM_ID)).toEqual([`${PAGE_ID}.md`]);

    expect(await whoSaid('silt choking the moorings')).toContain('*moorings*');
    expect(await whoSaid('silt choking the moorings', TEAM_2)).toMatch(/nothing/);
    // A question in a DM of the workspace reads its reports too.
    const question = directMessage('who said the silt is choking the moorings?', BOB);
    const since = env.fake.calls.length;
    await env.event(eventCallback(question));
    expect(shown(await env.fake.waitForCall((c) => c.name === 'chat.postMessage', 10_000, since))).toContain('*moorings*');
  });

  it('lists the workspace’s own reports to anyone, with who added each; another workspace sees only the shared one', async () => {
    const list = await report('list', BOB);
    expect(list).toMatch(/^I answer here from 2 reports: 1 added here, 1 shared by every place\./);
    expect(list).toContain(`added by <@${ALICE}> on `);
    expect(list).toContain(`id ${PAGE_ID}`);
    const other = await report('list', BOB, TEAM_2);
    expect(other).toMatch(/^I answer from 1 report, shared by every place\./);
    expect(other).not.toContain('Dredging');
  });

  it('says clearly what went wrong with a bad page, an unreadable type, a second import, and writes nothing', async () => {
    expect(await report(`add ${web.url('broken.md')}`, ALICE, TEAM_2)).toMatch(/^Cannot import http:\/\/127\.0\.0\.1:\d+\/broken\.md: .*500/);
    expect(await report(`add ${web.url('notes.exe')}`, ALICE, TEAM_2)).toMatch(/^Cannot import .*notes\.exe: /);
    expect(await report(`add ${web.url('harbour.html')}`, ALICE)).toMatch(/^This workspace already has a report named dredging-the-old-harbour/);
    expect(await report('add', ALICE, TEAM_2)).toMatch(/^Give the address of a web page/);
    expect(await report('frobnicate', ALICE, TEAM_2)).toBe('I know /report add, /report list, /report remove and /report gaps.');

    // The first import holds its download open: a second in the same workspace is refused, in another it would go ahead.
    const first = command('/report', `add ${web.url('slow.md')}`, ALICE, TEAM_2);
    await until(() => web.hits.get('slow.md') === 1);
    expect(await report(`add ${web.url('harbour.html')}`, ALICE, TEAM_2)).toBe('An import is already running here: wait for it to finish (its answer says when), then try again.');
    release();
    expect((await first).answer).toMatch(/^Cannot import .*slow\.md: .*404/);
    expect(await placeFiles(TEAM_2)).toEqual([]);
    expect(await whoSaid('silt choking the moorings')).toContain('*moorings*');
  });

  it('removes a report for an admin: gone from the answers; asked again, it is not there', async () => {
    expect(await report(`remove ${PAGE_ID}`, ALICE)).toMatch(/^Removed “Dredging the old harbour”: I no longer answer from it here\.$/);
    expect(await placeFiles(TEAM_ID)).toEqual([]);
    expect(await whoSaid('silt choking the moorings')).toMatch(/nothing/);
    expect(await report(`remove ${PAGE_ID}`, ALICE)).toBe(`This workspace has no report “${PAGE_ID}”: /report list shows them.`);
  });

  it('lets the people in REPORT_ADMINS manage any workspace', async () => {
    expect(await report('gaps', CAROL, TEAM_2)).toMatch(/^Feedback is not recorded/);
    expect(await report('remove nothing-here', CAROL, TEAM_2)).toBe('This workspace has no report “nothing-here”: /report list shows them.');
  });

  it('/help lists /report', async () => {
    expect((await command('/help', '', BOB)).answer).toContain('*/report* add|list|remove|gaps');
  });
});

describe('a file shared with the bot', () => {
  it('is imported from Slack with the bot token when an admin shares it in a DM, answered in its thread', async () => {
    env.fake.files.set('riverside.md', { body: await readFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md')), type: 'text/markdown' });
    const answer = await shareInDm(ALICE, { id: 'F0000000001', name: 'riverside.md', size: 2635, url_private_download: env.fake.fileUrl('riverside.md') });
    expect(shown(answer)).toMatch(ADDED);
    expect(env.fake.calls.find((c) => c.kind === 'files')?.status).toBe(200);
    expect(await placeFiles(TEAM_ID)).toEqual([`${ID}.md`]);
    expect(await whoSaid('broken spines')).toMatch(/^Maria Lopez/);
    expect(await report(`remove ${ID}`, ALICE)).toMatch(/^Removed/);
  });

  it('finds a file named by its id alone (files.info)', async () => {
    const answer = await shareInDm(ALICE, { id: 'riverside.md' });
    expect(shown(answer)).toMatch(ADDED);
    expect(await report(`remove ${ID}`, ALICE)).toMatch(/^Removed/);
  });

  it('is imported when shared in a channel with a mention, answered in the thread to the sharer alone; a member is refused there', async () => {
    const refused = mention('', BOB, { files: [{ id: 'riverside.md' }] });
    let since = env.fake.calls.length;
    await env.event(eventCallback(refused));
    const ephemeral = await env.fake.waitForCall((c) => c.name === 'chat.postEphemeral', 10_000, since);
    expect(ephemeral.body).toMatchObject({ user: BOB, thread_ts: refused.ts, text: REFUSED });

    const shared = mention('', ALICE, { files: [{ id: 'riverside.md' }] });
    since = env.fake.calls.length;
    await env.event(eventCallback(shared));
    const answer = await env.fake.waitForCall((c) => c.name === 'chat.postEphemeral' && c.body.thread_ts === shared.ts, 60_000, since);
    expect(answer.body.user).toBe(ALICE);
    expect(shown(answer)).toMatch(ADDED);
    expect(await report(`remove ${ID}`, ALICE)).toMatch(/^Removed/);
  });

  it('answers a French-locale user in French: a list, a refusal, an add under way, a file over the limit, and why a file was not added', async () => {
    const member = 'U0000FRANC1';
    const admin = 'U0000FRANC2';
    env.fake.locales.set(member, 'fr-FR');
    env.fake.locales.set(admin, 'fr-FR');
    env.fake.admins.add(admin);
    expect(await report('list', member)).toMatch(/^Je réponds à partir de 1 rapport, partagé par tous\./);
    expect(await report('gaps', member)).toBe('Seuls les administrateurs et propriétaires de l’espace de travail, et les personnes nommées dans REPORT_ADMINS, peuvent y ajouter ou retirer des rapports ou voir ses lacunes. Tout le monde peut faire /report list.');
    expect(await report('add', admin)).toMatch(/^Donnez l’adresse d’une page web/);
    const { ack, answer } = await command('/report', 'add https://127.0.0.1:1/nothing.html', admin);
    expect(ack?.text).toMatch(/^\/report add https:\/\/127\.0\.0\.1:1\/nothing\.html en cours : la réponse arrive ici/);
    expect(answer).toMatch(/^Impossible d’importer https:\/\/127\.0\.0\.1:1\/nothing\.html : impossible de récupérer la page$/);
    const huge = await shareInDm(admin, { id: 'F0000000009', name: 'huge.pdf', size: 50 * 1024 * 1024, url_private_download: env.fake.fileUrl('huge.pdf') });
    expect(shown(huge)).toMatch(/^Impossible d’importer huge\.pdf : le fichier fait 50 Mo, plus que la limite de 10 Mo$/);
    // The importer's reasons, raised as data in its worker, worded in French here.
    env.fake.files.set('notes.exe', { body: 'MZ' });
    const exe = await shareInDm(admin, { id: 'F0000000010', name: 'notes.exe', size: 2, url_private_download: env.fake.fileUrl('notes.exe') });
    expect(shown(exe)).toBe('Impossible d’importer notes.exe : un fichier .exe n’est pas un format que je sais importer (.html, .htm, .pdf, .docx, .txt, .md ou une adresse http(s))');
    const gone = await shareInDm(admin, { id: 'F0000000011', name: 'gone.md', size: 20, url_private_download: env.fake.fileUrl('gone.md') });
    expect(shown(gone)).toBe('Impossible d’importer gone.md : le serveur a répondu 404 au lieu de donner le fichier');
    expect(await placeFiles(TEAM_ID)).toEqual([]);
  });

  it('refuses a member, and a file over the limit before fetching it', async () => {
    const fetched = () => env.fake.calls.filter((c) => c.kind === 'files').length;
    const before = fetched();
    expect(shown(await shareInDm(BOB, { id: 'F0000000002', name: 'riverside.md', size: 2635, url_private_download: env.fake.fileUrl('riverside.md') }))).toBe(REFUSED);
    expect(shown(await shareInDm(ALICE, { id: 'F0000000003', name: 'huge.pdf', size: 50 * 1024 * 1024, url_private_download: env.fake.fileUrl('huge.pdf') }))).toMatch(/^Cannot import huge\.pdf: the file is 50 MB, more than the 10 MB limit/);
    expect(fetched()).toBe(before);
    expect(await placeFiles(TEAM_ID)).toEqual([]);
  });

  it('says why a file it cannot read, or cannot fetch, was not added, and writes nothing', async () => {
    env.fake.files.set('notes.exe', { body: 'MZ' });
    expect(shown(await shareInDm(ALICE, { id: 'F0000000004', name: 'notes.exe', size: 2, url_private_download: env.fake.fileUrl('notes.exe') }))).toMatch(/^Cannot import notes\.exe: a \.exe file is /);
    expect(shown(await shareInDm(ALICE, { id: 'F0000000005', name: 'gone.md', size: 20, url_private_download: env.fake.fileUrl('gone.md') }))).toMatch(/^Cannot import gone\.md: the server answered 404/);
    expect(shown(await shareInDm(ALICE, { id: 'F0000000006', name: 'elsewhere.md', size: 20, url_private_download: 'https://files.example/elsewhere.md' }))).toMatch(/^Cannot import elsewhere\.md: Slack did not say where to fetch it from/);
    expect(await placeFiles(TEAM_ID)).toEqual([]);
    expect(await report('list', BOB)).toMatch(/^I answer from 1 report, shared by every place\./);
  });
});

describe('/report over Socket Mode', () => {
  it('acknowledges at once and answers through the response URL, with the same rules', async () => {
    const list = await command('/report', 'list', BOB, TEAM_ID, socket);
    expect(list.ack).toBeNull();
    expect(list.answer).toMatch(/^I answer from 1 report, shared by every place\./);
    expect((await command('/report', 'gaps', BOB, TEAM_ID, socket)).answer).toBe(REFUSED);
    expect((await command('/report', 'gaps', CAROL, TEAM_ID, socket)).answer).toMatch(/^Feedback is not recorded/);
  });
});
