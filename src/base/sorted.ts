/** Searches in sorted arrays: where a value would stand among them. */

/** The first index in ascending `sorted` whose value is at least `value`. */
export function lowerBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in ascending `sorted` whose value is over `value`. */
export function upperBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
