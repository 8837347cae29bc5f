/**
 * PDF layout on hand-placed text runs: lines into paragraphs, headings by type, lists, running
 * headers, footers and page numbers, and hyphens at line ends.
 */
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfItem, type PdfPage } from '../src/import/pdfLayout.ts';

const WORDS = new Set(['management', 'customer', 'unfriendly', 'friendly', 'handwringing', 'hand', 'wringing', 'information', 'heavy', 'the', 'of', 'and', 'is', 'ment']);
const isWord = (word: string) => WORDS.has(word) && word !== 'ment';

interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  x?: number;
  /** Extra space above the line, in points. */
  gap?: number;
  /** The line fills the column, as every line of a paragraph but its last does. */
  fill?: boolean;
}

/** Pages of lines set from the top at 14 pt leading, 11 pt type, 72 pt left margin. */
function pages(...contents: Line[][]): PdfPage[] {
  return contents.map((lines) => {
    let y = 720;
    const items: PdfItem[] = [];
    for (const line of lines) {
      y -= line.gap ?? 0;
      const size = line.size ?? 11;
      items.push({ text: line.text, x: line.x ?? 72, y, width: line.fill ? 468 : line.text.length * size * 0.5, size, bold: line.bold ?? false });
      y -= 14;
    }
    return { items, height: 792 };
  });
}

/** A line that fills the column, so that it does not read as a paragraph's short last line. */
const full = (text: string): Line => ({ text, fill: true });

function texts(result: ReturnType<typeof layoutPdf>): string[] {
  return result.blocks.map((b) => `${b.kind === 'heading' ? '## ' : b.kind === 'list-item' ? (b.ordered ? '1. ' : '- ') : ''}${b.text}`);
}

describe('hyphens at line ends', () => {
  const join = (first: string, second: string, more: Line[] = []) => layoutPdf(pages([full(first), { text: second }, ...more]), isWord).blocks[0]?.text;

  it.each([
    ['a hyphen that broke a word goes', 'by manage-', 'ment alone.', 'by management alone.'],
    ['two words that are no word joined keep it', 'a customer-', 'unfriendly term.', 'a customer-unfriendly term.'],
    ['a name before the hyphen keeps it', 'the Xen-', 'friendly drivers.', 'the Xen-friendly drivers.'],
    ['a capital after the hyphen keeps it', 'my pre-', 'LinuxWorld piece.', 'my pre-LinuxWorld piece.'],
    ['a digit after the hyphen keeps it', 'about eight-to-', '20 machines.', 'about eight-to-20 machines.'],
    ['a dash is not a hyphen', 'including KVM--', 'emanate from.', 'including KVM-- emanate from.'],
    ['a soft hyphen goes', 'by manage\u00AD', 'ment alone.', 'by management alone.'],
  ])('%s', (_what, first, second, expected) => {
    expect(join(first, second)).toBe(expected);
  });

  it("the document's own words decide first: a word it writes whole elsewhere is joined", () => {
    const elsewhere = [{ text: 'Virtualization and LinuxWorld again.', gap: 10 }];
    expect(join('the virtu-', 'alization track.', elsewhere)).toBe('the virtualization track.');
    expect(join('the Linux-', 'World show.', elsewhere)).toBe('the LinuxWorld show.');
  });

  it('and a compound it writes with its hyphen elsewhere keeps it', () => {
    expect(join('is information-', 'heavy.', [{ text: 'An information-heavy day.', gap: 10 }])).toBe('is information-heavy.');
  });

  it('a word the list lacks, known by its stem from the document, is joined', () => {
    expect(join('of inter-', 'operating systems.', [{ text: 'They interoperate.', gap: 10 }])).toBe('of interoperating systems.');
  });

  it('when both readings are words, a document that breaks words elsewhere broke this one too', () => {
    const alone = [{ text: 'Nothing else.', gap: 10 }];
    expect(join('on hand-', 'wringing and.', alone)).toBe('on hand-wringing and.');
    const breaksWords = [full('by manage-'), { text: 'ment alone.' }];
    expect(join('on hand-', 'wringing and.', breaksWords)).toBe('on handwringing and.');
  });
});

describe('paragraphs', () => {
  it('a wider gap, a short last line after a full stop, and an indent each start a paragraph', () => {
    const result = layoutPdf(
      pages([
        full('First paragraph line one'),
        { text: 'ends here.' },
        full('Second paragraph after a short line'),
        full('and it goes on'),
        { text: 'Third paragraph after a gap.', gap: 8 },
        { text: 'Fourth after an indent, with a full line above it.', x: 90 },
      ]),
      isWord,
    );
    expect(result.blocks.map((b) => b.text.split(' ').slice(0, 2).join(' '))).toEqual(['First paragraph', 'Second paragraph', 'Third paragraph', 'Fourth after']);
  });

  it('goes on across a page break unless its last line ended it', () => {
    const result = layoutPdf(pages([full('One paragraph that'), full('runs over the page')], [full('onto the next one'), { text: 'and ends.' }, { text: 'A new one.', gap: 8 }]), isWord);
    expect(result.blocks).toHaveLength(2);
    expect(result.blocks[0]?.text).toMatch(/^One paragraph that.* runs over the page.* onto the next one.* and ends\.$/);
  });

  it('goes on over one page break, never two: text that never ends is paragraphs of at most two pages', () => {
    const page = (n: number) => Array.from({ length: 40 }, (_, i) => full(`page ${n} line ${i} of text that never ends a sentence`));
    const result = layoutPdf(pages(...[1, 2, 3, 4, 5].map(page)), isWord);
    expect(result.blocks.map((b) => [...new Set(b.text.match(/page \d/g))])).toEqual([['page 1', 'page 2'], ['page 3', 'page 4'], ['page 5']]);
  });

  it('a paragraph of megabytes on one page is laid out in linear time', () => {
    // Small type at a small leading: 30,000 lines fit one page, 1.7 MB in one paragraph.
    const items: PdfItem[] = Array.from({ length: 30_000 }, (_, i) => ({ text: `line ${i} of tiny text that goes on and on without a stop`, x: 72, y: 720 - i * 0.02, width: 468, size: 0.05, bold: false }));
    const started = performance.now();
    const result = layoutPdf([{ items, height: 792 }], isWord);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0]?.text.length).toBeGreaterThan(1_600_000);
  });
});

describe('headings and lists', () => {
  it('larger type or a whole line in bold is a heading; a bold sentence or a bold word is not', () => {
    const result = layoutPdf(
      pages([
        { text: 'A Report Title', size: 20 },
        { text: 'That spans two lines', size: 20 },
        { text: 'A bold heading', bold: true, gap: 10 },
        full('Body text under it'),
        { text: 'that ends.' },
        { text: 'A whole sentence in bold.', bold: true, gap: 8 },
        { text: 'Body again.', gap: 8 },
      ]),
      isWord,
    );
    expect(texts(result)).toEqual([
      '## A Report Title That spans two lines',
      '## A bold heading',
      expect.stringMatching(/^Body text under it.*that ends\.$/),
      'A whole sentence in bold.',
      'Body again.',
    ]);
  });

  it('bullets and numbers start list items; a dash inside a sentence does not', () => {
    const result = layoutPdf(
      pages([
        full('The findings were'),
        { text: 'these:' },
        { text: '• consolidation drives it' },
        { text: '1. ratios are growing and', fill: true },
        { text: 'go on', x: 84 },
        full('A paragraph that breaks'),
        { text: '– and goes on after a dash.' },
      ]),
      isWord,
    );
    expect(texts(result)).toEqual([
      expect.stringMatching(/^The findings were.* these:$/),
      '- consolidation drives it',
      '1. ratios are growing and go on',
      expect.stringMatching(/^A paragraph that breaks.* – and goes on after a dash\.$/),
    ]);
  });
});

describe('running headers, footers and page numbers', () => {
  const page = (n: number, body: string): Line[] => [
    { text: 'Annual report 2024 · Riverside', size: 9 },
    { ...full(body), gap: 30 },
    { text: 'ends.' },
    { text: `Page ${n} of 3`, size: 9, gap: 566 },
  ];

  it('are left out when they repeat in the margins, and said so', () => {
    const result = layoutPdf(pages(page(1, 'One'), page(2, 'Two'), page(3, 'Three')), isWord);
    expect(texts(result)).toEqual(['One ends.', 'Two ends.', 'Three ends.']);
    expect(result.dropped).toEqual(['a running header or footer on 3 pages (“Annual report 2024 · Riverside”)', 'page numbers on 3 pages']);
  });

  it('the same words in the body stay', () => {
    const result = layoutPdf(pages(page(1, 'Annual report 2024 · Riverside'), page(2, 'Two')), isWord);
    expect(texts(result)).toEqual(['Annual report 2024 · Riverside ends.', 'Two ends.']);
  });

  it('a header on most pages but not all is left out where it stands, and one on fewer than half stays', () => {
    const bare = (body: string): Line[] => [{ ...full(body), gap: 30 }, { text: 'ends.' }];
    const most = layoutPdf(pages(page(1, 'One'), page(2, 'Two'), bare('Three'), page(4, 'Four')), isWord);
    expect(texts(most)).toEqual(['One ends.', 'Two ends.', 'Three ends.', 'Four ends.']);
    expect(most.dropped[0]).toBe('a running header or footer on 3 pages (“Annual report 2024 · Riverside”)');
    const few = layoutPdf(pages(page(1, 'One'), bare('Two'), bare('Three'), bare('Four'), bare('Five')), isWord);
    expect(texts(few)[0]).toMatch(/^Annual report 2024 · Riverside/);
    // The line is half the pages, rounded up: on 3 of 5 it goes, on 2 of 5 it is text.
    const threeOfFive = layoutPdf(pages(page(1, 'One'), page(2, 'Two'), page(3, 'Three'), bare('Four'), bare('Five')), isWord);
    expect(threeOfFive.dropped[0]).toBe('a running header or footer on 3 pages (“Annual report 2024 · Riverside”)');
    const twoOfFive = layoutPdf(pages(page(1, 'One'), page(2, 'Two'), bare('Three'), bare('Four'), bare('Five')), isWord);
    expect(twoOfFive.dropped.filter((d) => d.startsWith('a running header'))).toEqual([]);
    expect(texts(twoOfFive).filter((t) => t.startsWith('Annual report 2024 · Riverside'))).toHaveLength(2);
  });

  it('a page number alone is left out on a single page too', () => {
    const result = layoutPdf(pages([{ text: 'Only page.', gap: 40 }, { text: '7', size: 9, gap: 580 }]), isWord);
    expect(texts(result)).toEqual(['Only page.']);
  });
});
