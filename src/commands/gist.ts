import { sentenceSpans } from '../knowledge/language.ts';
import { tokenize } from '../search/text.ts';

/**
 * The gist of a section: one of its own sentences, picked, never written. A summary that wrote
 * its own sentences could say what the report does not; a sentence of the report can only be
 * badly chosen, and the reader sees where it comes from.
 *
 * The sentence picked is the most central one: the one whose content words the section's other
 * sentences share most (each shared word counts once per other sentence holding it). A section
 * keeps coming back to what it is about, so the sentence that holds the most of what recurs
 * stands for the rest. Each word weighs as rare as it is in the loaded reports (`weight`, the
 * index's IDF): "nurse" recurring in a section says more of it than "day" or "one" do. Plain position ("the first sentence") is no good in reports: sections of
 * news open on scene-setting ("I was looking forward to the session on …"), transcripts on
 * greetings. The score is divided by the square root of the sentence's own weight, so a long
 * sentence does not win merely by holding more words, and a short one by being short.
 *
 * Not shown as the gist: a question (it asks what the section answers), a lead-in ending in a
 * colon (it announces what follows), a footnote, a piece of a longer quotation (its quotation
 * marks do not pair up), and a fragment of fewer than four content words; when a
 * section has nothing else, its best sentence of any kind. A sentence that opens by pointing
 * back ("This", "However", "He") reads badly alone, so it scores a quarter less. Ties go to the
 * earlier sentence; when no sentence shares a word with another, the first that can be shown.
 */

/** Sentences of a section weighed at most: the work per section is bounded, whatever its length. */
const MAX_GIST_SENTENCES = 300;
/** A sentence longer than this is a paragraph in all but name: picked only when nothing shorter can be. */
const LONG_SENTENCE = 400;
const MIN_CONTENT_WORDS = 4;
/** Openings that point back to what came before. */
const POINTS_BACK = /^["“'‘(]?(?:this|that|these|those|it|its|he|she|they|his|her|their|them|him|however|but|and|so|also|yet|still|then|thus|therefore|moreover|meanwhile|instead|otherwise|of course|in other words|by the way)\b/i;

/** Where the gist is: which of the texts, and the sentence's [start, end) in it. */
export interface GistSpan {
  text: number;
  start: number;
  end: number;
}

interface Sentence extends GistSpan {
  stems: Set<string>;
  showable: boolean;
  long: boolean;
  pointsBack: boolean;
}

/** A sentence whose quotation marks do not pair up: it opens or closes a quotation that runs on past it. */
function partOfQuotation(sentence: string): boolean {
  const count = (re: RegExp) => sentence.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 1 || count(/“/g) !== count(/”/g);
}

/** The most central sentence of a section's texts (its passages, in order), or null when none has a word. */
export function gistOf(texts: readonly string[], weight: (stem: string) => number = () => 1): GistSpan | null {
  const sentences: Sentence[] = [];
  outer: for (let t = 0; t < texts.length; t++) {
    const text = texts[t] as string;
    for (const [start, end] of sentenceSpans(text)) {
      if (sentences.length >= MAX_GIST_SENTENCES) break outer;
      const sentence = text.slice(start, end).trim();
      const stems = new Set(tokenize(sentence).flatMap((w) => (w.stopword || w.term.length < 3 ? [] : [w.stem])));
      if (stems.size === 0) continue;
      const question = /\?["”’)]*$/.test(sentence);
      const leadIn = /:["”’)]*$/.test(sentence) || sentence.startsWith('[^');
      sentences.push({ text: t, start, end, stems, showable: !question && !leadIn && !partOfQuotation(sentence) && stems.size >= MIN_CONTENT_WORDS, long: sentence.length > LONG_SENTENCE, pointsBack: POINTS_BACK.test(sentence) });
    }
  }
  if (sentences.length === 0) return null;
  // In how many sentences each content word occurs.
  const occurrences = new Map<string, number>();
  for (const s of sentences) for (const stem of s.stems) occurrences.set(stem, (occurrences.get(stem) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const stem of occurrences.keys()) weights.set(stem, weight(stem));
  const score = (s: Sentence) => {
    let shared = 0;
    let own = 0;
    for (const stem of s.stems) {
      const w = weights.get(stem) ?? 1;
      shared += w * ((occurrences.get(stem) ?? 1) - 1);
      own += w;
    }
    return (shared / Math.sqrt(own)) * (s.pointsBack ? 0.75 : 1);
  };
  // The best of the sentences fit to show, short ones before long ones; else the best of any.
  const tiers = [sentences.filter((s) => s.showable && !s.long), sentences.filter((s) => s.showable), sentences];
  const candidates = tiers.find((tier) => tier.length > 0) as Sentence[];
  let best = candidates[0] as Sentence;
  let bestScore = score(best);
  for (const s of candidates.slice(1)) {
    const value = score(s);
    if (value > bestScore) {
      best = s;
      bestScore = value;
    }
  }
  return { text: best.text, start: best.start, end: best.end };
}
