/**
 * A PDF of many pages: at most 500 pages are read (--max-pages), a longer PDF is refused before
 * its pages are, and the text is written as paragraphs of at most two pages (a paragraph goes
 * on over one page break, never two), not as one block of megabytes.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../src/import/importer.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../src/import/limits.ts';
import { shortPagesPdf } from './support/documents.ts';
import { filesIn, importBytes, refusedImport, tempDir } from './support/imported.ts';
import { cleanEnv, runTs } from './support/run.ts';

/** `pages` pages of full lines that never end a sentence (none in the margins, where they would read as running headers). */
async function unbrokenPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Harbour board minutes');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([612, 792]);
    for (let y = 680, i = 0; y > 110; y -= 14.5, i++) page.drawText(`page ${n} line ${i} the harbour board went on about mooring fees and`, { x: 72, y, size: 11, font });
  }
  return pdf.save();
}

describe('a PDF whose text never ends a paragraph', () => {
  it('is written as paragraphs of at most two pages, a blank line between them', async () => {
    const { content } = await importBytes('minutes.pdf', await unbrokenPdf(12));
    const paragraphs = content.split('\n---\n')[1]?.trim().split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(6);
    paragraphs.forEach((paragraph, i) => {
      expect([...new Set(paragraph.match(/page \d+ /g))]).toEqual([`page ${2 * i + 1} `, `page ${2 * i + 2} `]);
    });
  });
});

async function inputFile(name: string, bytes: Uint8Array): Promise<string> {
  const input = path.join(await tempDir('report-bot-input-'), name);
  await writeFile(input, bytes);
  return input;
}

async function refusal(input: string, limits: Partial<ImportLimits> = {}): Promise<{ problem: string; ms: number }> {
  const { error, problem, ms, written } = await refusedImport(input, limits);
  expect(error.source).toBe(input);
  expect(written).toEqual([]);
  return { problem, ms };
}

describe('the page limit', () => {
  let long: string;
  beforeAll(async () => {
    long = await inputFile('long.pdf', await shortPagesPdf(2_000));
  });

  it('is 500 pages: a 2,000-page PDF is refused before its pages are read, at once', async () => {
    expect(DEFAULT_IMPORT_LIMITS.maxPages).toBe(500);
    const { problem, ms } = await refusal(long);
    expect(problem).toBe('the PDF has 2,000 pages, more than the 500-page limit (--max-pages): split it, or raise the limit');
    expect(ms).toBeLessThan(3_000);
  });

  it('a PDF of exactly the limit is read; one page more is refused', async () => {
    const input = await inputFile('six.pdf', await shortPagesPdf(6));
    const summary = await importReport(input, { knowledgeDir: await tempDir(), limits: { maxPages: 6 } });
    expect(summary.title).toBe('Harbour board minutes');
    expect((await refusal(input, { maxPages: 5 })).problem).toBe('the PDF has 6 pages, more than the 5-page limit (--max-pages): split it, or raise the limit');
  });

  it('npm run import -- --max-pages N sets it; a wrong number is a wrong command line', async () => {
    const input = await inputFile('six.pdf', await shortPagesPdf(6));
    const knowledgeDir = await tempDir();
    const importCli = (args: string[]) => runTs('src/importReport.ts', [input, '--knowledge', knowledgeDir, ...args], { env: cleanEnv() });
    const refused = await importCli(['--max-pages', '5']);
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: `Cannot import ${input}: the PDF has 6 pages, more than the 5-page limit (--max-pages): split it, or raise the limit\n` });
    expect(await filesIn(knowledgeDir)).toEqual([]);
    const bad = await importCli(['--max-pages=many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-pages must be a whole number of pages, 1 or more; it is "many"');
    expect((await importCli(['--max-pages=6'])).code).toBe(0);
  });
});
