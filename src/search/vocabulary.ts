import { lowerBound } from '../base/sorted.ts';
import Fuse from 'fuse.js';
import { STOPWORDS, stem as stemWord } from './text.ts';
import { PairIndex } from './pairIndex.ts';
import { isNoun, isCommonWord, relatedForms, synonymsOf } from '../knowledge/wordnet.ts';
import type { Steps } from '../base/steps.ts';
import { Recent } from './recent.ts';

/** A word of English, as WordNet knows it. */
const isWord = (term: string) => isNoun(term) || isCommonWord(term);

/** A query word's way into the index: its own stem, a longer word it starts, or a fuse.js correction. */
export interface Expansion {
  stem: string;
  /** How much a match through this expansion counts, from 1 (the word itself) down. */
  weight: number;
  via: 'exact' | 'prefix' | 'fuzzy' | 'synonym';
  /** The vocabulary word it came from, for "did you mean". */
  word: string;
}

/** Up to this many characters a typo costs more than it tells: "vm" is not a misspelt "vs". */
const MIN_FUZZY_LENGTH = 4;
/** A finished word of 3 letters is a word; only while typing does "vi" stand for "virtualization". */
const MIN_PREFIX_LENGTH = 4;
const MIN_PARTIAL_PREFIX_LENGTH = 2;
const MAX_PREFIX_STEMS = 12;
const MAX_CORRECTIONS = 3;
/** Bitap score = errors / pattern length (+ a small position cost): 0.34 allows 1 error in 3 letters. */
const FUZZY_THRESHOLD = 0.34;
const PREFIX_WEIGHT = 0.85;
/** A synonym stands in for a word the report never uses, and ranks below the report's own words. */
const SYNONYM_WEIGHT = 0.7;
const MAX_SYNONYMS = 6;
const CACHE_SIZE = 5_000;

/** fuse.js looks at no more candidates than these, the words sharing most letter pairs. */
const MAX_CANDIDATES = 64;
const FUSE_OPTIONS = {
  includeScore: true,
  threshold: FUZZY_THRESHOLD,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  location: 0,
  distance: 32,
  minMatchCharLength: 2,
};

/**
 * The words of the knowledge, each with its stem. fuse.js corrects typos here, over single
 * words, instead of over whole passages: the patterns stay under fuse.js's 32-character limit.
 * A letter-pair index picks the few dozen words that can be within the allowed typos (one
 * typo changes at most two letter pairs), and fuse.js scores those: a correction costs the
 * same with a thousand words or a hundred thousand.
 */
export class Vocabulary {
  /** A word's expansions and corrections, worked out once per index: a repeated typo costs a lookup, not a fuse.js search. */
  private readonly expanded = new Recent<string, Expansion[]>(CACHE_SIZE);
  private readonly corrected = new Recent<string, { word: string; score: number }[]>(CACHE_SIZE);

  /** `words` sorted, for prefix lookups by binary search; `pairs`: each word's letter pairs, with ^ and $ at its ends. */
  private constructor(
    private readonly stemOf: ReadonlyMap<string, string>,
    private readonly hasStem: (stem: string) => boolean,
    private readonly words: string[],
    private readonly pairs: PairIndex,
  ) {}

  /** The vocabulary of the words in `stemOf` (word → stem), in steps of a few milliseconds. */
  static *build(stemOf: ReadonlyMap<string, string>, hasStem: (stem: string) => boolean): Steps<Vocabulary> {
    const words = [...stemOf.keys()].sort();
    yield;
    const pairs = yield* PairIndex.build(words.length, (i) => framed(words[i] as string));
    return new Vocabulary(stemOf, hasStem, words, pairs);
  }

  get size(): number {
    return this.words.length;
  }

  /** Every way a query word reaches the index, best first. `partial`: the user may still be typing it. */
  expand(term: string, stem: string, partial = false): Expansion[] {
    const key = `${partial ? '+' : ''}${term}`;
    const cached = this.expanded.get(key);
    if (cached) return cached;

    const out: Expansion[] = [];
    const seen = new Set<string>();
    const add = (expansion: Expansion) => {
      if (seen.has(expansion.stem) || !this.hasStem(expansion.stem)) return;
      seen.add(expansion.stem);
      out.push(expansion);
    };
    add({ stem, weight: 1, via: 'exact', word: term });
    // A word the index knows means itself; longer words it starts are for unfinished or cut words.
    if (partial ? term.length >= MIN_PARTIAL_PREFIX_LENGTH : out.length === 0 && term.length >= MIN_PREFIX_LENGTH) {
      let prefixStems = 0;
      for (let i = lowerBound(this.words, term); i < this.words.length && prefixStems < MAX_PREFIX_STEMS; i++) {
        const word = this.words[i] as string;
        if (!word.startsWith(term)) break;
        const before = out.length;
        add({ stem: this.stemOf.get(word) as string, weight: partial ? 1 : PREFIX_WEIGHT, via: 'prefix', word });
        prefixStems += out.length - before;
      }
    }
    // "deliveries" where the report says "delivering", "repeating" where it says "repeatedly": the
    // words that start with the stem, less a final i/e/y, stand in. Porter's y → i ("deliveri")
    // parts a word from its own verb ("deliv"), so those words stand in even beside the word itself.
    const root = stem.replace(/[iey]$/, '');
    if ((out.length === 0 || stem.endsWith('i')) && !partial && root.length >= 5 && root !== term) {
      let rootStems = 0;
      for (let i = lowerBound(this.words, root); i < this.words.length && rootStems < MAX_PREFIX_STEMS; i++) {
        const word = this.words[i] as string;
        if (!word.startsWith(root)) break;
        const before = out.length;
        add({ stem: this.stemOf.get(word) as string, weight: PREFIX_WEIGHT, via: 'prefix', word });
        rootStems += out.length - before;
      }
    }
    // A word WordNet knows is no typo: "main" means "primary", not a misspelt "gain". Its
    // synonyms come first, and a close spelling only when none is in the report.
    if (out.length === 0 && !partial && /^[a-z-]{3,}$/.test(term) && isWord(term)) this.addSynonyms(term, add);
    if (out.length === 0 && term.length >= MIN_FUZZY_LENGTH) {
      for (const { word, score } of this.corrections(term)) {
        add({ stem: this.stemOf.get(word) as string, weight: Math.max(0.5, 1 - score * 1.5), via: 'fuzzy', word });
      }
    }
    // "colorblind" where the report says "colour-blind", "livestream" for "live stream": a word the
    // report never uses, with no close spelling, that is two of its words written together stands
    // for both. Tried after the typo corrections, which most such words are.
    if (out.length === 0 && !partial) for (const word of otherSpellings(term)) if (this.stemOf.has(word)) add({ stem: this.stemOf.get(word) as string, weight: 1, via: 'exact', word });
    if (out.length === 0 && !partial) for (const word of this.compoundParts(term)) add({ stem: this.stemOf.get(word) as string, weight: PREFIX_WEIGHT, via: 'prefix', word });
    // Not in the report and no close spelling: its other forms and synonyms, from WordNet.
    if (out.length === 0 && !partial && /^[a-z-]{3,}$/.test(term)) this.addSynonyms(term, add);
    this.expanded.set(key, out);
    return out;
  }

  /**
   * A word's other forms and synonyms that the index holds, even when it holds the word itself:
   * for a search within one speaker's words, where "driving" may have been said as "driver".
   */
  related(term: string, stem: string): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set([stem]);
    const add = (word: string, weight: number) => {
      const s = stemWord(word);
      if (seen.has(s) || !this.hasStem(s) || STOPWORDS.has(word) || word.length < 3) return;
      seen.add(s);
      out.push({ stem: s, weight, via: 'synonym', word });
    };
    if (!/^[a-z-]{3,}$/.test(term)) return out;
    for (const word of relatedForms(term)) add(word, PREFIX_WEIGHT);
    for (const word of synonymsOf(term)) if (out.length < MAX_SYNONYMS) add(word, SYNONYM_WEIGHT);
    return out;
  }

  private addSynonyms(term: string, add: (expansion: Expansion) => void): void {
    let added = 0;
    for (const word of synonymsOf(term)) {
      // Two letters ("hi" for "hello") match fragments more than words.
      if (STOPWORDS.has(word) || word.length < 3 || added >= MAX_SYNONYMS) continue;
      const before = this.hasStem(stemWord(word));
      add({ stem: stemWord(word), weight: SYNONYM_WEIGHT, via: 'synonym', word });
      if (before) added++;
    }
  }

  /** The two vocabulary words `term` is made of, in either spelling of English, or none. */
  private compoundParts(term: string): string[] {
    if (term.length < MIN_COMPOUND_LENGTH || !/^[a-z]+$/.test(term)) return [];
    const known = (part: string) => [part, ...otherSpellings(part)].find((w) => this.stemOf.has(w) && !STOPWORDS.has(w));
    for (let at = MIN_COMPOUND_PART; at <= term.length - MIN_COMPOUND_PART; at++) {
      const left = known(term.slice(0, at));
      const right = left ? known(term.slice(at)) : undefined;
      if (left && right) return [left, right];
    }
    return [];
  }

  /** Vocabulary words within a few typos of `term`, closest first. */
  corrections(term: string, limit = MAX_CORRECTIONS): { word: string; score: number }[] {
    const key = `${limit}:${term}`;
    let found = this.corrected.get(key);
    if (!found) this.corrected.set(key, (found = this.correctionsOf(term, limit)));
    return found;
  }

  private correctionsOf(term: string, limit: number): { word: string; score: number }[] {
    const pattern = term.slice(0, 32);
    const slack = pattern.length >= 8 ? 2 : 1;
    const pairs = PairIndex.pairsOf(framed(pattern));
    const shared = new Map<number, number>();
    for (const pair of pairs) for (const i of this.pairs.holders(pair)) shared.set(i, (shared.get(i) ?? 0) + 1);
    // One typo changes up to two letter pairs; swapping two letters changes three.
    const needed = pairs.length - 2 * slack - 1;
    const candidates = [...shared.entries()]
      .filter(([i, count]) => count >= needed && Math.abs((this.words[i] as string).length - pattern.length) <= slack)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([i]) => this.words[i] as string);
    if (candidates.length === 0) return [];
    return new Fuse(candidates, FUSE_OPTIONS)
      .search(pattern, { limit: candidates.length })
      .map((r) => ({ word: r.item, score: r.score ?? 1 }))
      .sort((a, b) => a.score - b.score || a.word.localeCompare(b.word))
      .slice(0, limit);
  }
}

/** A word with its ends marked: a typo in its first or last letter changes a pair of its own. */
const framed = (word: string) => `^${word}$`;

/** A compound is two words of at least this many letters each ("color" + "blind", "live" + "stream"). */
const MIN_COMPOUND_PART = 4;
const MIN_COMPOUND_LENGTH = 2 * MIN_COMPOUND_PART;

/**
 * The same word in the other spelling of English: "color" and "colour", "center" and "centre",
 * "defense" and "defence", "organize" and "organise". A report from one side of the Atlantic
 * is asked about from the other.
 */
export function otherSpellings(word: string): string[] {
  const out = new Set<string>();
  const swap = (from: RegExp, to: string) => {
    if (from.test(word)) out.add(word.replace(from, to));
  };
  swap(/([^aeiou])our(s|ed|ing|ful|ite|able|less)?$/, '$1or$2');
  swap(/([^aeiou])or(s|ed|ing|ful|ite|able|less)?$/, '$1our$2');
  swap(/([^aeiou])er(s)?$/, '$1re$2');
  swap(/([^aeiou])re(s)?$/, '$1er$2');
  swap(/ense(s)?$/, 'ence$1');
  swap(/ence(s)?$/, 'ense$1');
  swap(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  swap(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  out.delete(word);
  return [...out];
}

