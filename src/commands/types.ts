import type { Passage, Report, Speaker } from '../knowledge/types.ts';
import type { PassageSearch } from '../search/passageSearch.ts';
import type { Marked } from '../search/excerpt.ts';

/** What a command needs to answer: one consistent snapshot of the knowledge and its index. */
export interface BotContext {
  search: PassageSearch;
}

export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  /** Where autocomplete takes its choices from. */
  autocomplete?: 'speaker' | 'topic' | 'passage';
  maxLength: number;
}

/** The values a user gave, by option name; absent options are missing. */
export type CommandInput = Record<string, string | undefined>;

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** One example as a user would type it. */
  example: string;
  /** Reads the text after "/name " in a terminal or a DM into option values. */
  parseText(rest: string): CommandInput;
  run(ctx: BotContext, input: CommandInput): Answer;
}

export type AttributionKind = 'speaker' | 'author' | 'unnamed';

export interface PassageResult {
  passage: Passage;
  report: Report;
  speaker: Speaker | null;
  attribution: AttributionKind;
  /** Who, as a reader would say it: "Simon Crosby (XenSource)", "the author, Bernard Golden". */
  label: string;
  excerpt: Marked;
  score: number;
}

export interface Suggestion {
  label: string;
  /** The command that follows the suggestion, as text. */
  command: string;
}

export interface SpeakerSummary {
  key: string;
  name: string;
  organisation: string | null;
  role: string | null;
  kind: AttributionKind;
  passages: number;
}

export interface ReportSummary {
  report: Report;
  speakers: number;
  findings: number;
}

export interface CommandHelp {
  usage: string;
  description: string;
  example: string;
}

interface AnswerBase {
  command: string;
  query: string;
  /** One line that answers the question; the rest is detail. */
  lead: string;
}

export type Answer =
  | (AnswerBase & { kind: 'passages'; results: PassageResult[]; note?: string })
  | (AnswerBase & { kind: 'none'; suggestions: Suggestion[] })
  | (AnswerBase & { kind: 'speakers'; speakers: SpeakerSummary[] })
  | (AnswerBase & { kind: 'reports'; reports: ReportSummary[] })
  | (AnswerBase & { kind: 'help'; commands: CommandHelp[]; freeText: string[] });
