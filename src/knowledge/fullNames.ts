import { CAPITALISED_RUN, NOT_A_NAME, ROLE_NOUN_WORDS } from './language.ts';
import { ROLE_LABEL_WORDS } from './roleWords.ts';
import { foldName, isOrganisationName, personName, speakerNamed, type ReportSpeaker } from './speakerIdentity.ts';
import { isCommonWord, isPersonNoun } from './wordnet.ts';
import { titleCase } from './byline.ts';

/** A label of two to four capitals: initials ("GH"), as a transcript abbreviates a name it gives in full elsewhere. */
export const INITIALS = /^\p{Lu}{2,4}$/u;

/** What a report's own words say of names: the full name a short form stands for, and the words it writes in lower case. */
export interface NameIndex {
  /** "MARCHETTI", "GH": the one person the text names in full with that surname or those initials, else null. */
  fullNameOf(shortForm: string): string | null;
  /** "meeting" is a word there, "Sam" is not. */
  lowerWords(): Set<string>;
  /** Whether a word, as written, ends a full name the text gives: a cheap test before fullNameOf. */
  endsAName(word: string): boolean;
}

/**
 * The full names a report's text gives, by surname and by initials: "MARCHETTI", "GH" and
 * "Trustee Vega" each stand for the one person the text names in full so. Built once, on
 * first use, from every passage's words.
 */
export function nameIndex(texts: () => Iterable<string>): NameIndex {
  let byKey: Map<string, Set<string>> | null = null;
  let lastWords: Set<string> | null = null;
  const lowerWords = lowerWordsOf(texts);
  return {
    lowerWords,
    endsAName(word) {
      byKey ??= namesByKey(texts());
      lastWords ??= new Set([...byKey.values()].flatMap((names) => [...names].map((name) => name.slice(name.lastIndexOf(' ') + 1))));
      return lastWords.has(word);
    },
    fullNameOf(shortForm) {
      byKey ??= namesByKey(texts());
      // A surname first ("MARCHETTI"); else a first name the text gives one full name for ("MARGERY" in a cast of "MARGERY HOLT, keeper …").
      // "FELL", "ROSA" are written like initials: initials first, then the word as a name.
      const key = foldName(shortForm);
      const names = [...((INITIALS.test(shortForm) ? byKey.get(initialsKey(shortForm)) : undefined) ?? byKey.get(key) ?? byKey.get(`${FIRST}${key}`) ?? [])];
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

const CAPITALS_TOGETHER = /[A-Z]{2,} [A-Z]{2,}/;
/** Words in capitals, two to five, then a comma: a cast list's entry. */
const CAST_ENTRY = /(?<![\p{L}'’-])(\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:['’-]\p{Lu}+)*){1,4}),/gu;

/** "CAST MARGERY HOLT" → Margery Holt: the words before the name that English knows ("CAST", "SCENE") dropped, in a name's case. */
function castName(run: string): string | null {
  const words = run.split(/\s+/);
  while (words.length > 2 && isCommonWord((words[0] as string).toLowerCase())) words.shift();
  return words.length <= 4 ? titleCase(words.join(' ')) : null;
}

/** Where a first name is kept beside the surnames: a surname wins where both match. */
const FIRST = 'first:';

function namesByKey(texts: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, name: string) => out.set(key, (out.get(key) ?? new Set<string>()).add(name));
  const addRun = (run: string) => {
    const name = personName(run);
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 4 || NOT_A_NAME.has(words[0] as string) || isOrganisationName(name)) return;
    add(foldName(words[words.length - 1] as string), name);
    add(`${FIRST}${foldName(words[0] as string)}`, name);
    add(initialsKey(words.map((w) => w.charAt(0)).join('')), name);
  };
  for (const text of texts) {
    // "CAST MARGERY HOLT, keeper of the light, fifties DANIEL HOLT, her son": a script's cast gives its names in capitals
    // (looked for only where two words in capitals stand together).
    if (text.length < 4_000 && CAPITALS_TOGETHER.test(text)) {
      for (const m of text.matchAll(CAST_ENTRY)) {
        const name = castName(m[1] as string);
        if (name) addRun(name);
      }
    }
    for (const m of text.matchAll(CAPITALISED_RUN)) addRun(m[0]);
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
