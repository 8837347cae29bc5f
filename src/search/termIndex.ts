import { forEachTerm, stem, tokenize, type Token } from './text.ts';
import { encodePostings, Postings, type PostingLists } from './postings.ts';
import { phraseMatch, phraseMatchIn, phraseOf, reranked } from './phrase.ts';
import { ForwardBuilder, type ForwardIndex } from './forward.ts';
import { pushTop, type Candidate } from './candidates.ts';
import { averageLength, lengthNorm, termScore } from './bm25.ts';
import { normsOf, topPostings, type TopPostings } from './topPostings.ts';
import { topCandidates, walks, type WalkSpace } from './topWalk.ts';
import { Vocabulary, type Expansion } from './vocabulary.ts';
import { finish, type Steps } from '../base/steps.ts';

/** More query words than this add nothing but time; the rest are ignored and the answer says so. */
export const MAX_QUERY_TERMS = 24;
/** Candidates re-ranked by phrase proximity after the BM25 pass. */
const RERANK = 40;
/** Documents whose BM25 norm a step of a reload works out (the loop runs cold: a few milliseconds). */
const NORMS_PER_STEP = 20_000;
/** A document looked up in a bitmap costs about as much as this many postings walked. */
const BITMAP_LOOKUP_COST = 3;
/** Query words compared as a phrase; a 6,000-character query is not a phrase anyone remembers. */
const MAX_PHRASE = 40;

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
  /** Each word also matches its other forms and synonyms in the index (a search within one speaker's words). */
  related?: boolean;
  /** Every posting scored and every candidate's text read, no shortcut: what the tests hold the shortcuts to. */
  exhaustive?: boolean;
}

/**
 * The index as flat arrays, what a saved index holds: posting list `i` is for `stems[i]`.
 * Flat arrays rather than arrays per stem: a large vocabulary costs no object per word, and a
 * saved copy is read back without copying.
 */
export interface IndexParts {
  stems: string[];
  postings: PostingLists;
  /** Indexed words, excluding stop words, with their stems as indexes into `stems`: the vocabulary. */
  terms: string[];
  termStems: Uint32Array;
  /** Each document's length in words for BM25, stop words excluded. */
  lengths: Uint16Array;
  /** The best postings of each long list (topPostings.ts). */
  top: TopPostings;
  /** Each document's text as stem numbers, for the phrase re-ranking. */
  forward: ForwardIndex;
}

/** Per-document space a search works in, the top-k walk's too; every search leaves it zeroed where it wrote. */
type Scratch = WalkSpace;

let scratch: Scratch | null = null;

/**
 * Scratch space for an index of `size` documents, reused by every query of every index: no
 * allocation proportional to the corpus per search, nor per reload (the index that replaces
 * another takes its space over). Searches run one at a time, so one space serves them all.
 */
function scratchFor(size: number): Scratch {
  if (!scratch || scratch.scores.length < size) {
    const n = Math.ceil(size * 1.25);
    scratch = {
      scores: new Float64Array(n),
      covered: new Float64Array(n),
      masks: new Uint32Array(n),
      touched: new Int32Array(n),
      listDocs: new Int32Array(n),
      listCounts: new Uint8Array(n),
      inOther: new Int32Array(Math.ceil(n / 32)),
    };
  }
  return scratch;
}

/**
 * One word's match in `doc`, added to the search's scratch space unless a better expansion of the
 * word already matched there; returns how many documents are touched now. `norm` is the
 * document's BM25 length normalisation.
 */
function addMatch(space: Scratch, touchedCount: number, doc: number, tf: number, bit: number, weight: number, coverage: number, norm: number): number {
  const mask = space.masks[doc] as number;
  if ((mask & bit) !== 0) return touchedCount;
  if (mask === 0) space.touched[touchedCount++] = doc;
  space.masks[doc] = mask | bit;
  space.scores[doc] = (space.scores[doc] as number) + termScore(weight, tf, norm);
  space.covered[doc] = (space.covered[doc] as number) + coverage;
  return touchedCount;
}

/**
 * An inverted index over stems with BM25 scoring. fuse.js (in the Vocabulary) turns each query
 * word into the stems it may mean; the index then touches only documents holding those stems,
 * so a query costs the length of a few posting lists, not a scan of every passage.
 */
export class TermIndex {
  private built: Vocabulary | null = null;
  private readonly stemIds: Map<string, number>;
  private readonly postings: Postings;
  private readonly idfs: Float64Array;
  private readonly lengths: Uint16Array;
  private normsOf: Float64Array | null = null;
  /** A place list's number (1-based) by stem number while a search re-ranks; 0 elsewhere. */
  private placeOf: Int32Array | null = null;
  private readonly unknownIdf: number;

  /** `textOf(doc)` gives a document's text back, for the phrase re-ranking; `size` documents. */
  private constructor(
    private readonly parts: IndexParts,
    private readonly textOf: (doc: number) => string,
    readonly size: number,
  ) {
    const { stems, lengths } = parts;
    this.postings = new Postings(parts.postings, size);
    const n = Math.max(1, size);
    this.stemIds = new Map();
    this.idfs = new Float64Array(stems.length);
    stems.forEach((stem, id) => {
      this.stemIds.set(stem, id);
      this.idfs[id] = idf(n, this.postings.length(id));
    });
    this.lengths = lengths;
    // A word the report never uses says more than its rarest word: "summer barbecue" is not half answered by "summer".
    this.unknownIdf = idf(n, 0.5);
  }

  /** Each document's BM25 length normalisation, worked out once (by `prepareSteps` or the first search) rather than for every posting. */
  private get norms(): Float64Array {
    return (this.normsOf ??= finish(this.normSteps()));
  }

  private *normSteps(): Steps<Float64Array> {
    const { lengths, size } = this;
    let total = 0;
    for (let doc = 0; doc < lengths.length; doc++) {
      total += lengths[doc] as number;
      if ((doc + 1) % NORMS_PER_STEP === 0) yield;
    }
    const avgLength = averageLength(total, size);
    const norms = new Float64Array(lengths.length);
    for (let doc = 0; doc < lengths.length; doc++) {
      norms[doc] = lengthNorm(lengths[doc] as number, avgLength);
      if ((doc + 1) % NORMS_PER_STEP === 0) yield;
    }
    return norms;
  }

  /** Built on first use, or by `prepareSteps` when a reload makes the index. */
  get vocabulary(): Vocabulary {
    if (!this.built) finish(this.prepareSteps());
    return this.built as Vocabulary;
  }

  /**
   * Builds what is otherwise built at the first question, in steps of a few milliseconds, for a
   * reload to run between answers (`finish` runs them at once). `common`: stems whose bitmaps to
   * make now, one a step (those the index it replaces made), rather than at the first questions
   * after the swap.
   */
  *prepareSteps(common: readonly string[] = []): Steps<void> {
    if (!this.normsOf) {
      const norms = yield* this.normSteps();
      this.normsOf ??= norms;
    }
    if (!this.built) {
      yield;
      const { stems, terms, termStems } = this.parts;
      const stemOf = new Map<string, string>();
      terms.forEach((term, i) => stemOf.set(term, stems[termStems[i] as number] as string));
      yield;
      const built = yield* Vocabulary.build(stemOf, (stem) => this.stemIds.has(stem));
      // A question asked meanwhile may have built it already.
      this.built ??= built;
    }
    for (const stem of common) {
      const id = this.stemIds.get(stem);
      if (id !== undefined) this.postings.bitmap(id);
      yield;
    }
  }

  /** The stems whose bitmaps searches made, least recently used first. */
  commonStems(): string[] {
    return this.postings.bitmapLists().map((id) => this.parts.stems[id] as string);
  }

  /**
   * Indexes `texts`; `extras[i]`, when given, is indexed with text i but not kept (a speaker's
   * name for a list item that never repeats it). Postings are gathered in typed arrays, not
   * JavaScript arrays: at 100,000 passages that is the difference between 60 MB and 200 MB.
   */
  static build(texts: readonly string[], extras?: readonly (string | undefined)[]): TermIndex {
    return new TermIndex(TermIndex.partsOf(texts, extras), (doc) => texts[doc] as string, texts.length);
  }

  /** An index from parts made by `build` (and saved), over documents whose texts `textOf` gives. */
  static fromParts(parts: IndexParts, textOf: (doc: number) => string, size: number): TermIndex {
    return new TermIndex(parts, textOf, size);
  }

  /** What this index is made of, for saving. */
  toParts(): IndexParts {
    return this.parts;
  }

  private static partsOf(texts: readonly string[], extras?: readonly (string | undefined)[]): IndexParts {
    const n = texts.length;
    const idOf = new Map<string, number>();
    const stems: string[] = [];
    const stemOf = new Map<string, number>();
    const lengths = new Uint16Array(n);
    // (term id, frequency) pairs, document after document.
    let pairs = new Int32Array(1 << 16);
    let used = 0;
    const docStart = new Int32Array(n + 1);
    // A document's count of each stem, by stem id, and its stems in the order first met: a
    // typed array rather than a map per document, as most of indexing is this count.
    let counts = new Int32Array(1 << 12);
    const inDoc: number[] = [];
    const forward = new ForwardBuilder(n);
    let inText = false;
    let length = 0;
    // Stop words are indexed for queries made only of them ("to be or not to be"); they are not
    // in the vocabulary that corrects typos, nor in a passage's length for BM25.
    const count = (term: string, stem: string, stopword: boolean) => {
      let id = idOf.get(stem);
      if (id === undefined) {
        id = stems.length;
        idOf.set(stem, id);
        stems.push(stem);
        if (id === counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      if (!stopword) {
        length++;
        if (!stemOf.has(term)) stemOf.set(term, id);
      }
      if (inText) forward.add(id);
      const before = counts[id] as number;
      counts[id] = before + 1;
      if (before === 0) inDoc.push(id);
    };
    for (let doc = 0; doc < n; doc++) {
      length = 0;
      forward.startDocument(doc);
      inText = true;
      forEachTerm(texts[doc] as string, count);
      inText = false;
      const extra = extras?.[doc];
      if (extra) forEachTerm(extra, count);
      docStart[doc] = used;
      if (used + 2 * inDoc.length > pairs.length) {
        const grown = new Int32Array(Math.max(pairs.length * 2, used + 2 * inDoc.length));
        grown.set(pairs.subarray(0, used));
        pairs = grown;
      }
      for (const id of inDoc) {
        pairs[used++] = id;
        pairs[used++] = counts[id] as number;
        counts[id] = 0;
      }
      inDoc.length = 0;
      lengths[doc] = Math.min(length, 65_535);
    }
    docStart[n] = used;
    const offsets = new Uint32Array(stems.length + 1);
    for (let i = 0; i < used; i += 2) {
      const next = (pairs[i] as number) + 1;
      offsets[next] = (offsets[next] as number) + 1;
    }
    for (let id = 0; id < stems.length; id++) offsets[id + 1] = (offsets[id + 1] as number) + (offsets[id] as number);
    const docs = new Int32Array(used / 2);
    const freqs = new Uint8Array(used / 2);
    const fill = offsets.slice(0, stems.length);
    for (let doc = 0; doc < n; doc++) {
      for (let i = docStart[doc] as number; i < (docStart[doc + 1] as number); i += 2) {
        const id = pairs[i] as number;
        const at = fill[id] as number;
        fill[id] = at + 1;
        docs[at] = doc;
        // BM25 saturates long before: 255 occurrences count as many as more.
        freqs[at] = Math.min(pairs[i + 1] as number, 255);
      }
    }
    return {
      stems,
      postings: encodePostings(offsets, docs, freqs),
      terms: [...stemOf.keys()],
      termStems: Uint32Array.from(stemOf.values()),
      lengths,
      top: topPostings(offsets, docs, freqs, normsOf(lengths, n)),
      forward: forward.finish(),
    };
  }

  /** How rare a stem is (BM25's IDF); a stem the index lacks is as rare as can be. */
  idf(stem: string): number {
    const id = this.stemIds.get(stem);
    return id === undefined ? this.unknownIdf : (this.idfs[id] as number);
  }

  /** A stem's number in this index (a compact way to name it), or undefined when the index lacks it. */
  stemNumber(stem: string): number | undefined {
    return this.stemIds.get(stem);
  }

  stemAt(n: number): string | undefined {
    return this.parts.stems[n];
  }

  get stemCount(): number {
    return this.parts.stems.length;
  }

  /** Documents holding a stem, for callers that count. */
  documentFrequency(stem: string): number {
    const id = this.stemIds.get(stem);
    return id === undefined ? 0 : this.postings.length(id);
  }

  /** The query's content words, each with what it may mean in this index. */
  queryTerms(query: string, partialLastWord = false): { terms: QueryTerm[]; ignoredWords: number; phrase: Set<string>[]; phraseBits: number[] } {
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
      // A word the report never uses weighs as a rare word even when a synonym stands in for it,
      // so that "summer barbecue" is not half answered by "summer" and a "cook" from barbecue's synonyms.
      const weight = best && best.via !== 'synonym' ? this.idf(best.stem) : this.unknownIdf;
      return { word: token.term, weight, expansions };
    });
    // "heat wave" where the report writes "heatwave": each word may match the compound.
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i] as Token;
      const b = tokens[i + 1] as Token;
      if (a.stopword || b.stopword) continue;
      const compound = stem(a.term + b.term);
      if (!this.stemIds.has(compound)) continue;
      for (const t of terms) if (t.word === a.term || t.word === b.term) t.expansions = [...t.expansions, { stem: compound, weight: 1, via: 'exact', word: a.term + b.term }];
    }
    // The whole query, stop words included, word by word: what each word may match in a phrase.
    const stemsOf = new Map(kept.map((token, i) => [token.stem, new Set((terms[i] as QueryTerm).expansions.map((e) => e.stem))]));
    const bitOf = new Map(kept.map((token, i) => [token.stem, 2 ** i]));
    const inPhrase = tokens.slice(0, MAX_PHRASE);
    const phrase = inPhrase.map((t) => stemsOf.get(t.stem) ?? new Set([t.stem]));
    return { terms, ignoredWords: unique.length - kept.length, phrase, phraseBits: inPhrase.map((t) => bitOf.get(t.stem) ?? 0) };
  }

  search(query: string, options: SearchOptions = {}): SearchOutcome {
    const { limit = 10, partialLastWord = false, related = false } = options;
    const { terms, ignoredWords, phrase, phraseBits } = this.queryTerms(query, partialLastWord);
    if (related) for (const t of terms) t.expansions = [...t.expansions, ...this.vocabulary.related(t.word, t.expansions[0]?.stem ?? stem(t.word)).filter((e) => !t.expansions.some((x) => x.stem === e.stem))];
    const matchedStems = new Set(terms.flatMap((t) => t.expansions.map((e) => e.stem)));
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
    if (totalWeight === 0) return { hits: [], terms, matchedStems, ignoredWords };
    const asPhrase = phraseOf(phrase, phraseBits);
    const candidates = this.candidates(terms, totalWeight, options);
    if (options.exhaustive) return { hits: reranked(candidates, asPhrase, limit, (doc) => phraseMatch(this.textOf(doc), asPhrase), true), terms, matchedStems, ignoredWords };
    // The phrase's places by stem number, in an array kept with the index and cleared after: a
    // word of a passage costs an array read, not a map lookup.
    const placeOf = (this.placeOf ??= new Int32Array(this.parts.stems.length));
    const lists: number[][] = [];
    const ids: number[] = [];
    for (const [stem, places] of asPhrase.places) {
      const id = this.stemIds.get(stem);
      if (id === undefined) continue;
      lists.push(places);
      ids.push(id);
      placeOf[id] = lists.length;
    }
    try {
      const { forward } = this.parts;
      const hits = reranked(candidates, asPhrase, limit, (doc) => phraseMatchIn(forward, doc, placeOf, lists, asPhrase.length));
      return { hits, terms, matchedStems, ignoredWords };
    } finally {
      for (const id of ids) placeOf[id] = 0;
    }
  }

  /**
   * The RERANK best documents by coverage, then BM25, before the phrase re-ranking. A function
   * of its own: the walk over the posting lists stays compiled whatever the rest does.
   */
  private candidates(terms: QueryTerm[], totalWeight: number, options: SearchOptions): Candidate[] {
    const { only = null, minCoverage = 0 } = options;
    const space = scratchFor(this.size);
    const { scores, covered, masks, touched, listDocs, listCounts } = space;
    const norms = this.norms;
    let touchedCount = 0;
    // Rarest words first. Once the words left cannot lift a new document to minCoverage on their
    // own, a common word ("virtualization", in most passages) only updates the documents already
    // found, each looked up in its bitmap or its compressed list, instead of walking the list.
    const order = terms.map((term, t) => ({ term, bit: 2 ** t })).sort((a, b) => b.term.weight - a.term.weight);
    if (!only && !options.exhaustive) {
      const walk = { postings: this.postings, top: this.parts.top, idfs: this.idfs, norms, stemIds: this.stemIds };
      const found = topCandidates(walk, space, order, totalWeight, minCoverage, RERANK);
      if (found) {
        walks.top++;
        return found;
      }
    }
    walks.full++;
    let remaining = totalWeight;
    const needed = minCoverage * totalWeight - 1e-9;
    for (const { term, bit } of order) {
      const updateOnly = minCoverage > 0 && remaining < minCoverage * totalWeight;
      if (updateOnly) {
        // A document that the words left cannot lift to minCoverage is dropped now rather than
        // updated for every word to come: with a long query, most of those found so far.
        let kept = 0;
        for (let k = 0; k < touchedCount; k++) {
          const doc = touched[k] as number;
          if ((covered[doc] as number) + remaining >= needed) touched[kept++] = doc;
          else {
            scores[doc] = 0;
            covered[doc] = 0;
            masks[doc] = 0;
          }
        }
        touchedCount = kept;
      }
      remaining -= term.weight;
      for (const expansion of term.expansions) {
        const id = this.stemIds.get(expansion.stem);
        if (id === undefined) continue;
        const weight = (this.idfs[id] as number) * expansion.weight;
        const coverage = term.weight * expansion.weight;
        // A word in most passages, for the few documents found: each looked up in its bitmap, or
        // in its compressed list when it has none and that costs less than walking it.
        const bitmap = updateOnly && touchedCount * BITMAP_LOOKUP_COST < this.postings.length(id) ? this.postings.bitmap(id) : null;
        if (bitmap || (updateOnly && touchedCount * this.postings.lookupCost(id) < this.postings.length(id))) {
          for (let k = 0; k < touchedCount; k++) {
            const doc = touched[k] as number;
            const count = bitmap ? this.postings.countInBitmap(bitmap, doc) : this.postings.countIn(id, doc);
            if (count > 0) touchedCount = addMatch(space, touchedCount, doc, count, bit, weight, coverage, norms[doc] as number);
          }
          continue;
        }
        const length = this.postings.decode(id, listDocs, listCounts);
        // One loop per case, so that the loop over a long list tests nothing it need not.
        if (updateOnly) {
          for (let i = 0; i < length; i++) {
            const doc = listDocs[i] as number;
            if (masks[doc] !== 0) touchedCount = addMatch(space, touchedCount, doc, listCounts[i] as number, bit, weight, coverage, norms[doc] as number);
          }
        } else if (only) {
          for (let i = 0; i < length; i++) {
            const doc = listDocs[i] as number;
            if (only[doc] !== 0) touchedCount = addMatch(space, touchedCount, doc, listCounts[i] as number, bit, weight, coverage, norms[doc] as number);
          }
        } else {
          for (let i = 0; i < length; i++) {
            const doc = listDocs[i] as number;
            touchedCount = addMatch(space, touchedCount, doc, listCounts[i] as number, bit, weight, coverage, norms[doc] as number);
          }
        }
      }
    }

    let maxScore = 0;
    for (let i = 0; i < touchedCount; i++) maxScore = Math.max(maxScore, scores[touched[i] as number] as number);
    const candidates: Candidate[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const coverage = Math.min(1, (covered[doc] as number) / totalWeight);
      if (coverage >= minCoverage) {
        const bm25 = (scores[doc] as number) / maxScore;
        pushTop(candidates, doc, coverage, coverage * (0.85 + 0.15 * bm25), masks[doc] as number, RERANK);
      }
      scores[doc] = 0;
      covered[doc] = 0;
      masks[doc] = 0;
    }
    return candidates;
  }
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
