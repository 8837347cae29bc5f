import type { Block, SpeakerLabel } from './markdown.ts';
import { quoteSource, type QuoteSource } from './quoteSource.ts';
import { foldName } from './speakerIdentity.ts';

/**
 * Records of fields, one label a line ("**Member:** Helen Corrie (Liberal Democrat, Brackley)",
 * "**Department:** Transport", "**Question:** To ask …", "**Answered by:** Joanna Pell, Minister
 * for Care", "**Answer:** We have funded …"): the labels are the record's fields, not people. No
 * list of field names: a field whose every value is a person's name, record after record, says
 * who speaks; the fields after it whose values are sentences are that person's words, up to the
 * next such field or heading; the short ones (a department, a date) are the record's own.
 */
/** "Comment No. 1", "Submission 4", "Response #12": a record's own heading, written as a line of text, a word and a number. */
const NUMBERED_RECORD = /^\p{Lu}[\p{L} ]{1,30}?\s(?:No\.?\s*|#)?\d{1,4}$/u;

/** Where a record starts: a heading, or a record's number on a line of its own. */
const opensRecord = (b: Block) => b.kind === 'heading' || (b.kind === 'paragraph' && !b.label && NUMBERED_RECORD.test(b.text.trim()));

export function readFieldRecords(blocks: Block[]): void {
  const values = new Map<string, Block[]>();
  // A record gives each field once: a label twice under one heading is a speaker's ("DANIEL: Margery Holt." in a play).
  const twice = new Set<string>();
  let section = new Set<string>();
  for (const b of blocks) {
    if (opensRecord(b)) section = new Set();
    if (!fieldOf(b)) continue;
    const key = foldName(b.label?.name ?? '');
    if (section.has(key)) twice.add(key);
    section.add(key);
    const list = values.get(key);
    if (list) list.push(b);
    else values.set(key, [b]);
  }
  for (const key of twice) values.delete(key);
  // A field that comes back in two records at least, naming someone each time.
  const people = new Set([...values].filter(([, list]) => list.length >= 2 && list.every((b) => personIn(b.text))).map(([key]) => key));
  // A field whose values are sentences, record after record: what the person named before it says.
  const words = new Set([...values].filter(([key, list]) => !people.has(key) && list.filter((b) => SENTENCE.test(b.text)).length >= 2).map(([key]) => key));
  // Records: a field of words after a field of people, twice at least.
  let named = false;
  let records = 0;
  for (const b of blocks) {
    if (opensRecord(b)) named = false;
    const key = fieldOf(b) ? foldName(b.label?.name ?? '') : '';
    if (people.has(key)) named = true;
    else if (named && words.has(key)) {
      records++;
      named = false;
    }
  }
  if (records < 2) return;
  let speaker: SpeakerLabel | null = null;
  for (const b of blocks) {
    if (opensRecord(b)) speaker = null;
    if (!fieldOf(b)) continue;
    const key = foldName(b.label?.name ?? '');
    const person = people.has(key) ? personIn(b.text) : null;
    if (person) speaker = { name: person.name ?? '', note: null, bold: false, fields: person.fields, templated: true, source: person };
    if (!person && speaker && words.has(key) && SENTENCE.test(b.text)) {
      b.label = speaker;
      continue;
    }
    // The record's own line, in full, no one's words: "Member: Helen Corrie (…)", "Department: Transport".
    b.text = b.labelled ?? b.text;
    b.direction = true;
    delete b.label;
    delete b.labelled;
  }
}

/** Words said, not a value: a few words at least, ending as a sentence does. */
const SENTENCE = /^(?=(?:\S+\s+){4}\S)[\s\S]*[.!?]["”’)]*\s*$/;
/** A value that can name a person: short. */
const MAX_NAME_VALUE = 120;

/** "**Member:** Moira Fennick MLA (Brackenvale)", "Occupation: Pharmacist": a field's name and its value, on a line of their own or in a form. */
export const FIELD = /^\s*(?:\*\*|__)?(\p{Lu}[\p{L} ]{1,24}?)\s*:(?:\*\*|__)?\s+(\S.{0,119})$/u;

/** A field's name as the records' fields are compared: "Answered by" → "answered by". */
export const fieldKey = (name: string) => name.trim().toLowerCase();

/**
 * The fields that name a person in every record that gives them, twice at least, in blocks of
 * two or more field lines ("Tabled: …", "Member: Moira Fennick MLA (Brackenvale)", "Department: …"):
 * no list of field names, the report's records say which of theirs is a person.
 */
export function personFields(lines: string[]): Set<string> {
  const seen = new Map<string, { people: number; others: number }>();
  let record: RegExpExecArray[] = [];
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i] ?? '';
    const field = line.length <= 160 && line.includes(':') ? FIELD.exec(line) : null;
    if (field) {
      record.push(field);
      continue;
    }
    // A record is a block of two field lines or more, over words no field holds: where the words are fields too
    // ("**Question:** To ask …"), readFieldRecords reads them.
    if (record.length >= 2 && !FIELD.test(nextLine(lines, i))) {
      for (const f of record) {
        const key = fieldKey(f[1] as string);
        const tally = seen.get(key) ?? { people: 0, others: 0 };
        if (personIn((f[2] as string).replace(/[*_]+$/, ''))) tally.people++;
        else tally.others++;
        seen.set(key, tally);
      }
    }
    record = [];
  }
  return new Set([...seen].filter(([, t]) => t.people >= 2 && t.others === 0).map(([key]) => key));
}

/** The first line from `from` on with text. */
function nextLine(lines: string[], from: number): string {
  for (let i = from; i < lines.length && i < from + 5; i++) if ((lines[i] as string).trim()) return lines[i] as string;
  return '';
}

/**
 * A paragraph a label opens on its own line that may be a field's; a turn's paragraph under a
 * label on a line of its own ("Thomas Reyes {BIO …}" over what he says) is no field, whatever
 * fields the page's header gives.
 */
const fieldOf = (b: Block) => b.kind === 'paragraph' && b.label !== undefined && b.labelled !== undefined && !b.label.source && !b.label.implicit;

/** "Helen Corrie (Liberal Democrat, Brackley)", "Joanna Pell, Minister for Care": a person and what the value says of them. */
export function personIn(text: string): QuoteSource | null {
  // "Kestrel, Houston. Comm check on the high gain. How do you read?": words said, which a call sign opens, name no one.
  if (text.length > MAX_NAME_VALUE || SENTENCE.test(text)) return null;
  const source = quoteSource(text.replace(/\s*\(([^()]{1,80})\)\s*$/, ', $1'));
  return source?.name ? source : null;
}
