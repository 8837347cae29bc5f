import type { ReportSpeaker } from './speakerIdentity.ts';
import { foldName } from './speakerIdentity.ts';

/**
 * A result as sport reports head it names the home side first: "Northvale 2-1 Castlegate: Oke
 * double …", "Harbour Town 1 Kestrel Athletic 3". Readers ask for "the home manager" and "the
 * away captain" as the report's readers know them, so each speaker of either side has that side
 * in their part.
 */
const SCORE_LINE = /^(\p{Lu}[\p{L}'’&. ]*?)\s+\d{1,2}\s*(?:[-–—]\s*\d{1,2}\s+(\p{Lu}[\p{L}'’&. ]*?)|\s+(\p{Lu}[\p{L}'’&. ]*?)\s+\d{1,2})(?=\s*(?:$|[:,|(–—-]))/u;

/** The home and away sides a title's result names, or null. */
export function sidesOf(title: string | null | undefined): { home: string; away: string } | null {
  const m = SCORE_LINE.exec(title?.trim() ?? '');
  const away = m?.[2] ?? m?.[3];
  return m?.[1] && away ? { home: m[1].trim(), away: away.trim() } : null;
}

/**
 * Adds "home side" or "away side" to the part of each speaker whose organisation is one of the
 * sides ("Kestrel" for Kestrel Athletic), the sides read off the first of `heads` (the title, the
 * lines under it) that gives a result.
 */
export function addSides(speakers: ReportSpeaker[], heads: readonly string[]): void {
  const sides = heads.map((line) => sidesOf(line.replace(/[*_#]+/g, ' ').replace(/\s+/g, ' '))).find(Boolean);
  if (!sides) return;
  const of = (organisation: string, side: string) => {
    const [org, team] = [foldName(organisation), foldName(side)];
    return team === org || team.startsWith(`${org} `) || org.startsWith(`${team} `);
  };
  for (const speaker of speakers) {
    const organisation = speaker.organisation;
    if (!organisation || speaker.isOrganisation) continue;
    const side = of(organisation, sides.home) ? 'home side' : of(organisation, sides.away) ? 'away side' : null;
    if (side && !(speaker.role ?? '').includes(side)) speaker.role = speaker.role ? `${speaker.role}; ${side}` : side;
  }
}
