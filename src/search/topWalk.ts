import { termScore } from './bm25.ts';
import { pushTop, type Candidate } from './candidates.ts';
import type { Postings } from './postings.ts';
import type { QueryTerm } from './termIndex.ts';
import type { TopPostings } from './topPostings.ts';

/** What the walk reads of an index. */
export interface WalkIndex {
  postings: Postings;
  top: TopPostings;
  idfs: Float64Array;
  norms: Float64Array;
  stemIds: ReadonlyMap<string, number>;
}

/**
 * The search's scratch space (TermIndex's): a list decoded into `listDocs` (as long as the
 * longest list), and per-document scores, coverage and marks, left zeroed.
 */
export interface WalkSpace {
  scores: Float64Array;
  covered: Float64Array;
  masks: Uint32Array;
  touched: Int32Array;
  listDocs: Int32Array;
  listCounts: Uint8Array;
  /** A bit per document, of the list a lead list is intersected with, left zeroed. */
  inOther: Int32Array;
}

/** A query word as the walk takes it: its bit in the candidates' masks. */
export interface OrderedTerm {
  term: QueryTerm;
  bit: number;
}

/** How many candidate searches the top-k walk answered and how many it left to the full walk: for the tests and the bench. */
export const walks = { top: 0, full: 0 };

/** The other word's list is decoded whole and set out as bits when it is at most this many times as long as the lead word's. */
const BITSET_RATIO = 8;
/** Below this share of the best score, a kept posting's lead over the rest might round away: the whole list is read. */
const MIN_SPREAD = 1e-3;
/** How far above the lead word's coverage a document holding both words must stand to rank above its documents for sure: rounding. */
const SURE_MARGIN = 1e-9;

/**
 * The candidates the full walk (TermIndex.candidates) gives, for the queries whose candidates
 * all come from one word: a query of one word, or of two where the rarer one is needed to reach
 * the minimum coverage (the commonest short queries). The documents that hold that word only
 * rank by its BM25 score, so the best of them are the top postings kept with its list; those
 * that hold both are found by intersecting the two lists. Scores, their sums and the order of
 * ties are worked out as the full walk works them out, so the candidates are the same to the
 * last bit. Null for any other query (a scope, a word with several spellings in the index, more
 * words): the full walk answers it.
 */
export function topCandidates(index: WalkIndex, space: WalkSpace, order: OrderedTerm[], totalWeight: number, minCoverage: number, size: number): Candidate[] | null {
  const [lead, other] = order;
  if (!lead || order.length > 2 || (other && minCoverage <= 0)) return null;
  // A minimum above 1 leaves the lead word only updating documents: none are found.
  if (minCoverage > 0 && totalWeight < minCoverage * totalWeight) return null;
  const a = onlyStem(index, lead.term);
  if (!a) return null;
  const remaining = totalWeight - lead.term.weight;
  const weight = (index.idfs[a.id] as number) * a.weight;
  const coverage = lead.term.weight * a.weight;
  const { scores, covered, masks, touched } = space;
  const { norms } = index;
  let both: Both = { decoded: -1, found: 0, sorted: true };
  if (other) {
    // The full walk only updates the documents found when the other word cannot reach the minimum alone.
    if (!(remaining < minCoverage * totalWeight)) return null;
    if (!(coverage + remaining >= minCoverage * totalWeight - 1e-9)) return [];
    both = intersect(index, space, a.id, weight, coverage, lead.bit | other.bit, other);
  }
  const leadShare = Math.min(1, coverage / totalWeight);
  let maxScore = 0;
  // Those holding both words that rank above any document holding the lead word only, whatever
  // the scores: a candidate's rank is its coverage times 0.85 to 1.
  let sure = 0;
  for (let i = 0; i < both.found; i++) {
    const d = touched[i] as number;
    maxScore = Math.max(maxScore, scores[d] as number);
    if (Math.min(1, (covered[d] as number) / totalWeight) * 0.85 > leadShare * (1 + SURE_MARGIN)) sure++;
  }
  // The documents holding the lead word only: its kept top, unless fewer are kept than the
  // candidates have room for beside those sure to rank above them, or their scores are so spread
  // that rounding could tie one kept with one left out; then the whole list. One left out ranks
  // below every one kept, and below those sure to rank above them: it cannot be a candidate. Nor
  // does it set the scale of the scores (the best of them): when none is kept, each document the
  // top keeps holds both words and scores more.
  const top = index.top;
  let docs = top.docs;
  let counts = top.counts;
  let from = top.offsets[a.id] as number;
  let to = top.offsets[a.id + 1] as number;
  let kept = 0;
  let best = maxScore;
  let lowest = Infinity;
  for (let k = from; k < to; k++) {
    const doc = docs[k] as number;
    if (masks[doc] !== 0) continue;
    const score = termScore(weight, counts[k] as number, norms[doc] as number);
    kept++;
    best = Math.max(best, score);
    lowest = Math.min(lowest, score);
  }
  if (kept < size - sure || lowest < best * MIN_SPREAD) {
    docs = space.listDocs;
    counts = space.listCounts;
    from = 0;
    to = both.decoded >= 0 ? both.decoded : index.postings.decode(a.id, docs, counts);
    best = maxScore;
    for (let k = from; k < to; k++) if (masks[docs[k] as number] === 0) best = Math.max(best, termScore(weight, counts[k] as number, norms[docs[k] as number] as number));
  }
  maxScore = best;
  // Offered in document order, as the full walk touches them, so that ties go the same way.
  if (!both.sorted) touched.subarray(0, both.found).sort();
  const candidates: Candidate[] = [];
  const offer = (doc: number, score: number, share: number, matched: number) => {
    if (share >= minCoverage) pushTop(candidates, doc, share, share * (0.85 + 0.15 * (score / maxScore)), matched, size);
  };
  let i = 0;
  for (let k = from; k <= to; k++) {
    const doc = k < to ? (docs[k] as number) : Infinity;
    if (k < to && masks[doc] !== 0) continue;
    for (; i < both.found && (touched[i] as number) < doc; i++) {
      const d = touched[i] as number;
      offer(d, scores[d] as number, Math.min(1, (covered[d] as number) / totalWeight), masks[d] as number);
    }
    if (k < to) offer(doc, termScore(weight, counts[k] as number, norms[doc] as number), leadShare, lead.bit);
  }
  for (let j = 0; j < both.found; j++) {
    const d = touched[j] as number;
    scores[d] = 0;
    covered[d] = 0;
    masks[d] = 0;
  }
  return candidates;
}

/** The one stem through which a word reaches the index, or null when it has none or several. */
function onlyStem(index: WalkIndex, term: QueryTerm): { id: number; weight: number } | null {
  let found: { id: number; weight: number } | null = null;
  for (const e of term.expansions) {
    const id = index.stemIds.get(e.stem);
    if (id === undefined) continue;
    if (found) return null;
    found = { id, weight: e.weight };
  }
  return found;
}

/** What `intersect` found: the lead list's length (decoded in `listDocs`), and how many of its documents hold the other word too. */
interface Both {
  decoded: number;
  found: number;
  /** False when several spellings of the other word found them, list after list. */
  sorted: boolean;
}

/**
 * The documents of the lead stem's list that also hold the other word, into `space.touched`,
 * each scored in `space.scores` and `space.covered` as the full walk scores it (the lead first,
 * then the first of the other word's stems, best first, that it holds) and marked with `bits`.
 */
function intersect(index: WalkIndex, space: WalkSpace, lead: number, weight: number, coverage: number, bits: number, other: OrderedTerm): Both {
  const { postings } = index;
  const { listDocs, listCounts, inOther } = space;
  const n = postings.decode(lead, listDocs, listCounts);
  let found = 0;
  let spellings = 0;
  // No closure in the loops below (`keep` is a function of the module): each read of an array a
  // closure captured went through its context, in loops that run for every posting of two lists.
  for (const e of other.term.expansions) {
    const id = index.stemIds.get(e.stem);
    if (id === undefined) continue;
    const scoring: Scoring = { weight, otherWeight: (index.idfs[id] as number) * e.weight, covered: coverage + other.term.weight * e.weight, bits };
    const before = found;
    const length = postings.length(id);
    const bitmap = n * 3 < length ? postings.bitmap(id) : null;
    if (bitmap) {
      for (let k = 0; k < n; k++) {
        const tf = postings.countInBitmap(bitmap, listDocs[k] as number);
        if (tf > 0) found = keep(index, space, found, k, tf, scoring);
      }
    } else if (length <= BITSET_RATIO * n && n + length <= listDocs.length) {
      // The other list's documents as bits (a few kilobytes, which the cache keeps), each of the
      // lead list's documents looked up there, and the other's count of one found by galloping
      // on from the last: a merge's every step waits on the one before.
      const end = n + postings.decode(id, listDocs.subarray(n), listCounts.subarray(n));
      for (let j = n; j < end; j++) {
        const doc = listDocs[j] as number;
        inOther[doc >>> 5] = (inOther[doc >>> 5] as number) | (1 << (doc & 31));
      }
      for (let k = 0, j = n; k < n; k++) {
        const doc = listDocs[k] as number;
        if (((inOther[doc >>> 5] as number) & (1 << (doc & 31))) === 0) continue;
        j = placeOf(listDocs, j, end, doc);
        found = keep(index, space, found, k, listCounts[j] as number, scoring);
      }
      if (end > n) inOther.fill(0, (listDocs[n] as number) >>> 5, ((listDocs[end - 1] as number) >>> 5) + 1);
    } else {
      postings.intersect(id, listDocs, n, (k, tf) => (found = keep(index, space, found, k, tf, scoring)));
    }
    if (found > before) spellings++;
  }
  return { decoded: n, found, sorted: spellings <= 1 };
}

/** How a document holding both words scores: the lead word's weight, the other spelling's, their coverage together, and the words' bits. */
interface Scoring {
  weight: number;
  otherWeight: number;
  covered: number;
  bits: number;
}

/** Document `listDocs[k]`, holding the other word `tf` times, scored unless another spelling found it first; how many are found after. */
function keep(index: WalkIndex, space: WalkSpace, found: number, k: number, tf: number, scoring: Scoring): number {
  const doc = space.listDocs[k] as number;
  if (space.masks[doc] !== 0) return found;
  space.masks[doc] = scoring.bits;
  const norm = index.norms[doc] as number;
  space.scores[doc] = termScore(scoring.weight, space.listCounts[k] as number, norm) + termScore(scoring.otherWeight, tf, norm);
  space.covered[doc] = scoring.covered;
  space.touched[found] = doc;
  return found + 1;
}

/** The place of `doc` in `docs` (ascending), which holds it at `from` or after and before `end`: galloping, then halving. */
function placeOf(docs: Int32Array, from: number, end: number, doc: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < end && (docs[lo + step] as number) <= doc) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, end - 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
