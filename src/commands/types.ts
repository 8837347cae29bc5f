import type { Passage, Report, Speaker } from '../knowledge/types.ts';
import type { PassageSearch } from '../search/passageSearch.ts';
import type { Marked } from '../search/excerpt.ts';

/** What a command needs to answer: one consistent snapshot of the knowledge and its index. */
export interface BotContext {
  search: PassageSearch;
  /** Names this snapshot: the same folder and build give the same version on every copy of the bot. */
  version: string;
}

export interface OptionSpec<Name extends string = string> {
  name: Name;
  description: string;
  required: boolean;
  /** Where autocomplete takes its choices from. */
  autocomplete?: 'speaker' | 'topic' | 'passage' | 'report';
  maxLength: number;
}

/** The values a user gave, by option name; absent options are missing. */
export type Input<Name extends string> = { [K in Name]?: string };

/** Any command's input, for code that goes through a command's options one by one. */
export type CommandInput = Input<string>;

/**
 * A command. `Option` names its options, so that its input is read by names the compiler
 * checks; `Hidden` names values no platform shows as an option, set only by how a question
 * was read (search's `decide`).
 */
export interface CommandSpec<Name extends string = string, Option extends string = string, Hidden extends string = string> {
  name: Name;
  description: string;
  options: readonly OptionSpec<Option>[];
  /** The names of its hidden values, so that the compiler knows them from the command itself. */
  hidden?: readonly Hidden[];
  /** One example as a user would type it (help shows one from the loaded reports where it can). */
  example: string;
  /** Reads the text after "/name " in a terminal or a DM into option values. */
  parseText(rest: string): Input<NoInfer<Option>>;
  run(ctx: BotContext, input: Input<Option | Hidden> & Asker): Answer;
}

/** What a platform says of whoever asks, beside the options: the language to answer in (its locale, "fr"). */
export interface Asker {
  lang?: string;
}

/**
 * What parseText returns, with each key that names none of the command's options typed `never`:
 * a misspelt key is a compile error rather than a value that refOf drops without a word.
 */
type OptionsOnly<Parsed, Option extends string> = Parsed & { [K in Exclude<keyof Parsed, Option>]: never };

/**
 * Takes a command's option names from its options and its hidden names from `hidden`, so that
 * its run reads no other name and its parseText returns no other.
 */
export function defineCommand<const Name extends string, const Option extends string = never, const Hidden extends string = never, Parsed extends Input<Option> = Input<Option>>(
  spec: CommandSpec<Name, Option, Hidden> & { parseText(rest: string): OptionsOnly<Parsed, Option> },
): CommandSpec<Name, Option, Hidden> {
  return spec;
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
  /** A person (or organisation) the report names; false for descriptions and an author it does not name. */
  named: boolean;
  passages: number;
}

/** Who someone is in the reports: "who is Tony Iams?". */
export interface SpeakerCard {
  summary: SpeakerSummary;
  /** Who, as a reader would say it: "Tony Iams (analyst)". */
  label: string;
  speaker: Speaker | null;
  /** The names the text uses for them: "Tony Iams", "Iams". */
  names: string[];
  reports: Report[];
  /** The passage that introduces them: the first naming them in full, else the first they speak. */
  introduction: PassageResult | null;
}

export interface ReportSummary {
  report: Report;
  speakers: number;
  findings: number;
}

/** One section of a report in a summary: its heading and the one sentence of its own that says most of it. */
export interface SectionGist {
  /** The `##` heading; null for the passages before the first heading. */
  heading: string | null;
  passages: number;
  /** A whole sentence of the section as written (never words of ours), or null when it has none to show. */
  readonly gist: string | null;
  /** The passage the sentence comes from. */
  readonly source: Passage | null;
}

/** What one report is, who speaks in it, what each section says, and what it finds: /summary. */
export interface ReportDigest {
  report: Report;
  /** Everyone who speaks in it, most passages first; the author last. */
  speakers: SpeakerSummary[];
  sections: SectionGist[];
  /** How many findings it presents. */
  findings: number;
  /** Its first findings, in report order (all of them when they are few). */
  shownFindings: PassageResult[];
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
  /** The answer to the second part of a two-part question ("who is X and what did he say about Y?"). */
  then?: Answer;
  /** The language of the bot's own sentences, as platforms show them around the answer ("fr"); English when absent. */
  lang?: string;
}

export type Answer =
  | (AnswerBase & { kind: 'passages'; results: PassageResult[]; note?: string })
  | (AnswerBase & { kind: 'none'; suggestions: Suggestion[] })
  | (AnswerBase & { kind: 'speakers'; speakers: SpeakerSummary[] })
  | (AnswerBase & { kind: 'speaker'; card: SpeakerCard })
  | (AnswerBase & { kind: 'reports'; reports: ReportSummary[] })
  | (AnswerBase & { kind: 'help'; commands: CommandHelp[]; freeText: string[] })
  /**
   * `full`: one report, every section (platforms page the sections). Otherwise several reports,
   * a short summary of each (platforms page the reports); `note` says how to pick one.
   */
  | (AnswerBase & { kind: 'summary'; digests: ReportDigest[]; full: boolean; note?: string });

/** A /summary answer: one shape for every platform's renderer. */
export type SummaryAnswer = Extract<Answer, { kind: 'summary' }>;
