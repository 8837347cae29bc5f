import { firstGlossWords, glossWords, isCommonWord, isNoun } from '../knowledge/wordnet.ts';
import type { Passage } from '../knowledge/types.ts';
import { forEachTerm, stem } from './text.ts';

/**
 * Bounds of one lookup: it runs inside an answer, so it stops at these whatever the speaker
 * said. Counts, not a time budget: the same question gets the same answer, cold or warm.
 */
const MAX_PASSAGES = 200;
const MAX_WORDS_PER_PASSAGE = 80;
const MAX_LOOKUPS = 400;
/** A topic of one or two words names one thing; the words of a longer one lead everywhere at once. */
const MAX_TOPIC_WORDS = 2;
/** A passage is about the topic in other words when this many of its words are related to it. */
const MIN_RELATED = 2;

export interface MeaningMatch {
  passage: Passage;
  /** Stems of the passage's words related to the topic, for the excerpt to show. */
  stems: Set<string>;
}

/**
 * The passages among `passages` that speak of `topic` in other words: those holding at least two
 * words whose WordNet definitions share a word with the topic's ("behind the wheel" for
 * "driving": a wheel is used for steering, driving is steering a vehicle), most such words
 * first. For a search within one speaker's words, after the report's own words and their
 * synonyms found too little; bounded in passages and words looked up.
 */
export function relatedInMeaning(topic: string, passages: readonly Passage[], wanted: (passage: Passage) => boolean = () => true): MeaningMatch[] {
  const topicStems = new Set<string>();
  const topicGloss = new Set<string>();
  forEachTerm(topic, (term, termStem, stopword) => {
    if (stopword || !/^[a-z]{3,}$/.test(term)) return;
    topicStems.add(termStem);
    for (const word of thingsIn(firstGlossWords(term))) topicGloss.add(stem(word));
  });
  if (topicStems.size === 0 || topicStems.size > MAX_TOPIC_WORDS || topicGloss.size === 0) return [];

  const verdicts = new Map<string, boolean>();
  const related = (term: string, termStem: string): boolean => {
    let verdict = verdicts.get(termStem);
    if (verdict === undefined) {
      // The topic's own words are the ordinary search's; a word the topic's definition uses is related.
      verdict =
        !topicStems.has(termStem) &&
        (topicGloss.has(termStem) ||
          glossWords(term).some((w) => {
            const s = stem(w);
            return topicGloss.has(s) || topicStems.has(s);
          }));
      verdicts.set(termStem, verdict);
    }
    return verdict;
  };

  const out: (MeaningMatch & { count: number; order: number })[] = [];
  let order = 0;
  for (const passage of passages) {
    if (order >= MAX_PASSAGES || verdicts.size >= MAX_LOOKUPS) break;
    if (!wanted(passage)) continue;
    order++;
    const stems = new Set<string>();
    let words = 0;
    forEachTerm(passage.text, (term, termStem, stopword) => {
      if (stopword || words >= MAX_WORDS_PER_PASSAGE || !/^[a-z]{3,}$/.test(term)) return;
      words++;
      if (related(term, termStem)) stems.add(termStem);
    });
    if (stems.size >= MIN_RELATED) out.push({ passage, stems, count: stems.size, order });
  }
  return out.sort((a, b) => b.count - a.count || a.order - b.order).map(({ passage, stems }) => ({ passage, stems }));
}

/**
 * The nouns that are only nouns in a word's definitions ("vehicle", "axle"): what a definition
 * is about. Its verbs and adjectives ("move", "large") are shared by unrelated words.
 */
function thingsIn(definition: string[]): string[] {
  return definition.filter((w) => isNoun(w) && !isCommonWord(w));
}
