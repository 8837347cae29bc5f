import path from 'node:path';
import { decodeHtml, decodeText } from './decode.ts';
import type { ImportedDocument } from './document.ts';
import { readWordFile } from './docx.ts';
import { ImportError } from './errors.ts';
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
const SUPPORTED = '.html, .htm, .pdf, .docx, .txt, .md or an http(s) address';

/** Reads a file or fetches a page, and hands it to the reader for its format. */
export async function readDocument(input: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ReadDocument> {
  if (/^https?:\/\//i.test(input)) {
    const page = await fetchPage(input, limits);
    return { document: readWebPage(decodeHtml(page.bytes, page.contentType)), format: 'web page', source: page.url, report: null };
  }
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(input)) throw new ImportError(input, `only http and https addresses can be fetched; for a file, give its path (${SUPPORTED})`);

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
  if (bytes.length === 0 || (format !== 'PDF' && format !== 'Word file' && !bytes.toString('utf8').trim())) throw new ImportError(input, 'the file is empty');
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
  const hint = extension === '.doc' ? 'an old Word .doc file: open it in Word or LibreOffice and save it as .docx' : `not a format I can import (${SUPPORTED})`;
  throw new ImportError(input, `${extension ? `a ${extension} file is ` : 'a file without an extension is '}${hint}`);
}

/** What the first bytes say the file is, whatever its name says. */
function sniff(bytes: Buffer): 'PDF' | 'zip' | 'old Office file' | 'binary' | 'text' {
  const head = bytes.subarray(0, 1024);
  if (head.includes('%PDF-')) return 'PDF';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'old Office file';
  if (bytes.subarray(0, 8192).includes(0)) return 'binary';
  return 'text';
}

function checkContent(name: string, bytes: Buffer, format: Format): void {
  const kind = sniff(bytes);
  const looksLike = {
    PDF: 'a PDF (rename it to .pdf)',
    zip: 'a zip archive, such as a Word .docx file',
    'old Office file': 'an old Office file (.doc) or a password-protected Word file',
    binary: 'binary data',
    text: 'text',
  }[kind];
  if (format === 'PDF' && kind !== 'PDF') throw new ImportError(name, `not a PDF: its content is ${looksLike}`);
  if (format === 'Word file') {
    if (kind === 'old Office file') {
      throw new ImportError(name, 'not a .docx file: it is an old Word .doc file or a password-protected one; remove the password or save it as .docx, then import that');
    }
    if (kind !== 'zip') throw new ImportError(name, `not a Word .docx file: its content is ${looksLike}`);
  }
  if ((format === 'text' || format === 'Markdown' || format === 'web page') && kind !== 'text') {
    throw new ImportError(name, `not a ${format === 'web page' ? 'web page' : 'text file'}: its content is ${looksLike}`);
  }
}
