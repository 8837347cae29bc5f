import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import type { ImportedDocument } from './document.ts';
import { ImportError } from './errors.ts';
import { htmlToMarkdown } from './htmlToMarkdown.ts';
import { statedAuthor, statedTitle } from './metadata.ts';
import { listStylesOf, UncuttableBlock, wordPieces, type PieceSizes } from './wordXml.ts';
import { unpack, zipEntries, ZipError } from './zip.ts';

/** Word's own title styles, which mammoth leaves as plain paragraphs. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/** The parts mammoth and the core properties are read from; pictures and fonts are never unpacked. */
const TEXT_PART = /\.(?:xml|rels)$/i;

const DOCUMENT = 'word/document.xml';

/**
 * How much of document.xml mammoth reads at once, in characters (see wordXml.ts). In pieces of
 * 512 KB, a 9.7 MB document.xml of 99,640 paragraphs imports in a 150 MB heap, where read whole
 * it does not in 350 MB (and peaks at 1.1-1.3 GB); a block is read whole up to 2 MB (a 3.9 MB
 * paragraph alone still imports in a 256 MB heap).
 */
const WORD_PIECES: PieceSizes = { piece: 512 * 1024, most: 2 * 1024 * 1024 };

/**
 * A Word (.docx) file: mammoth turns its headings, paragraphs and lists into HTML (page
 * headers, footers and comments are not part of it), then into the report's Markdown, a piece
 * of the document at a time. Title and author come from the file's core properties (File >
 * Info in Word).
 */
export async function readWordFile(bytes: Buffer, name: string, maxBytes: number, sizes = WORD_PIECES): Promise<ImportedDocument> {
  const parts = textParts(bytes, name, maxBytes);
  if (!parts.has(DOCUMENT)) {
    throw new ImportError(name, { key: 'noWordDocument' });
  }
  // mammoth unpacks with JSZip, which believes the sizes an archive states: it is given the
  // parts already unpacked within the limit, stored as they are.
  const checked = new JSZip();
  for (const [part, content] of parts) if (part !== DOCUMENT) checked.file(part, content);
  const document = parts.get(DOCUMENT) as Buffer;
  const utf16 = (document[0] === 0xff && document[1] === 0xfe) || (document[0] === 0xfe && document[1] === 0xff);
  // mammoth reads parts as UTF-8 and fails on any other: such a part is handed on whole, for it to say so.
  const pieces = utf16 ? [{ xml: document, inList: false }] : wordPieces(document.toString('utf8'), sizes, listStylesOf(parts.get('word/numbering.xml')?.toString('utf8')));
  const markdown: string[] = [];
  try {
    for (const piece of pieces) {
      checked.file(DOCUMENT, piece.xml);
      const { value: html } = await mammoth.convertToHtml(
        { buffer: await checked.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) },
        { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      const text = htmlToMarkdown(html);
      const previous = markdown.at(-1);
      if (piece.inList && previous !== undefined && text) markdown[markdown.length - 1] = `${previous}\n${listGoesOn(previous, text)}`;
      else if (text) markdown.push(text);
    }
  } catch (error) {
    if (!(error instanceof UncuttableBlock)) throw error;
    throw new ImportError(name, { key: 'blockTooLarge', part: DOCUMENT, block: error.kind, size: error.size, limit: sizes.most });
  }
  return { ...coreProperties(parts.get('docProps/core.xml')), date: null, markdown: markdown.join('\n\n'), dropped: [] };
}

/**
 * A numbered list cut between two pieces goes on counting where the first piece stopped, as it
 * does in Word: mammoth numbers each piece's items from 1.
 */
function listGoesOn(before: string, after: string): string {
  const last = /^(\d+)\. /.exec(before.slice(before.lastIndexOf('\n') + 1));
  if (!last) return after;
  const parts: string[] = [];
  let at = 0;
  for (let n = 1; after.startsWith(`${n}. `, at); n++) {
    const end = after.indexOf('\n', at);
    const next = end < 0 ? after.length : end + 1;
    parts.push(`${Number(last[1]) + n}. `, after.slice(at + `${n}. `.length, next));
    at = next;
  }
  return parts.join('') + after.slice(at);
}

/**
 * The archive's XML parts, unpacked only once the directory's entry count and the sizes it
 * states for them (at most `maxBytes` in all) pass; each is unpacked no larger than stated.
 */
function textParts(bytes: Buffer, name: string, maxBytes: number): Map<string, Buffer> {
  try {
    const entries = zipEntries(bytes).filter((entry) => TEXT_PART.test(entry.name));
    const stated = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (stated > maxBytes) {
      throw new ImportError(name, { key: 'zipBomb', size: stated, limit: maxBytes });
    }
    const parts = new Map(entries.map((entry) => [entry.name, unpack(bytes, entry)]));
    for (const [part, content] of parts) refuseDoctype(name, part, content);
    return parts;
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    throw new ImportError(name, { key: error.damaged ? 'wordDamaged' : 'zipRefused', detail: error.message });
  }
}

/**
 * A DOCTYPE can declare entities that expand a few bytes into gigabytes ("billion laughs").
 * Word never writes one, and the Open Packaging Conventions (ECMA-376 Part 2, [M1.18]) have a
 * reader treat one as an error: a part that has one is refused rather than parsed.
 */
function refuseDoctype(name: string, part: string, content: Buffer): void {
  const utf16 = content[0] === 0xff && content[1] === 0xfe;
  const text = utf16 ? content.toString('utf16le') : content[0] === 0xfe && content[1] === 0xff ? Buffer.from(content.subarray(0, content.length & ~1)).swap16().toString('utf16le') : content.toString('utf8');
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) {
    throw new ImportError(name, { key: 'doctype', part });
  }
}

function coreProperties(xml: Buffer | undefined): { title: string | null; author: string | null } {
  if (!xml) return { title: null, author: null };
  const doc = new DOMParser().parseFromString(xml.toString('utf8'), 'text/xml');
  const field = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent ?? '';
  return { title: statedTitle(field('dc:title')), author: statedAuthor(field('dc:creator')) };
}
