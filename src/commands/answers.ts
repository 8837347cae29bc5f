import { suggestionsFor, quoted, toResult } from './results.ts';
import type { Answer, Asker, BotContext, PassageResult } from './types.ts';
import { replyLanguage, type Language, type Replies } from '../language/index.ts';
import type { Wanted } from '../language/types.ts';
import { keyOf, type PassageSearchResult } from '../search/passageSearch.ts';
import type { Attribution, Passage } from '../knowledge/types.ts';
import { wordsWithStems } from '../search/text.ts';
import { exampleIn, examplesFor } from './examples.ts';

/** How a passage picked from an autocomplete list arrives: `passage:<passage id>`. */
export const PASSAGE_REF = 'passage:';

/** The passage a `passage:<id>` value names, or null for free text. */
export function pickedPassage(ctx: BotContext, text: string): Passage | null {
  if (!text.startsWith(PASSAGE_REF)) return null;
  return ctx.search.passage(text.slice(PASSAGE_REF.length).trim()) ?? null;
}

/** The answer when the report has nothing on a query: say so, and offer what is close. */
export function nothingFound(ctx: BotContext, command: string, query: string, lead: string, scope: 'all' | 'findings' = 'all'): Answer {
  return { kind: 'none', command, query, lead, suggestions: suggestionsFor(ctx.search, query, scope) };
}

/**
 * The language to answer a command's input in: the asker's, where their platform gives it,
 * else the one its words are in (every option's), English when they are too few to tell.
 */
export function languageOf(input: Asker): Language {
  const words = Object.entries(input)
    .filter((e): e is [string, string] => e[0] !== 'lang' && e[0] !== 'decide' && typeof e[1] === 'string')
    .map(([, value]) => value)
    .join(' ');
  return replyLanguage(words, input.lang);
}

/** The bot's sentences in the language to answer `input` in. */
export function repliesFor(input: Asker): Replies {
  return languageOf(input).replies;
}

/** The answer when a required option is empty, with an example from the loaded reports. */
export function askFor(ctx: BotContext, spec: { name: string; example: string }, wanted: Wanted, input: Asker): Answer {
  const language = languageOf(input);
  const example = exampleIn(examplesFor(ctx).commands[spec.name] ?? spec.example, spec.name, language);
  return { kind: 'none', command: spec.name, query: '', lead: language.replies.askFor(wanted, example), suggestions: [] };
}

/** A list answer shows at most this many passages; its lead still gives the whole count. */
export const MAX_LISTED = 100;

/**
 * Passages listed in report order (all findings, all of one speaker), the first MAX_LISTED of
 * them: an excerpt for each of 28,000 findings would take a third of a second, for pages
 * nobody turns to. The note says what was left out.
 */
export function listed(ctx: BotContext, passages: Passage[], replies: Replies, keys?: string[]): { results: PassageResult[]; note?: string } {
  const results = passages.slice(0, MAX_LISTED).map((p) => toResult(ctx, replies, p, new Set(), 1, voiceOf(p, new Set(), keys)));
  return passages.length > MAX_LISTED ? { results, note: replies.showingFirst(MAX_LISTED) } : { results };
}

/** Results of a search, who carries each said in `replies`' language; with `keys`, a passage that mixes voices is credited to those speakers' sentences. */
export function toResults(ctx: BotContext, replies: Replies, found: PassageSearchResult, keys?: string[]): PassageResult[] {
  return found.hits.map((hit) => toResult(ctx, replies, hit.passage, found.stems, hit.score, voiceOf(hit.passage, found.stems, keys)));
}

/**
 * The sentence an answer is about, in a passage that mixes voices: the one holding most of the
 * query's words (among the sentences of `keys`, when the question is about those speakers).
 */
export function voiceOf(passage: Passage, stems: ReadonlySet<string>, keys?: string[]): { start: number; attribution: Attribution } | undefined {
  if (!passage.voices) return undefined;
  const wanted = keys ? new Set(keys) : null;
  const candidates = wanted ? passage.voices.filter((v) => wanted.has(keyOf(v.attribution, passage.reportId))) : passage.voices;
  let best: (typeof candidates)[number] | undefined;
  let bestCount = -1;
  for (const voice of candidates.length ? candidates : passage.voices) {
    const count = wordsWithStems(passage.text.slice(voice.start, voice.end), stems).length;
    if (count > bestCount) {
      best = voice;
      bestCount = count;
    }
  }
  return best && (bestCount > 0 || wanted) ? best : undefined;
}

/** Notes on how the question was read: words left out, and synonyms that stood in for words the report never uses. */
export function searchNotes(found: PassageSearchResult, replies: Replies): string | undefined {
  const notes: string[] = [];
  if (found.ignoredWords > 0) notes.push(replies.wordsLeftOut(found.ignoredWords));
  for (const s of found.substitutions.slice(0, 3)) notes.push(replies.lookedInstead(`“${s.word}”`, s.synonyms.slice(0, 3).map((w) => `“${w}”`)));
  return notes.length ? notes.join(' ') : undefined;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

export { quoted };
