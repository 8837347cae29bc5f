import { withoutAccents } from './accents.ts';
import { isEnglishWord } from './englishWords.ts';
import type { Language } from './types.ts';

/**
 * Which language a word was met in, for the words of reports not in English: "retardée" is
 * stemmed by the French stemmer, from its accented form, wherever it is met (a passage, a
 * question, a typo's correction), so that the index and the questions agree on its stem. A
 * word no such report holds is English's. Filled where reports are read and where a saved
 * index is opened, from the words saved with it.
 */
const words = new Map<string, { language: Language; written: string }>();
/** Bounds the table: past it, a new report's words are stemmed as English ones. */
const MAX_WORDS = 500_000;
let changes = 0;

/**
 * Records the words of a report in `language`: each term (lower case, no accents) with its
 * lower-case form as written. An English word stays English's ("national" in a French report),
 * so that a thread that never met the French report stems it the same.
 */
export function registerWords(language: Language, written: Iterable<[term: string, lower: string]>): void {
  for (const [term, lower] of written) {
    if (words.has(term) || words.size >= MAX_WORDS || isEnglishWord(term)) continue;
    words.set(term, { language, written: lower });
    changes++;
  }
}

/** The stem of a term met in a report not in English (accents removed), or undefined for any other term. */
export function foreignStem(term: string): string | undefined {
  const word = words.get(term);
  return word ? withoutAccents(word.language.stem(word.written)) : undefined;
}

/** Changes so far: caches of stems compare it to know they are stale. */
export function wordChanges(): number {
  return changes;
}

/**
 * Forgets every report's words: a test that builds one folder in this process and then reads its
 * saved index compares like with like only when no other folder's words went before. (A process
 * that serves several folders stems a word one of them only capitalises by another's language:
 * a known limit, the same the cases' order shows.)
 */
export function forgetWords(): void {
  words.clear();
  changes++;
}
