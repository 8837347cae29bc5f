import { averageLength, lengthNorm, termScore } from './bm25.ts';

/**
 * The postings of each long list that can be among a one-word query's best, kept with the index:
 * a query whose candidates come from one word reads these few instead of scoring every document
 * that holds it (thousands, at 100,000 passages). TOP covers the 40 candidates a search re-ranks,
 * with room for those that also hold the query's other word.
 */
export const TOP = 64;
/** Shorter lists keep nothing: reading the whole list costs about as much as reading its top. */
export const MIN_TOP_LIST = 2 * TOP;
/**
 * A list keeps every posting down to this far below its TOP-th best: one left out is below each
 * kept by far more than the rounding of a query's weights can make up, so no tie is ever cut.
 */
const SLACK = 1e-6;

/** List `id` keeps `docs` and `counts` from `offsets[id]` to `offsets[id + 1]`, in document order. */
export interface TopPostings {
  offsets: Uint32Array;
  docs: Int32Array;
  counts: Uint8Array;
}

/** The document lengths' BM25 norms, as a search works them out. */
export function normsOf(lengths: Uint16Array, size: number): Float64Array {
  let total = 0;
  for (let doc = 0; doc < lengths.length; doc++) total += lengths[doc] as number;
  const average = averageLength(total, size);
  return Float64Array.from(lengths, (length) => lengthNorm(length, average));
}

/** The top postings of lists given as documents and counts, list after list (what encodePostings takes). */
export function topPostings(offsets: Uint32Array, docs: Int32Array, freqs: Uint8Array, norms: Float64Array): TopPostings {
  const lists = offsets.length - 1;
  const topOffsets = new Uint32Array(lists + 1);
  const kept: number[] = [];
  const heap = new Float64Array(TOP);
  for (let id = 0; id < lists; id++) {
    const start = offsets[id] as number;
    const end = offsets[id + 1] as number;
    if (end - start > MIN_TOP_LIST) {
      const floor = nthBest(docs, freqs, norms, start, end, heap) * (1 - SLACK);
      for (let k = start; k < end; k++) if (termScore(1, freqs[k] as number, norms[docs[k] as number] as number) >= floor) kept.push(k);
    }
    topOffsets[id + 1] = kept.length;
  }
  return { offsets: topOffsets, docs: Int32Array.from(kept, (k) => docs[k] as number), counts: Uint8Array.from(kept, (k) => freqs[k] as number) };
}

/** The TOP-th best score of one word (weight 1) among postings `start` to `end`, with a min-heap of the best. */
function nthBest(docs: Int32Array, freqs: Uint8Array, norms: Float64Array, start: number, end: number, heap: Float64Array): number {
  let size = 0;
  for (let k = start; k < end; k++) {
    const score = termScore(1, freqs[k] as number, norms[docs[k] as number] as number);
    if (size < TOP) {
      let i = size++;
      while (i > 0 && (heap[(i - 1) >> 1] as number) > score) {
        heap[i] = heap[(i - 1) >> 1] as number;
        i = (i - 1) >> 1;
      }
      heap[i] = score;
    } else if (score > (heap[0] as number)) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= TOP) break;
        const child = left + 1 < TOP && (heap[left + 1] as number) < (heap[left] as number) ? left + 1 : left;
        if ((heap[child] as number) >= score) break;
        heap[i] = heap[child] as number;
        i = child;
      }
      heap[i] = score;
    }
  }
  return heap[0] as number;
}
