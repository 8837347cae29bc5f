import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import type { ImportedDocument } from './document.ts';
import { ImportError } from './errors.ts';
import { htmlToMarkdown } from './htmlToMarkdown.ts';
import { statedAuthor, statedTitle } from './metadata.ts';

/** Word's own title styles, which mammoth leaves as plain paragraphs. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A Word (.docx) file: mammoth turns its headings, paragraphs and lists into HTML (page
 * headers, footers and comments are not part of it), then into the report's Markdown. Title and
 * author come from the file's core properties (File > Info in Word).
 */
export async function readWordFile(bytes: Uint8Array, name: string): Promise<ImportedDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError(name, 'not a readable Word file: it is damaged or truncated (a .docx is a zip archive, and this one cannot be opened)');
  }
  if (!zip.file('word/document.xml')) {
    throw new ImportError(name, 'not a Word document: the archive has no word/document.xml');
  }
  const properties = await coreProperties(zip);
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return { ...properties, date: null, markdown: htmlToMarkdown(html), dropped: [] };
}

async function coreProperties(zip: JSZip): Promise<{ title: string | null; author: string | null }> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return { title: null, author: null };
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const field = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent ?? '';
  return { title: statedTitle(field('dc:title')), author: statedAuthor(field('dc:creator')) };
}
