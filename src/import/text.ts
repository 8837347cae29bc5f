import { labelOf } from '../knowledge/markdown.ts';
import type { Block, ImportedDocument } from './document.ts';
import { blocksToMarkdown, oneLine } from './reportMarkdown.ts';

const ITEM = /^\s{0,6}(?:([-*+•◦▪–])|(\d{1,3})[.)])\s+(?=\S)/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s/;

/**
 * Plain text: paragraphs are separated by blank lines (their wrapped lines are joined), lines
 * that start with a bullet or a number are list items, and a short line standing alone, with
 * no full stop, before a paragraph is a heading. A first line like that is the title. Turns of
 * a transcript ("Q: ...", "Webb: ...") stay paragraphs, as the knowledge loader reads them:
 * a short question among other labelled lines is a turn, not a heading, and lines of one
 * paragraph that each open with a label are separate turns.
 */
export function readPlainText(text: string): ImportedDocument {
  const chunks = text.split(/\n[ \t]*\n/).filter((chunk) => chunk.trim());
  const opensWithLabel = (chunk: string | undefined) => chunk !== undefined && labelOf(chunk.trim()) !== null;
  const isItem = (chunk: string | undefined) => chunk !== undefined && ITEM.test(chunk);
  const blocks: Block[] = [];
  chunks.forEach((chunk, i) => {
    const lines = chunk.split('\n').filter((line) => line.trim());
    const turnAmongTurns = opensWithLabel(chunk) && (opensWithLabel(chunks[i - 1]) || opensWithLabel(chunks[i + 1]));
    // "1. Finances" alone is a numbered heading, unless a numbered list runs on around it.
    const numbered = NUMBERED.test(chunk) && !NUMBERED.test(chunks[i - 1]?.split('\n').pop() ?? '') && !isItem(chunks[i + 1]);
    if (lines.length === 1 && (numbered || !isItem(chunk)) && looksLikeHeading(lines[0] as string) && chunks[i + 1] !== undefined && !turnAmongTurns) {
      blocks.push({ kind: 'heading', text: oneLine(lines[0] as string) });
      return;
    }
    const turns = lines.filter((line) => labelOf(line.trim())).length >= 2;
    let current: Block | null = null;
    for (const line of lines) {
      const item = ITEM.exec(line);
      if (turns && labelOf(line.trim())) {
        current = { kind: 'paragraph', text: line.trim() };
        blocks.push(current);
      } else if (item) {
        current = { kind: 'list-item', text: line.slice(item[0].length), ordered: item[2] !== undefined };
        blocks.push(current);
      } else if (current) {
        current.text += ` ${line.trim()}`;
      } else {
        current = { kind: 'paragraph', text: line.trim() };
        blocks.push(current);
      }
    }
  });
  return { title: null, author: null, date: null, markdown: blocksToMarkdown(blocks), dropped: [] };
}

/**
 * Markdown without front matter: the body is already what the loader reads. A first line that
 * is not a heading but looks like a title becomes one, so that it can become the title.
 */
export function readMarkdown(text: string): ImportedDocument {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim());
  const firstLine = lines[first] ?? '';
  if (first >= 0 && !/^#/.test(firstLine) && !ITEM.test(firstLine) && !lines[first + 1]?.trim() && looksLikeHeading(firstLine)) {
    lines[first] = `# ${firstLine.trim()}`;
  }
  return { title: null, author: null, date: null, markdown: lines.join('\n').trim(), dropped: [] };
}

function looksLikeHeading(line: string): boolean {
  const text = oneLine(line);
  return text.length <= 120 && text.split(' ').length <= 16 && /^[\p{Lu}\p{N}"“‘']/u.test(text) && !/[.,;:!]$/.test(text) && !/^[Bb]y\s/.test(text);
}
