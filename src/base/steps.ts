import { setImmediate } from 'node:timers/promises';

/**
 * Work cut into steps: a generator that yields between pieces of a few milliseconds. A reload
 * runs the steps with the event loop free in between (`finishInTurns`), so answers go on;
 * everything else runs them straight through (`finish`). Here rather than with one of its users:
 * search, the snapshot and the knowledge a running bot serves all make or run steps.
 */
export type Steps<T> = Generator<void, T>;

/** Runs steps to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps to the end, letting the event loop run whatever is due at each yield. */
export async function finishInTurns<T>(steps: Steps<T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await setImmediate();
  }
}
