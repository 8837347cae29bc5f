import { CAPITALISED_RUN, NOT_A_NAME, ROLE_NOUN_WORDS } from './language.ts';
import { ROLE_LABEL_WORDS } from './roleWords.ts';
import { foldName, isOrganisationName, personName, speakerNamed, type ReportSpeaker } from './speakerIdentity.ts';
import { isCommonWord, isNoun, isPersonNoun } from './wordnet.ts';
import { titleCase } from './byline.ts';

/** A label of two to four capitals: initials ("GH"), as a transcript abbreviates a name it gives in full elsewhere. */
export const INITIALS = /^\p{Lu}{2,4}$/u;

/** What a report's own words say of names: the full name a short form stands for, and the words it writes in lower case. */
export interface NameIndex {
  /** "MARCHETTI", "GH": the one person the text names in full with that surname or those initials, else null. */
  fullNameOf(shortForm: string): string | null;
  /** "David", as a speaker says who they are: the one person the text names in full with that first name, else null. */
  fullNameOfFirst(first: string): string | null;
  /** "meeting" is a word there, "Sam" is not. */
  lowerWords(): Set<string>;
  /** Kinds of person written before a full name as a rank: "firefighter" in "Firefighter Marcus Elwood". */
  ranks(): Set<string>;
  /** Whether a word, as written, ends a full name the text gives: a cheap test before fullNameOf. */
  endsAName(word: string): boolean;
  /** Whether a word, as written, opens a full name the text gives. */
  startsAName(word: string): boolean;
  /** "Lucía Berenguer Ortiz" for "Lucía Berenguer": the one name the text gives a word longer, a second surname. */
  withSecondSurname(name: string): string | null;
}

/**
 * The full names a report's text gives, by surname and by initials: "MARCHETTI", "GH" and
 * "Trustee Vega" each stand for the one person the text names in full so. Built once, on
 * first use, from every passage's words.
 */
export function nameIndex(texts: () => Iterable<string>): NameIndex {
  let read: FullNames | null = null;
  let lastWords: Set<string> | null = null;
  let firstWords: Set<string> | null = null;
  const lowerWords = lowerWordsOf(texts);
  const parts = () => (read ??= namesByKey(texts(), lowerWords)).ranks;
  return {
    lowerWords,
    ranks: parts,
    endsAName(word) {
      const { byKey } = (read ??= namesByKey(texts(), lowerWords));
      lastWords ??= new Set([...byKey.values()].flatMap((names) => [...names].map((name) => name.slice(name.lastIndexOf(' ') + 1))));
      return lastWords.has(word);
    },
    startsAName(word) {
      const { byKey } = (read ??= namesByKey(texts(), lowerWords));
      firstWords ??= new Set([...byKey.values()].flatMap((names) => [...names].map((name) => name.slice(0, name.indexOf(' ')))));
      return firstWords.has(word);
    },
    withSecondSurname(name) {
      const words = name.split(/\s+/);
      if (words.length !== 2) return null;
      const { byKey } = (read ??= namesByKey(texts(), lowerWords));
      const longer = [...(byKey.get(`${FIRST}${foldName(words[0] as string)}`) ?? [])].filter((full) => {
        const parts = full.split(/\s+/);
        const extra = (parts[2] ?? '').toLowerCase();
        return parts.length === 3 && foldName(`${parts[0]} ${parts[1]}`) === foldName(name) && !isCommonWord(extra) && !isPersonNoun(extra) && !NOT_A_NAME.has(parts[2] as string);
      });
      return longer.length === 1 ? (longer[0] as string) : null;
    },
    fullNameOf(shortForm) {
      const { byKey } = (read ??= namesByKey(texts(), lowerWords));
      // A surname first ("MARCHETTI"); else a first name the text gives one full name for ("MARGERY" in a cast of "MARGERY HOLT, keeper …").
      // "FELL", "ROSA" are written like initials: initials first, then the word as a name.
      const key = foldName(shortForm);
      return oneOf([...((INITIALS.test(shortForm) ? byKey.get(initialsKey(shortForm)) : undefined) ?? byKey.get(key) ?? byKey.get(`${FIRST}${key}`) ?? [])]);
    },
    fullNameOfFirst(first) {
      const { byKey } = (read ??= namesByKey(texts(), lowerWords));
      // "Comfort David, Cathy, Frank" in a prayer ends with David: a first name is looked up as one.
      return oneOf([...(byKey.get(`${FIRST}${foldName(first)}`) ?? [])]);
    },
  };

  /** The one person several full names written for one short form stand for, else null. */
  function oneOf(names: string[]): string | null {
    // "Trustee Vega" beside "Marisol Vega": a part and a surname is no second person (checked only where it decides).
    const untitled = names.length > 1 ? names.filter((name) => !titled(name.split(/\s+/), lowerWords, parts)) : names;
    // "Watch Manager Declan Fairweather" beside "Declan Fairweather": one person, written with and without their rank.
    const full = untitled.length > 1 ? untitled.filter((name) => !untitled.some((other) => other !== name && name.endsWith(` ${other}`))) : untitled;
    return full.length === 1 ? (full[0] as string) : null;
  }
}

const initialsKey = (letters: string) => `#${letters.toUpperCase()}`;
/**
 * "Trustee Vega": a part and a surname, no full name. WordNet knows "Benedict" as a kind of person
 * too: only a word the role lists hold, or one the report also writes in lower case, is a part.
 */
function titled(words: string[], lowerWords: () => Set<string>, ranks: () => Set<string>): boolean {
  // "Trustee Vega", "Watch Manager Fairweather": the part's last word is a kind of person the report writes as a word, or
  // writes before a full name ("Firefighter Marcus Elwood"); "Hunter Vega" has a first name that is also a noun.
  if (words.length !== 2 && words.length !== 3) return false;
  const head = (words[words.length - 2] as string).toLowerCase();
  if (!isPersonNoun(head)) return false;
  return ROLE_NOUN_WORDS.has(head) || ROLE_LABEL_WORDS.has(head) || lowerWords().has(head) || lowerWords().has(`${head}s`) || ranks().has(head);
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

/** The full names a text gives by key, and the kinds of person it writes before a full name as a rank ("firefighter"). */
interface FullNames {
  byKey: Map<string, Set<string>>;
  ranks: Set<string>;
}

function namesByKey(texts: Iterable<string>, lowerWords: () => Set<string>): FullNames {
  const out = new Map<string, Set<string>>();
  const ranks = new Set<string>();
  const add = (key: string, name: string) => out.set(key, (out.get(key) ?? new Set<string>()).add(name));
  const addRun = (run: string) => {
    const whole = personName(run);
    const name = untitledName(whole);
    if (name !== whole) ranks.add((whole.slice(0, whole.length - name.length).trim().split(/\s+/).pop() as string).toLowerCase());
    const words = name.split(/\s+/);
    // "Secretary of Energy Harold Brandt": the run starts at "Energy", a word the report writes in lower case too, no name's.
    // The dictionary first: the report's own words are read once, and only for a run that opens with a word.
    while (words.length > 2 && (isNoun((words[0] as string).toLowerCase()) || isCommonWord((words[0] as string).toLowerCase())) && lowerWords().has((words[0] as string).toLowerCase())) words.shift();
    const full = words.join(' ');
    if (words.length < 2 || words.length > 4 || NOT_A_NAME.has(words[0] as string) || isOrganisationName(full)) return;
    add(foldName(words[words.length - 1] as string), full);
    // "Sr. Cantalapiedra" for "Rogelio Cantalapiedra Vidal": a Spanish name goes by its first surname.
    if (words.length === 3) add(foldName(words[1] as string), full);
    add(`${FIRST}${foldName(words[0] as string)}`, full);
    add(initialsKey(words.map((w) => w.charAt(0)).join('')), full);
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
  return { byKey: out, ranks };
}

/** "Watch Manager Declan Fairweather" → "Declan Fairweather": a rank written before a full name is no part of it. */
export function untitledName(name: string): string {
  const words = name.split(/\s+/);
  for (let i = Math.min(words.length - 3, 2); i >= 0; i--) if (isPersonNoun((words[i] as string).toLowerCase())) return words.slice(i + 1).join(' ');
  return name;
}

/**
 * "TR", "K.A.", "T. Reiner", "Ingrid H.": a short form (initials, an initial and a surname, a
 * first name and an initial) of the one full name the text gives that fits it, else null.
 */
export function fullFormOf(name: string, names: NameIndex): string | null {
  const plain = personName(name).trim();
  const letters = plain.replace(/[.\s]/g, '');
  if (/^(?:\p{Lu}\.?\s*){2,4}$/u.test(plain) && INITIALS.test(letters)) return names.fullNameOf(letters);
  const initialFirst = /^((?:\p{Lu}\.\s*){1,3})(\p{Lu}[\p{L}'’-]+)$/u.exec(plain);
  if (initialFirst?.[1] && initialFirst[2]) {
    const full = names.fullNameOf(initialFirst[2]);
    return full && full.startsWith(initialFirst[1].charAt(0)) && !/^\p{Lu}\./u.test(full) ? full : null;
  }
  const initialLast = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu})\.$/u.exec(plain);
  if (initialLast?.[1] && initialLast[2]) {
    const full = names.fullNameOf(initialLast[1]);
    return full && full.startsWith(`${initialLast[1]} `) && (full.split(/\s+/).pop() ?? '').startsWith(initialLast[2]) ? full : null;
  }
  return null;
}

/**
 * "Dª. Lucía Berenguer, Directora Financiera, explica …" where the roster gives "Dª. Lucía
 * Berenguer Ortiz": a name of two words the text also writes with a second surname is that
 * person, known by the name in full (the shorter form stays theirs).
 */
export function secondSurnames(speakers: ReportSpeaker[], names: NameIndex): ReportSpeaker[] {
  return speakers.map((s) => {
    const full = s.isOrganisation ? null : names.withSecondSurname(s.name);
    return full ? { ...s, name: full, aliases: [...new Set([...s.aliases, s.name])] } : s;
  });
}

/**
 * "Trustee Vega said …" where the roster gives "Marisol Vega": a word for a part before a
 * surname is that person's title, not a name of its own. Each such speaker becomes the one
 * person the text names in full with that surname, the title their role where none is known.
 */
export function titledSurnames(speakers: ReportSpeaker[], names: NameIndex): ReportSpeaker[] {
  return speakers.map((s) => {
    const words = s.name.split(/\s+/);
    if (words.length < 2 || !titled(words, names.lowerWords, names.ranks)) return s;
    const full = names.fullNameOf(words[words.length - 1] as string);
    if (!full || foldName(full) === foldName(s.name)) return s;
    const person = speakerNamed(full, { organisation: s.organisation, role: s.role ?? words.slice(0, -1).join(' ').toLowerCase() });
    return { ...person, aliases: [...new Set([...person.aliases, s.name])] };
  });
}
