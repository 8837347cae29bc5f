import { KnowledgeError } from './errors.ts';

/** A speaker label that opens a paragraph or a line: "**Priya Natarajan:**", "WEBB:", "Q:", "**Ann Lee** (Acme):". */
export interface SpeakerLabel {
  /** The label as written, without its formatting: "Priya Natarajan", "WEBB", "Q". */
  name: string;
  /** What the label's brackets add: "(Helix Cloud)" → "Helix Cloud". */
  note: string | null;
  /** Written in bold, as transcripts mark who speaks. */
  bold: boolean;
}

/** One block of a report body: a heading, a paragraph or a list item. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** The text a reader sees, without a speaker label. */
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** The label that opened the block, when it may be a speaker's; `labelled` is the text with it. */
  label?: SpeakerLabel;
  labelled?: string;
}

const HEADING = /^(#{1,6})\s*(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+\u2022]|\d{1,3}[.)])\s+(.*)$/;
const BLOCKQUOTE = /^\s{0,3}>\s?/;
const INITIALS_OPENER = /^\(\p{Lu}{2,4}\)\s/u;
const TIME = String.raw`(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)`;
/**
 * A label at the start of a line: optional time stamp, optional bold, a name of at most five
 * words that starts with a capital (or a CJK character), optional "(Organisation)", a colon,
 * then the words spoken. "Q." and "A." count too.
 */
const LABEL = new RegExp(
  String.raw`^${TIME}?(?:\*\*|__)?((?:[\p{Lu}\p{Script=Han}\p{Script=Hangul}][\p{L}\p{M}'’.-]*)(?:\s+[\p{L}\p{M}'’.-]+){0,4}?)(?:\*\*|__)?\s*(?:\(([^()]{1,80})\))?\s*${TIME}?(?:\*\*|__)?(?::|(?<=^(?:\*\*|__)?[QA])\.)(?:\*\*|__)?\s+(?=\S)`,
  'u',
);

/** The speaker label that opens `line`, and where the spoken words start. */
export function labelOf(line: string): { label: SpeakerLabel; rest: number } | null {
  const m = LABEL.exec(line);
  if (!m?.[1] || /^https?$/i.test(m[1])) return null;
  return { label: { name: m[1].replace(/[.]$/, ''), note: m[2]?.trim() || null, bold: /\*\*|__/.test(m[0]) }, rest: m[0].length };
}

/**
 * Reads the small Markdown subset a report uses: `#` headings, paragraphs separated by blank
 * lines, and `-`/`*`/`1.`/`2)` list items (indented lines continue an item). Lines that each
 * open with a speaker label are separate turns even without a blank line between them. Inline
 * emphasis, code and links are reduced to their text so that passages hold what a reader sees.
 */
export function parseBlocks(file: string, lines: string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: { kind: 'paragraph' | 'list-item'; lines: string[]; line: number } | null = null;
  const flush = () => {
    // A loop, not push(...): a paragraph of 100,000 turns would overflow the call's arguments.
    if (current) for (const block of toBlocks(current.kind, current.lines, current.line)) blocks.push(block);
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
      current = { kind: 'list-item', lines: [item[1] ?? ''], line: lineNo };
      return;
    }
    if (current) current.lines.push(line.trim());
    else current = { kind: 'paragraph', lines: [line.trim()], line: lineNo };
  });
  flush();
  return blocks;
}

/**
 * One paragraph's lines as blocks: one block, or one per labelled line when two or more of its
 * lines open with a label (a transcript written without blank lines between turns).
 */
function toBlocks(kind: 'paragraph' | 'list-item', lines: string[], firstLine: number): Block[] {
  // A list item may open with a label too ("- **Webb:** read the matrix"); only a paragraph's lines split into turns.
  const labels = lines.map((line, i) => (kind === 'paragraph' || i === 0 ? labelOf(line) : null));
  // Minutes write "(JK) said …" line after line: each such line is a turn too, its text kept whole.
  const opens = lines.map((line, i) => kind === 'paragraph' && (labels[i] !== null || INITIALS_OPENER.test(line)));
  const turns = opens.filter(Boolean).length >= 2;
  const out: Block[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !(turns && opens[i])) continue;
    const block = makeBlock(kind, lines.slice(start, i), labels[start] ?? null, firstLine + start);
    if (block) out.push(block);
    start = i;
  }
  return out;
}

function makeBlock(kind: 'paragraph' | 'list-item', lines: string[], label: ReturnType<typeof labelOf>, line: number): Block | null {
  const raw = lines.join(' ');
  if (!label) {
    const text = plainText(raw);
    return text ? { kind, text, line } : null;
  }
  const text = plainText(raw.slice(label.rest));
  if (!text) return null;
  return { kind, text, line, label: label.label, labelled: plainText(raw) };
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
