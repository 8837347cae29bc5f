import { FIRST_PERSON, THEMATIC_BREAK } from './language.ts';
import { isPersonNoun } from './wordnet.ts';
import { LANGUAGES } from '../language/index.ts';

/**
 * Letters as they are written and printed: an address and a date, "Dear Mr Tolley,", the body,
 * "Yours sincerely," and the signature (a name, then a title or a firm on the lines under it).
 * The body is the signatory's, whoever it is addressed to: each of its paragraphs is written
 * `Name (title, firm): text` so that the turns are read as any labelled transcript, the
 * salutation joined to the first paragraph, and the valediction and signature, which say no more
 * than the label does, left out. Emails sign the same way ("Best,\nPriya"). A report may hold
 * many letters; each is read from its own salutation to its own valediction.
 */

/** "Dear Mr Tolley,", "Dear Dr. Duarte-Okoye:": a title's stop is no sentence's end. */
const SALUTATION = /^\s*[*_]*(?:Dear|My dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)|To whom it may concern|(?:Dear )?(?:Sir|Madam|Sirs)(?: or Madam)?)\b(?:[^.!?]|(?<=\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Cllr|St))\.){0,60}[,:—–]?[*_]*\s*$/i;
const VALEDICTION = /^\s*[*_]*(?:Yours(?: (?:sincerely|faithfully|truly|ever|respectfully|aye))?|(?:Very )?(?:Sincerely|Truly|Faithfully|Respectfully)(?: yours)?|(?:With )?(?:(?:Kind|Best|Warm|Warmest|Many|Kindest) )?(?:regards|wishes)|Regards|Best|Cheers|Thanks|Many thanks|Thank you|With thanks|All the best|Love)[,.!]?[*_]*\s*$/i;
/** "Margaret Fenwick", "Dr A. J. Tolley", "Priya": a signature's name line. */
const NAME_LINE = /^\s*[*_]*(?:\((?:signed|sgd\.?)\)\s*|\/s\/\s*)?(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Cllr|Councillor|Sir|Dame|Rev|Revd)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|du|la|le)){0,4}[*_]*\s*$/u;
const MAIL_HEADER_LINE = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:/i;
/** "* * *": a dinkus, which sets apart parts of one text, as a letter's closing paragraph after its answers. */
const DINKUS = /^\s*\*(?:\s+\*){2}\s*$/;
/** A heading or a "---": where one letter's run ends. */
const isBreak = (line: string) => /^\s*#{1,6}\s/.test(line) || (THEMATIC_BREAK.test(line) && !DINKUS.test(line));
/** How far a letter's body runs, in lines: a longer run is no letter. */
const MAX_LETTER_LINES = 200;

interface Letter {
  /** Where its address and date begin: the letter's, not the body of the one before it. */
  head: number;
  /** Null where a signed part greets no one. */
  salutation: number | null;
  /** Where its valediction, or its signature when it has none, stands. */
  valediction: number;
  signatureEnd: number;
  label: string;
}

/** The report's lines with its letters' bodies labelled by their signatories, or null when it holds no signed letter. */
export function letterLines(lines: string[]): string[] | null {
  const letters: Letter[] = [];
  let after = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!VALEDICTION.test(lines[i] as string)) continue;
    const signature = signatureAt(lines, i + 1);
    if (!signature) continue;
    const part = partStart(lines, i, after);
    const salutation = salutationBefore(lines, i, after) ?? addressIn(lines, part, i);
    if (salutation === null) continue;
    // "Testimony of DR. PRIYA RAMAN, …" / "Position: Support" over the salutation, after the page's rule: the part's head is the letter's.
    const address = headBefore(lines, salutation, after);
    const head = paragraphsBetween(lines, part, salutation) <= HEAD_PARAGRAPHS && !lines.slice(part, salutation).some((l) => MAIL_HEADER_LINE.test(l)) ? Math.min(part, address) : address;
    letters.push({ head, salutation, valediction: i, signatureEnd: signature.end, label: signature.label });
    after = signature.end;
    i = signature.end - 1;
  }
  const unclosed = signedParts(lines, letters);
  if (unclosed.length >= MIN_SIGNED_PARTS) letters.push(...unclosed);
  letters.sort((a, b) => a.head - b.head);
  if (letters.length === 0) return null;
  const out = [...lines];
  // Labels that come back are read as a transcript's; one letter's label is written in bold, as a label said once must be.
  const mark = (label: string) => (letters.length > 1 ? `${label}:` : `**${label}:**`);
  for (const letter of letters) {
    const { salutation } = letter;
    // A part with no salutation is its signatory's from its first line.
    let joined = salutation === null;
    const body = salutation ?? letter.head - 1;
    for (let i = letter.head; i < body; i++) if ((lines[i] as string).trim() && (i === letter.head || !(lines[i - 1] ?? '').trim())) out[i] = `${mark(letter.label)} ${joinedLines(out, lines, i, body)}`;
    for (let i = body + 1; i < letter.valediction; i++) {
      const line = lines[i] as string;
      const opens = line.trim() && (i === letter.head || !(lines[i - 1] ?? '').trim());
      // A quotation of an earlier mail ("> …") or a list stays as it is written.
      if (!opens || /^\s*(?:>|[-*+]\s|\d+[.)]\s|\|)/.test(line)) continue;
      out[i] = `${mark(letter.label)} ${joined ? '' : `${(lines[body] as string).trim()} `}${joinedLines(out, lines, i, letter.valediction)}`;
      joined = true;
    }
    if (salutation !== null && joined) out[salutation] = '';
    for (let i = letter.valediction; i < letter.signatureEnd; i++) out[i] = '';
  }
  return out;
}

/** The salutation that opens the letter ending at `valediction`, after the end of the letter before it. */
function salutationBefore(lines: string[], valediction: number, after: number): number | null {
  for (let i = valediction - 1; i >= Math.max(after, valediction - MAX_LETTER_LINES); i--) {
    const line = lines[i] as string;
    if (isBreak(line)) return null;
    // A salutation stands alone: a blank line (or the start) before it, and the body after.
    if (SALUTATION.test(line) && !(lines[i - 1] ?? '').trim()) return i;
  }
  return null;
}

/** Parts signed so that make a compilation of letters: one name under a last paragraph may be an article's end. */
const MIN_SIGNED_PARTS = 2;
/** How many words a salutation that opens with no "Dear" has at most: "Chair Farnham, Vice Chair Achebe, and Members of the Committee:". */
const ADDRESS_WORDS = 14;
const ADDRESS_JOINS = new Set(['and', 'of', 'the', 'to', 'on', 'for', 'in', '&', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'y', 'del', 'el']);
/** The longest line a signature's name stands on. */
const SIGNATURE_LINE = 70;

/**
 * A compilation's parts each signed with no valediction ("Please vote yes on SB 412." / "Marjorie
 * Tillotson" / "Fenwick Township", then the page's rule): a name paragraph under a sentence's end,
 * with a break or the report's end after it. The part runs from the break above it, its heading
 * ("Testimony of MARJORIE TILLOTSON …") its signatory's too; a salutation in its first paragraphs
 * ("Senators,", "To the Senate Committee on Health and Environment:") is joined to the body as a
 * letter's is. Parts already read as letters are left as they are.
 */
function signedParts(lines: string[], letters: readonly Letter[]): Letter[] {
  const parts: Letter[] = [];
  // The letters come in the order they stand: the one that may hold line i is the first not yet ended.
  let next = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isBreak(line)) {
      start = i + 1;
      continue;
    }
    while (next < letters.length && (letters[next] as Letter).signatureEnd <= i) next++;
    const taken = next < letters.length && i >= (letters[next] as Letter).head;
    if (!line.trim() || (lines[i - 1] ?? '').trim() || taken) continue;
    let above = i - 1;
    while (above >= start && !(lines[above] as string).trim()) above--;
    if (above < start || !/[.!?]["”’)]*\s*$/.test(lines[above] as string)) continue;
    // "Marjorie Tillotson", "Priya Raman, MD, MPH": a name of two words or more, and no sentence after it.
    if (line.length > SIGNATURE_LINE || /[.!?:;«»"“”]/.test(line.replace(/\b(?:Dr|Jr|Sr|St|Ph\.D|M\.D)\./g, ''))) continue;
    const signature = signatureAt(lines, i);
    if (!signature || !/\s/.test(line.split(',')[0]?.trim() ?? '')) continue;
    let after = signature.end;
    while (after < lines.length && !(lines[after] as string).trim()) after++;
    if (after < lines.length && !isBreak(lines[after] as string)) continue;
    const head = partStart(lines, i, start);
    // A signature claims the words above it as its writer's own: a part that never says "I" or "we" ("The play was written in 1961." / "Port Ellery, Cornwall") is signed by no one.
    if (!lines.slice(head, i).some((l) => FIRST_PERSON.test(l))) continue;
    const salutation = addressIn(lines, head, i);
    parts.push({ head, salutation, valediction: i, signatureEnd: signature.end, label: signature.label });
    start = signature.end;
    i = signature.end - 1;
  }
  return parts;
}

/** How many paragraphs above a salutation, after a break, are the letter's head. */
const HEAD_PARAGRAPHS = 2;
const paragraphsBetween = (lines: string[], from: number, to: number) => lines.slice(from, to).filter((l, k, all) => l.trim() && (k === 0 || !(all[k - 1] as string).trim())).length;

/**
 * "Chair Farnham, Vice Chair Achebe, and Members of the Committee:", "To the Senate Committee on
 * Health and Environment:", "Senators,": a line that ends in a comma or a colon and calls on
 * people or a body, with no sentence in it ("Prepared Remarks:" calls on no one).
 */
function addresses(line: string): boolean {
  const words = line.replace(/[,:]$/, '').split(/[\s,]+/);
  if (!/[,:]$/.test(line) || /[.!?;]\s/.test(line) || words.length > ADDRESS_WORDS) return false;
  // Written as a title is, every word capitalised but the small ones: "We asked a few children what they are reading:" is a sentence.
  if (!words.every((w) => /^\p{Lu}/u.test(w) || ADDRESS_JOINS.has(w.toLowerCase()))) return false;
  return /^to\s+the\s/i.test(line) || words.some((w) => isPersonNoun(w.toLowerCase()));
}

/** The first line of the part of the report that holds line `at`: after the break above it, or after `after`. */
function partStart(lines: string[], at: number, after: number): number {
  let i = at;
  while (i > after && !isBreak(lines[i - 1] as string)) i--;
  while (i < at && !(lines[i] as string).trim()) i++;
  return i;
}

/** The salutation among a part's first three paragraphs: a line alone that ends in a comma or a colon, with no sentence in it. */
function addressIn(lines: string[], from: number, to: number): number | null {
  let paragraphs = 0;
  for (let i = from; i < to && paragraphs < 3; i++) {
    const line = (lines[i] as string).trim();
    if (!line || (lines[i - 1] ?? '').trim()) continue;
    paragraphs++;
    const alone = !(lines[i + 1] ?? '').trim();
    if (alone && (SALUTATION.test(line) || addresses(line))) return i;
  }
  return null;
}

/**
 * A labelled paragraph's lines as one: the lines under its first are its own, and a wrapped
 * line that opens with a field or a name ("Position: Support", "Fenwick Township where …") opens
 * no turn of its own. The lines joined are left blank.
 */
function joinedLines(out: string[], lines: readonly string[], at: number, end: number): string {
  let text = (lines[at] as string).trim();
  // A mail's header lines ("From: …", "Subject: …") stay as they are, each read as the header's.
  for (let i = at + 1; i < end && (lines[i] as string).trim() && !AS_WRITTEN.test(lines[i] as string) && !MAIL_HEADER_LINE.test(lines[i] as string); i++) {
    text += ` ${(lines[i] as string).trim()}`;
    out[i] = '';
  }
  return text;
}

/** Where the sender's address and the date above a salutation begin: paragraphs of short lines that end in no stop. */
function headBefore(lines: string[], salutation: number, after: number): number {
  let head = salutation;
  for (let i = salutation - 1; i >= Math.max(after, salutation - 12); i--) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    // A mail's header ("From: office@journal.org", "Subject: …") is the message's, not the letter's address.
    if (isBreak(line) || line.length > 60 || MAIL_HEADER_LINE.test(line) || /[.!?:;]$/.test(line.replace(/\b(?:St|Rd|Ave|Ltd|Inc)\.$/, ''))) break;
    head = i;
  }
  return head;
}

/** The signature under a valediction: its name, and the title and firm on the lines under it, up to a blank line. */
function signatureAt(lines: string[], from: number): { label: string; end: number } | null {
  let i = from;
  if (!(lines[i] ?? '').trim()) i++;
  // "Margaret Fenwick, Clerk to the Council" on one line: the name, then what they are.
  const [nameLine = '', ...titled] = (lines[i] ?? '').split(/,\s+/);
  if (!NAME_LINE.test(nameLine)) return null;
  const name = nameLine.replace(/[*_]/g, '').replace(/^\s*(?:\((?:signed|sgd\.?)\)|\/s\/)\s*/i, '').trim();
  // "/s/ Gideon Achterberg", a blank line, then the name typed again over the title: the filing's conformed signature.
  if (/^\s*\/s\//i.test(nameLine) && !(lines[i + 1] ?? '').trim() && (lines[i + 2] ?? '').trim() === name) i += 2;
  // One word signs a mail ("Priya"), not a letter's "Regards, Team".
  if (name.length > 60 || /^(?:team|the team|everyone|all)$/i.test(name)) return null;
  const about: string[] = titled.map(flat).filter(Boolean);
  for (i++; i < lines.length && about.length < 4; i++) {
    const line = (lines[i] as string).replace(/[*_]/g, '').trim();
    if (!line || line.length > 70 || /[.!?]$/.test(line.replace(/\b(?:Ltd|Inc|Co|St|Dept)\.$/, ''))) break;
    // A telephone number, an address for mail or the web: how to reach them, not who they are.
    if (!/@|https?:|www\.|\d{3}/.test(line)) about.push(flat(line));
  }
  return { label: about.length > 0 ? `${name} (${about.slice(0, 2).join(', ')})` : name, end: i };
}

/** The words that open a letter, longest first ("my dear" before "dear"), in every language the bot reads. */
const OPENERS = [...new Set(LANGUAGES.flatMap((l) => l.letterOpeners))].sort((a, b) => b.length - a.length);
/** The name a letter is addressed to, after its opener: "Carmen:", "Mr Tolley,". */
const ADDRESSEE = /^\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*[:,]/u;
/** "Lucía, Valdeluna de Campos", "— M.T., Ballykeel": a reader's signature, a name and where they write from. */
const SIGNED = /^\s*[*_]*(?:[—–-]\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*,\s*([^.!?:;]{2,60}?))?[*_]*\s*$/u;
/** A paragraph of one short line with no stop at its end: a title over the next letter, or a signature. */
const TITLE_LIKE = /^[^.!?:;]{1,80}$/;

/** Whom a paragraph greets as a letter does ("Querida Carmen: …", "Dear Tom,"), or null. */
function greeted(line: string): string | null {
  const lower = line.trimStart().replace(/^[*_]+/, '').toLowerCase();
  const opener = OPENERS.find((o) => lower.startsWith(`${o} `));
  if (!opener) return null;
  const rest = line.trimStart().replace(/^[*_]+/, '').slice(opener.length);
  return ADDRESSEE.exec(rest)?.[1] ?? null;
}

/**
 * An advice column's letters and replies, greeted inline and signed by a line of their own:
 * "Querida Carmen: Te escribo …" / "Lucía, Valdeluna de Campos" / "Querida Lucía: lo primero, …".
 * A letter greeted so and signed under it is its signatory's; a reply greeting the one who
 * signed the letter before is written by whom that letter greeted. Each paragraph is labelled
 * with its writer, as letterLines labels a letter's, and the signature, which says no more than
 * the label, is left out. Null when the report has no such signed letter.
 */
export function greetedLetters(lines: string[]): string[] | null {
  const paragraphs = paragraphsOf(lines);
  const single = (k: number) => {
    const p = paragraphs[k];
    return p && p.end - p.start === 1 ? (lines[p.start] as string) : null;
  };
  /** A paragraph opened by a short line with no stop, alone or over a list: a title, or a signature. */
  const titles = (k: number) => titlesParagraph(lines, paragraphs[k]);
  /** Who signed each letter read, and whom it greeted. */
  const signed: { signer: string; greeted: string }[] = [];
  const out = [...lines];
  let found = false;
  for (let k = 0; k < paragraphs.length; k++) {
    const first = paragraphs[k] as Paragraph;
    const to = greeted(lines[first.start] as string);
    if (!to) continue;
    // The letter runs on to its signature, or up to a title, a heading or the next greeting.
    let end = k + 1;
    while (end < paragraphs.length && end - k < MAX_LETTER_PARAGRAPHS) {
      const at = (paragraphs[end] as Paragraph).start;
      if (titles(end) || isBreak(lines[at] as string) || greeted(lines[at] as string)) break;
      end++;
    }
    const signature = single(end);
    const sign = signature !== null ? SIGNED.exec(signature) : null;
    const signer = sign?.[1];
    let writer: string | null = null;
    if (signer && sign) {
      writer = sign[2] ? `${signer} (${sign[2].trim()})` : signer;
      signed.push({ signer, greeted: to });
      out[(paragraphs[end] as Paragraph).start] = '';
    } else {
      // "Querida Lucía:" under Lucía's letter: the reply is by whom her letter greeted.
      writer = signed.find((s) => s.signer === to || s.signer.split(/\s+/)[0] === to)?.greeted ?? null;
    }
    if (!writer) continue;
    found = true;
    // "Mi padre no quiere ayuda" over the letter: its title heads it, and ends the reply before it.
    const title = k > 0 ? single(k - 1) : null;
    if (title !== null && titles(k - 1) && SIGNED.exec(title)?.[2] === undefined) out[(paragraphs[k - 1] as Paragraph).start] = `### ${title.trim()}`;
    for (let j = k; j < end; j++) labelOpening(out, lines, (paragraphs[j] as Paragraph).start, writer);
    k = end - 1;
  }
  return found ? out : null;
}
/** A quotation, a list, a table or a heading: a paragraph that stands as it is written, labelled by no one. */
const AS_WRITTEN = /^\s*(?:>|[-*+]\s|\d+[.)]\s|\||#)/;

/** Writes a paragraph's opening line as a turn of `writer`'s ("**Lucía (Valdeluna de Campos):** …"), unless it stands as written. */
function labelOpening(out: string[], lines: readonly string[], at: number, writer: string): void {
  const line = lines[at] as string;
  if (!AS_WRITTEN.test(line)) out[at] = `**${writer}:** ${line.trim()}`;
}

interface Paragraph {
  start: number;
  /** The line after its last. */
  end: number;
}

/** The report's paragraphs: runs of lines between blank lines. */
function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] as string).trim()) continue;
    const start = i;
    while (i + 1 < lines.length && (lines[i + 1] as string).trim()) i++;
    paragraphs.push({ start, end: i + 1 });
  }
  return paragraphs;
}

/** A paragraph opened by a short line with no stop, alone or over a list: a title, or a signature. */
function titlesParagraph(lines: readonly string[], p: Paragraph | undefined): boolean {
  if (!p) return false;
  const line = (lines[p.start] as string).trim();
  return TITLE_LIKE.test(line) && line.split(/\s+/).length <= TITLE_WORDS && (p.end - p.start === 1 || /^\s*(?:[-*+•]|\d+[.)])\s/.test(lines[p.start + 1] as string));
}

/**
 * What a signature says someone is, plain, to stand in a label's brackets: "Chair, Brackenmoor PTA (Friends of Brackenmoor)"
 * and "Torrealta (Valdemora)" hold brackets that would close the label's own early.
 */
function flat(text: string): string {
  return text.replace(/[*_]/g, '').replace(/\s*\(([^()]*)\)/g, ', $1').trim();
}

/** "Margaret Thwaite" over "Lower Dunsby": a letter's signature, a full name and where its writer lives. */
const SIGNATURE_NAME = /^\s*[*_]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Cllr|Rev|Revd)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})[*_]*\s*$/u;
const SIGNATURE_PLACE = /^\s*[*_]*\p{Lu}[^.!?:;]{1,80}[*_]*\s*$/u;
/** "Remedios Calvo Ibarra. Torrealta (Valdemora).": the name and the town on one line, each closed by a stop. */
const NAME_AND_TOWN = /^\s*[*_]*(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|de la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})\.\s+(\p{Lu}[^.!?:;]{1,60})\.[*_]*\s*$/u;
/** "Editor's note: …", "Correction: …", "*N. de la R.: …*": a part of the page of its own, opened by a few words and a colon. */
const PAGE_PART = /^\s*[*_]*\p{Lu}[\p{L}'’. ]{0,25}[*_]*:\s/u;
/** Letters signed so that make a letters page. */
const MIN_SIGNED_LETTERS = 2;

/**
 * A newspaper's letters page: each letter under its headline, signed under its last paragraph
 * with a name on a line of its own and, on the next, where the writer lives ("Margaret Thwaite"
 * / "Lower Dunsby"). Each paragraph of a letter is its signatory's; the signature is left out.
 * Null unless two letters or more are signed so.
 */
export function signedLetters(lines: string[]): string[] | null {
  const paragraphs = paragraphsOf(lines);
  const signatures: { at: number; writer: string }[] = [];
  paragraphs.forEach((p, k) => {
    if (p.end - p.start > 2 || k === 0) return;
    const oneLine = p.end - p.start === 1 ? NAME_AND_TOWN.exec(lines[p.start] as string) : null;
    const name = oneLine ? oneLine[1] : SIGNATURE_NAME.exec(lines[p.start] as string)?.[1];
    const place = oneLine ? (oneLine[2] as string) : p.end - p.start === 2 ? (lines[p.start + 1] as string) : null;
    // A script's "MARGARET HOLT" over her lines is in capitals; a signature is written as a name is.
    if (!name || !/\p{Ll}/u.test(name) || (place !== null && !SIGNATURE_PLACE.test(place))) return;
    // The next letter's headline comes after a signature, or a part of the page's own ("Editor's note: …"), or the page ends.
    const next = paragraphs[k + 1];
    if (next && !titlesParagraph(lines, next) && !PAGE_PART.test(lines[next.start] as string)) return;
    // The paragraph above is a letter's: it ends a sentence.
    const above = paragraphs[k - 1] as Paragraph;
    if (!/[.!?]["”’)]*\s*$/.test(lines[above.end - 1] as string)) return;
    signatures.push({ at: k, writer: place ? `${name} (${flat(place)})` : name });
  });
  if (signatures.length < MIN_SIGNED_LETTERS) return null;
  const out = [...lines];
  let after = 0;
  for (const { at, writer } of signatures) {
    // The letter runs back from its signature to its headline, or to the signature before it.
    let first = at - 1;
    while (first - 1 >= after && !titlesParagraph(lines, paragraphs[first - 1])) first--;
    for (let k = first; k < at; k++) labelOpening(out, lines, (paragraphs[k] as Paragraph).start, writer);
    const sig = paragraphs[at] as Paragraph;
    for (let i = sig.start; i < sig.end; i++) out[i] = '';
    after = at + 1;
  }
  return out;
}

/** How many words a title over a letter has at most. */
const TITLE_WORDS = 10;
/** How many paragraphs a greeted letter or reply runs to at most. */
const MAX_LETTER_PARAGRAPHS = 40;

/** "— MS", "— T. Reiner", "-- Kofi": a signature alone on the line that closes an entry. */
const ENTRY_SIGNATURE = /^\s*(?:—|–|―|--)\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s*$/u;
/** Entries signed so that make a log's layout: one signed entry may be a quotation's source. */
const MIN_SIGNED_ENTRIES = 2;
/** A line that opens with its own label ("Pos: 70°52'N", "Jonas Pike at Calder: …"): it keeps it. */
const OWN_LABEL = /^\s*[*_]*[\p{Lu}][^:.!?]{0,40}:\s/u;

/**
 * A shared logbook's entries, set apart by rules and each signed on its last line ("— MS",
 * "— T. Reiner"): every paragraph of an entry is its writer's, labelled as a letter's are, and
 * the signature, which says no more than the label, is left out. Lines that open with a label of
 * their own keep it. Null unless two entries or more are signed so.
 */
export function signedEntries(lines: string[]): string[] | null {
  const entries: { start: number; end: number; signer: string }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !THEMATIC_BREAK.test(lines[i] as string)) continue;
    let last = i - 1;
    while (last >= start && !(lines[last] as string).trim()) last--;
    const signed = last >= start ? ENTRY_SIGNATURE.exec(lines[last] as string)?.[1] : undefined;
    // "K.A." signs as "KA": initials with their stops would read as a sentence's end in a label.
    const signer = signed && /^(?:\p{Lu}\.\s*){2,4}$/u.test(signed) ? signed.replace(/[.\s]/g, '') : signed;
    if (signer) entries.push({ start, end: last, signer });
    start = i + 1;
  }
  if (entries.length < MIN_SIGNED_ENTRIES) return null;
  const out = [...lines];
  for (const { start, end, signer } of entries) {
    out[end] = '';
    for (let i = start; i < end; i++) {
      const opens = (lines[i] as string).trim() && !(lines[i - 1] ?? '').trim();
      if (opens && !OWN_LABEL.test(lines[i] as string)) labelOpening(out, lines, i, signer);
    }
  }
  return out;
}
