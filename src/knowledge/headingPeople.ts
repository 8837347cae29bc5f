import { HONORIFIC } from './language.ts';
import { namesSomeone } from './labelTemplate.ts';
import { isOrganisationName } from './speakerIdentity.ts';
import { isRoleHead } from './speakerPatterns.ts';
import { isPersonNoun } from './wordnet.ts';

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

export function headingPeople(lines: string[]): Map<number, HeadingPerson> {
  const shapes = new Map<string, { line: number; person: HeadingPerson }[]>();
  lines.forEach((line, i) => {
    if (line.length > 160 || !line.startsWith('#')) return;
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
