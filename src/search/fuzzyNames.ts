import Fuse from 'fuse.js';
import { finish } from '../base/steps.ts';
import { PairIndex } from './pairIndex.ts';

/** A name typed with up to a third of its letters wrong still finds it; anywhere in the name ("crosby" in "Simon Crosby"). */
const THRESHOLD = 0.35;
const OPTIONS = { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, ignoreFieldNorm: true };
/** fuse.js cuts longer patterns into pieces, which the letter-pair bound below does not cover. */
const MAX_FILTERED = 32;

/**
 * Whether some part of `text` is within `errors` edits (letters changed, added or left out) of
 * `pattern`: what fuse.js's Bitap search finds, so a name failing this is one fuse.js would not
 * match. The classic dynamic programme in which a match may start anywhere in the text.
 */
export function approximatelyIn(pattern: string, text: string, errors: number): boolean {
  const m = pattern.length;
  if (m <= errors) return true;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  for (let t = 0; t < text.length; t++) {
    const char = text.charCodeAt(t);
    current[0] = 0;
    for (let i = 1; i <= m; i++) {
      const change = (previous[i - 1] as number) + (pattern.charCodeAt(i - 1) === char ? 0 : 1);
      current[i] = Math.min(change, (previous[i] as number) + 1, (current[i - 1] as number) + 1);
    }
    if ((current[m] as number) <= errors) return true;
    [previous, current] = [current, previous];
  }
  return false;
}

/**
 * fuse.js over names (speakers, their aliases, unnamed speakers' descriptions), with the results
 * fuse.js gives for `keys: ['names']` over the entries, in the same order. Two things make it
 * fast at 100,000 passages, where one fuse.js search over every entry takes 3 to 7 ms and a "did
 * you mean" asks for four words:
 * - each distinct name is scored once ("author" is a name of every author);
 * - a name fuse.js can match has most of the pattern's letter pairs (each error it allows
 *   changes at most two), so a letter-pair index picks the names fuse.js scores.
 * An entry then scores as fuse.js scores it: the product of its matching names' scores.
 */
export class FuzzyNames<T extends { names: string[] }> {
  /** Distinct names (and in lower case, as fuse.js compares them), and the entries that have each. */
  private readonly names: string[] = [];
  private readonly lowerNames: string[] = [];
  private readonly entriesOf: number[][] = [];
  private readonly pairs: PairIndex;
  private readonly shared: Uint32Array;

  constructor(private readonly entries: readonly T[]) {
    const numberOf = new Map<string, number>();
    entries.forEach((entry, e) => {
      for (const name of entry.names) {
        // fuse.js leaves blank strings out of its index.
        if (!name.trim()) continue;
        let n = numberOf.get(name);
        if (n === undefined) {
          n = this.names.length;
          numberOf.set(name, n);
          this.names.push(name);
          this.lowerNames.push(name.toLowerCase());
          this.entriesOf.push([]);
        }
        const list = this.entriesOf[n] as number[];
        if (list[list.length - 1] !== e) list.push(e);
      }
    });
    this.pairs = finish(PairIndex.build(this.lowerNames.length, (n) => this.lowerNames[n] as string));
    this.shared = new Uint32Array(this.names.length);
  }

  search(pattern: string, limit: number): T[] {
    // What fuse.js answers to a blank pattern: the entries as they are.
    if (!pattern.trim()) return this.entries.slice(0, limit);
    const lower = pattern.toLowerCase();
    const pairs = PairIndex.pairsOf(lower);
    // Errors fuse.js allows (a score is errors / pattern length); each removes at most two pairs.
    const needed = lower.length > MAX_FILTERED ? 0 : pairs.length - 2 * Math.floor(THRESHOLD * lower.length);
    let candidates: number[];
    if (needed > 0) {
      // A count per name in a typed array, reset after: a Map per keystroke cost most of the search.
      const shared = this.shared;
      candidates = [];
      for (const pair of pairs) {
        for (const n of this.pairs.holders(pair)) if (++(shared[n] as number) === needed) candidates.push(n);
      }
      for (const pair of pairs) for (const n of this.pairs.holders(pair)) shared[n] = 0;
    } else {
      candidates = this.names.map((_, n) => n);
    }
    // fuse.js would match these names: some part of each is within the allowed errors of the pattern.
    if (lower.length <= MAX_FILTERED) {
      const errors = Math.floor(THRESHOLD * lower.length);
      candidates = candidates.filter((n) => approximatelyIn(lower, this.lowerNames[n] as string, errors));
    }
    if (candidates.length === 0) return [];
    const scoreOf = new Map<string, number>();
    for (const r of new Fuse(candidates.map((n) => this.names[n] as string), OPTIONS).search(pattern)) scoreOf.set(r.item, r.score ?? 1);
    const found = new Set<number>();
    for (const n of candidates) if (scoreOf.has(this.names[n] as string)) for (const e of this.entriesOf[n] as number[]) found.add(e);
    return [...found]
      .map((e) => {
        // fuse.js multiplies the scores of every name that matched, counting an exact match as Number.EPSILON.
        let score = 1;
        for (const name of (this.entries[e] as T).names) {
          const s = scoreOf.get(name);
          if (s !== undefined) score *= s === 0 ? Number.EPSILON : s;
        }
        return { e, score };
      })
      .sort((a, b) => a.score - b.score || a.e - b.e)
      .slice(0, limit)
      .map(({ e }) => this.entries[e] as T);
  }
}
