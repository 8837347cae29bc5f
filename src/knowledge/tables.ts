/**
 * Markdown tables (GitHub's pipe tables): a header row, a separator row of dashes, then rows.
 * Each row is one passage, its text the row's cells, so that a findings table is a list of
 * findings and one row answers on its own.
 */

/** The cells of a table row, or null when the line is no row: "| a | b |", "a | b". */
export function tableRow(line: string): string[] | null {
  const text = line.trim();
  if (!text.includes('|')) return null;
  const cells = cellsOf(text);
  if (cells.length < 2 || (!text.startsWith('|') && cells.some((c) => !c))) return null;
  return cells;
}

/** A row's cells between its bars, the outer ones dropped and an escaped bar ("\\|") kept as one. */
function cellsOf(text: string): string[] {
  return text.replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** Cells a table written without its separator row has in each line at least: "Question | Asker Name | Answer(s)". */
const MIN_BARE_CELLS = 3;

/**
 * The cells of a line of a table an export writes without a separator row or outer bars ("1 | Will the 14 still go …? |
 * Anonymous Attendee |  | Tomás Ekwueme: Yes. …"): split at bars, its empty cells kept, or null for a line of fewer.
 */
export function bareRow(line: string): string[] | null {
  if (!line.includes(' | ')) return null;
  const cells = cellsOf(line.trim());
  return cells.length >= MIN_BARE_CELLS ? cells : null;
}

/** Whether a table without a separator row starts at `at`: its header and the two lines under it have the same cells, three or more. */
export function bareTableAt(lines: readonly string[], at: number): boolean {
  const width = bareRow(lines[at] ?? '')?.length;
  return width !== undefined && bareRow(lines[at + 1] ?? '')?.length === width && bareRow(lines[at + 2] ?? '')?.length === width;
}

/** "|---|:---:|": the row under a table's header. */
export function isTableSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) && line.includes('-');
}

/** The gap between two columns of a table set out with spaces: three spaces or more. */
const COLUMN_GAP = /\s{3,}/;
/** The fewest lines a table set out with spaces has: two could be any two lines. */
const MIN_ALIGNED_ROWS = 3;
/** How far a column's cells may start from one another in a row and the next: one space. */
const COLUMN_SLACK = 1;

/**
 * A table set out with spaces in plain text, as a transcript's legend prints its speakers
 * ("CDR     Commander          Raymond T. Okafor" / "PLT     Pilot          Helen M. Vasquez"): three
 * lines or more in a row, each split by gaps of three spaces or more into the same number of
 * cells, two at least, whose columns start at the same places. Each such line's cells, by its index;
 * the rows of one table share one array of column starts, which stands for its header.
 */
export function alignedRows(lines: readonly string[]): Map<number, { cells: string[]; table: readonly number[] }> {
  const out = new Map<number, { cells: string[]; table: readonly number[] }>();
  let run: { index: number; cells: string[]; starts: number[] }[] = [];
  const close = () => {
    if (run.length >= MIN_ALIGNED_ROWS) {
      const table = run[0]?.starts ?? [];
      for (const row of run) out.set(row.index, { cells: row.cells, table });
    }
    run = [];
  };
  lines.forEach((line, index) => {
    // Only a line with a wide gap in it can be a row: most lines are let go at once.
    if (!line.includes('   ') || line.includes('|') || !line.trim()) {
      close();
      return;
    }
    const cells: string[] = [];
    const starts: number[] = [];
    const gap = new RegExp(COLUMN_GAP.source, 'g');
    let from = line.length - line.trimStart().length;
    for (const m of line.trimEnd().matchAll(gap)) {
      if (m.index < from) continue;
      cells.push(line.slice(from, m.index));
      starts.push(from);
      from = m.index + m[0].length;
    }
    cells.push(line.trimEnd().slice(from));
    starts.push(from);
    const previous = run[run.length - 1];
    const aligned = previous && previous.starts.length === starts.length && starts.every((s, k) => Math.abs(s - (previous.starts[k] as number)) <= COLUMN_SLACK);
    if (cells.length < 2 || !aligned) close();
    if (cells.length >= 2) run.push({ index, cells, starts });
  });
  close();
  return out;
}
