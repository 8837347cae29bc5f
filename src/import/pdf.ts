import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFPageProxy, TextContent } from 'pdfjs-dist/types/src/display/api.js';
import wordListPath from 'word-list';
import { messageOf } from '../base/errorMessage.ts';
import type { ImportedDocument } from './document.ts';
import { ImportError } from './errors.ts';
import type { ImportProblem } from '../language/importProblems.ts';
import { UncountableStream, unpackedStreamBytes } from './pdfStreams.ts';
import { layoutLines, PageLineGrouper, type PdfPageLines } from './pdfLayout.ts';
import { statedAuthor, statedTitle } from './metadata.ts';
import { blocksToMarkdown } from './reportMarkdown.ts';

// pdf.js's own data files (standard fonts, character maps), read from the installed package.
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dataDir = (name: string) => `${path.join(pdfjsDir, name)}${path.sep}`;

/**
 * pdf.js's minified build, which names no source map: with --enable-source-maps (as the import
 * runs) Node parses the readable build's 8 MB of maps when it loads it, 70 MB of memory kept
 * to the end. A name in a variable, since TypeScript knows only the readable build's types.
 */
const PDFJS = 'pdfjs-dist/legacy/build/pdf.min.mjs';

async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const pdfjs = (await import(PDFJS)) as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  // Its own default is the readable worker, maps and all.
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(pdfjsDir, 'legacy', 'build', 'pdf.worker.min.mjs')).href;
  return pdfjs;
}

/**
 * A PDF's text layer, through pdf.js (Firefox's PDF reader; its legacy build runs on Node):
 * each page's text runs with their position, size and font, laid out by `layoutLines`. Title and
 * author come from the document information (a title that is only a file name is ignored).
 */
export async function readPdf(bytes: Uint8Array, name: string, maxPages: number, maxBytes: number): Promise<ImportedDocument> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) throw new ImportError(name, { key: 'pdfTruncated' });
  // Checked before pdf.js reads anything: its time and memory grow with what the streams unpack to.
  if (unpackedSize(bytes, name, maxBytes) > maxBytes) {
    throw new ImportError(name, { key: 'pdfBomb', limit: maxBytes });
  }
  const { getDocument } = await loadPdfjs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: dataDir('wasm'),
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw new ImportError(name, openProblem(error));
    });
    // Checked before any page is read: the time and memory a PDF takes grow with its pages.
    if (pdf.numPages > maxPages) {
      throw new ImportError(name, { key: 'tooManyPages', pages: pdf.numPages, limit: maxPages });
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const pages: PdfPageLines[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(await pdf.getPage(n), n - 1));
    if (!pages.some((page) => page.lines.length > 0)) {
      throw new ImportError(name, { key: 'noTextLayer', pages: pdf.numPages });
    }
    const title = statedTitle(info.Title);
    const layout = layoutLines(pages, englishWords(), title ?? '');
    return {
      title,
      author: statedAuthor(info.Author),
      date: null,
      markdown: blocksToMarkdown(layout.blocks),
      dropped: layout.dropped,
    };
  } finally {
    await task.destroy();
  }
}

/**
 * One page's lines, its text runs grouped as pdf.js streams them in, so that no more than a
 * chunk of its runs is held at once (a page can draw 100,000), and nothing of the page is kept
 * once it is read.
 */
async function readPage(page: PDFPageProxy, index: number): Promise<PdfPageLines> {
  const grouper = new PageLineGrouper(index);
  const fonts = new Set<string>();
  for await (const chunk of page.streamTextContent() as AsyncIterable<TextContent>) {
    for (const item of chunk.items) {
      if (!('str' in item)) continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
      if (item.str.trim()) fonts.add(item.fontName);
      grouper.add({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b), font: item.fontName });
    }
  }
  // Font names arrive with a page's drawing operations, not with its text; a font loaded for
  // one page serves the next, whose drawing (as large as its text, or larger) is then not read.
  if ([...fonts].some((font) => !page.commonObjs.has(font))) await page.getOperatorList();
  const lines = grouper.lines((font) => isBold(page.commonObjs, font));
  const [, , , top = 0] = page.view;
  page.cleanup();
  return { lines, height: top };
}

function unpackedSize(bytes: Uint8Array, name: string, maxBytes: number): number {
  try {
    return unpackedStreamBytes(bytes, maxBytes);
  } catch (error) {
    if (!(error instanceof UncountableStream)) throw error;
    throw new ImportError(name, { key: 'pdfUncountable', detail: error.message, limit: maxBytes });
  }
}

function openProblem(error: unknown): ImportProblem {
  // pdf.js's exceptions are Errors (their prototype is one), told apart by name.
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'PasswordException') return { key: 'pdfEncrypted' };
  if (name === 'InvalidPDFException') return { key: 'pdfDamaged' };
  return { key: 'pdfUnreadable', detail: messageOf(error) };
}

function isBold(fonts: { has(id: string): boolean; get(id: string): unknown }, id: string): boolean {
  if (!fonts.has(id)) return false;
  const font = fonts.get(id) as { bold?: boolean; black?: boolean; name?: string } | null;
  return Boolean(font?.bold || font?.black || /bold|black|heavy|semibold|demi/i.test(font?.name ?? ''));
}

let words: string | null = null;
const known = new Map<string, boolean>();

/**
 * An English word list (275,000 words, one a line, 2.8 MB), read when a PDF first needs it and
 * searched as one string: a document asks about a few dozen words, and a set of all of them
 * would cost 40 MB of memory to build.
 */
function englishWords(): (word: string) => boolean {
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      words ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
      answer = words.includes(`\n${word}\n`);
      known.set(word, answer);
    }
    return answer;
  };
}
