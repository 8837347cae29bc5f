/**
 * Acceptance cases (test/cases/*.json): the public cases for the bundled report and the
 * interview sample, ported from the team's evaluation file; our own reports of other shapes (a
 * panel transcript, a Q&A interview, meeting minutes, an unannotated article), each with no
 * speakers list; and a set written blind by a second developer, ported once used. A known miss
 * is skipped with its reason in the test name; `npm run pass-rates` prints the rates.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSets, problemsOf } from './support/cases.ts';
import { ROOT, ask } from './support/context.ts';

for (const set of caseSets(ROOT)) {
  describe(`cases: ${set.name}`, () => {
    for (const c of set.cases) {
      (c.miss ? it.skip : it)(c.miss ? `${c.cmd} (known miss: ${c.miss})` : c.cmd, async () => {
        expect(problemsOf(c, await ask(path.join(ROOT, set.knowledge), c.cmd))).toEqual([]);
      });
    }
  });
}
