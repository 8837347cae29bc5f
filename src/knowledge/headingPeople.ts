import { HONORIFIC } from './language.ts';
import { LANGUAGES } from '../language/index.ts';
import { namesSomeone } from './labelTemplate.ts';
import { isOrganisationName } from './speakerIdentity.ts';
import { isRoleHead } from './speakerPatterns.ts';
import { isPersonNoun } from './wordnet.ts';
import { titleCase } from './byline.ts';

/**
 * Sections named for a person: "## Interview 1 — Dennis Horrocks", "## Interview 2 — Peggy Lund",
 * "### Dr Lena Ortiz, University of Calder". An oral-history catalogue, a panel summary or a
 * profile series gives each person a section of the same shape and quotes or reports them in it.
 * The shape is read off the report: headings of one level whose text, less its numbers, the name
 * and what follows the name, is the same for two or more different people. No list of words such
 * as "Interview" is consulted.
 */
export interface HeadingPerson {
  name: string;
  /** What the heading says of them after the name: "University of Calder". */
  about: string | null;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*`;
/** A heading's last part, after a dash, colon, bar or dot: "Interview 2 — Peggy Lund", "Maid of honour — Clara Farrow, sister of the bride". */
const LAST_PART = new RegExp(String.raw`^(.*?)(?:\s*(?:—|–|--|-|:|\||·)\s+|^)(${NAME})(?:\s*\(([^()]{1,60})\)|,\s+(\p{Ll}[^,]{2,60}))?\s*$`, 'u');
/** A name first, then what they are after a comma or a dash: "Dr Lena Ortiz, University of Calder". */
const NAME_FIRST = new RegExp(String.raw`^(${NAME})\s*(?:,|—|–|--|\|)\s+([^,]{2,80}(?:,[^,]{2,60})?)$`, 'u');

/** Line index of each heading of such a template → the person it names. */
/** A few words naming what someone is: "Father of the bride", "The groom", "Best man" (a word for a kind of person among them). */
function isPart(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.length <= 6 && words.some((w) => isRoleHead(w) || isPersonNoun(w));
}

/** A line of a plain-text report set apart as a heading: alone between blank lines or rules, in capitals but for a letter or two. */
function capitalsHeading(lines: string[], i: number): string | null {
  if (!OPENS_CAPITAL.test(lines[i] as string)) return null;
  const line = (lines[i] as string).trim();
  const apart = (n: number) => !(lines[n] ?? '').trim() || RULE.test(lines[n] as string);
  if (!line || line.length > 80 || !apart(i - 1) || !apart(i + 1)) return null;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters.replace(/\p{Ll}/gu, '').length >= letters.length * 0.85 ? line : null;
}
const RULE = /^\s*(?:[-=*_~]\s*){3,}$/;
const OPENS_CAPITAL = /^\s*\p{Lu}\p{Lu}/u;
const STOP_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.stopWords));

/**
 * "STORMHAWKS HEAD COACH DARNELL WHITAKER", "ELI FONTAINE (QB)": a quote sheet's person over their block, a part before
 * the name or a position after it; the name is the words after the last that names a part.
 */
function capitalsPerson(text: string): HeadingPerson | null {
  const bracket = /\s*\(([^()]{1,30})\)\s*$/.exec(text);
  const bare = (bracket ? text.slice(0, bracket.index) : text).trim();
  // Words alone, as a name is written: no number, no stop or comma of a heading or a sentence ("IV. THE EVIDENCE", ">> HERE.").
  if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+$/u.test(bare)) return null;
  const words = bare.split(/\s+/);
  // "DESARROLLO DE LA SESIÓN", "THE DECISION": a heading's small words, in any language, are no name's.
  if (words.some((w) => STOP_WORDS.has(w.toLowerCase()))) return null;
  let cut = -1;
  // The last two words are the name's at least: "PRYOR" reads as a word for a kind of person, like "pastor".
  words.slice(0, -2).forEach((w, i) => {
    if (isRoleHead(w.toLowerCase()) || isPersonNoun(w.toLowerCase())) cut = i;
  });
  const name = words.slice(cut + 1);
  if (name.length < 2 || name.length > 4) return null;
  const about = [cut >= 0 ? words.slice(0, cut + 1).join(' ').toLowerCase() : null, bracket?.[1] ?? null].filter(Boolean).join(', ');
  // Written as a name is, where the report writes it in capitals for emphasis ("ELI FONTAINE" is Eli Fontaine).
  return { name: name.map((w) => (/\p{Ll}/u.test(w) ? w : titleCase(w))).join(' '), about: about || null };
}

export function headingPeople(lines: string[]): Map<number, HeadingPerson> {
  const shapes = new Map<string, { line: number; person: HeadingPerson }[]>();
  lines.forEach((line, i) => {
    if (line.length > 160) return;
    const capitals = line.startsWith('#') ? null : capitalsHeading(lines, i);
    if (capitals) {
      const person = capitalsPerson(capitals);
      if (person && namesSomeone(person.name) && !isOrganisationName(person.name)) shapes.set('capitals', [...(shapes.get('capitals') ?? []), { line: i, person }]);
      return;
    }
    if (!line.startsWith('#')) return;
    const heading = HEADING.exec(line);
    // "### 3.1 Leonie Faraday, ticket clerk": a section's number is no part of the shape.
    const text = heading?.[2]?.replace(/[*_]/g, '').replace(/^\d+(?:\.\d+)*\.?\s+(?=\p{Lu})/u, '');
    if (!heading || !text) return;
    const first = NAME_FIRST.exec(text);
    const last = first ? null : LAST_PART.exec(text);
    const name = (first?.[1] ?? last?.[2])?.replace(HONORIFIC, '');
    if (!name || !namesSomeone(name) || isOrganisationName(name)) return;
    // "Father of the bride — Desmond Farrow", "Best man — Callum Tierney": a part before the name, each a different one, is one shape.
    const part = last?.[1] && isPart(last[1]) ? last[1] : null;
    const shape = first ? `${heading[1]} N ,` : part ? `${heading[1]} P N` : `${heading[1]} ${(last?.[1] ?? '').replace(/\d+/g, '#').toLowerCase()}`;
    const about = (first?.[2] ?? [part, last?.[3] ?? last?.[4]].filter(Boolean).join(', ')) || null;
    shapes.set(shape, [...(shapes.get(shape) ?? []), { line: i, person: { name, about } }]);
  });
  const out = new Map<number, HeadingPerson>();
  for (const found of shapes.values()) {
    if (new Set(found.map((f) => f.person.name)).size < 2) continue;
    for (const { line, person } of found) out.set(line, person);
  }
  return out;
}
