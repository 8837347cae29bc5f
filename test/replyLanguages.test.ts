/**
 * Issue 22, point 4: every sentence the bot writes itself comes from the language modules. Each
 * command's answer to a French asker, over a French report, is rendered as Slack, Discord and
 * the terminal show it; once the report's own words are taken out (passages, names, titles,
 * headings, what was typed), no English word is left. The same answers to an English asker do
 * leave English: the check can fail. Who carries a passage is the bot's sentence around the
 * report's names ("l’auteur, Camille Roux", "une riveraine (nom non précisé dans le rapport)"): only
 * the names and descriptions are taken out. /report is checked the same way on every platform.
 */
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/commands/interpret.ts';
import { importRefused, placeKey, withReportHelp, type ListedReport, type ReportRequest, type ReportShelf } from '../src/commands/report.ts';
import type { ImportProblem } from '../src/language/importProblems.ts';
import { toResult } from '../src/commands/results.ts';
import { answerLine, runChat, terminalAsker } from '../src/console/chat.ts';
import { reportContent, reportRefusal } from '../src/discord/reportCommand.ts';
import { french } from '../src/language/fr.ts';
import { spanish } from '../src/language/es.ts';
import { choicesFor } from '../src/discord/autocomplete.ts';
import { findCommand } from '../src/commands/registry.ts';
import { reportMessage } from '../src/slack/report.ts';
import { noticesFor, NOTICES } from '../src/commands/notices.ts';
import { capitalise, speakerDetail } from '../src/commands/present.ts';
import type { Answer, BotContext, CommandInput, PassageResult, SpeakerSummary } from '../src/commands/types.ts';
import type { Attribution, Passage } from '../src/knowledge/types.ts';
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

/** The descriptions the report gives its unnamed voices ("une riveraine de la rue des tanneurs"): the report's words. */
function descriptions(passages: readonly Passage[]): string[] {
  return passages.flatMap((p) => [p.attribution, ...(p.voices ?? []).map((v) => v.attribution)]).flatMap((a) => (a.kind === 'unnamed' ? [a.label, capitalise(a.label)] : []));
}

/** The part of a role the report gives: the knowledge marks an author's role "author" ("author; editor"), a word of the bot's. */
const reportRole = (role: string | null | undefined) => role?.replace(/^(?:author|auteur)(?:; )?/, '') || null;

/** Everything in an answer that is the report's or the asker's words, not the bot's, longest first. */
function theirWords(answer: Answer): string[] {
  const out: (string | null | undefined)[] = [answer.query];
  const result = (r: PassageResult | null) => {
    if (!r) return;
    // Who carries it: the names and descriptions the report gives, not the words the bot puts around them ("the author, …").
    out.push(r.excerpt.text, r.passage.text, r.passage.section, r.report.title, r.report.source, r.report.author, r.speaker?.name, r.speaker?.organisation, reportRole(r.speaker?.role), ...descriptions([r.passage]));
  };
  /** A speaker's name is the report's when the report names them; else it is the bot's label ("l’auteur (non nommé …)"). */
  const named = (s: SpeakerSummary) => (s.named ? s.name : null);
  /** A speaker's role and organisation as the report gives them: an author's role is the bot's word ("auteur"), left in. */
  const detail = (s: SpeakerSummary) => {
    const role = reportRole(s.role);
    return [role, s.organisation, speakerDetail({ ...s, role })];
  };
  switch (answer.kind) {
    case 'passages':
      answer.results.forEach(result);
      break;
    case 'none':
      for (const s of answer.suggestions) out.push(s.label, s.command);
      break;
    case 'speakers':
      for (const s of answer.speakers) out.push(named(s), ...detail(s));
      break;
    case 'speaker':
      out.push(answer.card.summary.named && answer.card.summary.kind !== 'author' ? answer.card.label : null, named(answer.card.summary), ...detail(answer.card.summary), ...answer.card.names, ...answer.card.reports.map((r) => r.title));
      result(answer.card.introduction);
      break;
    case 'reports':
      for (const { report } of answer.reports) out.push(report.title, report.author, report.event, report.date, report.source, languageLabel(report.language));
      break;
    case 'summary':
      for (const d of answer.digests) {
        out.push(d.report.title, d.report.author, d.report.event, d.report.date, d.report.source);
        for (const s of d.speakers) out.push(named(s), ...detail(s));
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
  ['speakers', { name: 'Camille Roux' }],
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

describe('who carries a passage, said to a French asker', () => {
  /** Every kind of voice on one passage of the French article: each label, rendered as every platform shows it. */
  async function labelled(language: Language = french): Promise<{ answer: Answer; labels: string[] }> {
    const ctx = await contextOf(path.join(FIXTURES, 'fr-article'));
    const passage = ctx.search.knowledge.passages.at(0) as Passage;
    const author = ctx.search.knowledge.speakers.find((s) => s.isAuthor);
    const someone = ctx.search.knowledge.speakers.find((s) => !s.isAuthor);
    if (!author || !someone) throw new Error('the French article has an author and a speaker');
    const voices: Attribution[] = [
      { kind: 'author', speakerId: author.id },
      { kind: 'author', speakerId: null },
      { kind: 'unnamed', label: 'une riveraine' },
      { kind: 'unnamed', label: 'une riveraine', via: 'author' },
      { kind: 'speaker', speakerId: someone.id, via: 'author' },
      { kind: 'speaker', speakerId: 'gone' },
    ];
    const replies = language.replies;
    const results = voices.map((attribution) => toResult(ctx, replies, passage, new Set(), 1, { start: 0, attribution }));
    const answer: Answer = { kind: 'passages', command: 'search', query: '', lead: replies.searchMatches(results.length, '“budget”'), results, lang: 'fr' };
    return { answer, labels: results.map((r) => r.label) };
  }

  it('the author named and not, an unnamed voice, one the author reports, an unknown speaker: no English word', async () => {
    const { answer, labels } = await labelled();
    expect(labels).toEqual([
      'l’auteur, Camille Roux',
      'l’auteur (non nommé dans le rapport)',
      'une riveraine (nom non précisé dans le rapport)',
      'une riveraine (nom non précisé dans le rapport), selon l’auteur, Camille Roux',
      expect.stringMatching(/, selon l’auteur, Camille Roux$/),
      'un intervenant inconnu',
    ]);
    expect(englishLeft(answer), shown(answer)).toEqual([]);
  });

  it('in Spanish too, from the Spanish table', async () => {
    expect((await labelled(spanish)).labels).toEqual([
      'el autor, Camille Roux',
      'el autor (sin nombre en el informe)',
      'une riveraine (sin nombre en el informe)',
      'une riveraine (sin nombre en el informe), según relata el autor, Camille Roux',
      expect.stringMatching(/, según relata el autor, Camille Roux$/),
      'un interlocutor desconocido',
    ]);
  });

  it('Discord’s speaker choices show the label in French, and give the name /quotes resolves', async () => {
    const ctx = await contextOf(path.join(FIXTURES, 'fr-article'));
    const option = findCommand('quotes')?.options.find((o) => o.name === 'speaker');
    if (!option) throw new Error('quotes has a speaker option');
    const unnamed = choicesFor(ctx, option, '', french.replies).find((c) => c.name.startsWith('une riveraine'));
    expect(unnamed?.name).toMatch(/\(nom non précisé dans le rapport\): 1 passage$/);
    expect(runCommand(ctx, 'quotes', { speaker: unnamed?.value ?? '', ...FRENCH }).kind).toBe('passages');
  });

  it('the same labels in English do leave English words (the check can fail)', async () => {
    const { answer } = await labelled();
    if (answer.kind !== 'passages') throw new Error('a passages answer');
    const english = { ...answer, results: answer.results.map((r, i) => ({ ...r, label: ['the author, Camille Roux', 'the author (not named in the report)', 'une riveraine (not named in the report)', 'x, as reported by the author', 'x, as reported by the author', 'an unknown speaker'][i] ?? '' })) };
    expect(englishLeft(english)).toEqual(expect.arrayContaining(['author', 'not', 'named', 'speaker']));
  });

  it('a follow-up names the author in French, and "l’auteur" is a name a question may use', async () => {
    const ctx = await contextOf(path.join(FIXTURES, 'fr-article'));
    const slot = { store: new ConversationStore(), key: 'fr-author' };
    const asked = converse(ctx, "qu'a dit l'auteur ?", slot).answer;
    expect(asked.kind).toBe('passages');
    expect(asked.kind === 'passages' ? asked.results[0]?.label : '').toBe('l’auteur, Camille Roux');
    // "he" is the last answer's person, as the conversation remembers them: "L’auteur, Camille Roux, la suite :".
    const [more] = turnParts(converse(ctx, 'what else did he say?', slot, FRENCH));
    expect(more?.answer.lead).toMatch(/^L’auteur, Camille Roux, la suite :/);
    for (const line of ['why?', 'more']) {
      for (const { answer } of turnParts(converse(ctx, line, slot, FRENCH))) expect(englishLeft(answer), `${line}\n${shown(answer)}`).toEqual([]);
    }
  });
});

/** A place's shelf that adds, lists, removes and shows gaps without reading anything. */
const SHELF: ReportShelf = {
  add: () => Promise.resolve({ id: 'budget-2026', title: 'Le budget des Tanneries', author: 'Camille Roux', format: 'Markdown', sections: 3, passages: 12, speakers: ['Hélène Lefèvre'], unnamedSpeakers: 2, dropped: ['une image'] }),
  list: () => LISTED,
  remove: () => Promise.resolve(LISTED[0] as ListedReport),
  gaps: () => Promise.resolve([
    { place: 'discord-1', kind: 'unanswered', command: 'who-said', question: 'le tramway', count: 3, last: new Date('2026-12-01') },
    { place: 'discord-1', kind: 'disliked', command: 'quotes', question: 'Lefèvre', count: 1, last: new Date('2026-12-02') },
  ]),
};
const LISTED: ListedReport[] = [
  { id: 'budget-2026', title: 'Le budget des Tanneries', author: 'Camille Roux', passages: 12, shared: false, addedBy: '42', addedAt: '2026-12-05T09:00:00.000Z' },
  { id: 'partage', title: 'Les mobilités', author: null, passages: 1, shared: true, addedBy: null, addedAt: null },
];
/**
 * One of each reason an import gives, filled as the importer fills it: a reason without its
 * sample here does not compile. Details are the system's or a library's own words (English).
 */
const IMPORT_PROBLEMS: { [K in ImportProblem['key']]: Extract<ImportProblem, { key: K }> } = {
  notHttp: { key: 'notHttp', extensions: '.html, .pdf' },
  unknownType: { key: 'unknownType', extension: '.exe', extensions: '.html, .pdf' },
  oldWordName: { key: 'oldWordName' },
  empty: { key: 'empty' },
  contentIsNot: { key: 'contentIsNot', expected: 'PDF', content: 'binary' },
  oldWordContent: { key: 'oldWordContent' },
  notAFile: { key: 'notAFile', kind: 'folder' },
  cannotOpen: { key: 'cannotOpen', cause: 'other', detail: 'the disk is on fire' },
  tooLarge: { key: 'tooLarge', what: 'file', size: 30 * 1024 * 1024, limit: 10 * 1024 * 1024 },
  timedOut: { key: 'timedOut', seconds: 30 },
  cannotFetch: { key: 'cannotFetch', what: 'file', detail: 'connect ECONNREFUSED 127.0.0.1:1' },
  brokeOff: { key: 'brokeOff', detail: 'the socket was closed by the other side' },
  tooManyRedirects: { key: 'tooManyRedirects' },
  unreachable: { key: 'unreachable', code: 'ENOTFOUND' },
  notPublic: { key: 'notPublic', host: '10.0.0.7' },
  serverAnswered: { key: 'serverAnswered', what: 'file', status: 403, statusText: 'Not allowed here' },
  notWebPage: { key: 'notWebPage', mediaType: 'application/pdf', downloadIt: true },
  pdfTruncated: { key: 'pdfTruncated' },
  pdfBomb: { key: 'pdfBomb', limit: 10 * 1024 * 1024 },
  pdfUncountable: { key: 'pdfUncountable', detail: 'a stream is in an object that cannot be read', limit: 10 * 1024 * 1024 },
  pdfEncrypted: { key: 'pdfEncrypted' },
  pdfDamaged: { key: 'pdfDamaged' },
  pdfUnreadable: { key: 'pdfUnreadable', detail: 'bad XRef entry' },
  tooManyPages: { key: 'tooManyPages', pages: 1200, limit: 500 },
  noTextLayer: { key: 'noTextLayer', pages: 3 },
  noWordDocument: { key: 'noWordDocument' },
  zipBomb: { key: 'zipBomb', size: 4 * 1024 ** 3, limit: 10 * 1024 * 1024 },
  wordDamaged: { key: 'wordDamaged', detail: 'the zip directory is broken' },
  zipRefused: { key: 'zipRefused', detail: 'the archive holds 20,000 entries, more than the 10,000 allowed' },
  doctype: { key: 'doctype', part: 'word/document.xml' },
  blockTooLarge: { key: 'blockTooLarge', part: 'word/document.xml', block: 'table row', size: 3 * 1024 * 1024, limit: 2 * 1024 * 1024 },
  hasFrontMatter: { key: 'hasFrontMatter' },
  noTitle: { key: 'noTitle' },
  noText: { key: 'noText', extracted: 'article' },
  wouldNotLoad: { key: 'wouldNotLoad', line: 3, detail: 'no paragraphs in the report' },
  reportTooLarge: { key: 'reportTooLarge', size: 12 * 1024 * 1024, limit: 10 * 1024 * 1024 },
  exists: { key: 'exists', target: 'budget-2026.md' },
  cannotCreateFolder: { key: 'cannotCreateFolder', detail: 'EACCES' },
  cannotWrite: { key: 'cannotWrite', detail: 'ENOSPC' },
  outOfMemory: { key: 'outOfMemory', mb: 256 },
};

/** The report's and the asker's words in /report answers: titles, names, ids, what the import left out, the question asked. */
const REPORT_WORDS = ['Le budget des Tanneries', 'Les mobilités', 'Camille Roux', 'Hélène Lefèvre', 'budget-2026', 'une image', 'Markdown', 'le tramway', 'Lefèvre', 'https://example.org/rapport', 'notes.txt'];

/** The English words in a /report answer, once the report's words and the commands and options as typed are taken out. */
function englishInReport(text: string): string[] {
  let left = text;
  for (const words of REPORT_WORDS) left = left.split(words).join(' ');
  left = left.replace(/\/report(?: (?:add|list|remove|gaps))?|\/(?:who-said|quotes|a-propos)|`(?:file|url)`|REPORT\\?_ADMINS|FEEDBACK=off|npm run import|<@\d+>|<[a-z]+>/g, ' ');
  return [...new Set(left.match(ENGLISH_WORD) ?? [])];
}

describe('/report to a French asker', () => {
  const requests: ReportRequest[] = ['add', 'list', 'remove', 'gaps', 'nonsense'].map((subcommand) => ({ subcommand, place: placeKey('discord', '1'), user: '42', mayManage: true, url: subcommand === 'add' ? 'https://example.org/rapport' : undefined, report: 'budget-2026', ...FRENCH }));
  const refused: ReportRequest[] = [
    { subcommand: 'add', place: null, user: '42', mayManage: true, ...FRENCH },
    { subcommand: 'add', place: placeKey('discord', '1'), user: '42', mayManage: false, ...FRENCH },
    { subcommand: 'add', place: placeKey('slack', 'T1'), user: 'U1', mayManage: false, ...FRENCH },
    { subcommand: 'add', place: placeKey('discord', '1'), user: '42', mayManage: true, ...FRENCH },
    { subcommand: 'add', place: placeKey('discord', '1'), user: '42', mayManage: true, url: 'https://example.org/rapport', file: { url: 'https://cdn.example/notes.txt', name: 'notes.txt', size: 2 }, ...FRENCH },
  ];

  it('on Discord: add, list, remove, gaps and every refusal', async () => {
    for (const request of [...requests, ...refused]) {
      const content = await reportContent(SHELF, request);
      expect(englishInReport(content), content).toEqual([]);
    }
    for (const refusal of [reportRefusal(null, true, SHELF, FRENCH), reportRefusal('discord-1', false, SHELF, FRENCH), reportRefusal('discord-1', true, undefined, FRENCH)]) expect(englishInReport(refusal ?? ''), refusal ?? '').toEqual([]);
  });

  it('on Slack: add, list, remove, gaps, refusals, and a bot that keeps no reports', async () => {
    for (const request of [...requests, ...refused, { ...requests[1] as ReportRequest, place: placeKey('slack', 'T1') }]) {
      const message = await reportMessage(request, { reports: SHELF });
      expect(englishInReport(`${message.text}\n${JSON.stringify(message.blocks)}`.replace(/"(?:type|text|section|mrkdwn)"/g, ' ')), message.text).toEqual([]);
    }
    const none = await reportMessage({ ...requests[1] as ReportRequest, place: placeKey('slack', 'T1') }, {});
    expect(englishInReport(none.text), none.text).toEqual([]);
  });

  it('in the terminal, whose locale says French', async () => {
    const ctx = await contextOf(path.join(FIXTURES, 'fr-article'));
    const asker = terminalAsker({ LANG: 'fr_FR.UTF-8' });
    expect(asker).toEqual(FRENCH);
    const title = ctx.search.knowledge.reports[0]?.title ?? '';
    for (const line of ['/report', '/report list', '/report add https://example.org/rapport']) {
      const text = answerLine(ctx, line, false, null, asker);
      expect(englishInReport(text.split(title).join(' ')), text).toEqual([]);
    }
    // The chat's own lines: its greeting, its goodbye, a line it failed to answer.
    const said = french.replies.terminal;
    for (const text of [said.welcome(`“${title}”`, 25), said.bye, said.failed('EPIPE')]) expect(englishInReport(text.split(title).join(' ').replace(/\/quit|Ctrl-D|EPIPE/g, ' ')), text).toEqual([]);
    // Piped into the chat, as `npm start` reads it: /report and a question, both in French.
    const input = new PassThrough();
    const output = new PassThrough();
    let shownText = '';
    output.on('data', (d: Buffer) => (shownText += d.toString()));
    const done = runChat(() => ctx, { input, output }, undefined, asker);
    input.end('/report\nqui a dit que le budget ne suffira pas ?\n');
    await done;
    expect(shownText).toMatch(/^Je réponds à partir de 1 rapport/);
    expect(shownText).toMatch(/l'a dit\./);
  });

  it('every /report sentence of the French table, whatever fills it: the shelf’s refusals too', () => {
    const said = french.replies.report;
    const texts = [
      ...Object.values(said).filter((v): v is string => typeof v === 'string'),
      ...(['server', 'workspace'] as const).flatMap((where) => [
        said.noShelf(where), said.added('“Le budget des Tanneries”', 'Camille Roux', where), said.added('“Les mobilités”', null, where), said.exists(where, 'budget-2026', '“Les mobilités”'),
        said.noSuch(where, '“budget-2026”'), said.notLoaded(where), said.removing(where),
      ]),
      said.working('https://example.org/rapport'), said.noFileAddress('notes.txt'), said.read('Markdown', 3, 12, ['Hélène Lefèvre'], 2), said.read('Markdown', 1, 1, [], 0), said.leftOut(['une image']),
      said.removed('“Les mobilités”'), said.listLead(2, 1, 1), said.listLead(1, 0, 1), said.listed('“Les mobilités”', 'Camille Roux', 2), said.addedBy('<@42>', '2026-12-05 09:00 UTC', 'budget-2026'), said.user('42'),
      said.gap(3, 'unanswered', '/who-said', '“le tramway”', '2026-12-01'), said.gap(1, 'disliked', '/quotes', '“Lefèvre”', '2026-12-02'), said.terminalOnly('add'),
      said.sharedNotYours('“Les mobilités”'), said.cannotAdd('notes.txt', said.notLoaded('server')), said.cannotImport('notes.txt', 'une image'),
    ];
    for (const text of texts) expect(englishInReport(text.replace(/\d+ MB/g, ' ')), text).toEqual([]);
  });

  it('every reason an import refuses a file, raised as data, on Discord and on Slack', async () => {
    for (const reason of Object.values(IMPORT_PROBLEMS)) {
      const shelf: ReportShelf = { ...SHELF, add: () => Promise.reject(importRefused('notes.txt', reason)) };
      const request = requests[0] as ReportRequest;
      const content = await reportContent(shelf, request);
      expect(content, reason.key).toMatch(/^Impossible d’importer notes\.txt : /);
      expect(englishInReport(content), content).toEqual([]);
      const message = await reportMessage({ ...request, place: placeKey('slack', 'T1') }, { reports: shelf });
      expect(englishInReport(`${message.text}\n${JSON.stringify(message.blocks)}`.replace(/"(?:type|text|section|mrkdwn)"/g, ' ')), message.text).toEqual([]);
    }
  });

  it('the same answers to an English asker do leave English words (the check can fail)', async () => {
    const content = await reportContent(SHELF, { ...requests[1] as ReportRequest, lang: 'en' });
    expect(englishInReport(content)).not.toEqual([]);
    const refused = await reportContent({ ...SHELF, add: () => Promise.reject(importRefused('notes.txt', IMPORT_PROBLEMS.pdfEncrypted)) }, { ...requests[0] as ReportRequest, lang: 'en' });
    expect(englishInReport(refused)).not.toEqual([]);
  });
});

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
