/**
 * Markdown tables (GitHub's pipe tables): a header row, a separator row of dashes, then rows.
 * Each row is one passage, its text the row's cells, so that a findings table is a list of
 * findings and one row answers on its own.
 */

/** The cells of a table row, or null when the line is no row: "| a | b |", "a | b". */
export function tableRow(line: string): string[] | null {
  const text = line.trim();
  if (!text.includes('|')) return null;
  const inner = text.replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  const cells = inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
  if (cells.length < 2 || (!text.startsWith('|') && cells.some((c) => !c))) return null;
  return cells;
}

/** "|---|:---:|": the row under a table's header. */
export function isTableSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) && line.includes('-');
}
