import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeProblem, KnowledgeError } from '../src/knowledge/errors.ts';
import { buildKnowledge, loadKnowledge } from '../src/knowledge/load.ts';
import type { KnowledgeProblem } from '../src/knowledge/types.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';

const dirs: string[] = [];
async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Why a folder cannot be loaded at all (missing or without reports). */
async function folderProblem(files: Record<string, string>): Promise<KnowledgeError> {
  const error = await loadKnowledge(await folderWith(files)).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof KnowledgeError)) throw new Error(`expected a KnowledgeError, got ${String(error)}`);
  return error;
}

describe('the bundled report', () => {
  it('keeps the article word for word, without the site chrome', async () => {
    const text = await readFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), 'utf8');
    for (const chrome of ['Stay informed', 'Dig Deeper', 'Start the conversation', 'create a username']) expect(text).not.toContain(chrome);
    expect(text).toMatch(/^## LinuxWorld exhibition$/m);
    expect(text).toMatch(/^Several people mentioned to me/m);
    expect(text.match(/^- /gm)).toHaveLength(5);
    expect(text).not.toMatch(/^date:/m);
  });

  it('gives every passage a stable id, its section and paragraph number', async () => {
    const first = await loadKnowledge(BUNDLED);
    const second = await loadKnowledge(BUNDLED);
    expect(first.passages.map((p) => p.id)).toEqual(second.passages.map((p) => p.id));
    expect(new Set(first.passages.map((p) => p.id)).size).toBe(first.passages.length);
    const silos = first.passages.find((p) => p.text.includes('silos'));
    expect(silos).toMatchObject({ kind: 'list-item', section: 'Virtualization management could be challenging' });
    expect(silos?.id).toBe(`linuxworld-2007-virtualization#${silos?.paragraph}`);
    expect(first.passages[0]?.section).toBeNull();
  });

  it('finds the speakers named in the text, with organisation and role', async () => {
    const { speakers } = await loadKnowledge(BUNDLED);
    const byName = new Map(speakers.map((s) => [s.name, s]));
    expect(byName.get('Simon Crosby')).toMatchObject({ organisation: 'XenSource' });
    expect(byName.get('Simon Crosby')?.aliases).toContain('Crosby');
    expect(byName.get('Sam Ramji')).toMatchObject({ organisation: 'Microsoft' });
    expect(byName.get('Tom Hanrahan')?.organisation).toBe('Microsoft Open Source Lab');
    expect(byName.get('Tony Iams')).toMatchObject({ role: 'analyst' });
    expect(byName.get('Bernard Golden')).toMatchObject({ role: 'author', isAuthor: true });
    expect(speakers.filter((s) => s.isAuthor).map((s) => s.name)).toEqual(['Bernard Golden']);
    // Capitalised pairs that are not people ("Red Hat", "Windows Server", "Open Source") are not speakers.
    expect(speakers).toHaveLength(5);
  });

  it('attributes the passages a careful reader would', async () => {
    const { passages, speakers } = await loadKnowledge(BUNDLED);
    const who = (start: string) => {
      const p = passages.find((x) => x.text.startsWith(start));
      if (!p) throw new Error(`no passage starts with ${start}`);
      const a = p.attribution;
      return a.kind === 'unnamed' ? a.label : a.kind === 'author' ? 'author' : speakers.find((s) => s.id === a.speakerId)?.name;
    };
    expect(who('Simon Crosby of XenSource')).toBe('Simon Crosby');
    expect(who('Of course, Xen is not without')).toBe('author');
    expect(who('I must commend Ramji')).toBe('author');
    expect(who('The most refreshing virtualization session')).toBe('Sam Ramji');
    expect(who('Hanrahan, who used to run')).toBe('Tom Hanrahan');
    expect(who('The only drawback')).toBe('Tom Hanrahan');
    expect(who('Well, there may be significant')).toBe('the speaker at the session on virtualization and security');
    expect(who('The key findings he presented')).toBe('Tony Iams');
    expect(who('Consolidation ratios')).toBe('Tony Iams');
    expect(who('All in all, I thought')).toBe('author');
    expect(who('Several people mentioned')).toBe('several people');
  });

  it('marks the findings: the presented list and the sentences that announce a result', async () => {
    const { passages } = await loadKnowledge(BUNDLED);
    const findings = passages.filter((p) => p.isFinding).map((p) => p.text.slice(0, 20));
    expect(findings).toEqual([
      'The big news: Micros',
      'I did learn that pol',
      'The primary driver f',
      'Most users had devel',
      'Consolidation ratios',
      'Virtualization users',
      'This pool of users i',
      // The paragraph after the list goes on about "these users": more of Iams' findings, as reported.
      'One thing that was p',
    ]);
  });
});

const REPORT = `---
title: A small report
author: Ann Writer
speakers:
  - name: Simon Crosby
    aliases: [Simon]
    role: CTO
---

Simon Crosby of XenSource said that Xen is fine.

Simon thinks it will stay fine.
`;

describe('knowledge files', () => {
  it('marks the author as such, and keeps a role the text also gives them in the words the reader sees', async () => {
    const { speakers } = await loadKnowledge(path.join(FIXTURES, 'minutes2'));
    expect(speakers.filter((s) => s.isAuthor)).toEqual([expect.objectContaining({ name: 'Farah Haddad', role: 'author; secretary' })]);
  });

  it('merges the front matter speakers list with what the text says', async () => {
    const { speakers, passages } = buildKnowledge([{ file: 'a.md', content: REPORT }]);
    const crosby = speakers.find((s) => s.name === 'Simon Crosby');
    expect(crosby).toMatchObject({ organisation: 'XenSource', role: 'CTO' });
    expect(crosby?.aliases).toEqual(expect.arrayContaining(['Simon', 'Crosby']));
    // The alias from the list attributes the second paragraph.
    expect(passages[1]?.attribution).toEqual({ kind: 'speaker', speakerId: crosby?.id });
  });

  it('keeps one speaker for a person who appears in two reports', async () => {
    const { speakers, reports } = buildKnowledge([
      { file: 'a.md', content: REPORT },
      { file: 'b.md', content: REPORT.replace('A small report', 'Another report') },
    ]);
    expect(reports.map((r) => r.id)).toEqual(['a', 'b']);
    expect(speakers.filter((s) => s.name === 'Simon Crosby')).toHaveLength(1);
    expect(speakers.find((s) => s.name === 'Simon Crosby')?.reports).toEqual(['a', 'b']);
  });

  it.each([
    ['a zero-byte file', '', 1, /the file is empty/],
    ['an empty file', '\n  \n', 1, /the file is empty/],
    ['unclosed front matter', '---\ntitle: x\n\nText.\n', 1, /never closed/],
    ['invalid YAML', '---\ntitle: x\nauthor: [unclosed\n---\n\nText.\n', 3, /not valid YAML/],
    ['missing title', '---\nauthor: Someone\n---\n\nText.\n', 2, /needs "title:"/],
    ['unknown key', '---\ntitle: x\nauthr: Someone\n---\n\nText.\n', 3, /unknown front matter key "authr" \(did you mean "author"\?\)/],
    ['speaker without a name', '---\ntitle: x\nspeakers:\n  - role: CTO\n---\n\nText.\n', 4, /needs "name:"/],
    ['no paragraphs', '---\ntitle: x\n---\n\n## Only a heading\n', 4, /no paragraphs/],
    ['empty heading', '---\ntitle: x\n---\n\nText.\n\n##\n', 7, /heading has no text/],
  ])('names the file and line of a broken report: %s', async (_name, content, line, problem) => {
    const knowledge = await loadKnowledge(await folderWith({ 'broken.md': content }));
    expect(knowledge.reports).toEqual([]);
    expect(knowledge.problems).toEqual([{ file: expect.stringMatching(/broken\.md$/), line, problem: expect.stringMatching(problem) }]);
    expect(describeProblem(knowledge.problems[0] as KnowledgeProblem)).toContain(`broken.md:${line}:`);
  });

  it('says so when the folder is empty or missing', async () => {
    expect((await folderProblem({ 'notes.txt': 'not a report' })).message).toMatch(/has no reports/);
    await expect(loadKnowledge(path.join(os.tmpdir(), 'no-such-report-bot-folder'))).rejects.toThrow(/does not exist/);
  });
});
