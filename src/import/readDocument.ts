import path from 'node:path';
import { decodeHtml, decodeText } from './decode.ts';
import type { ImportedDocument } from './document.ts';
import { readWordFile } from './docx.ts';
import { ImportError } from './errors.ts';
import type { SniffedContent } from '../language/importProblems.ts';
import { fetchPage } from './fetchPage.ts';
import { readWebPage } from './html.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { openLocalFile } from './localFile.ts';
import { readPdf } from './pdf.ts';
import { readMarkdown, readPlainText } from './text.ts';

export type Format = 'web page' | 'PDF' | 'Word file' | 'text' | 'Markdown';

export interface ReadDocument {
  document: ImportedDocument;
  format: Format;
  /** For the front matter's `source`: the page's address, or the file's name. */
  source: string;
  /** A Markdown file that already has front matter: it is a report as it stands. */
  report: string | null;
}

const EXTENSIONS: Record<string, Format> = {
  '.html': 'web page',
  '.htm': 'web page',
  '.xhtml': 'web page',
  '.pdf': 'PDF',
  '.docx': 'Word file',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'Markdown',
  '.markdown': 'Markdown',
};
const EXTENSIONS_TOLD = '.html, .htm, .pdf, .docx, .txt, .md';

/** Reads a file or fetches a page, and hands it to the reader for its format. */
export async function readDocument(input: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ReadDocument> {
  if (/^https?:\/\//i.test(input)) {
    const page = await fetchPage(input, limits);
    return { document: readWebPage(decodeHtml(page.bytes, page.contentType)), format: 'web page', source: page.url, report: null };
  }
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(input)) throw new ImportError(input, { key: 'notHttp', extensions: EXTENSIONS_TOLD });

  // What the path is (a device, a pipe) is told before what its name says.
  const file = await openLocalFile(input);
  let format: Format;
  let bytes: Buffer;
  try {
    format = formatOf(input);
    bytes = await file.read(limits.maxBytes);
  } finally {
    await file.close();
  }
  if (bytes.length === 0 || (format !== 'PDF' && format !== 'Word file' && !bytes.toString('utf8').trim())) throw new ImportError(input, { key: 'empty' });
  checkContent(input, bytes, format);

  const source = path.basename(input);
  switch (format) {
    case 'PDF':
      return { document: await readPdf(bytes, input, limits.maxPages, limits.maxBytes), format, source, report: null };
    case 'Word file':
      return { document: await readWordFile(bytes, input, limits.maxBytes), format, source, report: null };
    case 'web page':
      return { document: readWebPage(decodeHtml(bytes)), format, source, report: null };
    case 'text':
      return { document: readPlainText(decodeText(bytes)), format, source, report: null };
    case 'Markdown': {
      const text = decodeText(bytes);
      const report = /^---[ \t]*\n/.test(text) ? text : null;
      return { document: readMarkdown(text), format, source, report };
    }
  }
}

function formatOf(input: string): Format {
  const extension = path.extname(input).toLowerCase();
  const format = EXTENSIONS[extension];
  if (format) return format;
  throw new ImportError(input, extension === '.doc' ? { key: 'oldWordName' } : { key: 'unknownType', extension: extension || null, extensions: EXTENSIONS_TOLD });
}

/** What the first bytes say the file is, whatever its name says. */
function sniff(bytes: Buffer): SniffedContent {
  const head = bytes.subarray(0, 1024);
  if (head.includes('%PDF-')) return 'PDF';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'old Office file';
  if (bytes.subarray(0, 8192).includes(0)) return 'binary';
  return 'text';
}

function checkContent(name: string, bytes: Buffer, format: Format): void {
  const content = sniff(bytes);
  if (format === 'PDF' && content !== 'PDF') throw new ImportError(name, { key: 'contentIsNot', expected: 'PDF', content });
  if (format === 'Word file') {
    if (content === 'old Office file') throw new ImportError(name, { key: 'oldWordContent' });
    if (content !== 'zip') throw new ImportError(name, { key: 'contentIsNot', expected: 'Word file', content });
  }
  if ((format === 'text' || format === 'Markdown' || format === 'web page') && content !== 'text') {
    throw new ImportError(name, { key: 'contentIsNot', expected: format === 'web page' ? 'web page' : 'text file', content });
  }
}
