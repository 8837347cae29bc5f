import Fuse from 'fuse.js';
import { COMMANDS, findCommand, refOf, type AnswerRef } from './registry.ts';
import type { Answer, Asker, BotContext, CommandInput, CommandSpec } from './types.ts';
import { languageOf } from './answers.ts';
import { quoted } from './results.ts';
import { POLITE_OPENING } from '../language/englishQuestions.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Frame, type Language } from '../language/index.ts';
import { unwrapChat } from './chatWrapping.ts';
import { stem } from '../search/text.ts';

export type Invocation = AnswerRef | { unknown: string };

/** Whether a name in a question stands for a speaker (a name, an organisation, a role). */
export type Knows = (name: string) => boolean;
/** Whether the report uses a word as it is spelt: then it is never read as chat spelling. */
export type Uses = (word: string) => boolean;

/** Spellings people type for a command, to its real name. */
const ALIASES: Record<string, string> = {
  whosaid: 'who-said',
  who_said: 'who-said',
  who: 'who-said',
  finding: 'findings',
  quote: 'quotes',
  speaker: 'speakers',
  reports: 'about',
  find: 'search',
  s: 'search',
  h: 'help',
  '?': 'help',
};

/** The commands' names in the other languages, as a French client shows them: "/qui-a-dit" is who-said in a DM or the terminal too. */
const LOCAL_NAMES = new Map(LANGUAGES.flatMap((l) => Object.entries(l.commands ?? {}).map(([name, local]): [string, string] => [local.name, name])));

const MAX_QUESTION = 500;
/** How a question opens (or ends): what optionText reads for a topic. */
const LOOKS_LIKE_A_QUESTION =
  /^(?:(?:can|could|would|will|do|does|did|is|are|was|were|has|have|please|hey|hi|ok|okay|so|tell|show|i)\b|who|what|which|where|when|why|how|anything|any\b|everything|findings?|search|find|look|quotes?|according|key|main)|\?\s*$/i;

function fromFrame(frame: Frame): AnswerRef {
  switch (frame.command) {
    case 'who-said':
      return { command: frame.command, input: { text: frame.text } };
    case 'search':
      return { command: frame.command, input: { text: frame.text, decide: frame.decide ? 'yes' : undefined } };
    case 'findings':
      return { command: 'findings', input: { topic: frame.topic, speaker: frame.speaker } };
    case 'quotes':
      return { command: 'quotes', input: { speaker: frame.speaker, topic: frame.topic } };
    case 'card':
      return { command: 'speakers', input: { name: frame.name } };
    case 'summary':
      return { command: 'summary', input: { report: frame.report } };
    default:
      return { command: frame.command, input: {} };
  }
}

/** The first frame a question fits, read without its politeness and final punctuation. */
export function frameOf(text: string, knows: Knows): Frame | null {
  return framedOf(text, knows)?.frame ?? null;
}

/** frameOf, with the language whose frame it is: the asker's language, to answer in. */
function framedOf(text: string, knows: Knows): { frame: Frame; language: Language } | null {
  // "what did the security talk actually cover?": adverbs of emphasis say nothing about what is asked.
  const question = text.replace(/[?!.\s]+$/, '').replace(/^[¿¡\s]+/, '').replace(POLITE_OPENING, '').replace(/\s+(?:actually|really|exactly|basically|even|ever|overall)\b/gi, '').trim();
  for (const language of LANGUAGES) {
    for (const [pattern, make] of language.frames) {
      const m = pattern.exec(question);
      if (!m) continue;
      const frame = make(m, knows);
      if (frame) return { frame, language };
    }
  }
  return null;
}

/** One space for any run of white space: the patterns that read a line then cannot backtrack through a long run of spaces. */
export function oneSpaced(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * Understands a line as a user types it: "/who-said ...", "who said ...?", "who spoke about
 * X?", "what did the analyst say about Y?", "is there anything about Z?", "who is Tony Iams?",
 * "findings about consolidation", "help"; anything else is a search. `unwrapped`: the line
 * already without its chat wrapping (unwrapChat of it one-spaced), where the caller has read it
 * so: unwrapping runs every chat pattern over the message, once is enough.
 */
export function interpret(line: string, knows: Knows = () => false, uses: Uses = () => false, unwrapped?: string): Invocation {
  const typed = oneSpaced(line);
  const text = typed.startsWith('/') || typed.length > MAX_QUESTION ? typed : (unwrapped ?? unwrapChat(typed, uses));
  if (text.startsWith('/')) {
    const [, rawName = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    const lower = rawName.toLowerCase();
    // "/who said X" is how people type /who-said when the dash slips.
    if (lower === 'who' && /^said\b/i.test(rest)) return { command: 'who-said', input: { text: rest.replace(/^said\s*/i, '') } };
    const spec = findCommand(lower) ?? findCommand(ALIASES[lower] ?? LOCAL_NAMES.get(lower) ?? '');
    if (!spec) return { unknown: rawName };
    return refOf(spec, namedOptions(spec, rest) ?? spec.parseText(rest.trim()));
  }
  // A question is a sentence; a page of text is something to search for.
  if (text.length > MAX_QUESTION) return { command: 'search', input: { text } };
  const framed = framedOf(text, knows);
  if (!framed) return { command: 'search', input: { text } };
  const ref = fromFrame(framed.frame);
  // "¿qué pide Ramón Echeverría?": a name alone cannot tell the language the question was asked in; its frame can.
  if (framed.language !== DEFAULT_LANGUAGE) (ref.input as CommandInput).lang = framed.language.code;
  return ref;
}

/** Discord-style "speaker:Crosby topic:KVM" in the terminal; null when the text has none. */
function namedOptions(spec: CommandSpec, rest: string): CommandInput | null {
  const names = spec.options.map((o) => o.name).join('|');
  if (!names || !new RegExp(`^(?:${names}):`, 'i').test(rest.trim())) return null;
  const input: CommandInput = {};
  for (const m of rest.matchAll(new RegExp(`(?:^|\\s)(?<name>${names}):\\s*(?<value>[\\s\\S]*?)(?=\\s+(?:${names}):|$)`, 'gi'))) {
    const { name = '', value = '' } = m.groups ?? {};
    input[name.toLowerCase()] = value.trim();
  }
  return input;
}

/**
 * The words an option's question is about: "/search what does the article say about attack
 * surfaces" searches "attack surfaces"; "/who-said who spoke about interoperability" asks about
 * interoperability. Text that is not a question is left as typed (a remembered quotation).
 */
export function optionText(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  // Only a question is read for its topic; most option text is words remembered, and trying
  // every frame on it cost a millisecond a query at 100,000 passages.
  if (text.length > MAX_QUESTION || text.startsWith('passage:') || !LOOKS_LIKE_A_QUESTION.test(text)) return value;
  const frame = frameOf(text, () => false);
  if (!frame) return value;
  if (frame.command === 'who-said' || frame.command === 'search') return frame.text;
  if ((frame.command === 'findings' || frame.command === 'quotes') && frame.topic) return frame.topic;
  return value;
}

/** Option values as the command reads them: questions in free-text options reduced to their topic. */
function cleanInput(spec: CommandSpec, input: CommandInput): CommandInput {
  const out: CommandInput = { ...input };
  for (const option of spec.options) {
    const value = out[option.name];
    if (value && (option.autocomplete === 'passage' || option.autocomplete === 'topic')) out[option.name] = optionText(value);
  }
  return out;
}

const commandFuse = new Fuse(COMMANDS.map((c) => c.name), { includeScore: true, threshold: 0.5 });

/** A command nobody has, answered in the asker's language. */
export function unknownCommand(name: string, asker: Asker): Answer {
  const close = commandFuse.search(name.slice(0, 32), { limit: 2 }).map((r) => r.item);
  const language = languageOf(asker);
  return spoken(
    {
      kind: 'none',
      command: 'help',
      query: name,
      lead: language.replies.unknownCommand(quoted(`/${name}`)),
      suggestions: close.map((c) => ({ label: `/${c}`, command: `/${c}` })),
    },
    language,
  );
}

/** Runs a command by name with option values, as a slash command delivers them; the answer says the language it speaks. */
export function runCommand(ctx: BotContext, name: string, input: CommandInput): Answer {
  const spec = findCommand(name);
  if (!spec) return unknownCommand(name, { lang: input.lang });
  const cleaned = cleanInput(spec, input);
  return spoken(spec.run(ctx, cleaned), languageOf(cleaned));
}

/** An answer marked with the language of its sentences, for the platform to speak it around the answer too. */
export function spoken(answer: Answer, language: Language): Answer {
  return language === DEFAULT_LANGUAGE ? answer : { ...answer, lang: language.code };
}

/** Whether a name stands for a speaker of the loaded reports. */
export function knowsIn(ctx: BotContext): Knows {
  return (name) => {
    const match = ctx.search.resolveSpeakers(name);
    // A close spelling is a name mistyped ("Crosbie"), not a phrase that looks like one.
    return match !== null && (match.how !== 'close spelling' || name.trim().split(/\s+/).length <= 3);
  };
}

/** Whether the loaded reports use a word (by its stem). */
export function usesIn(ctx: BotContext): Uses {
  // "@oyin_bakes": a handle someone's posts are signed with, whose words the index may not hold.
  return (word) => (word.startsWith('@') ? ctx.search.resolveSpeakers(word.slice(1))?.how === 'name' : ctx.search.index.stemNumber(stem(word.toLowerCase())) !== undefined);
}
