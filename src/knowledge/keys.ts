import type { Block } from './markdown.ts';
import { alignedRows } from './tables.ts';
import { isFullName, isRoleWord, namesSomeone } from './labelTemplate.ts';
import { asWritten } from './byline.ts';
import { HONORIFIC } from './language.ts';
import { foldName, initialsOf, isOrganisationName, nicknameOf, personName } from './speakerIdentity.ts';
import { TITLE_WORDS, isRoleHead } from './speakerPatterns.ts';
import { isCommonWord, isPersonNoun } from './wordnet.ts';
import { LANGUAGES } from '../language/index.ts';

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
  /** Whom they belong to, where the key says: "Rivault Couverture". */
  organisation?: string | null;
}

/** "Rosalind Achebe", "Marcus van Heerden": two to four words, capitalised but for particles. */
const PERSON_RUN = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|da|di|der|den|la|le|du|del|bin|al)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`;
const PERSON = new RegExp(`^${PERSON_RUN}$`, 'u');
const PERSON_IN = new RegExp(`(?<![\\p{L}])${PERSON_RUN}(?![\\p{L}])`, 'gu');

/**
 * The person a key's cell names, and what it says they are: "Rosalind Achebe"; "Voice identified
 * as the Captain, Helga Rasmussen (pilot monitoring)" is Helga Rasmussen, the Captain.
 */
function personIn(cell: string): { name: string; role: string | null } | null {
  const text = cell.trim();
  // "Star Cook" in a results column is a title won, not a name.
  if (PERSON.test(text)) return isPersonName(text) ? splitTitle(text, null) : null;
  const runs = [...text.matchAll(PERSON_IN)].filter((m) => isPersonName(m[0]));
  const last = runs[runs.length - 1];
  if (!last) return null;
  // What the cell says before the name, its last clause, without "identified as the": "the Captain" → Captain.
  const before = (text.slice(0, last.index).split(/,\s*/).filter((p) => p.trim()).pop() ?? '').replace(/^(?:.*\bas\s+)?(?:the|a|an)\s+/i, '').trim();
  return splitTitle(last[0], before && before.split(/\s+/).length <= 6 ? before : null);
}

/** A person's name, not a part ("Head Judge", "Star Cook") nor an organisation: what a key's name column holds. */
function isPersonName(text: string): boolean {
  return namesSomeone(text) && !isRoleWord(text) && !isOrganisationName(text);
}

/** "Chief Officer Mireille Sauvage", "Able Seaman Joel Tupou": the title before a name is the person's part, down to a name of two words. */
function splitTitle(run: string, role: string | null): { name: string; role: string | null } {
  const words = run.split(/\s+/);
  // "Battalion Chief Alana Whitcombe": the title runs to its last word that is one ("Chief"), down to a name of two words.
  let at = 0;
  for (let k = 0; k < words.length - 2; k++) if (isTitleWord(words[k] as string)) at = k + 1;
  const title = words.slice(0, at).join(' ');
  return { name: words.slice(at).join(' '), role: [title, role].filter(Boolean).join(', ') || null };
}

/** A word of a title rather than a first name: an office ("Officer"), a kind of person ("Seaman", "Paramedic"), or an everyday word ("Able", "Second"). */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || isRoleHead(lower) || isCommonWord(lower) || isPersonNoun(lower);
}
/** Rows a key needs whose code a label uses: one match may be a coincidence. */
const MIN_MATCHED = 2;

/** "Simon Achterberg, lead commentator", "Ruth Vandermeer — Chief Technology Officer, Lanternfish Data": a name, then what they are. */
const KEY_LINE = new RegExp(`^(${PERSON_RUN})\\s*(?:,|—|–|--|:)\\s*([^.!?]{2,120})$`, 'u');
/** How long a code a key line gives may be: "SA", "P3", "Card 19". */
export const CODE = /^(?:\p{Lu}{1,4}\d{0,3}|\p{L}+\s\d{1,3})$/u;

/**
 * Marks each row of a key table with who its code stands for; a key written as lines ("SA — Simon
 * Achterberg, lead commentator", "- [RV] Ruth Vandermeer — CTO") reads as the code's turn naming a
 * person and a part: it is the key's entry, no one's words; a key set out in columns with spaces is
 * read from the report's `lines`, once the labels it could give are known.
 */
export function readKeys(blocks: Block[], lines: readonly string[], firstLine: number): void {
  readTitledNames(blocks, lines, firstLine);
  for (const b of blocks) {
    if (!b.label?.templated || b.label.source || !CODE.test(b.label.name) || b.text.length > 160) continue;
    const entry = KEY_LINE.exec(b.text);
    if (!entry?.[1] || !namesSomeone(entry[1]) || isOrganisationName(entry[1])) continue;
    b.keyEntry = { name: entry[1], codes: [b.label.name], role: entry[2]?.trim() || null };
    b.text = b.labelled ?? b.text;
    delete b.label;
    delete b.labelled;
  }
  const tables = tablesOf(blocks);
  const initialled = readPeopleTables(tables);
  const labels = new Set(blocks.flatMap((b) => (b.label ? [foldName(b.label.name)] : [])));
  if (labels.size < MIN_MATCHED) return;
  readKeyItems(blocks, labels);
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
    // A table of people with their initials is read already: "P" in its presence column is no code of theirs.
    if (code < 0 || (initialled.has(header) && initialled.get(header) !== code)) continue;
    // "| P07 | Community nurse | … | Carrow Edge |": a column whose names come back row after row is where, not who.
    const distinct = (c: number) => new Set(rows.map((r) => (r.cells?.[c] ?? '').trim())).size * 4 >= rows.length * 3;
    const name = [...Array(width).keys()].find((c) => c !== code && rows.filter((r) => personIn(r.cells?.[c] ?? '')).length * 2 > rows.length && distinct(c));
    if (name === undefined) continue;
    const role = [...Array(width).keys()].find((c) => c !== code && c !== name);
    for (const row of rows) {
      const cell = (c: number | undefined) => (c === undefined ? '' : (row.cells?.[c] ?? '').trim());
      const person = personIn(cell(name));
      if (person) {
        row.keyEntry = { name: person.name, codes: codesOf(row, code), role: cell(role) || person.role };
        continue;
      }
      // "| N | Narrator | Felix Ormsby, actor |": a part in the name column, the person in another cell.
      const other = [...Array(width).keys()].find((c) => c !== code && c !== name && personIn(cell(c)));
      const elsewhere = other === undefined ? null : personIn(cell(other));
      if (elsewhere && cell(name)) row.keyEntry = { name: elsewhere.name, codes: codesOf(row, code), role: cell(name) };
    }
  }
  readAlignedKeys(blocks, lines, firstLine, labels);
}

/**
 * A key set out in columns with spaces, as an air-to-ground transcript's legend prints it ("CDR     Commander
 * Raymond T. Okafor"): where one column holds codes the report's labels use and another people's names, the
 * paragraph the lines made becomes one entry a line, each the code's person and the third column their part.
 */
function readAlignedKeys(blocks: Block[], lines: readonly string[], firstLine: number, labels: ReadonlySet<string>): void {
  const rows = alignedRows(lines);
  if (rows.size < MIN_MATCHED) return;
  const tables = new Map<readonly number[], { index: number; cells: string[] }[]>();
  for (const [index, row] of rows) tables.set(row.table, [...(tables.get(row.table) ?? []), { index, cells: row.cells }]);
  for (const table of tables.values()) {
    const width = table[0]?.cells.length ?? 0;
    const code = [...Array(width).keys()].find((c) => table.filter((r) => labels.has(foldName(r.cells[c] ?? ''))).length >= MIN_MATCHED);
    if (code === undefined) continue;
    const name = [...Array(width).keys()].find((c) => c !== code && table.filter((r) => personOpening(r.cells[c] ?? '')).length * 2 > table.length);
    const part = [...Array(width).keys()].find((c) => c !== code && c !== name);
    // "SKH211    Skyhop 211, Embraer ERJ-175, IFR arrival to runway 27": a legend of voices no person's name stands for (a
    // call sign, a position, a vehicle) gives each code what it is, and the name its entry opens with as another name of its.
    // A legend puts the code first, what it stands for after it: the turns' own rows put a time first ("1358:02    N482TR    …").
    const voices = name === undefined && code === 0 && part !== undefined ? table.flatMap(({ index, cells }) => voiceEntry(cells[code] ?? '', cells[part] ?? '', labels, firstLine + index, cells)) : [];
    if (name === undefined && voices.length < MIN_MATCHED) continue;
    const entries = name === undefined ? voices : table.flatMap(({ index, cells }) => {
      // 'Tobias "Toby" Lindqvist': the name in quotation marks is what the crew calls him, another name of his.
      const { name: written, nickname } = nicknameOf(cells[name] ?? '');
      const person = personIn(written);
      const codes = [cells[code] ?? '', ...(nickname ? [nickname] : [])];
      // The entry is where its person is introduced, a paragraph a line.
      return person ? [{ kind: 'paragraph' as const, text: cells.join(' — '), line: firstLine + index, keyEntry: { name: person.name, codes, role: (part === undefined ? null : cells[part]) || person.role } }] : [];
    });
    const first = (table[0] as { index: number }).index + firstLine;
    const last = (table[table.length - 1] as { index: number }).index + firstLine;
    // The legend's lines, read as one paragraph of words, give way to its entries.
    const at = blocks.findIndex((b) => b.line >= first && b.line <= last);
    if (at < 0) continue;
    let end = at;
    while (end < blocks.length && (blocks[end] as Block).line <= last) end++;
    blocks.splice(at, end - at, ...entries);
  }
}

/**
 * The person a legend's entry opens with ("Dr Helen Achterberg, GP partner"), or null: "Local Control 1 position, Corran
 * Valley ATCT" and "Skyhop 211, Embraer ERJ-175" name a position and an aircraft, whatever capitalised words follow.
 */
function personOpening(cell: string): boolean {
  const person = personIn(cell);
  return person?.name !== undefined && person.name !== null && (VOICE_NAME.exec(cell.trim())?.[1] ?? '').includes(person.name);
}

/** "Skyhop 211" in "Skyhop 211, Embraer ERJ-175, IFR arrival to runway 27": what a legend's entry calls its voice, before the first comma. */
const VOICE_NAME = /^([^,;()]{3,40}?)\s*(?:[,;(]|$)/;

/** A legend's entry for a voice its turns' code stands for, named by its code, what the entry calls it another name of its. */
function voiceEntry(code: string, description: string, labels: ReadonlySet<string>, line: number, cells: readonly string[]): Block[] {
  const called = VOICE_NAME.exec(description.trim())?.[1]?.trim();
  if (!labels.has(foldName(code)) || !called || !/\p{L}/u.test(code)) return [];
  return [{ kind: 'paragraph' as const, text: cells.join(' — '), line, keyEntry: { name: code, codes: [called], role: description.trim() } }];
}

/** Words the part under such a name runs to at most: "Minister for Water Security and Regional Recovery". */
const OFFICE_WORDS = 12;

/**
 * "THE HON. ROSALIND FERRANTE MP" over "MINISTER FOR WATER SECURITY AND REGIONAL RECOVERY", at the head of a
 * transcript, before its first turn: the person it is of and their office, on two lines of their own (in either order),
 * read as a key's entry, so that "MINISTER:" below is her.
 */
function readTitledNames(blocks: Block[], lines: readonly string[], firstLine: number): void {
  for (const b of blocks) {
    if (b.label) return;
    const at = b.line - firstLine;
    if (b.kind !== 'paragraph' || b.keyEntry || !(lines[at + 1] ?? '').trim() || (lines[at + 2] ?? '').trim()) continue;
    const pair = [(lines[at] as string).trim(), (lines[at + 1] as string).trim()];
    // The line with a title before a full name ("THE HON. … MP"); "MINISTER FOR …", whose title runs on into words, is the office.
    const names = pair.map((l) => (HONORIFIC.test(l) && l.split(/\s+/).length <= 7 ? asWritten(personName(l)) : ''));
    const written = names.findIndex(isFullName);
    const office = pair[1 - written] ?? '';
    const person = names[written] ?? '';
    if (written < 0 || !isRoleHead(office.split(/\s+/)[0] ?? '') || office.split(/\s+/).length > OFFICE_WORDS || /[.!?]$/.test(office)) continue;
    // "MINISTER FOR WATER SECURITY …" as a sentence would write it: the office's words are no name.
    b.keyEntry = { name: person, codes: [], role: office === office.toUpperCase() ? `${office.charAt(0)}${office.slice(1).toLowerCase()}` : office };
  }
}

/** A column that says what each person is: "Occupation", "Role", "Background", "Fonction". */
const PART_COLUMN = new RegExp(`^(?:role|roles|occupation|job|job title|part|description|background|${LANGUAGES.flatMap((l) => l.columns.part).join('|')})$`, 'iu');
/** A column that says whom each person belongs to: "Organisation", "Company", "Société". */
const BODY_COLUMN = new RegExp(`^(?:organi[sz]ation|company|employer|affiliation|firm|agency|${LANGUAGES.flatMap((l) => l.columns.organisation).join('|')})$`, 'iu');
/** Rows a table of people's columns are told apart by: a long table is not read whole to learn its header. */
const SAMPLE_ROWS = 12;

/**
 * A table of the report's people ("| Ref | Narrator | Born | Occupation |", "| Société | Nom | Initiales | Fonction |"),
 * whose codes no turn uses: each row says what its person is, where the header names a column for it, and how the
 * record calls them, where a column holds each name's initials ("YLG" for Yann LE GOFF): minutes that write
 * "YLG demande que …" mean that person.
 */
function readPeopleTables(tables: Map<readonly string[], Block[]>): Map<readonly string[], number> {
  const initialled = new Map<readonly string[], number>();
  for (const [header, rows] of tables) {
    if (rows.length < MIN_MATCHED || rows.some((r) => r.findingRow || r.label)) continue;
    const cell = (row: Block, c: number) => (c < 0 ? '' : (row.cells?.[c] ?? '').trim());
    const part = header.findIndex((h) => PART_COLUMN.test(h.trim()));
    const sample = rows.slice(0, SAMPLE_ROWS);
    // Each column's sample read for names once: the people's column, and the initials of the names in it.
    const people = [...header.keys()].map((c) => sample.map((r) => personIn(cell(r, c))));
    const codes = [...header.keys()].map((c) => sample.map((r) => cell(r, c).replace(/\./g, '')));
    // The initials column is found by what it holds, in any language's header; the names it gives the initials of are
    // the people's, where a firm's name beside them reads as a name too ("Rivault Couverture").
    const initialsFor = (c: number) => {
      const wanted = (people[c] ?? []).map((p) => initialsOf(personName(p?.name ?? '')));
      const column = codes.findIndex((column, i) => i !== c && column.filter((code, k) => code !== '' && code === wanted[k]).length * 2 > sample.length);
      return column < 0 ? undefined : column;
    };
    const columns = [...header.keys()].filter((c) => c !== part && (people[c] ?? []).filter(Boolean).length * 2 > sample.length).map((c) => ({ c, initials: initialsFor(c) }));
    const chosen = columns.find((col) => col.initials !== undefined) ?? columns[0];
    if (chosen === undefined) continue;
    const { c: name, initials } = chosen;
    if (part < 0 && initials === undefined) continue;
    if (initials !== undefined) initialled.set(header, initials);
    const body = header.findIndex((h, c) => c !== name && BODY_COLUMN.test(h.trim()));
    for (const row of rows) {
      const person = personIn(cell(row, name));
      const role = part >= 0 ? cell(row, part) : (person?.role ?? '');
      if (!person || (!role && initials === undefined)) continue;
      const code = initials === undefined ? '' : cell(row, initials);
      row.keyEntry = { name: personName(person.name), codes: code ? [code] : [], role: role || null, organisation: cell(row, body) || null };
    }
  }
  return initialled;
}

/** "RT — Rosalind Thackeray-Obi, Curator of Maritime Collections": a code, then the name it stands for and what they are. */
const KEY_ITEM = new RegExp(`^([^—–:=]{1,30}?)\\s+(?:—|–|--|:|=)\\s+(?:(${PERSON_RUN})\\s*(?:(?:,|—|–|--|\\()\\s*([^.!?]{2,120}))?|([^.!?]{2,160}))$`, 'u');

/** Whether a line reads as a key's entry: "ENGINE 7 — Captain Dmitri Halvorsen, Millbrook Fire Company". */
export const isKeyLine = (text: string): boolean => text.length <= 200 && KEY_ITEM.test(text.trim());

/**
 * A key written as a list or lines the label template did not claim ("- RT — Rosalind
 * Thackeray-Obi, Curator …", "- OPH — Olumide Prescott-Hale, visitor"): entries whose codes
 * the report's turns use, two at least, so that a list of initials and names that no turn uses
 * is left as it is.
 */
function readKeyItems(blocks: Block[], labels: ReadonlySet<string>): void {
  const entries = blocks.map((b) => {
    if (b.label || b.keyEntry || b.cells || b.text.length > 200) return null;
    const m = KEY_ITEM.exec(b.text);
    if (!m?.[1] || !labels.has(foldName(m[1]))) return null;
    // "SKERROW VTS — duty operator Callum Reith": the part first, the person last.
    if (m[4]) {
      const person = personIn(m[4]);
      return person ? { b, code: m[1], ...person } : null;
    }
    if (!m[2] || !isPersonName(m[2])) return null;
    return { b, code: m[1], ...splitTitle(m[2], balanced(m[3]?.trim() ?? '') || null) };
  });
  if (entries.filter(Boolean).length < MIN_MATCHED) return;
  for (const e of entries) if (e) e.b.keyEntry = { name: e.name, codes: [e.code], role: e.role };
}

/** "Analyst)" after "Name (": the part without the bracket its opening left behind. */
function balanced(text: string): string {
  const open = text.split('(').length;
  return open < text.split(')').length ? text.replace(/\)\s*$/, '').trim() : text;
}

/** Cells a turn's voice may have: a name or a code, not a sentence. */
const MAX_VOICE = 40;
/** What a said column's cells hold on average: sentences, not codes or times. */
const MIN_SAID = 25;
/** Words a said column's cells hold on average. */
const MIN_SAID_WORDS = 5;

/**
 * A transcript kept as a table ("| Time | Source | Content |"): each row is a turn, its speaker
 * the short cell whose values recur (a few voices speak many times), its words the column with
 * the longest cells. A key elsewhere (readKeys) then says who each voice is.
 */
/** A cell that says "as above": empty, or a ditto mark. */
const DITTO = /^(?:|〃|"|”|''|ditto|do\.?)$/i;

export function readTableTurns(blocks: Block[]): void {
  continueLabels(blocks);
  for (const rows of tablesOf(blocks).values()) {
    if (rows.length < 4 || rows.some((r) => r.findingRow || r.label)) continue;
    const width = rows[0]?.cells?.length ?? 0;
    const average = (c: number) => rows.reduce((n, r) => n + (r.cells?.[c] ?? '').length, 0) / rows.length;
    const said = [...Array(width).keys()].sort((a, b) => average(b) - average(a))[0];
    // "Medical-surgical, Halvorsen" is a place, no words spoken: a turn runs to a few words at least.
    const words = (c: number) => rows.reduce((n, r) => n + (r.cells?.[c] ?? '').split(/\s+/).filter(Boolean).length, 0) / rows.length;
    if (said === undefined || average(said) < MIN_SAID || words(said) < MIN_SAID_WORDS) continue;
    const voice = [...Array(width).keys()].find((c) => {
      if (c === said) return false;
      const cells = rows.map((r) => (r.cells?.[c] ?? '').trim()).filter((v) => /\p{L}/u.test(v));
      const counts = new Map<string, number>();
      for (const v of cells) counts.set(v, (counts.get(v) ?? 0) + 1);
      return cells.length * 2 >= rows.length && cells.every((v) => v.length <= MAX_VOICE) && counts.size >= 2 && counts.size <= cells.length * 0.6 && [...counts.values()].filter((n) => n >= 2).length >= 2;
    });
    if (voice === undefined) continue;
    let last: string | null = null;
    for (const row of rows) {
      const cell = (row.cells?.[voice] ?? '').trim();
      // An empty cell or a ditto mark ("〃", "\"") under a speaker: the same speaker goes on.
      const who: string | null = /\p{L}/u.test(cell) ? cell : DITTO.test(cell) ? last : null;
      const text = (row.cells?.[said] ?? '').trim();
      if (!who || !text) continue;
      last = who;
      Object.assign(row, { kind: 'paragraph', text, labelled: text, tableRow: false, label: { name: who, note: null, bold: false, templated: true } });
    }
  }
}

/**
 * Rows the report's own template labels ("| 18:34 | AP | I'll go first … |"): a row right under
 * one with only its last cell filled ("| | | And it's not just the books … |") goes on with it.
 */
function continueLabels(blocks: Block[]): void {
  blocks.forEach((row, i) => {
    const above = blocks[i - 1];
    const cells = row.cells ?? [];
    const said = (cells[cells.length - 1] ?? '').trim();
    if (!row.tableRow || row.label || !above?.label?.templated || !said || cells.slice(0, -1).some((c) => !DITTO.test(c.trim()))) return;
    Object.assign(row, { kind: 'paragraph', text: said, labelled: said, tableRow: false, label: above.label });
  });
}

/** A report's tables: their rows, by the header they share. */
function tablesOf(blocks: Block[]): Map<readonly string[], Block[]> {
  const tables = new Map<readonly string[], Block[]>();
  for (const b of blocks) {
    if (!b.cells || !b.header) continue;
    const rows = tables.get(b.header) ?? [];
    rows.push(b);
    tables.set(b.header, rows);
  }
  return tables;
}
