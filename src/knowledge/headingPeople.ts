import { namesSomeone } from './labelTemplate.ts';
import { isOrganisationName } from './speakerIdentity.ts';

/**
 * Sections named for a person: "## Interview 1 — Dennis Horrocks", "## Interview 2 — Peggy Lund",
 * "### Voices: Ana Ruiz". An oral-history catalogue, a collection of testimonies or a profile
 * series gives each person a section of the same shape and quotes them in it. The shape is read
 * off the report: headings of one level whose text, less its numbers and the name at its end, is
 * the same for two or more different people. No list of words such as "Interview" is consulted.
 */

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** A heading's last part, after a dash, colon, bar or dot: where such a heading puts the name. */
const LAST_PART = /^(.*?)(?:\s*(?:—|–|--|-|:|\||·)\s+|^)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)(?:\s*\([^()]{1,60}\))?\s*$/u;

/** Line index of each heading of such a template → the person it names. */
export function headingPeople(lines: string[]): Map<number, string> {
  const shapes = new Map<string, { line: number; name: string }[]>();
  lines.forEach((line, i) => {
    if (line.length > 160 || !line.startsWith('#')) return;
    const heading = HEADING.exec(line);
    const parts = heading?.[2] ? LAST_PART.exec(heading[2].replace(/[*_]/g, '')) : null;
    const name = parts?.[2];
    if (!heading || !name || !namesSomeone(name) || isOrganisationName(name)) return;
    const shape = `${heading[1]} ${(parts[1] ?? '').replace(/\d+/g, '#').toLowerCase()}`;
    shapes.set(shape, [...(shapes.get(shape) ?? []), { line: i, name }]);
  });
  const out = new Map<number, string>();
  for (const found of shapes.values()) {
    if (new Set(found.map((f) => f.name)).size < 2) continue;
    for (const { line, name } of found) out.set(line, name);
  }
  return out;
}
