/**
 * The author a report's own first lines state: a byline. Newspapers, magazines, NGOs and
 * blogs write it as "By Jane Roe", "By Jane Roe and Raj Patel", "By Marta Kowalczyk, Science
 * Correspondent", "Written by …", "Words: …", "*Par Hélène Lefèvre, à Lyon*", "Author: …".
 */

import { LANGUAGES } from '../language/index.ts';
import { HONORIFIC, withoutBold } from './language.ts';
import { isCommonWord, isPersonNoun } from './wordnet.ts';

/** A personal name: capitalised words with the particles names carry ("Ana de la Cruz"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|di|do|dos|van|von|der|den|del|della|la|le|du|bin|al|el|ter))*`;
/** What opens a byline, in the languages the bot reads, and German's and Dutch's, which have no module yet. */
const OPENERS = [...LANGUAGES.flatMap((l) => l.bylineOpeners), 'von', 'door'];
/** Either case for an opener's first letter; the names themselves must be capitalised, so no /i (under /i, \p{Lu} matches any letter). */
const OPENER = OPENERS.map((o) => `[${o.charAt(0).toUpperCase()}${o.charAt(0)}]${o.slice(1).replace(/ /g, '\\s+')}`).join('|');
// "Reporting officer: PC 4417 Dana Whitfield": a rank and a badge number before the name are no part of it.
// "A documentary by Isla Drummond", "A play in one act by Orla Fenwick": what the work is, then its author.
const BYLINE = new RegExp(String.raw`^[*_]*(?:(?:An?|The)\s+(?:[\p{Ll}-]+\s+){1,5}?(?=by\s))?(?:${OPENER}|BY)\s*:?\s+(?:\p{Lu}{1,5}\.?\s+\d{1,6}\s+)?(${NAME}(?:\s*(?:,|\band\b|&|\bet\b|\by\b|\bund\b)\s*${NAME})*)(?=\s*(?:[,|·—–-]|$|[*_]))`, 'u');

/**
 * The author a byline line names, or null when the line is not a byline. Only the names are
 * kept: "By Marta Kowalczyk, Science Correspondent" is Marta Kowalczyk. A line longer than a
 * byline ("By the time the water rose, …") is prose.
 */
export function bylineAuthor(line: string): string | null {
  // "Lena Okafor (Senior UX Researcher), Matteo Brandt (UX Researcher)": what each author is, in brackets, is no name.
  // "By **Ruth Anselm** and **David Kowalczyk**": names set in bold are the names.
  const text = withoutBold(line.trim().replace(/\s*\([^()]{1,60}\)/g, ''));
  if (text.length > 160) return null;
  const m = BYLINE.exec(text);
  if (!m?.[1]) return null;
  // "By Jane Roe, Science Correspondent": the role after the comma is no second author.
  const names = m[1]
    .split(/\s*(?:\band\b|&|\bet\b|\by\b|\bund\b)\s*/u)
    // "Lena Okafor, Matteo Brandt": a second name after the comma is a second author; a part someone plays ends the names.
    .flatMap((part, i) => (i === 0 ? namesBeforePart(part.split(/\s*,\s*/)) : [part]))
    .map((n) => n.replace(/[.,]+$/, '').trim())
    .filter((n) => /\s/.test(n) || /^\p{Lu}\p{Ll}+$/u.test(n));
  // What follows the opener must read as prose-free: "By the time …" has a lower-case word in the names.
  if (names.length === 0 || /^(?:The|A|An|This|That|Our|Its|Their)\b/.test(m[1])) return null;
  return names.map(asWritten).join(' and ');
}

/** The names of a byline's list up to the first part that is what someone is ("Science Correspondent"). */
function namesBeforePart(parts: string[]): string[] {
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const words = part.split(/\s+/);
    const last = (words[words.length - 1] ?? '').toLowerCase();
    // "New York" after the comma is where they write from: a word of the language is no name's.
    if (i > 0 && (words.length < 2 || isPersonNoun(last) || words.some((w) => isCommonWord(w.toLowerCase()) || isPersonNoun(w.toLowerCase())))) break;
    out.push(part);
  }
  return out;
}

/** "I, Janine Rowe, of 14 Ferry Lane, …, will say as follows:": a statement's maker names themselves in its formula. */
const DECLARES = new RegExp(String.raw`^[*_]*I,\s+(${NAME}),\s+[^.!?]{0,200}?\b(?:will\s+say|say\s+as\s+follows|state|make\s+(?:oath|this\s+statement)|declare|affirm|solemnly|certify|depose)\b`, 'u');

/** The person a statement's opening formula names as its maker, or null. */
export function declarant(line: string): string | null {
  const name = DECLARES.exec(line.trim())?.[1]?.replace(HONORIFIC, '');
  return name && /\s/.test(name) ? (/\p{Ll}/u.test(name) ? name : titleCase(name)) : null;
}

/** Either case, or capitals, for a word: "remarks", "Remarks", "REMARKS". */
const anyCase = (word: string) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];

/**
 * "Remarks by Governor Alicia Fenwick at …", "SENTENCING REMARKS OF HIS HONOUR JUDGE ALISTAIR
 * PENROSE", "Discours de Mme la Maire, Claire Roux": a title naming who delivers the text, a word
 * or two before its noun.
 */
const SPOKEN_TITLE = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,2}?(?:${LANGUAGES.flatMap((l) => l.spokenTitles).flatMap(anyCase).join('|')})\b[^.!?]{0,60}?\b(?:${['by', 'of', 'from', 'de', 'par', 'du', 'del'].flatMap(anyCase).join('|')})\s+(?:the\s+|la\s+|le\s+|el\s+|THE\s+)?(${NAME})`,
  'u',
);
/** "His Honour", "Her Excellency": a style before the titles. */
const STYLE = /^(?:his|her)\s+(?:honou?r|worship|excellency|lordship|ladyship)\s+/i;

/** The person a title says delivers the text ("Remarks by Governor Alicia Fenwick"), or null. */
export function titleSpeaker(title: string): string | null {
  const name = SPOKEN_TITLE.exec(title.trim())?.[1];
  if (!name) return null;
  const words = name.replace(STYLE, '').replace(HONORIFIC, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 || words.length > 4) return null;
  return asWritten(words.join(' '));
}

/** "ROSALIND FERRANTE" as a reader writes a name, a name already in small letters as it is. */
export function asWritten(name: string): string {
  return /\p{Ll}/u.test(name) ? name : titleCase(name);
}

/** "JOHN SMITH" → "John Smith", "O'BRIEN" → "O'Brien", "GUIVARC'H" → "Guivarc'h": a name as a reader writes it. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, edge: string, letter: string) => edge + letter.toUpperCase())
    .replace(/(^|[\s-])(\p{L}{1,2}['’])(\p{L})/gu, (_m, edge: string, elided: string, letter: string) => edge + elided + letter.toUpperCase());
}
