import { suggestionsFor, quoted, toResult } from './results.ts';
import type { Answer, BotContext, PassageResult } from './types.ts';
import type { PassageSearchResult } from '../search/passageSearch.ts';
import type { Passage } from '../knowledge/types.ts';

/** How a passage picked from an autocomplete list arrives: `passage:<passage id>`. */
export const PASSAGE_REF = 'passage:';

/** The passage a `passage:<id>` value names, or null for free text. */
export function pickedPassage(ctx: BotContext, text: string): Passage | null {
  if (!text.startsWith(PASSAGE_REF)) return null;
  const id = text.slice(PASSAGE_REF.length).trim();
  return ctx.search.knowledge.passages.find((p) => p.id === id) ?? null;
}

/** The answer when the report has nothing on a query: say so, and offer what is close. */
export function nothingFound(ctx: BotContext, command: string, query: string, lead: string, scope: 'all' | 'findings' = 'all'): Answer {
  return { kind: 'none', command, query, lead, suggestions: suggestionsFor(ctx.search, query, scope) };
}

/** The answer when a required option is empty. */
export function askFor(command: string, what: string, example: string): Answer {
  return { kind: 'none', command, query: '', lead: `Tell me ${what}, for example: ${example}`, suggestions: [] };
}

/** A list answer shows at most this many passages; its lead still gives the whole count. */
export const MAX_LISTED = 100;

/**
 * Passages listed in report order (all findings, all of one speaker), the first MAX_LISTED of
 * them: an excerpt for each of 28,000 findings would take a third of a second, for pages
 * nobody turns to. The note says what was left out.
 */
export function listed(ctx: BotContext, passages: Passage[], narrow: string): { results: PassageResult[]; note?: string } {
  const results = passages.slice(0, MAX_LISTED).map((p) => toResult(ctx, p, new Set(), 1));
  return passages.length > MAX_LISTED ? { results, note: `Showing the first ${MAX_LISTED}; ${narrow}.` } : { results };
}

export function toResults(ctx: BotContext, found: PassageSearchResult): PassageResult[] {
  return found.hits.map((hit) => toResult(ctx, hit.passage, found.stems, hit.score));
}

/** A note for queries cut to the words the index uses. */
export function ignoredNote(found: PassageSearchResult): string | undefined {
  return found.ignoredWords > 0 ? `Only the first words of the question were used (${found.ignoredWords} more left out).` : undefined;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

export { quoted };
