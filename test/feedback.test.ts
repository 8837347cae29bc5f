/**
 * Feedback: 👍 and 👎 under each answer, through the real discord.js client of the real bot
 * against the fake Discord on 127.0.0.1; 👎 and "nothing matches" recorded (the question, the
 * place, the command, the passages; never who), shown by /report gaps; FEEDBACK=off keeps
 * nothing; entries past FEEDBACK_DAYS are dropped; the file stays bounded.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { NOTICES } from '../src/commands/notices.ts';
import { runReport } from '../src/commands/report.ts';
import { ConversationStore } from '../src/conversation/store.ts';
import type { Bot } from '../src/discord/bot.ts';
import { Cooldown } from '../src/discord/cooldown.ts';
import { voteIds } from '../src/discord/customIds.ts';
import { respond } from '../src/discord/respond.ts';
import { Feedback, type FeedbackEntry } from '../src/runtime/feedback.ts';
import { feedbackFileOf, FileFeedbackStore, MAX_FILE_BYTES } from '../src/runtime/feedbackFile.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { readConfig } from '../src/runtime/config.ts';
import { PlaceShelf } from '../src/runtime/placeShelf.ts';
import { Places } from '../src/runtime/places.ts';
import { startPlacesBot } from './support/bot.ts';
import { BUNDLED } from './support/context.ts';
import { APP_ID, FakeDiscord, GUILD_ID, user, type RestCall } from './support/fakeDiscord.ts';
import { buttonClick, sentMessage, slashCommand, type InteractionPayload } from './support/payloads.ts';
import { runTs } from './support/run.ts';
import { limitProblems } from './support/discordLimits.ts';
import { docBlockAfter } from './support/docBlocks.ts';

const ALICE = user('600000000000000006', 'alice');
const BOB = user('600000000000000007', 'bob');
const EPHEMERAL = 64;
const MANAGER = 2248473465835073n | 32n;
const PLACE = `discord-${GUILD_ID}`;
const DAY_MS = 86_400_000;

interface Body {
  type?: number;
  content?: string;
  flags?: number;
  allowed_mentions?: { parse: string[] };
  embeds?: { description?: string }[];
  components?: { components: { custom_id: string; emoji?: { name: string } }[] }[];
  data?: Body;
}

let dir: string;
let fake: FakeDiscord;
let shared: KnowledgeBase;
let places: Places;
let feedback: Feedback;
let bot: Bot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-feedback-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  const logger = createLogger('error', () => {});
  shared = await KnowledgeBase.open(dir, logger);
  places = await Places.open(shared, logger);
  feedback = new Feedback(new FileFeedbackStore(feedbackFileOf(dir)), logger, { days: 30 });
  fake = await new FakeDiscord().start();
  bot = await startPlacesBot(fake, places, { reports: new PlaceShelf(places, { feedback }), feedback });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await places?.close();
  shared?.close();
  await rm(dir, { recursive: true, force: true });
});

async function interact(payload: InteractionPayload): Promise<Body> {
  fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
  const first = (await fake.callbackOf(payload.id)).body as Body;
  if (first.type !== 5) return first;
  const edit = await fake.waitForCall((c: RestCall) => c.method === 'PATCH' && c.path.includes(`/webhooks/${APP_ID}/${payload.token}/messages/@original`), 30_000);
  // A deferral's flags stay the message's: the edit that answers it does not repeat them.
  return { type: 5, data: { ...(edit.body as Body), flags: first.data?.flags } };
}

/** What the file holds now, once it holds `count` entries (a record never holds an answer up). */
async function recorded(file: string, count: number): Promise<{ text: string; entries: Record<string, unknown>[] }> {
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const entries = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    if (entries.length >= count) return { text, entries };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function gaps(who = ALICE, permissions = MANAGER): InteractionPayload {
  const base = slashCommand('report', {}, who, { guildId: GUILD_ID });
  return { ...base, member: { ...(base.member as Record<string, unknown>), permissions: String(permissions) }, data: { ...(base.data as Record<string, unknown>), options: [{ name: 'gaps', type: 1, options: [] }] } };
}

describe('👍 and 👎 under an answer', () => {
  let answer: Body;

  it('come on a row of their own, within Discord’s limits, with no mention', async () => {
    answer = await interact(slashCommand('who-said', { text: 'glue layers GPL' }, ALICE));
    const data = answer.data ?? {};
    expect(data.content).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    const votes = data.components?.at(-1)?.components ?? [];
    expect(votes.map((b) => b.emoji?.name)).toEqual(['👍', '👎']);
    expect(limitProblems(data)).toEqual([]);
    expect(data.allowed_mentions).toMatchObject({ parse: [] });
    for (const row of data.components ?? []) for (const b of row.components) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const long = voteIds({ command: 'who-said', input: { text: 'virtualization '.repeat(40) } });
    expect(Math.max(long.up.length, long.down.length)).toBeLessThanOrEqual(100);
  });

  it('👎 is thanked privately, and recorded with the question and passages, never who voted', async () => {
    const down = answer.data?.components?.at(-1)?.components[1]?.custom_id ?? '';
    const thanks = await interact(buttonClick(down, sentMessage(answer.data ?? {}), BOB));
    expect(thanks).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: NOTICES.dislikedThanks } });
    const { text, entries } = await recorded(feedbackFileOf(dir), 1);
    expect(entries[0]).toEqual({ at: expect.any(String), place: PLACE, kind: 'disliked', command: 'who-said', question: 'glue layers GPL', passages: expect.arrayContaining([expect.stringMatching(/^linuxworld#\d+$/)]) });
    expect(Object.keys(entries[0] ?? {})).not.toContain('user');
    expect(text).not.toContain(BOB.id);
    expect(text).not.toContain(ALICE.id);
  });

  it('👍 is thanked privately and records nothing', async () => {
    const up = answer.data?.components?.at(-1)?.components[0]?.custom_id ?? '';
    const thanks = await interact(buttonClick(up, sentMessage(answer.data ?? {}), BOB));
    expect(thanks).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: NOTICES.votedThanks } });
  });

  it('a question nothing matches is recorded, without a vote', async () => {
    const none = await interact(slashCommand('who-said', { text: 'blockchain will replace the hypervisor' }, ALICE));
    expect(none.data?.content).toMatch(/^The report has nothing that matches/);
    expect(none.data?.components ?? []).toEqual([]);
    const { entries } = await recorded(feedbackFileOf(dir), 2);
    expect(entries.slice(1)).toEqual([{ at: expect.any(String), place: PLACE, kind: 'unanswered', command: 'who-said', question: 'blockchain will replace the hypervisor', passages: [] }]);
  });

  it('/report gaps shows them to a member with Manage Server, privately; not to others', async () => {
    await interact(slashCommand('who-said', { text: 'Blockchain  will replace the hypervisor' }, BOB));
    await recorded(feedbackFileOf(dir), 3);
    const shown = await interact(gaps());
    expect(shown.data?.flags).toBe(EPHEMERAL);
    const lines = (shown.data?.content ?? '').split('\n');
    expect(lines[0]).toBe('The questions asked here that the reports did not answer well, most frequent first:');
    expect(lines[1]).toMatch(/^\\- 2× unanswered · \/who-said “blockchain will replace the hypervisor” · last \d{4}-\d\d-\d\d$/);
    expect(lines[2]).toMatch(/^\\- 1× 👎 · \/who-said “glue layers GPL” · last /);
    // The command reference shows this answer as Discord renders it, on the day it was run.
    const rendered = lines.map((line) => line.replace(/^\\-/, '-').replace(/\d{4}-\d\d-\d\d$/, 'DATE'));
    expect(rendered).toEqual(docBlockAfter('docs/commands.md', 'FEEDBACK_DAYS` (see [Feedback]').map((line) => line.replace(/\d{4}-\d\d-\d\d$/, 'DATE')));
    expect(shown.data?.allowed_mentions).toMatchObject({ parse: [] });
    const refused = await interact(gaps(BOB, 2248473465835073n));
    expect(refused).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: 'Only members with the Manage Server permission can manage this server’s reports.' } });
  });
});

describe('npm run gaps', () => {
  it('prints every place’s gaps for the operator, the DMs’ too', async () => {
    const { code, stdout } = await runTs('src/gaps.ts', ['--knowledge', dir]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(PLACE);
    expect(lines[1]).toMatch(/^- 2× unanswered · \/who-said “blockchain will replace the hypervisor” · last \d{4}-\d\d-\d\d$/);
    expect(lines[2]).toMatch(/^- 1× 👎 · \/who-said “glue layers GPL” · last /);
  });
});

describe('what is kept, and for how long', () => {
  const logger = createLogger('error', () => {});

  it('FEEDBACK=off: nothing is recorded, a 👎 is only thanked, and /report gaps says so', async () => {
    const before = await readFile(feedbackFileOf(dir), 'utf8');
    const off = new Feedback(null, logger, { days: 30 });
    const deps = { context: places.context, cooldown: new Cooldown(0), conversations: new ConversationStore(), feedback: off };
    const place = { guild: GUILD_ID, channel: null };
    respond({ kind: 'command', name: 'who-said', options: { text: 'blockchain will replace the hypervisor' }, user: ALICE.id, place }, deps);
    const down = voteIds({ command: 'who-said', input: { text: 'glue layers GPL' } }).down;
    const voted = respond({ kind: 'button', customId: down, user: BOB.id, guild: GUILD_ID, message: { ephemeral: false, content: '', embeds: [], components: [] } }, deps);
    expect(voted).toMatchObject({ type: 'reply', payload: { content: NOTICES.votedThanks, flags: EPHEMERAL } });
    await off.record({ place: PLACE, kind: 'disliked', command: 'who-said', question: 'x', passages: [] });
    expect(await readFile(feedbackFileOf(dir), 'utf8')).toBe(before);
    const answer = await runReport(new PlaceShelf(places, { feedback: off }), { subcommand: 'gaps', place: PLACE, user: ALICE.id, mayManage: true });
    expect(answer.lead).toBe('Feedback is not recorded on this bot (FEEDBACK=off), so there are no gaps to show.');
  });

  it('FEEDBACK and FEEDBACK_DAYS are read from the environment; a wrong value is named', () => {
    const feedbackOf = (env: Record<string, string>) => {
      const result = readConfig(env);
      return result.ok ? result.config.feedback : result.problems;
    };
    expect(feedbackOf({})).toEqual({ enabled: true, days: 30 });
    expect(feedbackOf({ FEEDBACK: 'OFF', FEEDBACK_DAYS: '7' })).toEqual({ enabled: false, days: 7 });
    expect(feedbackOf({ FEEDBACK: 'no' })).toEqual(['FEEDBACK must be "on" (the default) or "off"; it is "no".']);
    expect(feedbackOf({ FEEDBACK_DAYS: '0.5' })).toEqual(['FEEDBACK_DAYS must be a whole number of days from 1 to 3650 (default 30); it is "0.5".']);
  });

  it('a question is kept on one line, without control characters, to 300 characters', async () => {
    const store = new FileFeedbackStore(path.join(dir, 'clean', 'feedback.jsonl'));
    await new Feedback(store, logger, { days: 30 }).record({ place: PLACE, kind: 'unanswered', command: 'search', question: `\u001b[31mred\u0007 and\n\nbold ${'x'.repeat(400)}`, passages: [] });
    const { entries } = await recorded(store.file, 1);
    expect(entries[0]?.question).toBe(`[31mred and bold ${'x'.repeat(300 - 'red and bold '.length - 4)}`);
  });

  it('entries older than FEEDBACK_DAYS are dropped', async () => {
    const store = new FileFeedbackStore(path.join(dir, 'days', 'feedback.jsonl'));
    const now = Date.now();
    const entry = { place: PLACE, kind: 'unanswered' as const, command: 'search', passages: [] };
    await new Feedback(store, logger, { days: 30, now: () => new Date(now - 31 * DAY_MS) }).record({ ...entry, question: 'a month ago' });
    await new Feedback(store, logger, { days: 30, now: () => new Date(now - 29 * DAY_MS) }).record({ ...entry, question: 'within the month' });
    const today = new Feedback(store, logger, { days: 30, now: () => new Date(now) });
    await today.record({ ...entry, question: 'today' });
    const { entries } = await recorded(store.file, 2);
    expect(entries.map((e) => e.question)).toEqual(['within the month', 'today']);
    expect((await today.gaps(PLACE)).map((g) => g.question)).toEqual(['today', 'within the month']);
  });

  it('the file is bounded: reaching MAX_FILE_BYTES, it keeps the newest entries that fit in half', async () => {
    const store = new FileFeedbackStore(path.join(dir, 'bound', 'feedback.jsonl'));
    const at = new Date();
    const line = (i: number) => `${JSON.stringify({ at, place: PLACE, kind: 'unanswered', command: 'search', question: `q${i} ${'x'.repeat(200)}`, passages: [] } satisfies FeedbackEntry)}\n`;
    const count = Math.ceil(MAX_FILE_BYTES / line(0).length);
    await mkdir(path.dirname(store.file));
    await writeFile(store.file, Array.from({ length: count }, (_, i) => line(i)).join(''));
    await store.add({ at, place: PLACE, kind: 'unanswered', command: 'search', question: 'newest', passages: [] });
    const { text, entries } = await recorded(store.file, 1);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES / 2 + 1000);
    expect(entries.at(-2)?.question).toMatch(new RegExp(`^q${count - 1} `));
    expect(entries.at(-1)?.question).toBe('newest');
  });
});
