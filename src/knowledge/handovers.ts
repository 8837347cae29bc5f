import { LANGUAGES } from '../language/index.ts';
import { phrases } from './numberedVoices.ts';
import type { NameIndex } from './fullNames.ts';
import { foldName } from './speakerIdentity.ts';

/**
 * Speeches set down one after another with no labels, as a memorial service, a prize-giving or a
 * wedding is typed up: a host hands over ("I now invite Eleanor's son, David, to come up"), the next
 * voice says who they are ("I'm David, Eleanor's eldest") and speaks until the host thanks them by
 * name ("Thank you, David."). Each paragraph of such a run is whose turn it is; the report's own
 * paragraphs around it (a blog's foreword, the order of service) stay its own, and a rule or a
 * labelled paragraph ends the run.
 */
export interface HandedParagraph {
  text: string;
  section: string | null;
  labelled: boolean;
  afterBreak: boolean;
}

/** Who speaks each paragraph of the runs found, by index, and the other names they give themselves ("Cathy" for Catherine). */
export interface HandedTurns {
  voices: Map<number, string>;
  aliases: Map<string, string[]>;
}

/** "i'm", "my name is", "je m'appelle", "soy": before the name a voice gives itself. */
const SELF = new RegExp(String.raw`(?<![\p{L}'’])(?:${phrases(LANGUAGES.flatMap((l) => l.numberedVoices.self))})\s+(?=\p{Lu})`, 'gu');
/** "i now invite", "please welcome", "je passe la parole à": before the name of the voice a host brings in. */
const HANDOVER = new RegExp(String.raw`(?<![\p{L}'’])(?:${phrases(LANGUAGES.flatMap((l) => l.numberedVoices.others))})\s+`, 'gu');
/** "Thank you, David.", "Merci, Hélène.": thanks to the voice before, by name, at a sentence's start. */
const THANKS = new RegExp(String.raw`(?:^|[.!?]\s+)(?:${phrases(LANGUAGES.flatMap((l) => l.numberedVoices.thanks))}),\s+(\p{Lu}[\p{L}'’-]+)`, 'u');
/** A name as written: one to three capitalised words. */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/u;
/** How far into a paragraph a voice says who they are or thanks the one before. */
const OPENING = 300;
/** How far after a host's words of handing over the name stands: "the youngest of them, Isla,". */
const HANDOVER_REACH = 80;
/** Voices a run has at least: one voice saying who they are is an article's writer, not a ceremony. */
const MIN_VOICES = 2;

export function handedTurns(paragraphs: readonly HandedParagraph[], names: NameIndex): HandedTurns {
  const voices = new Map<number, string>();
  const aliases = new Map<string, string[]>();
  const full = (name: string) => (/\s/.test(name) ? names.fullNameOf(name) : names.fullNameOfFirst(name)) ?? name;
  let host: string | null = null;
  let current: string | null = null;
  let invited: { name: string; section: string | null } | null = null;
  let handovers = 0;
  paragraphs.forEach((p, i) => {
    if (p.labelled || (current && p.afterBreak)) {
      host = current = invited = null;
      return;
    }
    const head = p.text.slice(0, OPENING);
    const self = nameAfter(head, SELF);
    const thanked = THANKS.exec(head)?.[1];
    if (self) {
      // The voice a host has just brought in, whatever shorter name they give themselves ("I'm Cathy" for Catherine).
      const next = invited ? full(invited.name) : full(self);
      if (foldName(next) !== foldName(self) && !next.split(/\s+/).includes(self)) aliases.set(next, [...(aliases.get(next) ?? []), self]);
      host ??= next;
      current = next;
      invited = null;
    } else if (thanked && host && current && current !== host && (sameFirst(current, thanked) || aliases.get(current)?.includes(thanked))) {
      current = host;
    } else if (invited && invited.section !== p.section) {
      current = full(invited.name);
      invited = null;
    }
    if (current) voices.set(i, current);
    const handed = nameAfter(p.text, HANDOVER, HANDOVER_REACH);
    if (handed && current) {
      invited = { name: handed, section: p.section };
      handovers++;
    }
  });
  return new Set(voices.values()).size >= MIN_VOICES && handovers > 0 ? { voices, aliases } : { voices: new Map(), aliases: new Map() };
}

/** The first name after a cue, within `reach`: "Eleanor's son, David," is David, a possessive naming whose. */
function nameAfter(text: string, cue: RegExp, reach = 40): string | null {
  for (const m of text.matchAll(cue)) {
    const window = text.slice(m.index + m[0].length, m.index + m[0].length + reach);
    for (const at of window.matchAll(/(?<![\p{L}'’-])\p{Lu}/gu)) {
      const name = NAME.exec(window.slice(at.index))?.[0];
      if (!name || /['’]s$/.test(name)) continue;
      return name;
    }
  }
  return null;
}

function sameFirst(a: string, b: string): boolean {
  return foldName(a.split(/\s+/)[0] ?? '') === foldName(b.split(/\s+/)[0] ?? '');
}
