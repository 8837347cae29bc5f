/**
 * Bounded work (issue 25): the worst input a user can send or a report can hold is answered in
 * work linear in what is read. These are the inputs that take minutes where a step is not:
 * each test runs them whole, so work that grew with the square of the input would not finish
 * within the test's time limit.
 */
import { describe, expect, it } from 'vitest';
import { contextFor } from './support/knowledgeContext.ts';
import { buildKnowledge } from '../src/knowledge/load.ts';
import { excerpt } from '../src/search/excerpt.ts';
import { answerText } from './support/answer.ts';

describe('the worst inputs, in linear work', () => {
  it('reads a court transcript\'s caption rule ("- - - … x") under its labels at once: a date\'s pattern once backtracked on it without end', () => {
    const rule = `${'- '.repeat(40)}x`;
    const lines = ['CHIEF JUSTICE WHITCOMBE:', rule, 'We will hear argument first.', '', 'MR. PRESCOTT:', rule, 'May it please the Court.', '', 'JUSTICE OKAFOR:', rule, 'Counsel, a question.'];
    expect(buildKnowledge([{ file: 'argument.md', content: lines.join('\n') }]).passages.length).toBeGreaterThan(0);
  });

  it('excerpts a 5 MB paragraph full of matches around the best window, within the excerpt length', () => {
    const text = 'Open source virtualization is ahead of proprietary virtualization. '.repeat(80_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const shown = excerpt(text, new Set(['virtual', 'ahead']), 300);
    expect(shown.text.length).toBeLessThanOrEqual(300);
    expect(shown.marks.length).toBeGreaterThan(3);
    for (const [start, end] of shown.marks) expect(shown.text.slice(start, end)).toMatch(/virtualization|ahead/);
  });

  it('answers /who-said over a report whose one paragraph is 2 MB', () => {
    const paragraph = 'Crosby claims that open source virtualization is ahead of proprietary virtualization. '.repeat(24_000);
    const ctx = contextFor(buildKnowledge([{ file: 'huge.md', content: `---\ntitle: Huge\nauthor: Ann Writer\n---\n\n${paragraph}\n` }]));
    const answer = answerText(ctx, '/who-said open source is ahead');
    expect(answer.kind).toBe('passages');
    if (answer.kind === 'passages') expect(answer.results[0]?.excerpt.text.length).toBeLessThanOrEqual(300);
  });

  it('cuts a paragraph of megabytes into passages of at most 4,000 characters at sentence ends, each keeping its speaker', () => {
    const said = 'We need the tunnel and the gardens, not one or the other. '.repeat(40_000);
    const k = buildKnowledge([{ file: 'turn.md', content: `---\ntitle: Turn\n---\n\nANN LEE: ${said}\n\nRAJ PATEL: Fair.\n\nANN LEE: Thanks.\n` }]);
    const ann = k.speakers.find((s) => s.name === 'Ann Lee');
    const long = k.passages.filter((p) => p.attribution.kind === 'speaker' && p.attribution.speakerId === ann?.id);
    expect(long.length).toBeGreaterThan(500);
    for (const p of long) expect(p.text.length).toBeLessThanOrEqual(4_000);
    expect(long.slice(0, -1).every((p) => p.text.endsWith('other.'))).toBe(true);
  });

  it('reads front matter of 50,000 keys, and names a key given twice with its line', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `tag${i}: value ${i}`).join('\n');
    const many = buildKnowledge([{ file: 'keys.md', content: `---\ntitle: Keys\n${keys}\n---\n\nText.\n` }]);
    expect(many.reports[0]?.title).toBe('Keys');
    const twice = buildKnowledge([{ file: 'twice.md', content: '---\ntitle: One\nauthor: Ann\ntitle: Two\n---\n\nText.\n' }]);
    expect(twice.problems[0]).toMatchObject({ line: 4, problem: 'front matter has "title:" twice' });
  });
});
