import { suggestionsFor, quoted, toResult } from './results.ts';
import type { Answer, BotContext, PassageResult } from './types.ts';
import type { PassageSearchResult } from '../search/passageSearch.ts';

/** The answer when the report has nothing on a query: say so, and offer what is close. */
export function nothingFound(ctx: BotContext, command: string, query: string, lead: string, scope: 'all' | 'findings' = 'all'): Answer {
  return { kind: 'none', command, query, lead, suggestions: suggestionsFor(ctx.search, query, scope) };
}

/** The answer when a required option is empty. */
export function askFor(command: string, what: string, example: string): Answer {
  return { kind: 'none', command, query: '', lead: `Tell me ${what}, for example: ${example}`, suggestions: [] };
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
