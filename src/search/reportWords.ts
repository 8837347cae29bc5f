import type { Knowledge } from '../knowledge/types.ts';
import { forEachSaidWord, normalizeTerm } from './text.ts';
import { languageByCode } from '../language/index.ts';
import { registerWords } from '../language/wordLanguages.ts';

const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/**
 * The words of a knowledge's reports not in English, by language code, lower case as written:
 * what their stems are made from (wordLanguages.ts), kept with a saved index.
 */
export function reportWords(knowledge: Knowledge): Record<string, string[]> {
  const foreign = new Map(knowledge.reports.filter((r) => r.language !== 'en' && languageByCode(r.language)).map((r) => [r.id, r.language]));
  if (foreign.size === 0) return {};
  const byLanguage = new Map<string, Set<string>>();
  for (const passage of knowledge.passages) {
    const code = foreign.get(passage.reportId);
    if (!code) continue;
    let words = byLanguage.get(code);
    if (!words) byLanguage.set(code, (words = new Set()));
    for (const text of [passage.text, passage.section ?? '']) {
      forEachSaidWord(text, (start, end) => {
        const word = text.slice(start, end);
        // Words as a language inflects them: lower case letters. A name ("Tomás"), a number or a letter is every language's, stemmed alike.
        if (end - start >= 3 && LOWER_WORD.test(word)) words.add(word);
      });
    }
  }
  return Object.fromEntries([...byLanguage].map(([code, words]) => [code, [...words]]));
}

/** Makes the words of `reportWords` stem in their language, in this thread. */
export function useReportWords(words: Record<string, string[]>): void {
  for (const [code, written] of Object.entries(words)) {
    const language = languageByCode(code);
    // A saved index is read back from disk: anything but a list of words is passed over.
    if (language && Array.isArray(written)) registerWords(language, written.filter((w) => typeof w === 'string').map((w): [string, string] => [normalizeTerm(w), w]));
  }
}
