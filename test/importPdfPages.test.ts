/**
 * A PDF of many pages: each page's text is read into paragraphs of at most two pages (a
 * paragraph goes on over one page break, never two), so a PDF whose text never ends a
 * paragraph is not written as one block of megabytes.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importBytes } from './support/imported.ts';

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
