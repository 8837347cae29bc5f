import { CALENDAR_WORDS, ENDS_IN_INITIAL } from './language.ts';
import { plainText } from './markdown.ts';
import { findLabels, isFullName, isHandle, namesSomeone } from './labelTemplate.ts';
import { quoteSource } from './quoteSource.ts';

/**
 * Posts printed as records, as a shop's reviews, an app store's or a forum's are copied: each
 * opens with the poster's name on a line of its own, then lines of the same make in every record
 * ("5.0 out of 5 stars …", "Reviewed in Canada on 14 May 2026", "Helpful (12)"), then the words,
 * on lines of one paragraph or paragraphs of their own. No list of sites: the record's anchor is
 * the line of a make that recurs at least three times and most often has a name-like line right
 * above it; each record runs from its name to its words and the furniture after them, and is
 * written as one labelled line (`Name: …`) so that it reads as a turn of its poster. A short line
 * every record repeats ("Report", "Verified Purchase") says nothing and is left out.
 */

/** Records of one make needed before a report is read as records. */
const MIN_RECORDS = 3;
/** A poster's name: one to four capitalised words ("Marguerite O.", "Father Lenny") or one handle ("pickle_witch_yeg"), never a count ("361"). */
const NAME_LINE = /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|@?(?=[\p{L}\d_.-]*\p{L})[\p{L}\d][\p{L}\d_.-]{2,30})\s*$/u;

/** A name's line ends in no sentence: a stop after an initial ("Marguerite O.") is no sentence's. */
const endsSentence = (line: string) => /[.:!?]\s*$/.test(line) && !ENDS_IN_INITIAL.test(line);
/** "Response from the seller, 5 March 2026", "Reply from Hollowmere Pottery": a reply's head, naming whose it is. */
const RESPONSE_HEAD = /^\s*(?:response|reply|answer|comment)\s+from\s+((?:the\s+)?[\p{L}][\p{L}'’&. -]{1,40}?)\s*(?:[,·•|(—–-].*)?$/iu;
/** "— Ros Achterberg, Owner, Hollowmere Pottery" closing a paragraph: a name, then what the person is in up to two fields. */
const SIGNED = /^\s*(?:—|–|―|--)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*[^,]{2,60}(?:,\s*[^,]{2,60})?)?\s*$/u;
/**
 * A line that holds only a date or a time ("[00:03:12]", "12 May 2025 at 09:12"): a stamp under a
 * label, the label template's to read, no record's furniture.
 */
const DATED_ONLY = new RegExp(String.raw`^[\s[(*_]*(?:(?:\d+(?!\d)[/.:-]?|(?:${CALENDAR_WORDS.map((w) => w.slice(0, 3)).join('|')})\p{L}*(?!\p{L})\.?),?\s*|at\s+|[ap]\.?m\.?\s*)+[\])*_]*\s*$`, 'iu');
/** A line's make, its particulars left out: its first two words, digits as 9. */
const makeOf = (line: string) => {
  // Its first words are all it is: a line of any length is read no further than they go.
  const words = line.trim().slice(0, MAKE_SPAN).toLowerCase().replace(/\d+/g, '9').replace(/[★☆✩✪⭐]+/gu, '★').split(/\s+/);
  // "★★★★☆ Great for tea": the stars are the make, whatever title follows them.
  return (words[0] === '★' ? words.slice(0, 1) : words.slice(0, 2)).join(' ');
};
const MAKE_SPAN = 48;
/** The most words a repeated line may hold and still say nothing of its own. */
const NOTHING_WORDS = 4;

export function recordLines(lines: string[]): string[] | null {
  const makes = lines.map((l) => (l.trim() ? makeOf(l) : ''));
  const count = new Map<string, number>();
  for (const m of makes) if (m) count.set(m, (count.get(m) ?? 0) + 1);
  // Read once a line: the anchors, each record's head and its end all ask it again.
  const furniture = makes.map((m, i) => (count.get(m) ?? 0) >= MIN_RECORDS && !DATED_ONLY.test(lines[i] as string));
  const recurring = (i: number) => furniture[i] === true;
  // The line a record's furniture opens under: the first line of a recurring make that most often has a name right above it.
  // "Gareth M." over "Lovely for four months, then the lid gave up" over "Reviewed in …": a title may stand between.
  const nameAbove = (i: number): number | null => {
    for (let j = i - 1, seen = 0; j >= 0 && j >= i - 4 && seen < 2; j--) {
      const line = lines[j] as string;
      if (!line.trim()) continue;
      if (isBody(line)) return null;
      // Another line of the records' furniture ("★★★★☆ Great for tea") may stand between too.
      if (recurring(j)) continue;
      // A record opens after a blank line; a name right under other words signs what is above it ("Best,\nOwen Pritchard").
      if (NAME_LINE.test(plainText(line)) && !endsSentence(plainText(line))) return (lines[j - 1] ?? '').trim() ? null : j;
      seen++;
    }
    return null;
  };
  const named = new Map<string, number[]>();
  lines.forEach((_, i) => {
    // "From: …", "Colour: …": a field, as a mail's header or a record's options, anchors nothing (mails are read by their headers).
    // "---": a rule is no record's furniture either.
    if (!recurring(i) || /^[^\s:]+:/.test(makes[i] as string) || !/[\p{L}\d★]/u.test(makes[i] as string)) return;
    const name = nameAbove(i);
    if (name === null) return;
    const list = named.get(makes[i] as string) ?? [];
    list.push(name);
    named.set(makes[i] as string, list);
  });
  const [anchor] = [...named.values()].sort((a, b) => b.length - a.length);
  if (!anchor || anchor.length < MIN_RECORDS) return null;
  const starts = [...new Set(anchor)].sort((a, b) => a - b);
  // A page whose posts the label template reads on its own ("Rosalind Achterberg rosalind at …" over each message of an
  // archive) is no page of records: the names over its repeated lines sign what is above them.
  const { labels, byCards } = findLabels(lines);
  // A forum thread whose posts open with their writers' cards is read by its cards (postCards.ts).
  if (byCards) return null;
  // A comment section's handles ("@dougbakesbread" over each comment and reply) are such names too.
  // An air-to-ground transcript's turns ("02 05 04 51  CC    Kestrel, Houston.") between its "ACQUISITION OF SIGNAL" lines:
  // a label after the time that opens its line is a turn's, whatever its name.
  if ([...labels].filter(([i, label]) => !starts.includes(i) && ((isFullName(label.name) && namesSomeone(label.name)) || isHandle(label.name) || STAMPED.test(lines[i] as string))).length >= starts.length) return null;
  const replies = signedReplies(lines);
  const records = starts.map((start, k) => [start, recordEnd(lines, start, Math.min(starts[k + 1] ?? lines.length, start + MAX_RECORD_LINES), recurring, replies)] as [number, number]);
  // A short line most records hold, whatever its numbers ("Helpful (12)"): the site's, not the poster's.
  const held = new Map<string, number>();
  for (const [start, end] of records) for (const line of new Set(lines.slice(start + 1, end).map((l) => l.trim().replace(/\d+/g, '9')))) held.set(line, (held.get(line) ?? 0) + 1);
  const says = (line: string) => line.trim() !== '' && !((held.get(line.trim().replace(/\d+/g, '9')) ?? 0) >= MIN_RECORDS && line.trim().split(/\s+/).length <= NOTHING_WORDS);
  const out = [...lines];
  for (const [start, end] of records) {
    const words = lines.slice(start + 1, end).filter(says).map((l) => l.trim());
    out[start] = `${plainText(lines[start] as string)}: ${words.join(' ')}`;
    for (let i = start + 1; i < end; i++) out[i] = '';
  }
  // A reply between the records signed at its foot ("Response from Owner", the words, "— Ros, Hollowmere Pottery") is its signer's;
  // one unsigned is the one its head names ("Response from the seller, 5 March 2026": the seller).
  for (const [start, at] of replies) {
    // The signature is read as any attribution line is: its name, then what the person is.
    const signed = SIGNED.test(lines[at] as string) ? quoteSource(lines[at] as string) : null;
    const from = signed ? null : RESPONSE_HEAD.exec(lines[start] as string)?.[1];
    if (from && out[start] === lines[start]) {
      out[start] = `${from.charAt(0).toUpperCase()}${from.slice(1)}: ${lines.slice(start + 1, at + 1).map((l) => l.trim()).join(' ')}`;
      for (let j = start + 1; j <= at; j++) out[j] = '';
    }
    if (!signed?.name || out[at] !== lines[at]) continue;
    const about = signed.fields.join(', ');
    // "Response from Owner" over the words: a head, which would run into the reply's "Father Lenny, we owe you …".
    const head = at - start > 1 && (lines[start] as string).trim().split(/\s+/).length <= NOTHING_WORDS && !/[.!?,;:]\s*$/.test(lines[start] as string) ? 1 : 0;
    out[start] = `${signed.name}${about ? ` (${about})` : ''}: ${lines.slice(start + head, at).map((l) => l.trim()).join(' ')}`;
    for (let j = start + 1; j <= at; j++) out[j] = '';
  }
  return out;
}

/** A line that opens with a time or a count: "02 05 04 51", "14:21:04", "[09:14]". */
const STAMPED = /^\s*\[?\d/;

/** The most lines one record may run over. */
const MAX_RECORD_LINES = 60;
/** "Great crock, the weights are the weak point" is a title; the words of a review run longer, or end a sentence. */
const isBody = (line: string) => line.trim().split(/\s+/).length > 12 || (/[.!?…]["”’)]*\s*$/.test(line) && !ENDS_IN_INITIAL.test(line));

/**
 * Where a record that opens at `start` ends: before the next record, a heading or a signed reply,
 * and after its words, at the first paragraph after them that is none of the records' furniture.
 */
function recordEnd(lines: string[], start: number, limit: number, recurring: (i: number) => boolean, replies: Map<number, number>): number {
  let end = start + 1;
  let said = false;
  for (let i = start + 1; i < limit; i++) {
    const line = lines[i] as string;
    if (!line.trim()) {
      let j = i + 1;
      while (j < limit && !(lines[j] as string).trim()) j++;
      if (j >= limit || (said && !recurring(j))) break;
      continue;
    }
    if (/^\s{0,3}#/.test(line) || replies.has(i)) break;
    if (!recurring(i) && isBody(line)) said = true;
    end = i + 1;
  }
  return end;
}

/**
 * Replies between the records, by their first line: where each ends. A paragraph closed by a
 * signature line of its own ends there; one headed "Response from the seller, 5 March 2026" ends
 * with its paragraph.
 */
function signedReplies(lines: string[]): Map<number, number> {
  const replies = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!RESPONSE_HEAD.test(lines[i] as string) || (lines[i - 1] ?? '').trim()) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).trim()) end++;
    if (end > i + 1) replies.set(i, end - 1);
  }
  for (let i = 1; i < lines.length; i++) {
    if (!SIGNED.test(lines[i] as string) || (lines[i + 1] ?? '').trim() || !(lines[i - 1] as string).trim()) continue;
    let start = i - 1;
    while (start > 0 && (lines[start - 1] as string).trim()) start--;
    replies.set(start, i);
  }
  return replies;
}
