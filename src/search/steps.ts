/**
 * Work cut into steps: a generator that yields between pieces of a few milliseconds. A reload
 * runs the steps with the event loop free in between, so answers go on; everything else runs
 * them straight through.
 */
export type Steps<T> = Generator<void, T>;

/** Runs steps to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
