import type { LineLabel } from './labelTemplate.ts';
import { MONTHS_SHORT } from './language.ts';

/**
 * Who wrote each post, where a page names its writers in a line of its own rather than in a
 * label before the words: over the post ("Official Review by Reviewer k9Tz 02 Nov 2024, 14:21",
 * "Decision by Program Chairs 22 Jan 2025") or under it ("By Harriet Lowe on 12 March 2024"
 * under an answer; a Stack Overflow card, "answered Mar 3, 2021 at 13:27" then the writer's
 * name). Like any template it must come back: three lines or more, of two writers at least.
 */

/** A writer as pages print one: capitalised words, or a code ("Reviewer k9Tz", "Area Chair Qm3x", "kestrel_dev"). */
const WRITER = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|[\p{L}\d]*\d[\p{L}\d]*)){0,3}`;
const MONTH = `(?:${MONTHS_SHORT.join('|')}|Sept)[a-z]*\\.?`;
/** "02 Nov 2024, 14:21", "Mar 3, 2021 at 10:14", "12 March 2024", "2024-03-12", "3 days ago". */
const WHEN = String.raw`(?:\d{1,2}\s${MONTH},?\s\d{4}|${MONTH}\s\d{1,2},?\s\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,3}\s\w+\sago)`;
/** "Official Review by Reviewer k9Tz 02 Nov 2024, 14:21 (modified: …)": what was posted, by whom, when. */
const HEAD_BY = new RegExp(String.raw`^\s*(?<what>\p{Lu}[\p{L} ]{1,40}?|\p{Lu}[\p{L} ]{1,40}? of [\p{L}\d ]{1,30}?)\s+by\s+(?<name>${WRITER})(?:\s+(?<when>${WHEN}.*))?\s*$`, 'u');
/** A post's header is a short line. */
const HEAD_SPAN = 160;
/** "Replying to Official Review by Reviewer k9Tz": whom a post answers, not who wrote it. */
const REPLYING = /^\s*(?:replying to|in reply to|reply to|re:)\s/i;
/** "By Harriet Lowe on 12 March 2024", "— by Owen Trevelyan, 28 September 2023": a signature under what it signs. */
const FOOT_BY = new RegExp(String.raw`^\s*(?:[—–-]\s*)?by\s+(?<name>${WRITER})(?:\s+on\s+|,\s*)${WHEN}\s*$`, 'iu');
/** "answered Mar 3, 2021 at 13:27", "asked 3 days ago": a card's line that says the writer posted, the name under it. */
const POSTED = new RegExp(String.raw`^\s*(?:asked|answered|posted|commented|replied|wrote|submitted|published|reviewed)\s+${WHEN}`, 'iu');
/** A name or a handle alone on a card's line. */
const CARD_NAME = /^\s*[\p{L}\d][\p{L}\d_.'’ -]{1,40}$/u;
/** A card's lines are short: buttons, stamps, a name, a reputation. */
const CARD_LINE_WORDS = 6;
const CARD_LINES = 14;
/** "– tobiasfenn Mar 3, 2021 at 10:31": a comment signed at its end, a post of its own. */
const SIGNED_END = new RegExp(String.raw`\s[–—-]\s?[\p{L}\d_.'’ -]{2,40}\s${WHEN}`, 'u');

/** "Add a comment", "Share", "Everyone": a button's few words. */
const BUTTON = /^\s*\p{L}[\p{L} ]{0,30}$/u;
/** A code block's fence: its lines are the post's, whatever they look like. */
const FENCE = /^\s{0,3}(?:```|~~~)/;

interface Signed {
  /** The line the writer's name stands on (or the card's first line). */
  line: number;
  /** The card's lines, the page's furniture. */
  card: number[];
  name: string;
}

const words = (line: string) => line.trim().split(/\s+/).length;

/** The writer a card names after saying they posted: "answered …", then "Name's user avatar", then "Name"; the last such line wins ("edited …" comes before). */
function cardWriter(lines: string[], from: number, to: number): string | null {
  let writer: string | null = null;
  for (let i = from; i < to; i++) {
    if (!POSTED.test(lines[i] as string)) continue;
    for (let j = i + 1; j < to; j++) {
      const line = (lines[j] as string).trim();
      if (/['’]s\s+(?:user\s+)?avatar$/i.test(line) || !CARD_NAME.test(line) || /^\d/.test(line)) continue;
      writer = line;
      break;
    }
  }
  return writer;
}

/** Footers: "By X on <date>" lines under text, and cards of short lines that say who posted. */
function footers(lines: string[]): Signed[] {
  const out: Signed[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const by = FOOT_BY.exec(line);
    if (by?.groups?.name && (lines[i - 1] as string).trim()) {
      out.push({ line: i, card: [i], name: by.groups.name });
      continue;
    }
    if (!POSTED.test(line)) continue;
    let start = i;
    while (start > 0 && (lines[start - 1] as string).trim()) start--;
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).trim()) end++;
    const card = lines.slice(start, end);
    if (card.length > CARD_LINES || card.some((l) => words(l) > CARD_LINE_WORDS)) continue;
    const name = cardWriter(lines, start, end);
    if (name) out.push({ line: start, card: Array.from({ length: end - start }, (_, k) => start + k), name });
    i = end;
  }
  return out;
}

/** Three signatures or more, of two writers at least: the page's way of naming them. */
const recurs = (signed: Signed[]) => signed.length >= 3 && new Set(signed.map((s) => s.name)).size >= 2;

/**
 * Labels each post with its writer. A header labels the lines under it; a footer labels the
 * text above it, back to the line that ends the post before (another footer, a comment signed
 * at its end, a vote count, a button the page repeats, "Answer:"), and ends the turn.
 */
export function postedBy(lines: string[], labels: Map<number, LineLabel>, times: Set<number>, ends: Set<number>, titles: Map<number, string>): boolean {
  const heads: Signed[] = [];
  lines.forEach((line, i) => {
    // Most lines say no " by ": one look for it before the pattern, which is tried at every line of a long report.
    const head = line.length > HEAD_SPAN || !/ by /i.test(line) || REPLYING.test(line) ? null : HEAD_BY.exec(line);
    if (head?.groups?.name) heads.push({ line: i, card: [], name: head.groups.name });
  });
  // "Add a comment", "Share", "Everyone" by every post: the page's buttons, said in words alone.
  const repeated = new Map<string, number>();
  for (const line of lines) if (BUTTON.test(line)) repeated.set(line.trim(), (repeated.get(line.trim()) ?? 0) + 1);
  const button = (line: string) => (repeated.get(line.trim()) ?? 0) >= 3;
  const headed = recurs(heads) && heads.filter((h) => HEAD_BY.exec(lines[h.line] as string)?.groups?.when).length >= 2;
  if (headed) {
    for (const head of heads) {
      labels.set(head.line, { name: head.name, fields: [], rest: null, bold: false });
      // A header under a title may have been read as the title's field: it says who posts.
      times.delete(head.line);
      for (let j = head.line + 1; j < lines.length && button(lines[j] as string); j++) times.add(j);
    }
    // "Paper Decision" or "Official Review of Submission4821 by Reviewer k9Tz" alone over the line that says who posted: the post's
    // title, a heading whose section is that post ("Paper Decision" heads the decision, not every review after it).
    for (const head of heads) {
      const above = head.line - 1;
      if (above < 1 || !(lines[above] as string).trim() || (lines[above - 1] as string).trim() || !HEAD_BY.exec(lines[head.line] as string)?.groups?.when) continue;
      // The title says what was posted; who posted it the line under it says.
      titles.set(above, HEAD_BY.exec(lines[above] as string)?.groups?.what ?? (lines[above] as string).trim());
      labels.delete(above);
    }
  }
  const feet = footers(lines);
  if (!recurs(feet)) return headed;
  // A post's code is the post's, whatever its lines look like.
  const code = new Set<number>();
  let fenced = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced || FENCE.test(line)) code.add(i);
  });
  const cardLines = new Set(feet.flatMap((f) => f.card));
  const ending = (i: number) => {
    const line = (lines[i] as string).trim();
    if (code.has(i)) return false;
    return cardLines.has(i) || labels.get(i)?.rest === null || /^-?\d[\d,.]*[kK]?$/.test(line) || button(line) || SIGNED_END.test(line) || /^\p{L}+\s?:$/u.test(line);
  };
  for (const foot of feet) {
    let start = foot.line;
    for (let i = foot.line - 1; i >= 0; i--) {
      if (!(lines[i] as string).trim()) continue;
      if (ending(i)) break;
      start = i;
    }
    for (const line of foot.card) times.add(line);
    ends.add(foot.line);
    if (start === foot.line) continue;
    // Each paragraph of the post opens with its writer's name, read as a label at its first word.
    const label: LineLabel = { name: foot.name, fields: [], rest: 0, bold: false };
    for (let i = start; i < foot.line; i++) {
      labels.delete(i);
      if (i === start || (!(lines[i - 1] as string).trim() && (lines[i] as string).trim() && !code.has(i))) labels.set(i, label);
    }
  }
  return true;
}
