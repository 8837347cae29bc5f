/**
 * Bad files get a clear error that names the file and the problem, and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../src/import/errors.ts';
import { importReport } from '../src/import/importer.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { encryptedPdf, imageOnlyPdf, readReport, reportToDocx, reportToPdf } from './support/documents.ts';
import { filesIn, tempDir } from './support/imported.ts';

const report = readReport(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'));
let pdf: Uint8Array;
let docx: Uint8Array;

beforeAll(async () => {
  [pdf, docx] = await Promise.all([reportToPdf(report), reportToDocx(report)]);
});

const half = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2));
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const CASES: [what: string, name: string, bytes: () => Uint8Array | string | Promise<Uint8Array>, problem: RegExp][] = [
  ['an empty text file', 'empty.txt', () => '', /the file is empty/],
  ['a text file of blank lines', 'blank.md', () => '\n  \n\t\n', /the file is empty/],
  ['an empty PDF', 'empty.pdf', () => new Uint8Array(), /the file is empty/],
  ['an empty Word file', 'empty.docx', () => new Uint8Array(), /the file is empty/],
  ['an empty web page', 'empty.html', () => '', /the file is empty/],
  ['a truncated PDF', 'truncated.pdf', () => half(pdf), /the PDF is truncated \(it does not end with %%EOF\)/],
  ['a truncated Word file', 'truncated.docx', () => half(docx), /not a readable Word file: it is damaged or truncated/],
  ['a PDF named .docx', 'report.docx', () => pdf, /not a Word \.docx file: its content is a PDF \(rename it to \.pdf\)/],
  ['a Word file named .pdf', 'report.pdf', () => docx, /not a PDF: its content is a zip archive, such as a Word \.docx file/],
  ['text named .pdf', 'notes.pdf', () => 'Just some notes.\n', /not a PDF: its content is text/],
  ['a picture named .html', 'page.html', () => png, /not a web page: its content is binary data/],
  ['a picture', 'photo.png', () => png, /a \.png file is not a format I can import/],
  ['an old Word .doc', 'old.doc', () => 'whatever', /an old Word \.doc file: open it in Word or LibreOffice and save it as \.docx/],
  ['a file without an extension', 'README', () => 'Some text.\n', /a file without an extension is not a format I can import/],
  ['an encrypted PDF', 'locked.pdf', () => encryptedPdf(report), /the PDF is encrypted with a password/],
  // Made by qpdf with a user password (test/fixtures/import/make-encrypted-pdfs.sh).
  ['a PDF locked with AES-256', 'locked-aes256.pdf', () => readFileSync(path.join(FIXTURES, 'import', 'locked-aes256.pdf')), /the PDF is encrypted with a password: save a copy without the password/],
  ['an image-only (scanned) PDF', 'scan.pdf', () => imageOnlyPdf(2), /the PDF has no text layer \(its 2 pages are pictures, as in a scan\): run OCR on it first/],
  ['a damaged PDF', 'damaged.pdf', () => Buffer.from('%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n'), /not a readable PDF: it is damaged or is not a PDF/],
  ['a zip that is not a Word file', 'archive.docx', async () => new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'uint8array' }), /not a Word document: the archive has no word\/document\.xml/],
  ['a page of nothing but navigation', 'nav.html', () => '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><footer>© Site</footer></body></html>', /no text is left after extract/],
  ['a text with no title', 'memo.txt', () => 'this memo starts with a sentence.\n\nAnd goes on.\n', /the document states no title: give one with --title/],
];

describe.each(CASES)('%s', (_what, name, bytes, problem) => {
  it('is refused with the file and the problem, and nothing is written', async () => {
    const input = path.join(await tempDir('report-bot-input-'), name);
    await writeFile(input, await bytes());
    const knowledgeDir = await tempDir();
    const error = await importReport(input, { knowledgeDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message.startsWith(`${input}: `)).toBe(true);
    expect((error as ImportError).problem).toMatch(problem);
    expect(await filesIn(knowledgeDir)).toEqual([]);
  });
});

describe('other refusals', () => {
  it('a missing file and a folder say so', async () => {
    const dir = await tempDir();
    await expect(importReport(path.join(dir, 'nope.pdf'), { knowledgeDir: dir })).rejects.toThrow(/nope\.pdf: no such file/);
    await expect(importReport(`${dir}.html`, { knowledgeDir: dir })).rejects.toThrow(/no such file/);
    const folder = path.join(dir, 'folder.md');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    await expect(importReport(folder, { knowledgeDir: dir })).rejects.toThrow(/folder\.md: a folder, not a file/);
  });

  it('a report larger than the bot reads (KNOWLEDGE_MAX_BYTES) is not written', async () => {
    const input = path.join(await tempDir('report-bot-input-'), 'long.txt');
    await writeFile(input, `Long notes\n\n${'A paragraph of notes, said Ann Lee of Acme.\n\n'.repeat(100)}`);
    const knowledgeDir = await tempDir();
    await expect(importReport(input, { knowledgeDir, maxReportBytes: 2048 })).rejects.toThrow(
      /long\.txt: the report would be 4,543 bytes, more than the 2,048 bytes the bot reads \(KNOWLEDGE_MAX_BYTES\)/,
    );
    expect(await filesIn(knowledgeDir)).toEqual([]);
    expect((await importReport(input, { knowledgeDir, maxReportBytes: 1024 * 1024 })).passages).toBe(100);
  });

  it('a Markdown report whose own front matter is broken names its line', async () => {
    const input = path.join(await tempDir('report-bot-input-'), 'broken.md');
    await writeFile(input, '---\ntitle: ok\nauthor: [broken\n---\n\nText.\n');
    const knowledgeDir = await tempDir();
    await expect(importReport(input, { knowledgeDir })).rejects.toThrow(/broken\.md: the result would not load as a report \(line 3: front matter is not valid YAML/);
    expect(await filesIn(knowledgeDir)).toEqual([]);
  });

  it('an address that is not http(s) is refused', async () => {
    await expect(importReport('ftp://127.0.0.1/report.pdf', { knowledgeDir: await tempDir() })).rejects.toThrow(/only http and https addresses/);
  });
});
