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
/** A line this much further in than the lines run on, after its number, opens a paragraph. */
const DEEPER = 2;
/** Pages a line outside the numbering recurs on to be their running head or foot. */
const RUNNING = 3;

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
  // "CULLINAN REPORTING SERVICES, LLC  (555) 014-2290" at the foot of every page: a line outside the numbering that
  // comes back word for word is the pages' running head or foot.
  const outside = new Map<string, number>();
  for (const line of lines) if (line.trim() && !NUMBERED.test(line)) outside.set(line.trim(), (outside.get(line.trim()) ?? 0) + 1);
  const running = (line: string) => !NUMBERED.test(line) && (outside.get(line.trim()) ?? 0) >= RUNNING;
  // A line run on from the one before starts where most lines start; one further in opens a paragraph.
  const indents = new Map<number, number>();
  for (const line of lines) {
    const rest = line.slice(NUMBERED.exec(line)?.[0].length ?? line.length);
    if (rest.trim()) indents.set(rest.length - rest.trimStart().length, (indents.get(rest.length - rest.trimStart().length) ?? 0) + 1);
  }
  const runOn = [...indents].reduce((best, next) => (next[1] > best[1] ? next : best), [0, 0])[0];
  const paragraphs: { start: number; end: number; text: string }[] = [];
  let open: { start: number; end: number; text: string } | null = null;
  lines.forEach((line, i) => {
    const m = NUMBERED.exec(line);
    const rest = m ? line.slice(m[0].length) : line;
    if (PAGE.test(line) || PAGE.test(rest) || running(line)) return;
    if (!rest.trim()) {
      // Between pages the lines are unnumbered: a turn runs on over the page break to the next page's first line.
      if (m) open = null;
      return;
    }
    const indent = rest.length - rest.trimStart().length;
    const text = rest.trim();
    // The cover and the certificate around the numbered pages ("PANEL PRESENT:" over the names, each on its line) keep
    // their lines as written: only numbered lines run on into each other.
    if (!m) {
      paragraphs.push({ start: i, end: i, text });
      open = null;
      return;
    }
    if (!open || indent >= runOn + DEEPER || TURN_OPENS.test(text)) paragraphs.push((open = { start: i, end: i, text }));
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
