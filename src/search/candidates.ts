import type { Hit } from './termIndex.ts';

/** A candidate of the BM25 pass, with the bits of the query words it holds. */
export interface Candidate extends Hit {
  matched: number;
}

/**
 * Keeps the `size` best hits in `top`, sorted best first, the first offered before an equal one.
 * A hit is made only when it gets in: a common word touches tens of thousands of documents, and
 * one object each would be most of what an answer allocates (about 0.5 MB), each young-generation
 * collection's work.
 */
export function pushTop(top: Candidate[], doc: number, coverage: number, score: number, matched: number, size: number): void {
  if (top.length === size && (top[size - 1] as Candidate).score >= score) return;
  const hit = { doc, coverage, score, matched };
  let i = top.length < size ? top.length : size - 1;
  top[i] = hit;
  while (i > 0 && (top[i - 1] as Candidate).score < score) {
    top[i] = top[i - 1] as Candidate;
    i--;
  }
  top[i] = hit;
}
