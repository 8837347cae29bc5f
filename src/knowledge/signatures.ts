import type { Block } from './markdown.ts';

/**
 * Comments signed at their foot, as wikis, mailing lists and comment threads sign them: "… —
 * Ostrander (talk) 09:14, 2 May 2026", "… -- Maria Lopez, 3 June". No list of formats: a
 * signature is the tail after a dash whose decoration (brackets, times, dates) recurs at the
 * foot of at least three paragraphs; its name part varies, the decoration does not. Such a
 * paragraph is its signer's turn, and the signature no part of its text.
 */

/** The tail after the last dash of a paragraph: a name, then what decorates it. */
const TAIL = /(?:^|\s)(?:—|–|―|--|~)\s*([^—–―\n]{2,90})$/u;
/**
 * A signature with no dash before it, as a wiki signs with four tildes: "… in the caption.
 * MossyCairn (talk) 19:10, 29 June 2026 (UTC)". After a sentence's end, a name of one to four
 * words, and a time in what decorates it.
 */
const UNDASHED_TAIL = /(?<=[.!?…"”)\]*]\s+)((?:[\p{L}\d][\p{L}\d_.'’-]*)(?:\s+[\p{L}\d][\p{L}\d_.'’-]*){0,3}\s*(?:\([^()\n]{1,20}\)\s*)?\d{1,2}:\d{2}[^\n]{0,60})$/u;
/** Where a signature's name ends: at brackets, an address, a digit, a comma, a pipe, a class's year ("Priya Natarajan '98"), or a date ("tobiasfenn Mar 3, 2021"). */
const NAME_END = /\s*[([<|,]|\s\d|\s['’‘]\d{2}\b|\s(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\s*$/u;
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/giu;
/** Paragraphs with one decoration needed before their tails are read as signatures. */
const MIN_SIGNED = 3;

interface Signed {
  block: Block;
  name: string;
  at: number;
  shape: string;
}

/** What a signature's decoration looks like, its particulars left out: "(talk) 09:14, 2 May 2026" → "() 9:9, 9 M 9". */
function shapeOf(decoration: string): string {
  return decoration
    .replace(/\([^)]*\)/g, '()')
    .replace(/<[^>]*>/g, '<>')
    .replace(MONTHS, 'M')
    .replace(/\d+/g, '9')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 14)
    .trim();
}

function signatureOf(block: Block): Signed | null {
  // A signature outweighs a label that names no one ("**Closing summary:** … — Tamsin (talk) 08:45"), not a speaker's.
  if (block.tableRow || block.keyEntry || (block.label && !/\s\p{Ll}/u.test(block.label.name)) || (block.kind !== 'paragraph' && block.kind !== 'list-item') || block.text.length < 20) return null;
  const tail = TAIL.exec(block.text) ?? UNDASHED_TAIL.exec(block.text);
  if (!tail?.[1]) return null;
  // "Preceding unsigned comment added by 203.0.113.5": a wiki's note of who wrote it, for the account it names.
  const body = tail[1].replace(/^.*\b(?:added|posted|written|sent)\s+by\s+/i, '');
  const end = NAME_END.exec(body)?.index ?? body.length;
  const name = body.slice(0, end).replace(/[*_[\]]/g, '').trim();
  // A name, a handle or an address: a few words at most, and something to decorate it.
  if (!name || name.split(/\s+/).length > 5 || !/[\p{L}\d]/u.test(name) || end === body.length) return null;
  // "— Respondent 14", "— Participant 3": a word and a number alone are a code that stands for someone, the number its own.
  const code = /^\s(\d{1,4})\s*$/.exec(body.slice(end))?.[1];
  if (code && !/\s/.test(name)) return { block, name: `${name} ${code}`, at: tail.index, shape: 'N 9' };
  return { block, name, at: tail.index, shape: shapeOf(body.slice(end)) };
}

/** Labels each paragraph signed at its foot with its signer, where the report signs that way at least three times. */
export function signFeet(blocks: Block[]): void {
  const signed = blocks.map(signatureOf).filter((s): s is Signed => s !== null);
  if (signed.length < MIN_SIGNED) return;
  const count = new Map<string, number>();
  for (const s of signed) count.set(s.shape, (count.get(s.shape) ?? 0) + 1);
  for (const s of signed) {
    if ((count.get(s.shape) ?? 0) < MIN_SIGNED || !s.shape) continue;
    s.block.text = s.block.text.slice(0, s.at).trimEnd();
    s.block.labelled = s.block.text;
    s.block.label = { name: s.name, note: null, bold: false, templated: true };
  }
}
