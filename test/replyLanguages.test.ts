/**
 * Issue 22, point 4: every sentence the bot writes itself comes from the language modules. Each
 * command's answer to a French asker, over a French report, is rendered as Slack, Discord and
 * the terminal show it; once the report's own words are taken out (passages, names, titles,
 * headings, what was typed), no English word is left. The same answers to an English asker do
 * leave English: the check can fail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/commands/interpret.ts';
import { placeKey, withReportHelp } from '../src/commands/report.ts';
import { noticesFor, NOTICES } from '../src/commands/notices.ts';
import { capitalise, speakerDetail } from '../src/commands/present.ts';
import type { Answer, BotContext, CommandInput, PassageResult } from '../src/commands/types.ts';
import { renderText } from '../src/console/render.ts';
import { converse, turnParts } from '../src/conversation/converse.ts';
import { ConversationStore } from '../src/conversation/store.ts';
import { renderPage as discordPage } from '../src/discord/answerView.ts';
import { Cooldown } from '../src/discord/cooldown.ts';
import { pageButtonIds, voteIds } from '../src/discord/customIds.ts';
import { respond, WHO_SAID_THIS, type Outgoing } from '../src/discord/respond.ts';
import { english } from '../src/language/en.ts';
import { LANGUAGES, languageLabel, type Language } from '../src/language/index.ts';
import { answerMessage } from '../src/slack/message.ts';
import { FIXTURES, contextOf } from './support/context.ts';

/** Words only English has: none of them is French, and none may be left in a French answer. */
const ENGLISH = [
  'the', 'and', 'of', 'by', 'with', 'is', 'in', 'more', 'here', 'who', 'what', 'not', 'one', 'no', 'said', 'wrote', 'says', 'try', 'also', 'close',
  'finding', 'findings', 'speaker', 'speakers', 'report', 'reports', 'match', 'matches', 'tell', 'example', 'showing', 'first', 'nothing',
  'called', 'know', 'answer', 'mentioning', 'previous', 'next', 'share', 'helpful', 'author', 'event', 'language', 'named', 'introduced',
  'besides', 'speaks', 'sorry', 'thanks', 'feedback', 'forgotten', 'ask', 'away', 'paragraph', 'words', 'else', 'only', 'about', 'e.g',
];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}'’-])(?:${ENGLISH.map((w) => w.replace('.', '\\.')).join('|')})(?![\\p{L}'’-])`, 'giu');

const FRENCH = { lang: 'fr' };

/** Everything in an answer that is the report's or the asker's words, not the bot's, longest first. */
function theirWords(answer: Answer): string[] {
  const out: (string | null | undefined)[] = [answer.query];
  const result = (r: PassageResult | null) => {
    if (!r) return;
    // Who carries a passage is its JSON `label`, as the knowledge names them ("the author, …"): the report's reading, not a sentence of the bot's.
    out.push(r.label, capitalise(r.label), r.excerpt.text, r.passage.text, r.passage.section, r.report.title, r.report.source, r.speaker?.name, r.speaker?.organisation, r.speaker?.role);
  };
  switch (answer.kind) {
    case 'passages':
      answer.results.forEach(result);
      break;
    case 'none':
      for (const s of answer.suggestions) out.push(s.label, s.command);
      break;
    case 'speakers':
      for (const s of answer.speakers) out.push(s.name, s.organisation, s.role, speakerDetail(s));
      break;
    case 'speaker':
      out.push(answer.card.label, answer.card.summary.name, answer.card.summary.organisation, answer.card.summary.role, ...answer.card.names, ...answer.card.reports.map((r) => r.title));
      result(answer.card.introduction);
      break;
    case 'reports':
      for (const { report } of answer.reports) out.push(report.title, report.author, report.event, report.date, report.source, languageLabel(report.language));
      break;
    case 'summary':
      for (const d of answer.digests) {
        out.push(d.report.title, d.report.author, d.report.event, d.report.date, d.report.source);
        for (const s of d.speakers) out.push(s.name, s.organisation, s.role, speakerDetail(s));
        for (const s of d.sections) out.push(s.heading, s.gist);
        d.shownFindings.forEach(result);
      }
      break;
    case 'help':
      // Command lines as typed ("/citations Lefèvre about budget"), not sentences.
      for (const c of answer.commands) out.push(c.usage, c.example);
      break;
  }
  if (answer.then) out.push(...theirWords(answer.then));
  return [...new Set(out.filter((t): t is string => Boolean(t)))].sort((a, b) => b.length - a.length);
}

/** What Slack, Discord and the terminal show of an answer, page one, marks and escapes undone. */
function shown(answer: Answer): string {
  const slack = answerMessage(answer, { command: 'help', input: {} }, { owner: 'U1', shareable: true });
  const discord = discordPage(answer);
  const texts = [
    slack.text,
    JSON.stringify(slack.blocks),
    discord.content,
    JSON.stringify(discord.embeds),
    renderText(answer),
  ];
  return texts.join('\n').replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The English words left once the report's and the asker's words are taken out. */
function englishLeft(answer: Answer): string[] {
  let text = shown(answer).replace(/[*_`]/g, '');
  for (const words of theirWords(answer)) text = text.split(words.replace(/[*_`]/g, '')).join(' ');
  // The message shortcut's name, as the Slack manifest and Discord's command data give it.
  text = text.split('Who said this?').join(' ');
  // Block Kit's and Discord's own field names, and the action ids, are not shown words.
  text = text.replace(/"(?:type|text|elements|fields|action_id|value|style|name|inline|title|description|color|author|footer|emoji|mrkdwn|section|context|actions|button|plain_text|primary)"/g, ' ');
  text = text.replace(/\b(?:mrkdwn|plain_text|section|context|actions|button|primary|answer\.[a-z_]+|share\|[^"]*|page\|[^"]*|vote\|[^"]*|help\|[^"]*)\b/g, ' ');
  return [...new Set(text.match(ENGLISH_WORD) ?? [])];
}

const COMMANDS: [string, CommandInput][] = [
  ['who-said', { text: 'le budget ne suffira pas à terminer les travaux' }],
  ['who-said', { text: 'zzz qqq xxw' }],
  ['who-said', { text: '' }],
  ['search', { text: 'acier' }],
  ['search', { text: 'acierr canalisationns' }],
  ['search', { text: '' }],
  ['quotes', { speaker: 'Lefèvre' }],
  ['quotes', { speaker: 'Lefèvre', topic: 'budget' }],
  ['quotes', { speaker: 'Lefèvre', topic: 'football' }],
  ['quotes', { speaker: 'Personne Inconnue' }],
  ['quotes', { speaker: '' }],
  ['findings', {}],
  ['findings', { topic: 'retard' }],
  ['findings', { topic: 'football' }],
  ['speakers', {}],
  ['speakers', { name: 'Hélène Lefèvre' }],
  ['about', {}],
  ['summary', {}],
  ['help', {}],
  ['new', {}],
  ['no-such-command', {}],
];

describe('the bot’s own sentences in French', () => {
  const article = () => contextOf(path.join(FIXTURES, 'fr-article'));

  it.each(COMMANDS.map(([name, input]) => [`/${name} ${JSON.stringify(input)}`, name, input] as const))('%s: no English word around the report’s', async (_, name, input) => {
    const ctx = await article();
    // As Slack shows it in a workspace: help lists /report there.
    const answer = withReportHelp(runCommand(ctx, name, { ...input, ...FRENCH }), placeKey('slack', 'T1'));
    expect(answer.lead).not.toBe('');
    expect(englishLeft(answer), shown(answer)).toEqual([]);
  });

  it('the same answers to an English asker do leave English words (the check can fail)', async () => {
    const ctx = await article();
    const missed = COMMANDS.filter(([name, input]) => englishLeft(withReportHelp(runCommand(ctx, name, { ...input, lang: 'en' }), placeKey('slack', 'T1'))).length === 0);
    expect(missed).toEqual([]);
  });

  it('follow-ups, typed in English by a French-locale asker, are led in French', async () => {
    const ctx: BotContext = await article();
    const slot = { store: new ConversationStore(), key: 'fr-asker' };
    const lines = ['who said le budget ne suffira pas?', 'what else did she say?', 'why?', 'who else said that?', 'more', 'what did the other one say?', 'and about la facture?'];
    for (const line of lines) {
      for (const { answer } of turnParts(converse(ctx, line, slot, FRENCH))) expect(englishLeft(answer), `${line}\n${shown(answer)}`).toEqual([]);
    }
    const lost = converse(ctx, 'what else did she say?', null, FRENCH).answer;
    expect(lost.lead).toMatch(/^Je ne sais pas/);
    expect(englishLeft(lost)).toEqual([]);
  });

  it('notices and feedback thanks', () => {
    const french = noticesFor(FRENCH);
    for (const [key, text] of Object.entries(french)) {
      expect(text, key).not.toBe(NOTICES[key as keyof typeof NOTICES]);
      expect(text.match(ENGLISH_WORD), `${key}: ${text}`).toBeNull();
    }
  });
});

describe('Discord: what a French client is told privately', () => {
  it('vote thanks, someone else’s pages, a page turned, an empty message, a command too fast', async () => {
    const ctx = await contextOf(path.join(FIXTURES, 'fr-article'));
    const deps = { context: () => ctx, cooldown: new Cooldown(60), conversations: new ConversationStore() };
    const place = { guild: null, channel: null };
    const content = (out: Outgoing) => (out.type === 'reply' || out.type === 'update' ? (out.payload.content ?? '') : '');
    const message = { ephemeral: true, content: '', embeds: [], components: [] };
    const ref = { command: 'findings' as const, input: {} };
    expect(content(respond({ kind: 'button', customId: voteIds(ref).up, user: 'B', guild: null, message, asker: FRENCH }, deps))).toBe(noticesFor(FRENCH).votedThanks);
    const ids = pageButtonIds(1, 'A', ref, () => ({ ctx, answer: runCommand(ctx, 'findings', {}) }));
    expect(content(respond({ kind: 'button', customId: ids.next, user: 'B', guild: null, message, asker: FRENCH }, deps))).toBe(noticesFor(FRENCH).notYourPages);
    const turned = respond({ kind: 'button', customId: ids.next, user: 'A', guild: null, message, asker: FRENCH }, deps);
    expect(turned.type === 'update' ? JSON.stringify(turned.payload.components) : '').toContain('Précédent');
    expect(content(respond({ kind: 'menu', name: WHO_SAID_THIS, targetText: ' ', user: 'A', place, asker: FRENCH }, deps))).toBe(noticesFor(FRENCH).noText);
    const ask = () => respond({ kind: 'command', name: 'findings', options: { ...FRENCH }, user: 'C', place }, deps);
    expect(content(ask())).toMatch(/^6 conclusions dans 1 rapport\.$/);
    expect(content(ask())).toMatch(/^Vous posez vos questions un peu vite : attendez \d+ s et réessayez\.$/);
    expect(content(respond({ kind: 'command', name: 'gone', options: { ...FRENCH }, user: 'D', place }, deps))).toBe('Je ne connais plus /gone : les commandes ne sont peut-être plus à jour. Essayez /aide.');
  });
});

/** Every key of a table, nested keys as "a.b", sorted. */
function keysOf(table: object, prefix = ''): string[] {
  return Object.entries(table)
    .flatMap(([key, value]) => (value && typeof value === 'object' && !Array.isArray(value) ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('every language gives every sentence', () => {
  it('the same keys as English, at every depth, each a sentence or a function of one', () => {
    for (const language of LANGUAGES) expect(keysOf(language.replies), language.code).toEqual(keysOf(english.replies));
  });

  it('a language missing a sentence does not compile (tsc checks this file)', () => {
    const { saidIt: _dropped, ...rest } = english.replies;
    // @ts-expect-error: `replies` lacks saidIt, so this is not a Language.
    const broken: Language = { ...english, replies: rest };
    expect(keysOf(broken.replies)).not.toContain('saidIt');
  });

  it('every language but English names every command', () => {
    for (const language of LANGUAGES.filter((l) => l !== english)) expect(Object.keys(language.commands ?? {}).sort(), language.code).toEqual(['about', 'findings', 'help', 'new', 'quotes', 'search', 'speakers', 'summary', 'who-said']);
  });
});
