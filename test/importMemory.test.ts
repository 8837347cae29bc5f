/**
 * An import reads the largest documents the limits let in within bounded memory (issue 25),
 * checked as people run it, in a process whose heap is held to 200 MB: before, a one-page PDF
 * drawing 10 MB of text peaked at 0.9-1.1 GB and a Word file of 9.7 MB of XML at 1.1-1.3 GB,
 * and neither imported in a 350 MB heap. A Word file is read in pieces, which must give the
 * Markdown it gives read whole.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../src/import/docx.ts';
import { ImportError } from '../src/import/errors.ts';
import { DEFAULT_IMPORT_LIMITS } from '../src/import/limits.ts';
import { wordPieces } from '../src/import/wordXml.ts';
import { FIXTURES } from './support/context.ts';
import { deflatedPdf, DRAWN_LINE, readReport, reportToDocx, withParagraphs, wordFileWith } from './support/documents.ts';
import { filesIn, refusedImport, tempDir } from './support/imported.ts';
import { cleanEnv, run } from './support/run.ts';

const LIMIT = DEFAULT_IMPORT_LIMITS.maxBytes;

async function inputFile(name: string, content: string | Uint8Array): Promise<string> {
  const input = path.join(await tempDir('report-bot-input-'), name);
  await writeFile(input, content);
  return input;
}

/** `npm run import` from the sources, in a process whose heap is held to `heapMb`. */
async function importInHeap(input: string, args: string[], heapMb: number) {
  const knowledgeDir = await tempDir();
  const result = await run(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', 'src/importReport.ts', input, '--knowledge', knowledgeDir, ...args], { env: cleanEnv(), timeoutMs: 170_000 });
  return { ...result, written: await filesIn(knowledgeDir) };
}

describe('the largest documents within the limits import in a 200 MB heap', () => {
  it('a one-page PDF drawing 10 MB of text (136,000 runs)', async () => {
    const drawing = Buffer.concat(Array.from({ length: Math.floor(LIMIT / DRAWN_LINE.length) }, () => DRAWN_LINE));
    const input = await inputFile('drawing.pdf', deflatedPdf(drawing));
    const { code, stderr, written } = await importInHeap(input, ['--title', 'Fox'], 200);
    expect(code, stderr).toBe(0);
    expect(written).toEqual(['fox.md']);
  }, 180_000);

  it('a Word file whose document.xml is 9.9 MB (100,000 paragraphs)', async () => {
    const input = await inputFile('budget.docx', await wordFileWith(withParagraphs(LIMIT - 64 * 1024)));
    const { code, stderr, written } = await importInHeap(input, [], 200);
    expect(code, stderr).toBe(0);
    expect(written).toEqual(['budget-day.md']);
  }, 180_000);
});

describe('an import that would need more memory than it may use', () => {
  it('stops with a clear error, exit code 1 and nothing written, instead of taking the memory', async () => {
    const input = await inputFile('notes.txt', `Harbour notes\n\n${'Mooring fees will rise by 5% from June, said Rajesh Iyer of the harbour board.\n\n'.repeat(120_000)}`);
    const { code, stdout, stderr, written } = await importInHeap(input, [], 64);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Cannot import ${input}: reading it takes more than the 64 MB of memory an import may use: lower --max-bytes, or split the document\n`);
    expect(written).toEqual([]);
  }, 180_000);
});

/** Pieces of a few kilobytes, so that small documents are cut many times. */
const SMALL = { piece: 1_000, most: 6_000 };

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string') ?? '';
}

async function inPiecesAndWhole(bytes: Uint8Array): Promise<{ pieces: string; whole: string; count: number }> {
  const buffer = Buffer.from(bytes);
  const count = [...wordPieces(await documentXml(bytes), SMALL, new Set())].length;
  return { pieces: (await readWordFile(buffer, 'report.docx', LIMIT, SMALL)).markdown, whole: (await readWordFile(buffer, 'report.docx', LIMIT, { piece: LIMIT, most: LIMIT })).markdown, count };
}

describe('a Word file read in pieces', () => {
  it.each(['panel/cloud-security-panel.md', 'interview/interview-sample.md', 'minutes/harbour-board-minutes.md', 'library/riverside-library-digitisation.md'])(
    'gives the Markdown it gives read whole: %s',
    async (fixture) => {
      const { pieces, whole, count } = await inPiecesAndWhole(await reportToDocx(readReport(path.join(FIXTURES, fixture))));
      expect(count).toBeGreaterThan(2);
      expect(pieces).toBe(whole);
    },
  );

  it('keeps a list longer than a piece one list: its items on consecutive lines, numbered on', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
      sections: [
        {
          children: [
            new Paragraph('What the board heard:'),
            ...Array.from({ length: 80 }, (_, i) => new Paragraph({ text: `Point ${i + 1}, raised by the harbour master.`, bullet: { level: 0 } })),
            new Paragraph('What the board decided:'),
            ...Array.from({ length: 120 }, (_, i) => new Paragraph({ text: `Decision ${i + 1} of the harbour board.`, numbering: { reference: 'steps', level: 0 } })),
            new Paragraph('The meeting closed at nine.'),
          ],
        },
      ],
    });
    const { pieces, whole, count } = await inPiecesAndWhole(await Packer.toBuffer(doc));
    expect(count).toBeGreaterThan(3);
    expect(whole).toContain('- Point 79, raised by the harbour master.\n- Point 80, raised by the harbour master.\n\nWhat the board decided:\n\n1. Decision 1 of');
    expect(whole).toContain('119. Decision 119 of the harbour board.\n120. Decision 120 of the harbour board.');
    expect(pieces).toBe(whole);
  });

  it('cuts a table longer than a piece between its rows', async () => {
    const row = (i: number) => new TableRow({ children: [new TableCell({ children: [new Paragraph(`Berth ${i}`)] }), new TableCell({ children: [new Paragraph(`Fee ${i * 10} pounds a night.`)] })] });
    const doc = new Document({ sections: [{ children: [new Paragraph('Mooring fees'), new Table({ rows: Array.from({ length: 150 }, (_, i) => row(i + 1)) }), new Paragraph('Fees rise in June.')] }] });
    const { pieces, whole, count } = await inPiecesAndWhole(await Packer.toBuffer(doc));
    expect(count).toBeGreaterThan(3);
    expect(whole).toContain('Berth 150 | Fee 1500 pounds a night.');
    expect(pieces).toBe(whole);
  });

  it('refuses a paragraph larger than one block may be, naming it and the limit', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Harbour notes'), new Paragraph({ children: Array.from({ length: 300 }, () => new TextRun({ text: 'The council met again today. ', bold: true })) })] }] });
    const error = await readWordFile(Buffer.from(await Packer.toBuffer(doc)), 'notes.docx', LIMIT, SMALL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toMatch(/^word\/document\.xml has a paragraph of [\d,]+ bytes of XML, more than the 6,000 bytes one paragraph or table row may be \(each is read whole, at about 100 bytes of memory a byte\): split it in Word, then import it again$/);
  });

  it('at the default sizes, refuses a paragraph of 2.5 MB at once, before mammoth reads it', async () => {
    const words = '<w:r><w:t xml:space="preserve">The council met again today to discuss the budget. </w:t></w:r>';
    const input = await inputFile('long.docx', await wordFileWith((xml) => xml.replace('</w:body>', `<w:p>${words.repeat(Math.ceil((2.5 * 1024 * 1024) / words.length))}</w:p></w:body>`)));
    const { problem, written } = await refusedImport(input);
    expect(problem).toMatch(/^word\/document\.xml has a paragraph of 2\.5 MB of XML, more than the 2 MB one paragraph or table row may be/);
    expect(written).toEqual([]);
  }, 10_000);
});
