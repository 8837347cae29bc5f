/**
 * Makes the documents the import tests read, from a Markdown report: a PDF laid out the way a
 * word processor does (a title in large type, bold headings, wrapped and hyphenated lines, a
 * running header, page numbers), a Word file with real heading and list styles, and plain text.
 */
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { PDFDocument, PDFHexString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { splitReport } from '../../src/knowledge/frontMatter.ts';
import { parseBlocks } from '../../src/knowledge/markdown.ts';

export interface SourceBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** As written, with the speaker label that may open it. */
  text: string;
  /** That label ("Priya Natarajan:", "Q:") and whether it was bold, as transcripts write it. */
  label?: { text: string; bold: boolean };
}

export interface SourceReport {
  title: string;
  author: string | null;
  blocks: SourceBlock[];
}

export function readReport(file: string): SourceReport {
  const { frontMatter, body, bodyStart } = splitReport(file, readFileSync(file, 'utf8'));
  const blocks = parseBlocks(file, body, bodyStart).map((b): SourceBlock => {
    if (!b.label || !b.labelled?.endsWith(b.text)) return { kind: b.kind, text: b.text };
    return { kind: b.kind, text: b.labelled, label: { text: b.labelled.slice(0, b.labelled.length - b.text.length).trim(), bold: b.label.bold } };
  });
  return { title: frontMatter.title, author: frontMatter.author, blocks };
}

export interface PdfOptions {
  /** Line width in points: changes where lines break and words are hyphenated. */
  width?: number;
  runningHeader?: string;
  /** Document information; the title and author are left out when false. */
  info?: boolean;
  /** A title field other than the report's, as some producers write it. */
  infoTitle?: string;
  /** "By <author>" under the title. */
  byline?: boolean;
}

const PAGE = { width: 612, height: 792, top: 720, bottom: 72, left: 72 };

export async function reportToPdf(report: SourceReport, options: PdfOptions = {}): Promise<Uint8Array> {
  const width = options.width ?? 468;
  const pdf = await PDFDocument.create();
  if (options.info !== false) {
    pdf.setTitle(options.infoTitle ?? report.title);
    if (report.author) pdf.setAuthor(report.author);
  }
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  pages.push(page);
  let y = PAGE.top;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.top;
  };
  const write = (text: string, font: PDFFont, size: number, leading: number, x: number, lineWidth: number) => {
    for (const line of wrap(text, font, size, lineWidth)) {
      if (y < PAGE.bottom) newPage();
      page.drawText(line, { x, y, size, font });
      y -= leading;
    }
  };

  write(report.title, bold, 20, 24, PAGE.left, width);
  y -= 6;
  if (options.byline && report.author) write(`By ${report.author}`, regular, 11, 14.5, PAGE.left, width);
  y -= 14;
  let previous: string | null = null;
  for (const block of report.blocks) {
    if (block.kind === 'heading') {
      y -= 10;
      if (y < PAGE.bottom + 40) newPage();
      write(block.text, bold, 11, 16, PAGE.left, width);
      y -= 3;
    } else if (block.kind === 'list-item') {
      if (previous !== 'list-item') y -= 3;
      if (y < PAGE.bottom) newPage();
      page.drawText('•', { x: PAGE.left + 8, y, size: 11, font: regular });
      write(block.text, regular, 11, 14.5, PAGE.left + 20, width - 20);
      y -= 3;
    } else {
      if (previous === 'list-item') y -= 4;
      write(block.text, regular, 11, 14.5, PAGE.left, width);
      y -= 7;
    }
    previous = block.kind;
  }
  pages.forEach((p, i) => {
    if (options.runningHeader) p.drawText(options.runningHeader, { x: PAGE.left, y: 752, size: 9, font: regular });
    const number = `Page ${i + 1} of ${pages.length}`;
    p.drawText(number, { x: (PAGE.width - regular.widthOfTextAtSize(number, 9)) / 2, y: 36, size: 9, font: regular });
  });
  return pdf.save();
}

/**
 * Greedy line breaking as a word processor with hyphenation does it: a word that does not fit
 * breaks after one of its own hyphens if it has one, or, if it is a long plain word, anywhere
 * that leaves three letters on each side, with a hyphen added.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate) || !line) {
      line = candidate;
      continue;
    }
    const head = breakWord(word, (part) => fits(`${line} ${part}`));
    if (head) {
      lines.push(`${line} ${head.first}`);
      line = head.rest;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function breakWord(word: string, fits: (part: string) => boolean): { first: string; rest: string } | null {
  for (let i = word.length - 2; i > 0; i--) {
    if (word[i] === '-' && /\w/.test(word[i - 1] ?? '') && /\w/.test(word[i + 1] ?? '') && fits(word.slice(0, i + 1))) {
      return { first: word.slice(0, i + 1), rest: word.slice(i + 1) };
    }
  }
  const letters = /^([A-Za-z]{9,})([,.;:]?)$/.exec(word);
  if (!letters?.[1]) return null;
  for (let i = letters[1].length - 3; i >= 3; i--) {
    if (fits(`${word.slice(0, i)}-`)) return { first: `${word.slice(0, i)}-`, rest: word.slice(i) };
  }
  return null;
}

/** A PDF whose pages are only pictures, as a scanner makes them. */
export async function imageOnlyPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(grayPng(64, 64));
  for (let i = 0; i < pages; i++) pdf.addPage([PAGE.width, PAGE.height]).drawImage(image, { x: 72, y: 300, width: 400, height: 400 });
  return pdf.save();
}

/**
 * A PDF locked with a user password, as Acrobat's "Require a password to open" writes it: the
 * standard security handler (RC4, 128-bit), whose check values no empty password satisfies.
 */
export async function encryptedPdf(report: SourceReport): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await reportToPdf(report));
  const id = PDFHexString.of('8f3a2b1c4d5e6f708192a3b4c5d6e7f8');
  const filler = PDFHexString.of('a1'.repeat(32));
  const encrypt = pdf.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -3904, O: filler, U: PDFHexString.of('5c'.repeat(32)) });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

function grayPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  // Rows of grey stripes: each row is a filter byte, then one byte per pixel.
  const rows = Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => ((x + y) % 16) * 16)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A Word file: Title style, Heading 2 sections, real bullet lists, author in its properties. */
export async function reportToDocx(report: SourceReport): Promise<Uint8Array> {
  const children = [new Paragraph({ text: report.title, heading: HeadingLevel.TITLE })];
  for (const block of report.blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 }));
    else if (block.kind === 'list-item') children.push(new Paragraph({ text: block.text, bullet: { level: 0 } }));
    else if (block.label?.bold) {
      const rest = block.text.slice(block.label.text.length);
      children.push(new Paragraph({ children: [new TextRun({ text: block.label.text, bold: true }), new TextRun(rest)] }));
    } else children.push(new Paragraph({ text: block.text, alignment: AlignmentType.JUSTIFIED }));
  }
  const doc = new Document({ title: report.title, creator: report.author ?? undefined, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A news page: the report inside a site's navigation and footer, bold speaker labels kept. */
export function reportToHtml(report: SourceReport): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body: string[] = [];
  let list = false;
  for (const block of report.blocks) {
    if (list && block.kind !== 'list-item') body.push('</ul>');
    if (!list && block.kind === 'list-item') body.push('<ul>');
    list = block.kind === 'list-item';
    const text = block.label?.bold ? `<strong>${escape(block.label.text)}</strong>${escape(block.text.slice(block.label.text.length))}` : escape(block.text);
    body.push(block.kind === 'heading' ? `<h2>${text}</h2>` : block.kind === 'list-item' ? `<li>${text}</li>` : `<p>${text}</p>`);
  }
  if (list) body.push('</ul>');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(report.title)} | The Courier</title>${report.author ? `<meta name="author" content="${escape(report.author)}">` : ''}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>${escape(report.title)}</h1>
${body.join('\n')}
</article><aside><h3>Most read</h3><ul><li><a href="/a">Harbour fees to rise</a></li><li><a href="/b">Library hours kept</a></li></ul></aside></main>
<footer><p>© The Courier. <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer></body></html>`;
}

/** Plain text as people write it: title, byline, wrapped paragraphs, "•" bullets. */
export function reportToText(report: SourceReport, columns = 72): string {
  const wrapText = (text: string, indent: string, first: string) => {
    const lines: string[] = [];
    let line = first;
    for (const word of text.split(' ')) {
      if (line.trim() && `${line} ${word}`.length > columns) {
        lines.push(line);
        line = indent + word;
      } else line = line.trim() ? `${line} ${word}` : `${line}${word}`;
    }
    lines.push(line);
    return lines.join('\n');
  };
  const out = [report.title, ...(report.author ? [`By ${report.author}`] : [])];
  let list: string[] = [];
  for (const block of report.blocks) {
    if (block.kind === 'list-item') {
      list.push(wrapText(block.text, '    ', '  • '));
      continue;
    }
    if (list.length) out.push(list.join('\n'));
    list = [];
    out.push(block.kind === 'heading' ? block.text : wrapText(block.text, '', ''));
  }
  if (list.length) out.push(list.join('\n'));
  return `${out.join('\n\n')}\n`;
}

/**
 * A one-page PDF whose content stream is `stream`, stored through `filter` (a filter's name, or
 * an array of them, as the stream's dictionary states it): a few hundred kilobytes can unpack
 * to gigabytes.
 */
export function onePagePdf(stream: Buffer, filter = '/FlateDecode'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(length);
    const body = object === null ? Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`), stream, Buffer.from('\nendstream')]) : Buffer.from(object);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A one-page PDF whose content stream is `content` deflated. */
export function deflatedPdf(content: Buffer): Buffer {
  return onePagePdf(deflateSync(content, { level: 9 }));
}

/** One line of drawing in a content stream: the text at the top of the page, in Helvetica. */
export const DRAWN_LINE = Buffer.from('BT /F1 12 Tf 72 700 Td (The quick brown fox jumps over the lazy dog.) Tj ET\n');

export const WORD_PARAGRAPH = '<w:p><w:r><w:t>The council met again today to discuss the budget, said Ann Lee of Acme.</w:t></w:r></w:p>';

/** A real Word file (docx writes it), its document.xml replaced by `documentXml`. */
export async function wordFileWith(documentXml: (original: string) => string, extra: Record<string, string> = {}): Promise<Buffer> {
  const doc = new Document({ title: 'Budget day', creator: 'Ann Lee', sections: [{ children: [new Paragraph({ text: 'The council met again today, said Ann Lee of Acme.', alignment: AlignmentType.JUSTIFIED })] }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  zip.file('word/document.xml', documentXml(await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string')));
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** document.xml with `bytes` more of ordinary paragraphs at the end of its body. */
export const withParagraphs = (bytes: number) => (xml: string) => xml.replace('</w:body>', `${WORD_PARAGRAPH.repeat(Math.ceil(bytes / WORD_PARAGRAPH.length))}</w:body>`);

/**
 * LZW as a PDF stores it (EarlyChange 1): 9- to 12-bit codes, the table cleared before it fills.
 * Long runs of one byte make ever longer codes: 30 MB of spaces is 23 KB.
 */
export function lzwEncoded(data: Uint8Array): Buffer {
  const out: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let width = 9;
  const write = (code: number) => {
    bits = (bits << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      out.push((bits >>> (bitCount - 8)) & 0xff);
      bitCount -= 8;
    }
    bits &= (1 << bitCount) - 1;
  };
  let table = new Map<number, number>();
  let next = 258;
  write(256);
  let prefix = -1;
  for (const byte of data) {
    if (prefix < 0) {
      prefix = byte;
      continue;
    }
    const known = table.get(prefix * 256 + byte);
    if (known !== undefined) {
      prefix = known;
      continue;
    }
    write(prefix);
    table.set(prefix * 256 + byte, next++);
    // The reader adds each entry a code later than the writer, and widens one code early.
    if (next === 1 << width && width < 12) width++;
    if (next >= 4093) {
      write(256);
      table = new Map();
      next = 258;
      width = 9;
    }
    prefix = byte;
  }
  if (prefix >= 0) write(prefix);
  if (next + 1 === 1 << width && width < 12) width++;
  write(257);
  if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

/** ASCII85 as a PDF stores it: four bytes as five characters from "!" to "u", "z" for four zeros, "~>" at the end. */
export function ascii85Encoded(data: Uint8Array): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = data.subarray(i, i + 4);
    let group = 0;
    for (let j = 0; j < 4; j++) group = group * 256 + (chunk[j] ?? 0);
    if (group === 0 && chunk.length === 4) {
      out += 'z';
      continue;
    }
    const digits = Array.from({ length: 5 }, (_, k) => String.fromCharCode(0x21 + (Math.floor(group / 85 ** (4 - k)) % 85)));
    out += digits.slice(0, chunk.length + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

/** A PDF of `pages` short pages, one sentence each: a page count without the weight of text. */
export async function shortPagesPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Harbour board minutes');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) pdf.addPage([612, 792]).drawText(`On page ${n} the board met, said Ann Lee of Acme.`, { x: 72, y: 400, size: 11, font });
  return pdf.save();
}
