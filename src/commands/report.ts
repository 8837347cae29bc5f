/**
 * /report: a place's own reports, added, listed and removed from chat. Defined once here, as
 * the other commands are (registry.ts), and rendered by each platform; unlike them it changes
 * what a place answers from, so it runs against a ReportShelf (the runtime's) rather than one
 * snapshot of the knowledge, and it may take seconds (an import).
 */
import { problemSaid, type ImportProblem } from '../language/importProblems.ts';
import { DEFAULT_LANGUAGE, type Replies } from '../language/index.ts';
import type { Place, ReportReplies } from '../language/types.ts';
import { repliesFor } from './answers.ts';
import { repliesOf } from './present.ts';
import type { Answer, Asker, BotContext } from './types.ts';

/** A Discord server or a Slack workspace: the reports added there answer only there. */
export type Platform = 'discord' | 'slack';

/** The folder name of a place's reports (`knowledge/places/<key>/`), and its key everywhere else. */
export function placeKey(platform: Platform, id: string): string {
  return `${platform}-${id}`;
}

/** A place's key as written by placeKey: anything else is not a place's folder. */
export const PLACE_KEY = /^(?:discord|slack)-[A-Za-z0-9]{1,40}$/;

/** What each platform calls a place: the answers say it in its people's words. */
const PLACE_WORDS = { discord: 'server', slack: 'workspace' } as const satisfies Record<Platform, Place>;

/** The platform of a place's key (Discord when it cannot tell). */
const platformOf = (place: string): Platform => (place.startsWith('slack-') ? 'slack' : 'discord');

/** "server" or "workspace", from a place's key. */
export function placeWord(place: string): Place {
  return PLACE_WORDS[platformOf(place)];
}

export interface ReportOptionSpec {
  name: string;
  description: string;
  kind: 'attachment' | 'text';
  required: boolean;
  /** Choices from this place's own reports. */
  autocomplete?: boolean;
  maxLength?: number;
}

export interface ReportSubcommand {
  name: 'add' | 'list' | 'remove' | 'gaps';
  description: string;
  options: ReportOptionSpec[];
}

export const REPORT_COMMAND: { name: 'report'; description: string; subcommands: ReportSubcommand[] } = {
  name: 'report',
  description: "This server's own reports: add one from a file or a web page, list, remove, see what they lack",
  subcommands: [
    {
      name: 'add',
      description: 'Add a report from a file (PDF, Word, HTML, Markdown, text) or a web page',
      options: [
        { name: 'file', description: 'The report: a PDF, Word .docx, .html, .md or .txt file', kind: 'attachment', required: false },
        { name: 'url', description: 'The address of a web page to add instead of a file', kind: 'text', required: false, maxLength: 2000 },
      ],
    },
    { name: 'list', description: 'The reports this server answers from, who added each and when', options: [] },
    { name: 'remove', description: "Remove one of this server's reports", options: [{ name: 'report', description: 'The report to remove', kind: 'text', required: true, autocomplete: true, maxLength: 200 }] },
    { name: 'gaps', description: 'The questions asked here most often that no report answered, or that got 👎', options: [] },
  ],
};

/** One report a place answers from. */
export interface ListedReport {
  /** Its file name without `.md`: what `remove` is given. */
  id: string;
  title: string;
  author: string | null;
  passages: number;
  /** The operator's knowledge folder (every place), or this place's own. */
  shared: boolean;
  /** For a place's own: the platform's id of who added it, and when (ISO 8601). */
  addedBy: string | null;
  addedAt: string | null;
}

/** What an add read: as `npm run import` says it. */
export interface AddedReport {
  id: string;
  title: string;
  author: string | null;
  format: string;
  sections: number;
  passages: number;
  speakers: string[];
  unnamedSpeakers: number;
  dropped: string[];
}

/** Where an added report comes from: a file sent with the command, or a web page. */
export type ReportSource = { kind: 'file'; url: string; name: string; size: number | null; headers?: Record<string, string> } | { kind: 'url'; url: string };

/**
 * A refusal or a failure the person asking should read: said to them in their language
 * (`said`, from their reply table); its message, for logs, is the English.
 */
export class ReportProblem extends Error {
  constructor(readonly said: (replies: Replies) => string) {
    super(said(DEFAULT_LANGUAGE.replies));
  }
}

/**
 * Why an import refused a document (its reason as data, from the importer or its worker), said
 * in the asker's language. English is `npm run import`'s, whose command-line flags and the
 * advice to change them mean nothing in chat: they are left out (the other languages name none).
 */
export function importRefused(shown: string, reason: ImportProblem): ReportProblem {
  return new ReportProblem((r) => r.report.cannotImport(shown, problemSaid(r.importProblems, reason).replace(/ \(--[a-z-]+\)/g, '').replace(/lower --[a-z-]+, or /g, '')));
}

/** Why a question is kept as feedback: nothing answered it, or someone marked its answer 👎. */
export type FeedbackKind = 'unanswered' | 'disliked';

/** One question asked again and again, or disliked again and again, in one place: what /report gaps lists. */
export interface Gap {
  place: string | null;
  kind: FeedbackKind;
  command: string;
  question: string;
  count: number;
  last: Date;
}

/** The reports of each place: kept by the runtime (places on disk), used by every platform. */
export interface ReportShelf {
  add(place: string, source: ReportSource, by: string): Promise<AddedReport>;
  list(place: string | null): ListedReport[];
  remove(place: string, id: string): Promise<ListedReport>;
  /** What the place's reports lack: its most frequent unanswered and disliked questions; null when no feedback is kept. */
  gaps(place: string): Promise<Gap[] | null>;
  /** Has the place's own reports in memory for `list` (a place is loaded at its first use); a ReportProblem when it is still loading. */
  ready?(place: string): Promise<void>;
}

export interface ReportRequest {
  subcommand: string;
  /** The place asked in; null in a DM or the terminal. */
  place: string | null;
  user: string;
  /** Whether the platform says this person may manage the place (Manage Server in Discord). */
  mayManage: boolean;
  /** A file the platform holds; `headers` are what fetching it needs (Slack's private files: the bot token). */
  file?: { url: string; name: string; size: number | null; headers?: Record<string, string> };
  url?: string;
  report?: string;
  /** The asker's language, as the platform says it (Discord's interaction locale, Slack's user locale). */
  lang?: string;
}

/** A /report answer: its lead, then its detail lines; always for the asker only. */
export interface ReportAnswer {
  lead: string;
  lines: string[];
}

/** Runs one /report request, answered in the asker's language; a ReportProblem becomes its answer, anything else is the caller's to log. */
export async function runReport(shelf: ReportShelf, request: ReportRequest, who?: (user: string) => string): Promise<ReportAnswer> {
  const { place } = request;
  const replies = repliesFor({ lang: request.lang });
  const said = replies.report;
  if (!place) return { lead: said.notInPlace, lines: [] };
  // Listing changes nothing and shows only what the place already answers from.
  if (!request.mayManage && request.subcommand !== 'list') return { lead: notAllowed(place, said), lines: [] };
  try {
    switch (request.subcommand) {
      case 'add':
        return addedAnswer(await shelf.add(place, sourceOf(request), request.user), placeWord(place), said);
      case 'list':
        await shelf.ready?.(place);
        return listAnswer(shelf.list(place), said, who);
      case 'remove': {
        const removed = await shelf.remove(place, (request.report ?? '').trim());
        return { lead: said.removed(titled(removed.title)), lines: [] };
      }
      case 'gaps':
        return gapsAnswer(await shelf.gaps(place), said);
      default:
        return { lead: said.unknownSubcommand, lines: [] };
    }
  } catch (error) {
    if (error instanceof ReportProblem) return { lead: error.said(replies), lines: [] };
    throw error;
  }
}

/** A report's title in quotation marks, whole: the platform fits the message. */
export const titled = (title: string): string => `“${title}”`;

function sourceOf({ file, url }: ReportRequest): ReportSource {
  const address = url?.trim();
  if (file && address) throw new ReportProblem((r) => r.report.addOne);
  if (file) return { kind: 'file', ...file };
  if (address) return { kind: 'url', url: address };
  throw new ReportProblem((r) => r.report.addWhat);
}

/** The refusal of a change by someone who may not make it, in the place's platform's words. */
export function notAllowed(place: string, said: ReportReplies): string {
  return platformOf(place) === 'slack' ? said.notAllowedSlack : said.notAllowed;
}

export function addedAnswer(added: AddedReport, where: Place, said: ReportReplies): ReportAnswer {
  return {
    lead: said.added(titled(added.title), added.author, where),
    lines: [said.read(added.format, added.sections, added.passages, added.speakers, added.unnamedSpeakers), ...(added.dropped.length ? [said.leftOut(added.dropped)] : [])],
  };
}

/** This place's reports first (the ones /report remove takes), then the shared ones. */
export function listAnswer(reports: ListedReport[], said: ReportReplies, who: (user: string) => string = said.user): ReportAnswer {
  const own = reports.filter((r) => !r.shared);
  const shared = reports.filter((r) => r.shared);
  const line = (r: ListedReport) => said.listed(titled(r.title), r.author, r.passages);
  return {
    lead: said.listLead(reports.length, own.length, shared.length),
    lines: [
      ...(own.length ? [said.addedHere, ...own.map((r) => `- ${line(r)} · ${said.addedBy(r.addedBy ? who(r.addedBy) : said.someone, r.addedAt ? `${r.addedAt.slice(0, 16).replace('T', ' ')} UTC` : null, r.id)}`)] : []),
      ...(shared.length ? [said.sharedHeading, ...shared.map((r) => `- ${line(r)}`)] : []),
    ],
  };
}

/** The gaps, most frequent first: what to add a report about, or which answers mislead. */
export function gapsAnswer(gaps: Gap[] | null, said: ReportReplies): ReportAnswer {
  if (gaps === null) return { lead: said.gapsOff, lines: [] };
  if (!gaps.length) return { lead: said.gapsNone, lines: [] };
  return {
    lead: said.gapsLead,
    lines: gaps.map((g) => `- ${said.gap(g.count, g.kind, `/${g.command}`, `“${g.question}”`, g.last.toISOString().slice(0, 10))}`),
  };
}

/** The terminal's /report: the shared reports are all it answers from, and it is no server to add to. */
export function terminalReport(ctx: BotContext, rest: string, asker: Asker = {}): ReportAnswer {
  const said = repliesFor(asker).report;
  const subcommand = rest.trim().split(/\s+/)[0]?.toLowerCase() || 'list';
  if (subcommand !== 'list') return { lead: said.terminalOnly(subcommand), lines: [] };
  return listAnswer(ctx.search.knowledge.reports.map((r) => ({ id: r.id, title: r.title, author: r.author, passages: r.passageCount, shared: true, addedBy: null, addedAt: null })), said);
}

/** A help answer with /report in it when it was asked in a place (a server or a workspace, where it can be used); any other answer as it is. */
export function withReportHelp(answer: Answer, place: string | null): Answer {
  if (answer.kind !== 'help' || !place) return answer;
  const report = { usage: '/report add|list|remove|gaps', description: repliesOf(answer).reportHelp(placeWord(place)), example: '/report list' };
  return { ...answer, commands: [...answer.commands, report] };
}

/** A character no report text or user id holds. */
const MARK = '\u0001';
const MARKED = new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g');

/** Marks a user's id in an answer's text (runReport's `who`): a platform makes the text inert, then turns each mark into its mention with usersMarked. */
export const markUser = (user: string): string => `${MARK}${user}${MARK}`;

/** The text with each user marked by markUser as `mention` says. */
export function usersMarked(text: string, mention: (user: string) => string): string {
  return text.replace(MARKED, (_all, user: string) => mention(user));
}

/** The report answer as plain text: the terminal, and a platform's message. */
export function reportText(answer: ReportAnswer): string {
  return [answer.lead, ...answer.lines].join('\n');
}
