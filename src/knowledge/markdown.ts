import { KnowledgeError } from './errors.ts';

/** One block of a report body: a heading, a paragraph or a list item. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
  /** 1-based line in the file. */
  line: number;
}

const HEADING = /^(#{1,6})\s*(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+\u2022]|\d{1,3}[.)])\s+(.*)$/;
const BLOCKQUOTE = /^\s{0,3}>\s?/;

/**
 * Reads the small Markdown subset a report uses: `#` headings, paragraphs separated by blank
 * lines, and `-`/`*`/`1.` list items (indented lines continue an item). Inline emphasis, code
 * and links are reduced to their text so that passages hold what a reader sees.
 */
export function parseBlocks(file: string, lines: string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push({ ...current, text: plainText(current.text) });
    current = null;
  };

  lines.forEach((raw, i) => {
    const lineNo = firstLine + i;
    const line = raw.replace(BLOCKQUOTE, '');
    if (!line.trim()) {
      flush();
      return;
    }
    const heading = HEADING.exec(line);
    if (heading && /^#{1,6}(\s|$)/.test(line)) {
      flush();
      const text = plainText(heading[2] ?? '');
      if (!text) throw new KnowledgeError(file, lineNo, 'heading has no text');
      blocks.push({ kind: 'heading', text, line: lineNo });
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      current = { kind: 'list-item', text: item[1] ?? '', line: lineNo };
      return;
    }
    if (current) {
      current.text += ` ${line.trim()}`;
    } else {
      current = { kind: 'paragraph', text: line.trim(), line: lineNo };
    }
  });
  flush();
  return blocks.filter((b) => b.text.length > 0);
}

function plainText(text: string): string {
  if (!/[*_`[]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
