import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import type { ImportedDocument } from './document.ts';
import { ImportError, sizeText } from './errors.ts';
import { htmlToMarkdown } from './htmlToMarkdown.ts';
import { statedAuthor, statedTitle } from './metadata.ts';
import { unpack, zipEntries, ZipError } from './zip.ts';

/** Word's own title styles, which mammoth leaves as plain paragraphs. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/** The parts mammoth and the core properties are read from; pictures and fonts are never unpacked. */
const TEXT_PART = /\.(?:xml|rels)$/i;

/**
 * A Word (.docx) file: mammoth turns its headings, paragraphs and lists into HTML (page
 * headers, footers and comments are not part of it), then into the report's Markdown. Title and
 * author come from the file's core properties (File > Info in Word).
 */
export async function readWordFile(bytes: Buffer, name: string, maxBytes: number): Promise<ImportedDocument> {
  const parts = textParts(bytes, name, maxBytes);
  if (!parts.has('word/document.xml')) {
    throw new ImportError(name, 'not a Word document: the archive has no word/document.xml');
  }
  // mammoth unpacks with JSZip, which believes the sizes an archive states: it is given the
  // parts already unpacked within the limit, stored as they are.
  const checked = new JSZip();
  for (const [part, content] of parts) checked.file(part, content);
  const buffer = await checked.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const { value: html } = await mammoth.convertToHtml(
    { buffer },
    { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return { ...coreProperties(parts.get('docProps/core.xml')), date: null, markdown: htmlToMarkdown(html), dropped: [] };
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
      throw new ImportError(name, `its XML would unpack to ${sizeText(stated)}, more than the ${sizeText(maxBytes)} limit (--max-bytes): refused before unpacking (a zip bomb?)`);
    }
    const parts = new Map(entries.map((entry) => [entry.name, unpack(bytes, entry)]));
    for (const [part, content] of parts) refuseDoctype(name, part, content);
    return parts;
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    if (error.damaged) throw new ImportError(name, `not a readable Word file: it is damaged or truncated (a .docx is a zip archive, and this one cannot be opened: ${error.message})`);
    throw new ImportError(name, `refused: ${error.message}`);
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
    throw new ImportError(name, `${part} declares a DOCTYPE (XML entities, which can expand without limit; Word never writes one): refused`);
  }
}

function coreProperties(xml: Buffer | undefined): { title: string | null; author: string | null } {
  if (!xml) return { title: null, author: null };
  const doc = new DOMParser().parseFromString(xml.toString('utf8'), 'text/xml');
  const field = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent ?? '';
  return { title: statedTitle(field('dc:title')), author: statedAuthor(field('dc:creator')) };
}
