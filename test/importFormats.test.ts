/**
 * A report brought in as people have it (a news page, a PDF, a Word file, plain text) gives the
 * same passages, attribution and answers as the same report written by hand as Markdown.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { readReport, reportToDocx, reportToHtml, reportToPdf, reportToText, type SourceReport } from './support/documents.ts';
import { answersOf, importBytes, importFile, knowledgeOfFile, passagesOf, speakersOf, type Imported } from './support/imported.ts';
import { htmlToMarkdown } from '../src/import/htmlToMarkdown.ts';
import type { LoadedKnowledge } from '../src/knowledge/types.ts';

const HAND_MADE = path.join(BUNDLED, 'linuxworld-2007-virtualization.md');
const LIBRARY = path.join(FIXTURES, 'library', 'riverside-library-digitisation.md');
const NEWS_PAGE = path.join(FIXTURES, 'import', 'linuxworld-news-page.html');

const LINUXWORLD_COMMANDS = [
  '/who-said open source is ahead',
  '/who-said glue layers GPL',
  '/who-said hypervisor attack virtual machines',
  '/findings',
  '/findings high availability',
  '/search consolidation ratios',
  '/quotes Crosby',
  '/quotes Tony Iams storage',
  '/quotes the speaker',
  '/quotes author',
  '/speakers',
];
const LIBRARY_COMMANDS = ['/who-said broken spines', '/who-said nobody warned us about the glue', '/who-said council funding', '/quotes Patel', '/findings', '/speakers'];

type Made = () => Promise<Imported>;

const linuxworld = readReport(HAND_MADE);
const library = readReport(LIBRARY);
const HEADER = 'LinuxWorld 2007: virtualization report';

function pdfOf(report: SourceReport, width?: number): Made {
  return async () => importBytes('report.pdf', await reportToPdf(report, { runningHeader: HEADER, ...(width ? { width } : {}) }));
}

const CASES: [what: string, source: string, commands: string[], made: Made][] = [
  ['a news page with heavy site chrome', HAND_MADE, LINUXWORLD_COMMANDS, () => importFile(NEWS_PAGE)],
  ['a PDF with a running header and page numbers', HAND_MADE, LINUXWORLD_COMMANDS, pdfOf(linuxworld)],
  // Narrower lines: 29 words hyphenated across line ends, compounds among them ("Xen-", "Opteron-").
  ['the same PDF set in narrower lines', HAND_MADE, LINUXWORLD_COMMANDS, pdfOf(linuxworld, 340)],
  ['a Word file', HAND_MADE, LINUXWORLD_COMMANDS, async () => importBytes('report.docx', await reportToDocx(linuxworld))],
  ['a plain text file', HAND_MADE, LINUXWORLD_COMMANDS, async () => importBytes('report.txt', reportToText(linuxworld))],
  ['a PDF of another report', LIBRARY, LIBRARY_COMMANDS, pdfOf(library, 300)],
  ['a Word file of another report', LIBRARY, LIBRARY_COMMANDS, async () => importBytes('library.docx', await reportToDocx(library))],
  ['a plain text file of another report', LIBRARY, LIBRARY_COMMANDS, async () => importBytes('library.txt', reportToText(library))],
];

describe.each(CASES)('%s', (_what, source, commands, made) => {
  let imported: Imported;
  let original: LoadedKnowledge;
  beforeAll(async () => {
    [imported, original] = await Promise.all([made(), knowledgeOfFile(source)]);
  });

  it('has the same passages, sections and attribution as the Markdown report', () => {
    expect(imported.knowledge.passages.length).toBeGreaterThan(10);
    expect(passagesOf(imported.knowledge)).toEqual(passagesOf(original));
  });

  it('finds the same speakers', () => {
    expect(speakersOf(imported.knowledge)).toEqual(speakersOf(original));
  });

  it('answers every command exactly as the Markdown report does', () => {
    expect(answersOf(imported.knowledge, commands)).toEqual(answersOf(original, commands));
  });

  it('takes title and author from the document, and states nothing it does not', () => {
    const [report] = original.reports;
    expect(imported.summary).toMatchObject({ title: report?.title, author: report?.author, date: null });
    expect(imported.content).not.toMatch(/^(date|event):/m);
    expect(imported.content).toMatch(/^source: /m);
  });
});

/**
 * Reports of other shapes (a panel transcript with bold labels and turns on consecutive lines,
 * a Q&A interview, meeting minutes with numbered headings, an article with names in Chinese
 * script), in the formats people have them, asked the questions of their acceptance cases.
 */
const SHAPES: [shape: string, fixture: string][] = [
  ['panel', 'panel/cloud-security-panel.md'],
  ['interview', 'interview/interview-sample.md'],
  ['minutes', 'minutes/harbour-board-minutes.md'],
  ['article', 'article/cold-storage-article.md'],
];
const MAKERS: Record<string, (report: SourceReport) => Promise<Imported>> = {
  'web page': (r) => importBytes('report.html', reportToHtml(r)),
  PDF: async (r) => importBytes('report.pdf', await reportToPdf(r)),
  'Word file': async (r) => importBytes('report.docx', await reportToDocx(r)),
  text: (r) => importBytes('report.txt', reportToText(r)),
};
// pdf-lib's standard fonts cannot set Chinese, so the article has no PDF here.
const SHAPE_CASES = SHAPES.flatMap(([shape, fixture]) =>
  Object.keys(MAKERS)
    .filter((format) => !(shape === 'article' && format === 'PDF'))
    .map((format) => [`${shape} as a ${format}`, shape, path.join(FIXTURES, fixture), format] as const),
);

describe.each(SHAPE_CASES)('%s', (_what, shape, fixture, format) => {
  it('gives the passages, speakers and answers of the Markdown report', async () => {
    const cases = JSON.parse(await readFile(path.join(FIXTURES, '..', 'cases', `${shape}.json`), 'utf8')) as { cases: { cmd: string }[] };
    const commands = cases.cases.map((c) => c.cmd);
    const [imported, original] = await Promise.all([(MAKERS[format] as (r: SourceReport) => Promise<Imported>)(readReport(fixture)), knowledgeOfFile(fixture)]);
    expect(passagesOf(imported.knowledge)).toEqual(passagesOf(original));
    expect(speakersOf(imported.knowledge)).toEqual(speakersOf(original));
    expect(commands.length).toBeGreaterThan(3);
    expect(answersOf(imported.knowledge, commands)).toEqual(answersOf(original, commands));
  });
});

describe('what a web page leaves out', () => {
  it('drops navigation, banners, related links, comments, cookie notice and footer', async () => {
    const page = await readFile(NEWS_PAGE, 'utf8');
    const { content } = await importFile(NEWS_PAGE);
    const chrome = [
      'Stay informed',
      'Dig Deeper',
      'Start the conversation',
      'Send me notifications',
      'create a username',
      'cookies',
      'Advertisement',
      'Related',
      'Share on',
      'newsletters',
      'Copyright',
      'Login',
      'Virtualization security',
      'Latest TechTarget resources',
    ];
    for (const text of chrome) {
      expect(page, `the fixture carries "${text}"`).toContain(text);
      expect(content, `"${text}" left out`).not.toContain(text);
    }
    expect(content).toContain('source: linuxworld-news-page.html');
  });

  it('reads a byline, a published date and lists from the page', async () => {
    const html = `<!DOCTYPE html><html><head><title>Budget day | The Courier</title>
      <meta property="article:published_time" content="2024-05-02T09:30:00Z"></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Budget day</h1><p class="byline">By Ann Lee</p>
      <p>The council met on Thursday to set the budget for the coming year, and the debate ran late into the evening as members argued over libraries.</p>
      <h2>What was <em>agreed</em></h2>
      <ol><li>Libraries keep their opening hours, said Raj Patel of the finance committee.</li><li>Road repairs move to <a href="/roads">next spring</a>.</li></ol>
      <ul><li>One item<ul><li>with a nested one</li></ul></li></ul>
      <p>Members will meet again in June to review the figures and decide on the rest of the spending plan for the year.</p></article>
      <footer>© The Courier</footer></body></html>`;
    const { content, summary } = await importBytes('budget.html', html);
    expect(summary).toMatchObject({ title: 'Budget day', author: 'Ann Lee', date: '2024-05-02' });
    expect(content).toContain('## What was agreed\n\n1. Libraries keep their opening hours, said Raj Patel of the finance committee.\n2. Road repairs move to next spring.');
    expect(content).toContain('- One item\n- with a nested one');
    expect(content).not.toMatch(/Home|©|By Ann Lee/);
  });
});

describe('a PDF', () => {
  it('is really two or more pages, each with the running header and a page number', async () => {
    const pdf = await PDFDocument.load(await reportToPdf(linuxworld, { runningHeader: HEADER }));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
  });

  it('says what it left out, and none of it is in the report', async () => {
    const { content, summary } = await pdfOf(linuxworld)();
    expect(summary.dropped.join('; ')).toMatch(new RegExp(`running header or footer on \\d+ pages \\(“${HEADER}”\\); page numbers on \\d+ pages`));
    expect(content).not.toContain(HEADER);
    expect(content).not.toMatch(/Page \d+ of \d+/);
  });

  it('without document information: the title from its large type, the author from its byline', async () => {
    const { summary } = await importBytes('plain.pdf', await reportToPdf(library, { info: false, byline: true }));
    expect(summary).toMatchObject({ title: library.title, author: library.author });
  });

  it('a title field that is only a file name states nothing: the large type says the title', async () => {
    const { summary } = await importBytes('exported.pdf', await reportToPdf(library, { infoTitle: 'Microsoft Word - riverside_v3_final.docx' }));
    expect(summary.title).toBe(library.title);
    expect(summary.sections).toBe(4);
  });

  it('with only an owner password (printing and editing restricted) opens and imports', async () => {
    const { summary, content } = await importFile(path.join(FIXTURES, 'import', 'restricted-aes256.pdf'));
    expect(summary).toMatchObject({ title: 'Harbour fees', author: 'Ann Lee', passages: 2, speakers: ['Rajesh Iyer'] });
    expect(content).toContain('Mooring fees will rise by 5% from June, said Rajesh Iyer of the harbour board');
  });

  it('without any stated title needs --title', async () => {
    const untitled = { ...library, title: 'the scanning line is busy this year.' };
    await expect(importBytes('untitled.pdf', await reportToPdf(untitled, { info: false }))).rejects.toThrow(/states no title: give one with --title/);
    const { summary } = await importBytes('untitled.pdf', await reportToPdf(untitled, { info: false }), { title: 'Scanning', author: 'Priya Raman' });
    expect(summary).toMatchObject({ title: 'Scanning', author: 'Priya Raman' });
  });
});

describe('Markdown and text', () => {
  it('adds front matter to Markdown without it, from its first heading and byline', async () => {
    const { content, summary } = await importBytes('notes.md', '# Field notes\n\nBy Jane Roe\n\n## Day one\n\nWe met the team, said Raj Patel of Archivex.\n');
    expect(summary).toMatchObject({ title: 'Field notes', author: 'Jane Roe', sections: 1, passages: 1 });
    expect(content).toBe('---\ntitle: Field notes\nauthor: Jane Roe\nsource: notes.md\n---\n\n## Day one\n\nWe met the team, said Raj Patel of Archivex.\n');
  });

  it('keeps a Markdown report that already has front matter as it is', async () => {
    const original = await readFile(LIBRARY, 'utf8');
    const { content } = await importFile(LIBRARY);
    expect(content).toBe(original);
  });

  it('takes a first line that is a title, and not one that is a sentence', async () => {
    const titled = await importBytes('memo.txt', 'Quarterly review\n\nSales rose in every region, said Ann Lee of Acme.\n');
    expect(titled.summary.title).toBe('Quarterly review');
    await expect(importBytes('memo.txt', 'Sales rose in every region this quarter.\n\nAnn Lee of Acme said so.\n')).rejects.toThrow(/states no title/);
  });

  it('reads an older text file in Windows-1252', async () => {
    const bytes = Buffer.from('Caf\xe9 notes\n\nThe owners\x92 plan \x96 a long summer \x96 was set, said Ren\xe9e Blanc of the traders.\n', 'latin1');
    const { content } = await importBytes('cafe.txt', bytes);
    expect(content).toContain('title: Café notes\n');
    expect(content).toContain('The owners’ plan – a long summer – was set, said Renée Blanc of the traders.');
  });

  it('lets --title and --author win over what the document states', async () => {
    const { summary } = await importFile(NEWS_PAGE, { title: 'LinuxWorld 2007', author: 'B. Golden' });
    expect(summary).toMatchObject({ title: 'LinuxWorld 2007', author: 'B. Golden' });
    expect(path.basename(summary.path)).toBe('linuxworld-2007.md');
  });
});

describe('HTML to the Markdown a report uses', () => {
  it('keeps headings as sections, lists as one item a line, and the text of everything else', () => {
    const html = `<h1>Top</h1><h4>Deep <em>heading</em></h4>
      <p>A <strong>bold</strong> and <a href="x">link</a> with <code>code</code> and <img src="a.png" alt="pic"> image.<br>Next line.</p>
      <blockquote><p>Quoted words, said Ann Lee.</p></blockquote><pre>  preformatted\n   text  </pre>
      <table><tr><th>Year</th><th>Pages</th></tr><tr><td>2023</td><td>4,000</td></tr></table>
      <ol start="3"><li><p>three</p><p>more of three</p></li><li>four</li></ol><ul><li><ul><li>only nested</li></ul></li></ul>
      <figure><img src="x"><figcaption>A caption</figcaption></figure><hr><form><input value="Subscribe"></form>
      <p><strong>Ann Lee:</strong> We open at nine.</p><p><b>Webb</b>: Agreed.</p><p>Say <b>this</b>: not a label.</p><p>End.</p>`;
    expect(htmlToMarkdown(html)).toBe(
      [
        '## Top',
        '## Deep heading',
        'A bold and link with code and image. Next line.',
        '> Quoted words, said Ann Lee.',
        'preformatted text',
        'Year | Pages',
        '2023 | 4,000',
        '3. three more of three\n4. four',
        '- only nested',
        'A caption',
        '**Ann Lee:** We open at nine.',
        '**Webb**: Agreed.',
        'Say this: not a label.',
        'End.',
      ].join('\n\n'),
    );
  });
});
