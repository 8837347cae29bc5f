import { tokenize } from './text.ts';
import { Vocabulary, type Expansion } from './vocabulary.ts';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** More query words than this add nothing but time; the rest are ignored and the answer says so. */
export const MAX_QUERY_TERMS = 24;
/** Candidates re-ranked by phrase proximity after the BM25 pass. */
const RERANK = 40;

export interface QueryTerm {
  word: string;
  /** How much of the query's information this word carries (its IDF). */
  weight: number;
  expansions: Expansion[];
}

export interface Hit {
  /** Index of the document in the list the index was built from. */
  doc: number;
  /** Relevance from 0 to 1: mostly coverage, then BM25 and word proximity. */
  score: number;
  /** Share of the query's weight that the document matches, from 0 to 1. */
  coverage: number;
}

export interface SearchOutcome {
  hits: Hit[];
  terms: QueryTerm[];
  /** Stems to mark in excerpts. */
  matchedStems: Set<string>;
  /** Query words beyond MAX_QUERY_TERMS that were left out. */
  ignoredWords: number;
}

export interface SearchOptions {
  /** Only documents with a non-zero entry here. */
  only?: Uint8Array | null;
  limit?: number;
  /** Hits below this coverage are not returned. */
  minCoverage?: number;
  /** The last query word may be unfinished (autocomplete). */
  partialLastWord?: boolean;
}

interface Postings {
  docs: Int32Array;
  freqs: Uint16Array;
  idf: number;
}

/**
 * An inverted index over stems with BM25 scoring. fuse.js (in the Vocabulary) turns each query
 * word into the stems it may mean; the index then touches only documents holding those stems,
 * so a query costs the length of a few posting lists, not a scan of every passage.
 */
export class TermIndex {
  readonly vocabulary: Vocabulary;
  private readonly postings: Map<string, Postings>;
  private readonly lengths: Uint16Array;
  private readonly avgLength: number;
  private readonly unknownIdf: number;
  // Scratch space reused by every query: no allocation proportional to the corpus per search.
  private readonly scores: Float64Array;
  private readonly covered: Float64Array;
  private readonly masks: Uint32Array;
  private readonly touched: Int32Array;

  private constructor(
    private readonly texts: readonly string[],
    postings: Map<string, Postings>,
    lengths: Uint16Array,
    stemOf: Map<string, string>,
  ) {
    this.postings = postings;
    this.lengths = lengths;
    const n = Math.max(1, texts.length);
    let total = 0;
    for (const length of lengths) total += length;
    this.avgLength = Math.max(1, total / n);
    this.unknownIdf = idf(n, 1);
    this.vocabulary = new Vocabulary(stemOf, (stem) => postings.has(stem));
    this.scores = new Float64Array(texts.length);
    this.covered = new Float64Array(texts.length);
    this.masks = new Uint32Array(texts.length);
    this.touched = new Int32Array(texts.length);
  }

  static build(texts: readonly string[]): TermIndex {
    const lists = new Map<string, number[]>();
    const stemOf = new Map<string, string>();
    const lengths = new Uint16Array(texts.length);
    texts.forEach((text, doc) => {
      const counts = new Map<string, number>();
      let length = 0;
      for (const token of tokenize(text)) {
        if (token.stopword) continue;
        length++;
        counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
        if (!stemOf.has(token.term)) stemOf.set(token.term, token.stem);
      }
      lengths[doc] = Math.min(length, 65_535);
      for (const [stem, count] of counts) {
        let list = lists.get(stem);
        if (!list) lists.set(stem, (list = []));
        list.push(doc, count);
      }
    });
    const postings = new Map<string, Postings>();
    for (const [stem, list] of lists) {
      const size = list.length / 2;
      const docs = new Int32Array(size);
      const freqs = new Uint16Array(size);
      for (let i = 0; i < size; i++) {
        docs[i] = list[2 * i] as number;
        freqs[i] = Math.min(list[2 * i + 1] as number, 65_535);
      }
      postings.set(stem, { docs, freqs, idf: idf(texts.length, size) });
    }
    return new TermIndex(texts, postings, lengths, stemOf);
  }

  get size(): number {
    return this.texts.length;
  }

  /** How rare a stem is (BM25's IDF); a stem the index lacks is as rare as can be. */
  idf(stem: string): number {
    return this.postings.get(stem)?.idf ?? this.unknownIdf;
  }

  /** Documents holding a stem, for callers that count. */
  documentFrequency(stem: string): number {
    return this.postings.get(stem)?.docs.length ?? 0;
  }

  /** The query's content words, each with what it may mean in this index. */
  queryTerms(query: string, partialLastWord = false): { terms: QueryTerm[]; ignoredWords: number } {
    const tokens = tokenize(query);
    let content = tokens.filter((t) => !t.stopword);
    // A query made only of stop words ("to be or not to be") still means something.
    if (content.length === 0) content = tokens;
    const unique = [...new Map(content.map((t) => [t.stem, t])).values()];
    const kept = unique.slice(0, MAX_QUERY_TERMS);
    const lastToken = tokens[tokens.length - 1];
    const endsInWord = partialLastWord && lastToken !== undefined && lastToken.end === query.trimEnd().length && query.trimEnd().length === query.length;
    const terms = kept.map((token) => {
      const partial = endsInWord && token === unique[unique.length - 1] && token.stem === lastToken?.stem;
      const expansions = this.vocabulary.expand(token.term, token.stem, partial);
      const best = expansions[0];
      const weight = best ? (this.postings.get(best.stem)?.idf ?? this.unknownIdf) : this.unknownIdf;
      return { word: token.term, weight, expansions };
    });
    return { terms, ignoredWords: unique.length - kept.length };
  }

  search(query: string, options: SearchOptions = {}): SearchOutcome {
    const { only = null, limit = 10, minCoverage = 0, partialLastWord = false } = options;
    const { terms, ignoredWords } = this.queryTerms(query, partialLastWord);
    const matchedStems = new Set(terms.flatMap((t) => t.expansions.map((e) => e.stem)));
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
    if (totalWeight === 0) return { hits: [], terms, matchedStems, ignoredWords };

    const { scores, covered, masks, touched } = this;
    let touchedCount = 0;
    terms.forEach((term, t) => {
      const bit = 2 ** t;
      for (const expansion of term.expansions) {
        const list = this.postings.get(expansion.stem);
        if (!list) continue;
        const { docs, freqs } = list;
        const weight = list.idf * expansion.weight;
        const coverage = term.weight * expansion.weight;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (only && only[doc] === 0) continue;
          const mask = masks[doc] as number;
          if ((mask & bit) !== 0) continue; // a better expansion of this word already matched here
          if (mask === 0) touched[touchedCount++] = doc;
          masks[doc] = mask | bit;
          const tf = freqs[i] as number;
          const norm = K1 * (1 - B + (B * (this.lengths[doc] as number)) / this.avgLength);
          scores[doc] = (scores[doc] as number) + (weight * tf * (K1 + 1)) / (tf + norm);
          covered[doc] = (covered[doc] as number) + coverage;
        }
      }
    });

    let maxScore = 0;
    for (let i = 0; i < touchedCount; i++) maxScore = Math.max(maxScore, scores[touched[i] as number] as number);
    const candidates: Hit[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const coverage = Math.min(1, (covered[doc] as number) / totalWeight);
      if (coverage >= minCoverage) {
        const bm25 = (scores[doc] as number) / maxScore;
        pushTop(candidates, { doc, coverage, score: coverage * (0.85 + 0.15 * bm25) }, RERANK);
      }
      scores[doc] = 0;
      covered[doc] = 0;
      masks[doc] = 0;
    }
    const hits = candidates
      .map((hit) => ({ ...hit, score: hit.score * (0.9 + 0.1 * proximity(this.texts[hit.doc] as string, terms)) }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit);
    return { hits, terms, matchedStems, ignoredWords };
  }
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Keeps the `size` best hits in `top`, sorted best first. */
function pushTop(top: Hit[], hit: Hit, size: number): void {
  if (top.length === size && (top[size - 1] as Hit).score >= hit.score) return;
  let i = top.length < size ? top.length : size - 1;
  top[i] = hit;
  while (i > 0 && (top[i - 1] as Hit).score < hit.score) {
    top[i] = top[i - 1] as Hit;
    i--;
  }
  top[i] = hit;
}

/**
 * Share of neighbouring query words that stand close together in the text, in either order:
 * "open source project" favours the passage that says "open source project" over one that
 * has the three words apart.
 */
function proximity(text: string, terms: QueryTerm[]): number {
  if (terms.length < 2) return 1;
  const positions = new Map<string, number[]>();
  tokenize(text)
    .filter((t) => !t.stopword)
    .forEach((token, i) => {
      const list = positions.get(token.stem) ?? [];
      list.push(i);
      positions.set(token.stem, list);
    });
  const at = (term: QueryTerm) => term.expansions.flatMap((e) => positions.get(e.stem) ?? []);
  let close = 0;
  for (let i = 1; i < terms.length; i++) {
    const a = at(terms[i - 1] as QueryTerm);
    const b = at(terms[i] as QueryTerm);
    if (a.some((x) => b.some((y) => Math.abs(x - y) <= 2))) close++;
  }
  return close / (terms.length - 1);
}
