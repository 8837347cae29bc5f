import { stemmer } from 'stemmer';
import type { Block } from './document.ts';
import { oneLine } from './reportMarkdown.ts';

/** One run of text as the PDF places it: baseline position and size in points. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PdfPage {
  items: PdfItem[];
  height: number;
}

/** A page as lines, its runs grouped as they were read: all a layout needs of it. */
export interface PdfPageLines {
  lines: PdfLine[];
  height: number;
}

export interface PdfLine {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
}

export interface PdfLayout {
  blocks: Block[];
  dropped: string[];
}

/** Running headers and footers sit in this share of the page, top or bottom. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = /^(?:(?:page|p\.|seite|pagina)\s*)?(?:[-–—]\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*[-–—])?(?:\s*(?:of|\/|von|de)\s*\d{1,4})?$/i;
const LIST_START = /^(?:([•◦▪▫‣⁃∙●○■□–—*-])|(\d{1,3})[.)])\s+(?=\S)/u;
/** A line that ends a sentence: a full stop, question or exclamation mark, or a colon. */
const TERMINAL = /[.!?:]["”’)\]]*$/;
const BROKEN_WORD = /(\p{L}[\p{L}\p{N}'’]*(?:-[\p{L}\p{N}'’]+)*)-$/u;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Turns the text runs of a PDF's pages into headings, paragraphs and list items, in the PDF's
 * reading order. Runs on one baseline make a line; lines make paragraphs, split where the
 * spacing, an indent, a short last line, a list marker or a change of type says a new block
 * starts; a word hyphenated across a line end is joined. Lines that repeat in the top or bottom
 * margin of most pages (running headers and footers) and page numbers are left out.
 * `knownText` (the document's stated title) adds to the words the document is known to use.
 */
export function layoutPdf(pages: PdfPage[], isWord: (word: string) => boolean, knownText = ''): PdfLayout {
  return layoutLines(
    pages.map((page, i) => ({ lines: toLines(page.items, i), height: page.height })),
    isWord,
    knownText,
  );
}

/** `layoutPdf` on pages already grouped into lines (by `PageLineGrouper`, as a reader streams them). */
export function layoutLines(pages: PdfPageLines[], isWord: (word: string) => boolean, knownText = ''): PdfLayout {
  const { kept, dropped } = withoutRunningLines(
    pages.map((p) => p.lines),
    pages.map((p) => p.height),
  );
  const lines = kept.flat();
  if (lines.length === 0) return { blocks: [], dropped };
  const style = bodyStyle(lines);
  const keepHyphen = hyphenRule(lines, isWord, knownText);
  const blocks: DraftBlock[] = [];

  for (const line of lines) {
    const current = blocks[blocks.length - 1];
    const heading = isHeading(line, style);
    const marker = heading ? null : listMarker(line, current);
    // A heading's next line in the same type goes with it, even "2024" alone.
    if (current?.kind === 'heading' && looksLikeHeading(line, style) && continuesHeading(current.last, line)) {
      appendLine(current, line, keepHyphen);
    } else if (!current || heading || marker || current.kind === 'heading' || startsBlock(current, line, style)) {
      blocks.push({
        kind: heading ? 'heading' : marker ? 'list-item' : 'paragraph',
        pieces: [marker ? line.text.slice(marker[0].length) : line.text],
        ordered: marker?.[2] !== undefined,
        first: line,
        last: line,
      });
    } else {
      appendLine(current, line, keepHyphen);
    }
  }
  return {
    blocks: blocks.map((block) => {
      const text = block.pieces.join('');
      // Bold or large lines that turn out to be a whole sentence were a paragraph, not a heading.
      const demoted = block.kind === 'heading' && (text.length > 150 || /[.,;]$/.test(text));
      return { kind: demoted ? 'paragraph' : block.kind, text, ordered: block.ordered };
    }),
    dropped,
  };
}

/**
 * A block as it grows, its text in pieces joined once at the end: reading the end of one
 * growing string for every line would flatten it each time, minutes of work for a block of a
 * few MB.
 */
interface DraftBlock {
  kind: Block['kind'];
  ordered: boolean;
  pieces: string[];
  first: PdfLine;
  last: PdfLine;
}

/** A run as a reader streams it: its font's weight is known only once the page's fonts are loaded. */
export interface PdfRun extends Omit<PdfItem, 'bold'> {
  font: string;
}

interface DraftLine extends PdfLine {
  /** Kept rather than read from the text: testing a growing string flattens it, every run. */
  spaceAtEnd: boolean;
  chars: number;
  charsByFont: Map<string, number>;
  charsBySize: Map<number, number>;
}

/**
 * Groups the runs of one page into lines as they arrive, a new line where the baseline moves,
 * so that a reader need not hold a page's runs: a page can draw 100,000 of them.
 */
export class PageLineGrouper {
  private readonly draft: DraftLine[] = [];

  constructor(private readonly page: number) {}

  add(item: PdfRun): void {
    if (!item.text) return;
    const line = this.draft[this.draft.length - 1];
    const tolerance = Math.max(item.size, line?.size ?? 0) * 0.35;
    // A smaller run a little above or below the baseline is a superscript or subscript.
    const raised = line && item.size < line.size * 0.85 && Math.abs(item.y - line.y) < line.size * 0.6;
    let current: DraftLine;
    if (!line || (Math.abs(item.y - line.y) > tolerance && !raised) || item.x < line.x - item.size) {
      if (!item.text.trim()) return;
      current = { text: item.text, x: item.x, xEnd: item.x + item.width, y: item.y, size: item.size, bold: false, page: this.page, spaceAtEnd: false, chars: 0, charsByFont: new Map(), charsBySize: new Map() };
      this.draft.push(current);
    } else {
      current = line;
      const gap = item.x - line.xEnd;
      if (gap > item.size * 0.15 && !line.spaceAtEnd && !/^\s/.test(item.text)) line.text += ' ';
      line.text += item.text;
      line.xEnd = Math.max(line.xEnd, item.x + item.width);
    }
    current.spaceAtEnd = /\s$/.test(item.text);
    const chars = item.text.replace(/\s/g, '').length;
    current.chars += chars;
    current.charsByFont.set(item.font, (current.charsByFont.get(item.font) ?? 0) + chars);
    current.charsBySize.set(item.size, (current.charsBySize.get(item.size) ?? 0) + chars);
  }

  /** The page's lines, a line bold when every character of it is in a bold font. */
  lines(isBold: (font: string) => boolean): PdfLine[] {
    return this.draft
      .map(({ spaceAtEnd: _, chars, charsByFont, charsBySize, ...line }) => ({
        ...line,
        text: oneLine(line.text),
        bold: chars > 0 && [...charsByFont].every(([font, n]) => n === 0 || isBold(font)),
        size: [...charsBySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? line.size,
      }))
      .filter((line) => line.text);
  }
}

/** Groups the runs of one page into lines: a new line where the baseline moves. */
export function toLines(items: PdfItem[], page: number): PdfLine[] {
  const grouper = new PageLineGrouper(page);
  for (const { bold, ...item } of items) grouper.add({ ...item, font: bold ? 'bold' : 'regular' });
  return grouper.lines((font) => font === 'bold');
}

/**
 * Longer than any running header or footer or page number: a longer line in a margin is text,
 * and a line of megabytes is not copied three times over to be compared with the others.
 */
const RUNNING_LINE = 300;

/** Lines in the margin bands that repeat on most pages (digits aside), and page numbers. */
function withoutRunningLines(pages: PdfLine[][], heights: number[]): { kept: PdfLine[][]; dropped: string[] } {
  const bandOf = (line: PdfLine): 'top' | 'bottom' | null => {
    if (line.text.length > RUNNING_LINE) return null;
    const height = heights[line.page] ?? 0;
    if (line.y > height * (1 - MARGIN_BAND)) return 'top';
    if (line.y < height * MARGIN_BAND) return 'bottom';
    return null;
  };
  const keyOf = (line: PdfLine, band: string) => `${band}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
  const pagesWith = new Map<string, Set<number>>();
  for (const line of pages.flat()) {
    const band = bandOf(line);
    if (!band) continue;
    const key = keyOf(line, band);
    pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(line.page));
  }
  const repeatsOn = Math.max(2, Math.ceil(pages.length / 2));
  const running = new Map<string, { text: string; pages: Set<number> }>();
  let numbered = new Set<number>();
  const kept = pages.map((lines) =>
    lines.filter((line) => {
      const band = bandOf(line);
      if (!band) return true;
      const key = keyOf(line, band);
      if (PAGE_NUMBER.test(line.text)) {
        numbered = numbered.add(line.page);
        return false;
      }
      if ((pagesWith.get(key)?.size ?? 0) < repeatsOn) return true;
      const seen = running.get(key) ?? { text: line.text, pages: new Set<number>() };
      seen.pages.add(line.page);
      running.set(key, seen);
      return false;
    }),
  );
  const dropped = [...running.values()].map((r) => `a running header or footer on ${r.pages.size} pages (“${r.text}”)`);
  if (numbered.size) dropped.push(`page numbers on ${numbered.size} ${numbered.size === 1 ? 'page' : 'pages'}`);
  return { kept, dropped };
}

interface BodyStyle {
  size: number;
  boldBody: boolean;
  left: number;
  right: number;
  lineGap: number;
  /** The lowest baseline of body text on any page: where a full page ends. */
  bottom: number;
}

/** The look of ordinary text: its most common size, margin, width and line spacing. */
function bodyStyle(lines: PdfLine[]): BodyStyle {
  const mode = (values: Iterable<[number, number]>) => {
    const counts = new Map<number, number>();
    for (const [value, weight] of values) counts.set(value, (counts.get(value) ?? 0) + weight);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  };
  const round = (n: number) => Math.round(n * 2) / 2;
  const size = mode(lines.map((l) => [round(l.size), l.text.length]));
  const body = lines.filter((l) => round(l.size) === size);
  const boldChars = body.filter((l) => l.bold).reduce((n, l) => n + l.text.length, 0);
  const allChars = body.reduce((n, l) => n + l.text.length, 0);
  const left = mode(body.map((l) => [Math.round(l.x), l.text.length]));
  const ends = body.map((l) => l.xEnd).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? 0;
  const gaps: [number, number][] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1] as PdfLine;
    const b = body[i] as PdfLine;
    const gap = round(a.y - b.y);
    if (a.page === b.page && gap > 0 && gap < size * 3) gaps.push([gap, 1]);
  }
  // Not Math.min(...): spreading a few hundred thousand lines overflows the stack.
  const bottom = body.reduce((lowest, l) => Math.min(lowest, l.y), Infinity);
  return { size, boldBody: boldChars > allChars / 2, left, right, lineGap: mode(gaps) || size * 1.2, bottom };
}

/**
 * Larger type than the body, or a line all in bold where the body is not; a bullet does not
 * start one, a number may ("1. Finances").
 */
function isHeading(line: PdfLine, style: BodyStyle): boolean {
  const bullet = LIST_START.exec(line.text)?.[1] !== undefined;
  return line.text.length <= 150 && !bullet && /\p{L}/u.test(line.text) && looksLikeHeading(line, style);
}

function looksLikeHeading(line: PdfLine, style: BodyStyle): boolean {
  if (line.size >= style.size * 1.15) return true;
  return line.bold && !style.boldBody && Math.abs(line.size - style.size) < style.size * 0.15;
}

/**
 * A bullet starts a list item; a dash or a number does only where a sentence or a block has
 * just ended, since a wrapped line can begin with "– and" or "10. " mid-sentence.
 */
function listMarker(line: PdfLine, current: DraftBlock | undefined): RegExpExecArray | null {
  const marker = LIST_START.exec(line.text);
  if (!marker || !current || current.kind !== 'paragraph') return marker;
  const bullet = marker[1] !== undefined && !/[–—*-]/.test(marker[1]);
  return bullet || TERMINAL.test(current.last.text) ? marker : null;
}

function continuesHeading(previous: PdfLine, line: PdfLine): boolean {
  return previous.page === line.page && previous.bold === line.bold && Math.abs(previous.size - line.size) < 0.5 && previous.y - line.y <= line.size * 1.8;
}

/** Whether `line` starts a new paragraph after `block` (both body text). */
function startsBlock(block: DraftBlock, line: PdfLine, style: BodyStyle): boolean {
  const previous = block.last;
  const endsShort = TERMINAL.test(previous.text) && previous.xEnd < style.right - Math.max(style.size * 3, (style.right - style.left) * 0.1);
  const indented = line.x > style.left + style.size * 0.8 && line.x < style.left + style.size * 6;
  const gap = previous.y - line.y;
  // A paragraph goes on over one page break, never two: text that never ends a paragraph
  // (2,000 pages of it) is then paragraphs of at most two pages, not one of megabytes.
  if (line.page !== previous.page && block.first.page !== previous.page) return true;
  // A new page or column: the paragraph goes on unless its last line ended it, or the page
  // ended early after a full stop (the next paragraph's first line did not fit).
  if (line.page !== previous.page || gap < 0) {
    const endedEarly = TERMINAL.test(previous.text) && previous.y > style.bottom + style.lineGap * 0.4;
    return endsShort || endedEarly || (indented && block.kind !== 'list-item');
  }
  if (gap > style.lineGap * 1.35) return true;
  if (Math.abs(line.size - previous.size) > style.size * 0.15) return true;
  // An item's own lines hang to the right of its marker; a line back under the marker is not its.
  if (block.kind === 'list-item') return (endsShort && !indented) || line.x <= block.first.x + style.size * 0.5;
  return endsShort || indented;
}

function endsBroken(text: string): boolean {
  return !text.endsWith('--') && BROKEN_WORD.test(text.slice(-80));
}

function appendLine(block: DraftBlock, line: PdfLine, keepHyphen: (before: string, after: string) => boolean): void {
  const { pieces } = block;
  // The end of the text so far (a broken word may run back over an earlier line's end).
  let tail = '';
  for (let i = pieces.length - 1; i >= 0 && tail.length < 80; i--) tail = (pieces[i] as string) + tail;
  const { cut, separator } = lineJoint(tail.slice(-80), line.text, keepHyphen);
  if (cut) pieces[pieces.length - 1] = (pieces[pieces.length - 1] as string).slice(0, -1);
  if (separator) pieces.push(separator);
  pieces.push(line.text);
  block.last = line;
}

/** How a line joins the text before it: a hyphen at the end dropped or kept, or a space. */
function lineJoint(tail: string, next: string, keepHyphen: (before: string, after: string) => boolean): { cut: boolean; separator: string } {
  if (tail.endsWith('\u00AD')) return { cut: true, separator: '' };
  const broken = endsBroken(tail) ? BROKEN_WORD.exec(tail) : null;
  if (!broken?.[1]) return { cut: false, separator: ' ' };
  const after = /^\p{L}+/u.exec(next)?.[0] ?? '';
  return { cut: !keepHyphen(broken[1], after), separator: '' };
}

/**
 * Decides whether a hyphen at a line end belongs to the word ("Xen-friendly") or only broke it
 * ("virtu-alization"). The document's own words decide first (the word seen elsewhere, with or
 * without its hyphen), then an English word list and the stems of the document's words: a
 * joined form that is a word, with a second part that is not, was broken; two words whose join
 * is no word were a compound. When both
 * readings are words ("hand-wringing", "handwringing"), a document that breaks words elsewhere
 * is taken to have broken this one too.
 */
function hyphenRule(lines: PdfLine[], isWord: (word: string) => boolean, extraWords: string): (before: string, after: string) => boolean {
  const seen = new Set<string>();
  const breaks: [string, string][] = [];
  lines.forEach((line, i) => {
    const brokenHere = endsBroken(line.text);
    const brokenBefore = i > 0 && endsBroken((lines[i - 1] as PdfLine).text);
    // Word by word, the last held back until the next shows it was not the last: a line can be
    // megabytes long, and an array of its words ten times that.
    let pending: string | null = null;
    let first = true;
    for (const [word] of line.text.matchAll(WORD)) {
      if (pending !== null) seen.add(pending.toLowerCase());
      pending = first && brokenBefore ? null : word;
      first = false;
    }
    if (pending !== null && !brokenHere) seen.add(pending.toLowerCase());
    const next = lines[i + 1];
    const before = brokenHere ? BROKEN_WORD.exec(line.text)?.[1] : undefined;
    const after = next ? /^\p{Ll}+/u.exec(next.text)?.[0] : undefined;
    if (before && after) breaks.push([before, after]);
  });
  for (const word of extraWords.match(WORD) ?? []) seen.add(word.toLowerCase());
  // "interoperating" is no listed word, but the document has "interoperate": the same stem.
  const stems = new Set([...seen].map((word) => stemmer(word)));
  const known = (word: string) => seen.has(word) || isWord(word);
  const judge = (before: string, after: string): 'keep' | 'drop' | 'either' => {
    const whole = before.toLowerCase();
    const rest = after.toLowerCase();
    if (seen.has(`${whole}-${rest}`)) return 'keep';
    if (seen.has(`${whole}${rest}`)) return 'drop';
    // A hyphen before a capital is part of the name ("pre-LinuxWorld"), unless seen without.
    if (!/^\p{Ll}/u.test(after)) return 'keep';
    if (stems.has(stemmer(`${whole}-${rest}`))) return 'keep';
    if (stems.has(stemmer(`${whole}${rest}`))) return 'drop';
    const lastPart = (before.split('-').pop() ?? before).toLowerCase();
    const namePart = /^\p{Lu}/u.test(before.split('-').pop() ?? '');
    const joinedIsWord = isWord(`${lastPart}${rest}`);
    const afterIsWord = rest.length > 1 && known(rest);
    if (joinedIsWord && !afterIsWord) return 'drop';
    // No word when joined, a word after the hyphen and a word, a name or a prefix before it: a
    // compound ("customer-unfriendly", "Opteron-based", "uber-management"); else a word the
    // list does not know, broken.
    if (!joinedIsWord) return afterIsWord && (known(lastPart) || namePart || lastPart.length <= 4) ? 'keep' : 'drop';
    return 'either';
  };
  const breaksWords = breaks.some(([before, after]) => judge(before, after) === 'drop');
  return (before, after) => {
    const verdict = judge(before, after);
    return verdict === 'keep' || (verdict === 'either' && !breaksWords);
  };
}
