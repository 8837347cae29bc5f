import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Whether a lower-case word is an English word, by the word-list package (274,000 words with
 * their inflections). Read on first use, 18 MB of heap: only where a report in another language
 * is loaded, so that its words shared with English ("national", "stations") keep English's
 * stem and every index, built in any thread, stems them alike.
 */
let words: Set<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
