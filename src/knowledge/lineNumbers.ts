/**
 * A transcript with its page and line numbers, as court reporters print depositions and
 * hearings: "Page 14" over each page, every line opening with its number (1 to 25 or so), and a
 * turn ("Q.", "A.", "MR. MORROW:") indented deeper than the lines it runs on to. The numbers and
 * page heads are the record's furniture, not its words: they are taken off, and each turn's
 * lines joined on the line it opens, so that the turns are read as any transcript.
 */

/** "  9        Q.   Ms. Osei, …", "10   the pipe?", "18": a line that opens with its number. */
const NUMBERED = /^\s{0,8}(\d{1,2})(?=\s|$)/;
/** "Page 14", "14" far to the right, "- 14 -": a page's head or foot. */
const PAGE = /^\s*(?:(?:Page|PAGE|p\.)\s*\d+|-\s*\d+\s*-)\s*$|^\s{20,}\d+\s*$/;
/** What opens a turn: "Q.", "A:", "MR. MORROW:", "THE WITNESS:", "BY MS. BRISCOE:", "(Exhibit 7 marked …)". */
const TURN_OPENS = /^(?:[QA][.:](?:\s|$)|\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}:(?:\s|$)|\()/u;
/** A line this far in, after its number, opens a paragraph; a line run on from the one before starts further out. */
const INDENT = 5;

/** The lines without their numbers and page heads, each turn on one line, or null when the lines are not numbered. */
export function unnumberedLines(lines: string[]): string[] | null {
  let numbered = 0;
  let inOrder = 0;
  let nonblank = 0;
  let previous = 0;
  for (const line of lines) {
    if (!line.trim() || PAGE.test(line)) continue;
    nonblank++;
    const m = NUMBERED.exec(line);
    if (!m) continue;
    const n = Number(m[1]);
    if (n < 1 || n > 40) continue;
    numbered++;
    if (n === previous + 1 || n === 1) inOrder++;
    previous = n;
  }
  if (numbered < 10 || numbered < nonblank * 0.6 || inOrder < numbered * 0.7) return null;
  const paragraphs: { start: number; end: number; text: string }[] = [];
  let open: { start: number; end: number; text: string } | null = null;
  lines.forEach((line, i) => {
    const m = NUMBERED.exec(line);
    const rest = m ? line.slice(m[0].length) : line;
    if (PAGE.test(line) || PAGE.test(rest)) return;
    if (!rest.trim()) {
      open = null;
      return;
    }
    const indent = rest.length - rest.trimStart().length;
    const text = rest.trim();
    if (!open || indent >= INDENT || TURN_OPENS.test(text)) paragraphs.push((open = { start: i, end: i, text }));
    else Object.assign(open, { end: i, text: `${open.text} ${text}` });
  });
  const out = new Array<string>(lines.length).fill('');
  for (const p of paragraphs) {
    // Two turns on lines next to each other would read as one paragraph: a turn of two lines or more stands on its second.
    const at = out[p.start - 1] && p.end > p.start ? p.start + 1 : p.start;
    out[at] = p.text;
  }
  return out;
}
