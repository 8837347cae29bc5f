import { stringify } from 'yaml';
import type { Block, ImportedDocument } from './document.ts';

export interface ReportFields {
  title: string;
  author: string | null;
  date: string | null;
  source: string;
}

/**
 * Writes blocks as the Markdown the knowledge loader reads: one line per paragraph or list item,
 * so that no wrapped line can start with something the loader would take for a list marker.
 */
export function blocksToMarkdown(blocks: Block[]): string {
  let out = '';
  let previous: Block | null = null;
  let number = 0;
  for (const block of blocks) {
    const text = oneLine(block.text);
    if (!text) continue;
    const sameList = previous?.kind === 'list-item' && block.kind === 'list-item';
    if (previous) out += sameList ? '\n' : '\n\n';
    number = sameList && previous?.ordered && block.ordered ? number + 1 : 1;
    if (block.kind === 'heading') out += `## ${text}`;
    else if (block.kind === 'list-item') out += block.ordered ? `${number}. ${text}` : `- ${text}`;
    else out += text;
    previous = block;
  }
  return out;
}

/**
 * Runs of white space other than one plain space: text already on one line has none, and comes
 * back as it is rather than rebuilt (a megabyte line of words is a million matches of \s+).
 */
const SPACE_RUN = /(?! (?!\s))\s+/g;

export function oneLine(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

const HEADING_LINE = /^#{1,6}\s+(.+?)\s*#*$/;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|di|van|von|der|den|del|la|le|bin|al))*`;
/** "By Jane Roe", "By Jane Roe and Raj Patel": a byline under the title states the author. */
const BYLINE = new RegExp(String.raw`^[Bb][Yy]:?\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\.?$`, 'u');

/**
 * The title and author a document states in its first lines: a first heading is the title when
 * the metadata gives none (and is dropped when it repeats the metadata's), and a "By ..." line
 * right under it is the byline. Both leave the body, so they do not become passages.
 */
export function titleAndBylineFromBody(doc: ImportedDocument): ImportedDocument {
  const chunks = doc.markdown.split(/\n[ \t]*\n/).map((c) => c.trim()).filter(Boolean);
  let { title, author } = doc;
  const heading = chunks[0] !== undefined && !chunks[0].includes('\n') ? HEADING_LINE.exec(chunks[0]) : null;
  if (heading?.[1] && (title === null || sameText(heading[1], title))) {
    title ??= oneLine(heading[1]);
    chunks.shift();
  }
  const byline = chunks[0] !== undefined && !chunks[0].includes('\n') ? BYLINE.exec(chunks[0].trim()) : null;
  if (byline?.[1]) {
    author ??= oneLine(byline[1]);
    chunks.shift();
  }
  return { ...doc, title, author, markdown: chunks.join('\n\n') };
}

export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => oneLine(s).toLowerCase().replace(/[\s.:;,!?]+$/, '');
  return norm(a) === norm(b);
}

/** The report file: YAML front matter (only the fields that have a value), then the body. */
export function renderReport(fields: ReportFields, markdown: string): string {
  const frontMatter: Record<string, string> = { title: fields.title };
  if (fields.author) frontMatter.author = fields.author;
  if (fields.date) frontMatter.date = fields.date;
  frontMatter.source = fields.source;
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${markdown.trim()}\n`;
}
