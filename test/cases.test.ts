/**
 * Acceptance cases: the public cases for the bundled report and the interview sample (ported
 * from the team's evaluation file), and our own reports of other shapes (a panel transcript, a
 * Q&A interview, meeting minutes, an unannotated article), each with no speakers list.
 * 'who': one must appear in the top answer's speaker name, organisation, role or label (not
 * merely its kind); 'not': none may; 'text': the top passage contains it; 'none': nothing
 * matched; 'topk'/'all': each phrase among the first k results; 'names'/'noNames': in
 * /speakers, or not among its named speakers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/commands/types.ts';
import { ROOT, ask } from './support/context.ts';

interface Case {
  cmd: string;
  who?: string[];
  not?: string[];
  text?: string;
  none?: boolean;
  topk?: number;
  all?: string[];
  names?: string[];
  noNames?: string[];
}

const CASES_DIR = path.join(ROOT, 'test/cases');
const sets = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: path.basename(f, '.json'), ...(JSON.parse(readFileSync(path.join(CASES_DIR, f), 'utf8')) as { knowledge: string; cases: Case[] }) }));

/** What the top answer says about who carries it: the names a reader sees, not the kind of attribution. */
function topWho(answer: Answer): { who: string; text: string } {
  if (answer.kind === 'passages') {
    const top = answer.results[0];
    return { who: [top?.label, top?.speaker?.name, top?.speaker?.organisation, top?.speaker?.role].filter(Boolean).join(' | '), text: top?.passage.text ?? '' };
  }
  if (answer.kind === 'speaker') {
    const { card } = answer;
    return { who: [card.label, card.summary.name, card.summary.organisation, card.summary.role].filter(Boolean).join(' | '), text: card.introduction?.passage.text ?? '' };
  }
  return { who: '', text: '' };
}

for (const set of sets) {
  describe(`cases: ${set.name}`, () => {
    it.each(set.cases)('$cmd', async (c) => {
      const answer = await ask(path.join(ROOT, set.knowledge), c.cmd);
      if (c.none) {
        expect(answer.kind, answer.lead).toBe('none');
        return;
      }
      expect(answer.kind, answer.lead).not.toBe('none');
      const { who, text } = topWho(answer);
      if (c.who) expect(c.who.some((w) => who.includes(w)), `top attribution "${who}" should name one of ${c.who.join(', ')}`).toBe(true);
      if (c.not) for (const w of c.not) expect(who, `top attribution must not name ${w}`).not.toContain(w);
      if (c.text) expect(text).toContain(c.text);
      if (c.all) {
        const results = answer.kind === 'passages' ? answer.results : [];
        const first = results.slice(0, c.topk).map((r) => r.passage.text);
        for (const phrase of c.all) expect(first.some((t) => t.includes(phrase)), `"${phrase}" among the first ${c.topk}`).toBe(true);
        if (answer.command === 'findings') for (const r of results) expect(r.passage.isFinding).toBe(true);
      }
      if (c.names || c.noNames) {
        const speakers = answer.kind === 'speakers' ? answer.speakers : [];
        for (const name of c.names ?? []) expect(speakers.map((s) => s.name)).toContain(name);
        for (const name of c.noNames ?? []) expect(speakers.filter((s) => s.named).map((s) => s.name).join(' | ')).not.toContain(name);
      }
    });
  });
}
