/**
 * Posts printed as records, as a shop's reviews, an app store's or a forum's are copied: each
 * opens with the poster's name on a line of its own, then lines of the same make in every record
 * ("5.0 out of 5 stars …", "Reviewed in Canada on 14 May 2026", "Helpful (12)"), then the words.
 * No list of sites: a record is a paragraph whose second line's make recurs at the same place
 * in at least three paragraphs, under a first line that reads as a name. Each record is written
 * as one labelled line (`Name: …`) so that it reads as a turn of its poster; a short line that
 * every record repeats ("Report", "Verified Purchase") says nothing and is left out.
 */

/** Paragraphs with one make of second line needed before they are read as records. */
const MIN_RECORDS = 3;
/** A poster's name: one to four capitalised words ("Marguerite O.", "Father Lenny") or one handle ("pickle_witch_yeg"). */
const NAME_LINE = /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|@?[\p{L}\d][\p{L}\d_.-]{2,30})\s*$/u;
/** A name's line ends in no sentence: a stop after an initial ("Marguerite O.") is no sentence's. */
const ENDS_SENTENCE = /(?:\p{L}{2,}\.|[:!?])\s*$/u;
/** "— Ros Achterberg, Owner, Hollowmere Pottery" closing a paragraph: who wrote it, and what they are. */
const SIGNED = /^\s*(?:—|–|―|--)\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:,\s*([^,]{2,60}(?:,\s*[^,]{2,60})?))?\s*$/u;
/** A line's make, its particulars left out: its first two words, digits as 9. */
const makeOf = (line: string) => line.trim().toLowerCase().replace(/\d+/g, '9').split(/\s+/).slice(0, 2).join(' ');
/** The most words a repeated line may hold and still say nothing of its own. */
const NOTHING_WORDS = 4;

export function recordLines(lines: string[]): string[] | null {
  const paragraphs: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] as string).trim()) continue;
    const start = i;
    while (i + 1 < lines.length && (lines[i + 1] as string).trim()) i++;
    if (i - start >= 2) paragraphs.push([start, i + 1]);
  }
  const seconds = new Map<string, number>();
  for (const [start] of paragraphs) seconds.set(makeOf(lines[start + 1] as string), (seconds.get(makeOf(lines[start + 1] as string)) ?? 0) + 1);
  const records = paragraphs.filter(([start]) => (seconds.get(makeOf(lines[start + 1] as string)) ?? 0) >= MIN_RECORDS && NAME_LINE.test(lines[start] as string) && !ENDS_SENTENCE.test(lines[start] as string));
  if (records.length < MIN_RECORDS) return null;
  // A short line most records hold, whatever its numbers ("Helpful (12)"): the site's, not the poster's.
  const held = new Map<string, number>();
  for (const [start, end] of records) for (const line of new Set(lines.slice(start + 1, end).map((l) => l.trim().replace(/\d+/g, '9')))) held.set(line, (held.get(line) ?? 0) + 1);
  const says = (line: string) => !((held.get(line.trim().replace(/\d+/g, '9')) ?? 0) >= MIN_RECORDS && line.trim().split(/\s+/).length <= NOTHING_WORDS);
  const out = [...lines];
  for (const [start, end] of records) {
    const words = lines.slice(start + 1, end).filter(says).map((l) => l.trim());
    out[start] = `${(lines[start] as string).trim()}: ${words.join(' ')}`;
    for (let i = start + 1; i < end; i++) out[i] = '';
  }
  // A reply between the records signed at its foot ("Response from Owner", the words, "— Ros, Hollowmere Pottery") is its signer's.
  for (let i = 0; i < lines.length; i++) {
    const signed = SIGNED.exec(lines[i] as string);
    if (!signed?.[1] || (lines[i + 1] ?? '').trim() || !(lines[i - 1] ?? '').trim() || out[i] !== lines[i]) continue;
    let start = i - 1;
    while (start > 0 && (lines[start - 1] as string).trim()) start--;
    const about = signed[2]?.trim();
    // "Response from Owner" over the words: a head, which would run into the reply's "Father Lenny, we owe you …".
    const head = i - start > 1 && (lines[start] as string).trim().split(/\s+/).length <= NOTHING_WORDS && !/[.!?,;:]\s*$/.test(lines[start] as string) ? 1 : 0;
    out[start] = `${signed[1]}${about ? ` (${about})` : ''}: ${lines.slice(start + head, i).map((l) => l.trim()).join(' ')}`;
    for (let j = start + 1; j <= i; j++) out[j] = '';
  }
  return out;
}
