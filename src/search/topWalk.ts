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

/** Space the walk decodes lists into (as long as the longest list), and a per-document mark left zeroed. */
export interface WalkSpace {
  listDocs: Int32Array;
  listCounts: Uint8Array;
  otherDocs: Int32Array;
  otherCounts: Uint8Array;
  marks: Uint32Array;
}

/** A query word as the walk takes it: its bit in the candidates' masks. */
export interface OrderedTerm {
  term: QueryTerm;
  bit: number;
}

/** How many candidate searches the top-k walk answered and how many it left to the full walk: for the tests and the bench. */
export const walks = { top: 0, full: 0 };

/** Below this share of the best score, a kept posting's lead over the rest might round away: the full walk decides. */
const MIN_SPREAD = 1e-3;

interface Found {
  doc: number;
  score: number;
  covered: number;
  matched: number;
}

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
  const found: Found[] = [];
  if (other) {
    // The full walk only updates the documents found when the other word cannot reach the minimum alone.
    if (!(remaining < minCoverage * totalWeight)) return null;
    if (!(coverage + remaining >= minCoverage * totalWeight - 1e-9)) return [];
    both(index, space, a, weight, coverage, lead.bit, other, found);
  }
  const kept = index.top.offsets;
  const fromTop = (kept[a.id + 1] as number) > (kept[a.id] as number);
  let maxScore = 0;
  for (const f of found) maxScore = Math.max(maxScore, f.score);
  let lowest = Infinity;
  const onlyLead: Found[] = [];
  const visit = (doc: number, tf: number) => {
    if (space.marks[doc] !== 0) return;
    const score = termScore(weight, tf, index.norms[doc] as number);
    maxScore = Math.max(maxScore, score);
    lowest = Math.min(lowest, score);
    onlyLead.push({ doc, score, covered: coverage, matched: lead.bit });
  };
  if (fromTop) {
    for (let k = kept[a.id] as number; k < (kept[a.id + 1] as number); k++) visit(index.top.docs[k] as number, index.top.counts[k] as number);
  } else {
    const n = index.postings.decode(a.id, space.listDocs, space.listCounts);
    for (let k = 0; k < n; k++) visit(space.listDocs[k] as number, space.listCounts[k] as number);
  }
  for (const f of found) space.marks[f.doc] = 0;
  // Too few kept postings beside those holding both words, or scores so spread that rounding could tie one kept with one left out.
  if (fromTop && (onlyLead.length < size || lowest < maxScore * MIN_SPREAD)) return null;
  const all = found.concat(onlyLead).sort((x, y) => x.doc - y.doc);
  const candidates: Candidate[] = [];
  for (const f of all) {
    const share = Math.min(1, f.covered / totalWeight);
    if (share >= minCoverage) pushTop(candidates, f.doc, share, share * (0.85 + 0.15 * (f.score / maxScore)), f.matched, size);
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

/**
 * The documents of the lead stem's list that also hold the other word, into `found`, each
 * marked in `space.marks`: scored as the full walk scores them, the lead first, then the first
 * of the other word's stems (best first) that the document holds.
 */
function both(index: WalkIndex, space: WalkSpace, a: { id: number }, weight: number, coverage: number, leadBit: number, other: OrderedTerm, found: Found[]): void {
  const { postings, norms } = index;
  const { listDocs, listCounts, otherDocs, otherCounts, marks } = space;
  const n = postings.decode(a.id, listDocs, listCounts);
  for (const e of other.term.expansions) {
    const id = index.stemIds.get(e.stem);
    if (id === undefined) continue;
    const otherWeight = (index.idfs[id] as number) * e.weight;
    const otherCoverage = other.term.weight * e.weight;
    const add = (k: number, tf: number) => {
      const doc = listDocs[k] as number;
      if (marks[doc] !== 0) return;
      marks[doc] = 1;
      const norm = norms[doc] as number;
      found.push({ doc, score: termScore(weight, listCounts[k] as number, norm) + termScore(otherWeight, tf, norm), covered: coverage + otherCoverage, matched: leadBit | other.bit });
    };
    const length = postings.length(id);
    const bitmap = n * 3 < length ? postings.bitmap(id) : null;
    if (bitmap) {
      for (let k = 0; k < n; k++) {
        const tf = postings.countInBitmap(bitmap, listDocs[k] as number);
        if (tf > 0) add(k, tf);
      }
    } else if (n * postings.lookupCost(id) < length) {
      for (let k = 0; k < n; k++) {
        const tf = postings.countIn(id, listDocs[k] as number);
        if (tf > 0) add(k, tf);
      }
    } else {
      const m = postings.decode(id, otherDocs, otherCounts);
      for (let k = 0, j = 0; k < n && j < m; ) {
        const x = listDocs[k] as number;
        const y = otherDocs[j] as number;
        if (x < y) k++;
        else if (y < x) j++;
        else {
          add(k, otherCounts[j] as number);
          k++;
          j++;
        }
      }
    }
  }
}
