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

describe("the cases' own checks", () => {
  const listed = (...names: string[]) => ({ kind: 'speakers', speakers: names.map((name) => ({ name, named: true })) }) as unknown as Parameters<typeof problemsOf>[1];

  it('take a name written in capitals as the name shown in another case, as whole words only', () => {
    expect(problemsOf({ cmd: '/speakers', names: ['GRANT PELLEW', 'Okafor'] }, listed('Grant Pellew', 'Delia Okafor'))).toEqual([]);
    expect(problemsOf({ cmd: '/speakers', names: ['Hollister'] }, listed('Grant Pellew'))).toEqual(['Hollister missing from /speakers']);
    expect(problemsOf({ cmd: '/speakers', noNames: ['ET'] }, listed('Bret Ames'))).toEqual([]);
    expect(problemsOf({ cmd: '/speakers', noNames: ['PANEL'] }, listed('Panel 3'))).toEqual(['PANEL listed as a named speaker']);
  });
});
