/** BM25's usual constants: term-frequency saturation and length normalisation. */
export const K1 = 1.2;
export const B = 0.75;

/** A document's length normalisation, from its length and the average length of the index's documents. */
export function lengthNorm(length: number, averageLength: number): number {
  return K1 * (1 - B + (B * length) / averageLength);
}

/** The average document length as BM25 takes it: at least 1, over at least one document. */
export function averageLength(total: number, size: number): number {
  return Math.max(1, total / Math.max(1, size));
}

/** One word's BM25 score in a document: `weight` (its IDF, times how well it matches) and the saturated count. */
export function termScore(weight: number, tf: number, norm: number): number {
  return (weight * tf * (K1 + 1)) / (tf + norm);
}
