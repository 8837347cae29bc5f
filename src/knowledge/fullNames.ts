import { CAPITALISED_RUN, NOT_A_NAME, ROLE_NOUN_WORDS } from './language.ts';
import { ROLE_LABEL_WORDS } from './roleWords.ts';
import { foldName, isOrganisationName, personName, speakerNamed, type ReportSpeaker } from './speakerIdentity.ts';
import { isPersonNoun } from './wordnet.ts';

/** A label of two to four capitals: initials ("GH"), as a transcript abbreviates a name it gives in full elsewhere. */
export const INITIALS = /^\p{Lu}{2,4}$/u;

/** What a report's own words say of names: the full name a short form stands for, and the words it writes in lower case. */
export interface NameIndex {
  /** "MARCHETTI", "GH": the one person the text names in full with that surname or those initials, else null. */
  fullNameOf(shortForm: string): string | null;
  /** "meeting" is a word there, "Sam" is not. */
  lowerWords(): Set<string>;
}

/**
 * The full names a report's text gives, by surname and by initials: "MARCHETTI", "GH" and
 * "Trustee Vega" each stand for the one person the text names in full so. Built once, on
 * first use, from every passage's words.
 */
export function nameIndex(texts: () => Iterable<string>): NameIndex {
  let byKey: Map<string, Set<string>> | null = null;
  const lowerWords = lowerWordsOf(texts);
  return {
    lowerWords,
    fullNameOf(shortForm) {
      byKey ??= namesByKey(texts());
      const names = [...(byKey.get(INITIALS.test(shortForm) ? initialsKey(shortForm) : foldName(shortForm)) ?? [])];
      // "Trustee Vega" beside "Marisol Vega": a part and a surname is no second person (checked only where it decides).
      const full = names.length > 1 ? names.filter((name) => !titled(name.split(/\s+/), lowerWords)) : names;
      return full.length === 1 ? (full[0] as string) : null;
    },
  };
}

const initialsKey = (letters: string) => `#${letters.toUpperCase()}`;
/**
 * "Trustee Vega": a part and a surname, no full name. WordNet knows "Benedict" as a kind of person
 * too: only a word the role lists hold, or one the report also writes in lower case, is a part.
 */
function titled(words: string[], lowerWords: () => Set<string>): boolean {
  const first = (words[0] as string).toLowerCase();
  if (words.length !== 2 || !isPersonNoun(first)) return false;
  return ROLE_NOUN_WORDS.has(first) || ROLE_LABEL_WORDS.has(first) || lowerWords().has(first) || lowerWords().has(`${first}s`);
}

/** The words a report writes in lower case, read once when first asked for. */
function lowerWordsOf(texts: () => Iterable<string>): () => Set<string> {
  let words: Set<string> | null = null;
  return () => {
    if (words) return words;
    words = new Set<string>();
    for (const text of texts()) for (const [word] of text.matchAll(/\b\p{Ll}[\p{Ll}'’-]*/gu)) words.add(word);
    return words;
  };
}

function namesByKey(texts: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, name: string) => out.set(key, (out.get(key) ?? new Set<string>()).add(name));
  for (const text of texts) {
    for (const [run] of text.matchAll(CAPITALISED_RUN)) {
      const name = personName(run);
      const words = name.split(/\s+/);
      if (words.length < 2 || words.length > 4 || NOT_A_NAME.has(words[0] as string) || isOrganisationName(name)) continue;
      add(foldName(words[words.length - 1] as string), name);
      add(initialsKey(words.map((w) => w.charAt(0)).join('')), name);
    }
  }
  return out;
}

/**
 * "Trustee Vega said …" where the roster gives "Marisol Vega": a word for a part before a
 * surname is that person's title, not a name of its own. Each such speaker becomes the one
 * person the text names in full with that surname, the title their role where none is known.
 */
export function titledSurnames(speakers: ReportSpeaker[], names: NameIndex): ReportSpeaker[] {
  return speakers.map((s) => {
    const words = s.name.split(/\s+/);
    const [title, surname] = words;
    if (!title || !surname || !titled(words, names.lowerWords)) return s;
    const full = names.fullNameOf(surname);
    if (!full || foldName(full) === foldName(s.name)) return s;
    const person = speakerNamed(full, { organisation: s.organisation, role: s.role ?? title.toLowerCase() });
    return { ...person, aliases: [...new Set([...person.aliases, s.name])] };
  });
}
