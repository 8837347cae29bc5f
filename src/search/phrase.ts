import { stemsOf } from './text.ts';
import { forEachStemNumber, type ForwardIndex } from './forward.ts';
import type { Hit } from './termIndex.ts';
import type { Candidate } from './candidates.ts';

/**
 * The query's words as a phrase: the places (1-based) each stem may fill, last first, and for
 * each place the bit of the query word it stands for (0 for a stop word, which any text may hold).
 */
export interface Phrase {
  length: number;
  places: Map<string, number[]>;
  bits: number[];
}

export function phraseOf(words: Set<string>[], bits: number[] = []): Phrase {
  const places = new Map<string, number[]>();
  for (let j = words.length; j >= 1; j--) {
    for (const stem of words[j - 1] as Set<string>) {
      const list = places.get(stem);
      if (list) list.push(j);
      else places.set(stem, [j]);
    }
  }
  return { length: words.length, places, bits };
}

/** The longest run of places filled in order, as the words of a text come: the run ending at each place, and the word it ended at. */
class Runs {
  private readonly runAt: Int32Array;
  private readonly endedAt: Int32Array;
  best = 0;
  private i = 0;

  constructor(n: number) {
    this.runAt = new Int32Array(n + 1);
    this.endedAt = new Int32Array(n + 1).fill(-2);
  }

  /** The next word of the text, with the places it may fill (last first, so a place reads the one before it as the previous word left it). */
  word(places: readonly number[] | undefined): void {
    if (places) {
      for (const j of places) {
        const run = j > 1 && this.endedAt[j - 1] === this.i - 1 ? (this.runAt[j - 1] as number) + 1 : 1;
        this.runAt[j] = run;
        this.endedAt[j] = this.i;
        if (run > this.best) this.best = run;
      }
    }
    this.i++;
  }
}

/**
 * The longest run of the query's words, stop words included, that the text holds in order,
 * as a share of the query: "the session on virtualization and security" favours the passage
 * that says exactly that over one that has the same words apart. A word of the text costs one
 * lookup of the places it may fill, not a look at every word of the query.
 */
export function phraseMatch(text: string, phrase: Phrase): number {
  const n = phrase.length;
  if (n < 2) return 1;
  const runs = new Runs(n);
  for (const stem of stemsOf(text)) runs.word(phrase.places.get(stem));
  return runs.best / n;
}

/**
 * `phraseMatch` of document `doc`, read from the forward index: `placeOf[stem number]` is 0, or
 * 1 + the index in `places` of the places that stem may fill.
 */
export function phraseMatchIn(forward: ForwardIndex, doc: number, placeOf: Int32Array, places: readonly number[][], n: number): number {
  if (n < 2) return 1;
  const runs = new Runs(n);
  forEachStemNumber(forward, doc, (id) => {
    const at = placeOf[id] as number;
    runs.word(at === 0 ? undefined : places[at - 1]);
  });
  return runs.best / n;
}

/**
 * The longest run `phraseMatch` can find in a document that holds only the query words in
 * `matched` (bits of the query's words): the longest run of places whose word it holds or that
 * are stop words. Its words come from the index, so the bound costs no look at the text.
 */
export function longestPossibleRun(phrase: Phrase, matched: number): number {
  let best = 0;
  let run = 0;
  for (let j = 0; j < phrase.length; j++) {
    const bit = phrase.bits[j] ?? 0;
    run = bit === 0 || (matched & bit) !== 0 ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * The `limit` best candidates once word proximity counts: score × (0.8 + 0.2 × phrase match),
 * `matchOf(doc)` giving the match. The factor only lowers a score, and `longestPossibleRun` says
 * how far it can go at most, so the candidates (best first) are read until the first that, even
 * unlowered, falls below all of the `limit` kept, and one whose bound keeps it below them is
 * passed over. `exhaustive` reads every one: the result is the same, ties included.
 */
export function reranked(candidates: readonly Candidate[], phrase: Phrase, limit: number, matchOf: (doc: number) => number, exhaustive = false): Hit[] {
  const kept: Hit[] = [];
  if (limit <= 0) return kept;
  const n = phrase.length;
  for (const hit of candidates) {
    const floor = kept.length >= limit && !exhaustive ? (kept[limit - 1] as Hit).score : -Infinity;
    if (floor > hit.score) break;
    if (n >= 2 && floor > hit.score * (0.8 + 0.2 * (longestPossibleRun(phrase, hit.matched) / n))) continue;
    const score = n < 2 ? hit.score : hit.score * (0.8 + 0.2 * matchOf(hit.doc));
    insertHit(kept, { doc: hit.doc, coverage: hit.coverage, score });
  }
  return kept.slice(0, limit);
}

/** Puts `hit` in `sorted` (best first, then by document) where it belongs. */
function insertHit(sorted: Hit[], hit: Hit): void {
  let i = sorted.length;
  sorted.push(hit);
  while (i > 0 && ((sorted[i - 1] as Hit).score < hit.score || ((sorted[i - 1] as Hit).score === hit.score && (sorted[i - 1] as Hit).doc > hit.doc))) {
    sorted[i] = sorted[i - 1] as Hit;
    i--;
  }
  sorted[i] = hit;
}
