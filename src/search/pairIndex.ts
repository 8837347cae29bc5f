import type { Steps } from '../base/steps.ts';

/** Texts read between two pauses of a reload, in each of the build's two passes: a few milliseconds. */
const TEXTS_PER_STEP = 500;
const NONE = new Uint32Array(0);

/** Two neighbouring UTF-16 code units as one number. */
const pairAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/**
 * Which texts hold each pair of neighbouring letters, the letter-pair index that picks the few
 * words or names a typo can have come from (one typo changes at most two pairs). Flat typed
 * arrays, each pair's texts in a run, rather than a map of arrays: built at every start and
 * reload, the map's short-lived strings and arrays grew V8's young generation by megabytes
 * that stayed in the process's memory at rest.
 */
export class PairIndex {
  private constructor(
    /** A pair's number (pairsOf) → its run. */
    private readonly runOf: Map<number, number>,
    /** Run `r`'s texts are `texts[starts[r]]` to `texts[starts[r + 1] - 1]`, ascending. */
    private readonly starts: Uint32Array,
    private readonly texts: Uint32Array,
  ) {}

  /** The index of `count` texts, text `i` being `textOf(i)`: a pass counting each pair's texts, a pass placing them. */
  static *build(count: number, textOf: (i: number) => string): Steps<PairIndex> {
    const runOf = new Map<number, number>();
    let sizes = new Uint32Array(64);
    let last = new Int32Array(64).fill(-1);
    for (let t = 0; t < count; t++) {
      const text = textOf(t);
      for (let i = 0; i + 1 < text.length; i++) {
        const pair = pairAt(text, i);
        let run = runOf.get(pair);
        if (run === undefined) {
          run = runOf.size;
          runOf.set(pair, run);
          if (run === sizes.length) {
            sizes = grown(sizes, new Uint32Array(run * 2));
            last = grown(last, new Int32Array(run * 2).fill(-1, run));
          }
        }
        // A pair twice in one text counts once.
        if (last[run] === t) continue;
        last[run] = t;
        sizes[run] = (sizes[run] as number) + 1;
      }
      if ((t + 1) % TEXTS_PER_STEP === 0) yield;
    }
    const runs = runOf.size;
    const starts = new Uint32Array(runs + 1);
    for (let r = 0; r < runs; r++) starts[r + 1] = (starts[r] as number) + (sizes[r] as number);
    const texts = new Uint32Array(starts[runs] as number);
    // `sizes` becomes each run's next free place, `last` again the last text placed in it.
    sizes.set(starts.subarray(0, runs));
    last.fill(-1);
    for (let t = 0; t < count; t++) {
      const text = textOf(t);
      for (let i = 0; i + 1 < text.length; i++) {
        const run = runOf.get(pairAt(text, i)) as number;
        if (last[run] === t) continue;
        last[run] = t;
        texts[sizes[run] as number] = t;
        sizes[run] = (sizes[run] as number) + 1;
      }
      if ((t + 1) % TEXTS_PER_STEP === 0) yield;
    }
    return new PairIndex(runOf, starts, texts);
  }

  /** The distinct pairs of `text`, as the numbers `holders` takes. */
  static pairsOf(text: string): number[] {
    const pairs: number[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = pairAt(text, i);
      if (!pairs.includes(pair)) pairs.push(pair);
    }
    return pairs;
  }

  /** The texts that hold `pair`, in ascending order. */
  holders(pair: number): Uint32Array {
    const run = this.runOf.get(pair);
    return run === undefined ? NONE : this.texts.subarray(this.starts[run], this.starts[run + 1]);
  }
}

/** `into` with `from` copied to its start. */
function grown<T extends Uint32Array | Int32Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
