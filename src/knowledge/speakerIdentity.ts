/** Who a speaker is: the ReportSpeaker a report knows, the names it goes by, and the merging of what a report says about them. */
import {
  HONORIFIC,
  POST_NOMINALS,
  IS_CJK_NAME,
  IS_PARTICIPANT_CODE,
  CODED_PERSON,
  participantForms,
  NAME_PARTICLES,
  NOT_A_NAME,
  ORGANISATION_WORDS,
  either,
} from './language.ts';
import { isCommonWord, isNoun, isPersonNoun } from './wordnet.ts';
import { LANGUAGES } from '../language/index.ts';
import type { SpeakerEntry } from './frontMatter.ts';

/** A person (or an organisation speaking for itself) as one report knows them, before reports are merged. */
export interface ReportSpeaker {
  name: string;
  /** Other ways the running text names them: the surname, initials ("RI" in minutes). */
  aliases: string[];
  /** Names used only in labels and questions: the first name ("Priya:"), which prose also uses as a word. */
  shortNames: string[];
  organisation: string | null;
  role: string | null;
  isAuthor: boolean;
  /** An organisation that speaks for itself ("Fujinami said in a statement"): no person is named for it. */
  isOrganisation: boolean;
}

/** "Some Research", "Helix Cloud", "Shanghai Data Group": a run that ends in an organisation word. */
export function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w) => ORGANISATION_WORDS.has(w)) || /^\p{Lu}{2,}$/u.test(words[0] ?? '');
}

/** The surname alone is how prose refers to a person after introducing them; minutes use initials. */
export function defaultAliases(name: string): string[] {
  if (IS_CJK_NAME.test(name)) return [];
  if (IS_PARTICIPANT_CODE.test(name)) return participantForms(name);
  if (CODED_PERSON.test(name)) return [];
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  const surname = words[words.length - 1];
  // "Speaker 3" has no surname "3".
  const aliases = surname && surname !== name && /\p{L}/u.test(surname) ? [surname] : [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitals.length >= 2 && capitals.length <= 3) aliases.push(capitals.map((w) => w.charAt(0)).join(''));
  // "Graham looked at the brood and said": the first name, unless it is also a word ("Will", "Mark").
  const first = words[0];
  if (words.length >= 2 && first && /^\p{Lu}\p{Ll}+$/u.test(first) && !NOT_A_NAME.has(first) && !isCommonWord(first)) aliases.push(first);
  return aliases;
}

/**
 * "Nordvik" for Nordvik Container Lines: what people call a firm, its first word, where that word
 * is a name and no word of English ("Bank of England" is no "Bank", "Some Research" no "Some").
 */
export function organisationAliases(name: string): string[] {
  const [first, ...rest] = name.split(/\s+/);
  return first && rest.length > 0 && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !NOT_A_NAME.has(first) && !isCommonWord(first.toLowerCase()) && !isNoun(first.toLowerCase()) ? [first] : [];
}

/** The first name: a label ("Priya:") or a question ("what did Priya say") may use it. */
export function shortNamesOf(name: string): string[] {
  if (IS_CJK_NAME.test(name) || IS_PARTICIPANT_CODE.test(name) || CODED_PERSON.test(name)) return [];
  const words = name.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') ? [words[0] as string] : [];
}

/** A name as the report's reader would write it: "Dr. Kwame Mensah" is Kwame Mensah, "Marcus Oduya MP" Marcus Oduya. */
export function personName(text: string): string {
  return withoutLetters(text.replace(HONORIFIC, '').replace(POST_NOMINALS, '').replace(/\s+/g, ' ').trim());
}

/** "BSc", "BEng(Hons)", "DipLA", "MRTPI": a degree's or a body's letters, capitals among a few letters. */
const LETTERS = /^(?:\p{Lu}[\p{L}]{0,5}(?:\(Hons\))?)$/u;
/** "McKay", "LeBlanc": a surname with a capital inside it, small letters after it, as no degree's letters are written. */
const SURNAME_CAPITALS = /^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}$/u;
/** Letters in capitals and small letters, or "(Hons)": no surname written in capitals ("SMITH") looks so. */
const MIXED_LETTERS = /^(?=\p{Lu}\p{Ll}{0,2}\p{Lu})(?=[\p{L}]*\p{Ll})\p{Lu}[\p{L}]{1,5}$|\(Hons\)$/u;

/**
 * "Ruth Okonedo BSc MA MRTPI", "Priya Rainsford BEng(Hons) CEng": the letters after a name, which a list of appearances
 * or a signature gives, are no part of it. Only a run of them with one written in capitals and small letters is taken
 * off, and a name of two words stays: "Anna Maria VALLANDER" keeps her surname.
 */
function withoutLetters(name: string): string {
  const words = name.split(' ');
  let cut = words.length;
  while (cut > 2 && LETTERS.test(words[cut - 1] as string) && !SURNAME_CAPITALS.test(words[cut - 1] as string) && ((words[cut - 1] as string).replace(/[^\p{Lu}]/gu, '').length >= 2 || (words[cut - 1] as string).endsWith('(Hons)'))) cut--;
  return cut < words.length && words.slice(cut).some((w) => MIXED_LETTERS.test(w)) && /\p{Ll}/u.test(words[cut - 1] as string) ? words.slice(0, cut).join(' ') : name;
}

/** "Jana Kovářová" → "JK", "Yann LE GOFF" → "YLG", "Jean-Pierre Roux" → "JPR": each capitalised word's first letter, for a name of two words or more; else "". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w.charAt(0)).join('') : '';
}

/** A new speaker known only by name (a label, a front matter field). */
export function speakerNamed(name: string, extra: Partial<ReportSpeaker> = {}): ReportSpeaker {
  const clean = personName(name);
  return { name: clean, aliases: defaultAliases(clean), shortNames: shortNamesOf(clean), organisation: null, role: null, isAuthor: false, isOrganisation: false, ...extra };
}

/** Lower case without accents: "Tomás" and "TOMAS" are one name. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Nouns for a kind of person the languages that list theirs give (their people and roles): "riveraine", "maire"; English's are WordNet's. */
const LISTED_PEOPLE = new Set(LANGUAGES.filter((l) => l.people.nouns.length > 0).flatMap((l) => [...l.people.nouns, ...l.roleNouns]).map((w) => foldName(w)));

/** A word for a kind of person in any language the bot reads: "reviewer", "relectrice", "vecina". */
export function isKindOfPerson(word: string): boolean {
  return isPersonNoun(word.toLowerCase()) || LISTED_PEOPLE.has(foldName(word));
}

/**
 * Joins what the text says about people with the front matter's `speakers:` list (which wins
 * where both give a value) and the author, who is a speaker with the role "author".
 */
export function mergeSpeakers(detected: ReportSpeaker[], listed: SpeakerEntry[], author: string | null, named: ReportSpeaker[] = []): ReportSpeaker[] {
  const merged: ReportSpeaker[] = [];
  // Two surnames alike do not make one person; a full name, or one's name among the other's aliases, does.
  const sameAs = (a: ReportSpeaker, b: ReportSpeaker) => {
    const names = (s: ReportSpeaker) => [s.name, ...s.aliases].map(foldName);
    const fa = foldName(a.name);
    const fb = foldName(b.name);
    return fa === fb || names(a).includes(fb) || names(b).includes(fa) || (!a.isOrganisation && !b.isOrganisation && (withSecondSurname(fa, fb) || withSecondSurname(fb, fa) || titledAs(fa, fb) !== null || titledAs(fb, fa) !== null));
  };
  const upsert = (entry: ReportSpeaker) => {
    const existing = merged.find((s) => sameAs(s, entry));
    if (!existing) {
      merged.push({ ...entry, aliases: [...entry.aliases], shortNames: [...entry.shortNames] });
      return;
    }
    // The name in full: the longer of two forms one of which opens the other ("Joaquín Sepúlveda Mora").
    const fuller = withSecondSurname(foldName(existing.name), foldName(entry.name)) ? entry.name : withSecondSurname(foldName(entry.name), foldName(existing.name)) ? existing.name : null;
    const before = existing.name;
    // "Deacon Harold Pruitt" beside "Harold Pruitt": the name is the one without the title, which stays a name of theirs
    // (its own short forms, "Deacon" and "DHP", do not), and the title is their part.
    const existingTitled = titledAs(foldName(existing.name), foldName(entry.name));
    const title = existingTitled ?? titledAs(foldName(entry.name), foldName(existing.name));
    if (title !== null) {
      const [untitled, titled] = existingTitled !== null ? [entry, { ...existing }] : [existing, entry];
      existing.name = untitled.name;
      existing.aliases = [...new Set([...untitled.aliases, titled.name])].filter((a) => a !== existing.name);
      existing.shortNames = [...untitled.shortNames];
      existing.role ??= entry.role ?? title;
    } else {
      existing.name = fuller ?? (entry.name.includes(' ') ? entry.name : existing.name);
      // The shorter form stays a name of theirs: turns labelled "IGNACIO BARBERÁN" are the roster's "Ignacio Barberán Ruiz".
      existing.aliases = [...new Set([...existing.aliases, ...entry.aliases, ...(fuller ? [before, entry.name] : [])])].filter((a) => a !== existing.name);
      existing.shortNames = [...new Set([...existing.shortNames, ...entry.shortNames])];
    }
    existing.organisation = entry.organisation ?? existing.organisation;
    // "watch manager" from "Watch Manager Fairweather" says less than "watch manager; initial ic" from the roster.
    const parts = (existing.role ?? '').toLowerCase().split(/\s*;\s*/);
    existing.role = entry.role && !parts.includes(entry.role.toLowerCase()) ? entry.role : existing.role;
    existing.isAuthor ||= entry.isAuthor;
  };
  for (const entry of detected) upsert(entry);
  for (const entry of named) upsert(entry);
  for (const entry of listed) {
    upsert({ ...speakerNamed(entry.name), aliases: [...new Set([...entry.aliases, ...speakerNamed(entry.name).aliases])], organisation: entry.organisation, role: entry.role });
  }
  if (author) {
    // The author may also have a role the text gives ("Farah Haddad (Secretary)"): keep both.
    const known = merged.find((s) => sameAs(s, speakerNamed(author)));
    const role = known?.role && known.role !== 'author' ? known.role.replace(/^author; /, '') : null;
    upsert(speakerNamed(author, { role: role ? `author; ${role}` : 'author', isAuthor: true }));
  }
  return dropAmbiguousAliases(merged);
}

/**
 * "Joaquín Sepúlveda Mora" and "Joaquín Sepúlveda", "Rosa María Tornel Gil" and "Rosa María Tornel": a name that opens one
 * a word longer is that person, written without the second surname Spanish and Portuguese names carry.
 */
function withSecondSurname(short: string, full: string): boolean {
  const s = short.split(' ');
  const f = full.split(' ');
  // "Hannah Osei Assignee", "Yusuf Ardalani Legal", "Dario Vukić Jun": a word run on after a name (a field's, the next
  // line's, a date's) is an everyday word, a kind of person or a month, no surname; "Mora", "Prat" are no everyday English.
  const extra = f[s.length] as string;
  return s.length >= 2 && f.length === s.length + 1 && s.every((w, i) => f[i] === w) && !isPersonNoun(extra) && !isCommonWord(extra) && !NOT_A_NAME.has(extra.charAt(0).toUpperCase() + extra.slice(1));
}

/**
 * "pastor reginald t. ambrose" and "reginald t. ambrose", "elder miriam osei" and "miriam osei": one name with the words
 * of a part before it, which a congregation, a team or a crew says as a title; the title, or null where the two differ
 * otherwise. A full name after it, two words at least: "Elder Osei" is no "Osei".
 */
function titledAs(titled: string, name: string): string | null {
  if (name.split(' ').length < 2 || !titled.endsWith(` ${name}`)) return null;
  const title = titled.slice(0, -name.length - 1);
  return title.split(' ').length <= 2 && title.split(' ').every((w) => isKindOfPerson(w)) ? title : null;
}

/**
 * "Julián Montero Saavedra" is Montero, "Rosa María Tornel Gil" Tornel: where the report's language gives people two surnames
 * and calls them by the first, the first is a name of theirs too, unless another speaker's name has that word.
 */
export function addFirstSurnames(speakers: ReportSpeaker[]): void {
  // How many speakers' names hold each word: one pass, whatever the number of speakers.
  const holders = new Map<string, number>();
  for (const s of speakers) for (const w of new Set([s.name, ...s.aliases].flatMap((n) => foldName(n).split(' ')))) holders.set(w, (holders.get(w) ?? 0) + 1);
  for (const speaker of speakers) {
    if (speaker.isOrganisation || speaker.isAuthor) continue;
    const parts = speaker.name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
    if (parts.length < 3 || parts.length > 4 || !parts.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const first = parts[parts.length - 2] as string;
    if (!speaker.aliases.includes(first) && holders.get(foldName(first)) === 1) speaker.aliases.push(first);
  }
}

/** ' "Blaze" ', ' “Toby” ': what people call someone, in quotation marks inside their name. */
const NICKNAME_INSIDE = /\s*["“]([^"”]{1,20})["”]\s*/u;

/** 'Kairo "Blaze" Nakamura' is Kairo Nakamura, called Blaze: the name without the nickname, and the nickname, if any. */
export function nicknameOf(written: string): { name: string; nickname: string | null } {
  const m = NICKNAME_INSIDE.exec(written);
  return m?.[1] ? { name: written.replace(m[0], ' ').trim(), nickname: m[1] } : { name: written, nickname: null };
}

/** 'Consuelo "Connie" Ibarra', 'Tobias “Toby” Lindqvist': a name with what people call them in quotation marks inside it. */
const QUOTED_NICKNAME = /(\p{Lu}[\p{L}'’-]+)\s+["“]\s*(\p{Lu}[\p{L}'’-]{1,20})\s*["”]\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** "Margaret Thornley, known to everyone as Peggy", "Joan Dearden (née Birtle), nicknamed 'Jo'": a name, then what people call them. */
const KNOWN_AS_PHRASE = either(LANGUAGES.flatMap((l) => l.knownAs));
const KNOWN_AS = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?:\s*\([^()]{1,40}\))?,?\s+(?:${KNOWN_AS_PHRASE})\s+["“‘']?(\p{Lu}[\p{L}'’-]{1,20})`, 'gu');
/** The phrase alone, a cheap first test: most paragraphs hold none and are let go at once. */
const KNOWN_AS_CUE = new RegExp(String.raw`\s(?:${KNOWN_AS_PHRASE})\s`);

/** The nicknames the report's text gives its speakers, inside their names or set off after them, as names of theirs ("Connie" for Consuelo Ibarra). */
export function addQuotedNicknames(speakers: ReportSpeaker[], texts: Iterable<string>): void {
  const byName = new Map(speakers.filter((s) => !s.isOrganisation).map((s) => [foldName(s.name), s]));
  const give = (name: string, nickname: string) => {
    const speaker = byName.get(foldName(name));
    if (speaker && !speaker.aliases.includes(nickname) && !speaker.shortNames.includes(nickname)) speaker.shortNames.push(nickname);
  };
  for (const text of texts) {
    if (KNOWN_AS_CUE.test(text)) for (const m of text.matchAll(KNOWN_AS)) give(m[1] as string, m[2] as string);
    // Most paragraphs hold no quotation mark right after a capitalised word: they are let go at once.
    if (!/\p{L}\s+["“]\p{Lu}/u.test(text)) continue;
    for (const m of text.matchAll(QUOTED_NICKNAME)) give(`${m[1]} ${m[3]}`, m[2] as string);
  }
}

/** Two people with one surname (or initials, or first name): the bare word would be a guess, so neither keeps it. */
function dropAmbiguousAliases(speakers: ReportSpeaker[]): ReportSpeaker[] {
  const count = new Map<string, number>();
  for (const s of speakers) for (const a of new Set([...s.aliases, ...s.shortNames])) count.set(a, (count.get(a) ?? 0) + 1);
  return speakers.map((s) => ({ ...s, aliases: s.aliases.filter((a) => count.get(a) === 1), shortNames: s.shortNames.filter((a) => count.get(a) === 1) }));
}
