/** The small things of an answer: its wording, its suggestions, its counts. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderText } from '../src/console/render.ts';
import { BUNDLED, FIXTURES, ask } from './support/context.ts';

let oneDir = '';
afterAll(async () => {
  if (oneDir) await rm(oneDir, { recursive: true, force: true });
});

describe('wording', () => {
  it('closes the apposition: "The author, Bernard Golden, wrote it."', async () => {
    expect((await ask(BUNDLED, '/who-said I predict Xen will dominate')).lead).toBe('The author, Bernard Golden, wrote it.');
  });

  it('says "1 passage" and never "1 passages"', async () => {
    oneDir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-one-'));
    await writeFile(path.join(oneDir, 'one.md'), '---\ntitle: One\n---\n\nOne passage only.\n');
    const about = renderText(await ask(oneDir, '/about'));
    expect(about).toContain('1 passage in all');
    expect(about).toContain('1 passage, 0 speakers besides the author, 0 findings');
    expect(about).not.toMatch(/\b1 (?:passages|speakers|findings)\b/);
  });

  it('counts an author the report does not name among the unnamed, once', async () => {
    const answer = await ask(path.join(FIXTURES, 'panel'), '/speakers');
    expect(answer.lead).toMatch(/^4 named speakers and \d+ unnamed ones?/);
    expect(renderText(answer)).toContain('the author (not named in the report): ');
  });
});

describe('suggestions', () => {
  it('never offers the command that just found nothing', async () => {
    const answer = await ask(BUNDLED, '/quotes Crosby defcon');
    expect(answer.kind).toBe('none');
    if (answer.kind !== 'none') return;
    expect(answer.suggestions.map((s) => s.command).join(' ')).toMatch(/\/search defcon/);
    expect(answer.suggestions.map((s) => s.command)).not.toContain('/quotes Crosby defcon');
    // No finding is about Defcon: the search it would have suggested answers at once, and says so.
    const findings = await ask(BUNDLED, '/findings defcon');
    expect(findings.kind === 'passages' ? [findings.command, findings.note] : findings.lead).toEqual(['search', expect.stringContaining('No passage is set out as a finding')]);
  });

  it('says which word stood in for one the report never uses', async () => {
    const answer = await ask(BUNDLED, '/who-said worried about fragmentation');
    expect(answer.kind).toBe('passages');
    if (answer.kind !== 'passages') return;
    expect(answer.results[0]?.speaker?.name).toBe('Simon Crosby');
    expect(answer.note).toMatch(/never says “worried”; I looked for .*“concern”/);
  });
});

describe('help', () => {
  it('takes its examples from the loaded reports', async () => {
    const bundled = await ask(BUNDLED, '/help');
    const panel = await ask(path.join(FIXTURES, 'panel'), '/help');
    if (bundled.kind !== 'help' || panel.kind !== 'help') throw new Error('not help');
    expect(bundled.freeText.join(' ')).toMatch(/Iams|Crosby|Hanrahan|Ramji/);
    const panelText = [...panel.freeText, ...panel.commands.map((c) => c.example)].join(' ');
    expect(panelText).not.toMatch(/Crosby|KVM|Iams/);
    expect(panelText).toMatch(/Webb|Tanaka|Adeyemi|Natarajan/);
  });
});
