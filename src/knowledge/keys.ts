import type { Block } from './markdown.ts';
import { foldName } from './speakerIdentity.ts';

/**
 * A key to who is who: a table that gives each code a report's turns are labelled with a name
 * ("| RA | Rosalind Achebe | Director |", "| 19 | Harjit Sandhu | Driver, Moorside |" under a
 * "Card" column for "CARD 19:"), at the top or in an appendix. No list of key formats: the
 * code column is the one whose cells are the labels the report's turns use, the name column
 * the one that reads as people's names, the next one their part.
 */
export interface KeyEntry {
  name: string;
  /** How the report's labels write this person: "RA", "Card 19". */
  codes: string[];
  role: string | null;
}

/** "Rosalind Achebe", "Marcus van Heerden": two to four words, capitalised but for particles. */
const PERSON = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|da|di|der|den|la|le|du|del|bin|al)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** Rows a key needs whose code a label uses: one match may be a coincidence. */
const MIN_MATCHED = 2;

/** Marks each row of a key table with who its code stands for. */
export function readKeys(blocks: Block[]): void {
  const labels = new Set(blocks.flatMap((b) => (b.label ? [foldName(b.label.name)] : [])));
  if (labels.size < MIN_MATCHED) return;
  const tables = new Map<readonly string[], Block[]>();
  for (const b of blocks) {
    if (!b.cells || !b.header) continue;
    const rows = tables.get(b.header) ?? [];
    rows.push(b);
    tables.set(b.header, rows);
  }
  for (const [header, rows] of tables) {
    const width = header.length;
    if (width < 2 || rows.length < MIN_MATCHED) continue;
    const codesOf = (row: Block, column: number): string[] => {
      const cell = (row.cells?.[column] ?? '').trim();
      return cell ? [cell, `${header[column] ?? ''} ${cell}`.trim()] : [];
    };
    const used = (row: Block, column: number) => codesOf(row, column).some((c) => labels.has(foldName(c)));
    let code = -1;
    for (let c = 0; c < width && code < 0; c++) {
      const matched = rows.filter((r) => used(r, c)).length;
      if (matched >= MIN_MATCHED && matched * 2 >= rows.length) code = c;
    }
    if (code < 0) continue;
    const name = [...Array(width).keys()].find((c) => c !== code && rows.filter((r) => PERSON.test((r.cells?.[c] ?? '').trim())).length * 2 > rows.length);
    if (name === undefined) continue;
    const role = [...Array(width).keys()].find((c) => c !== code && c !== name);
    for (const row of rows) {
      const person = (row.cells?.[name] ?? '').trim();
      if (!PERSON.test(person)) continue;
      row.keyEntry = { name: person, codes: codesOf(row, code), role: role === undefined ? null : (row.cells?.[role] ?? '').trim() || null };
    }
  }
}
