import { ARTICLE, DEFAULT_LANGUAGE, LANGUAGES, OF, SOMEONE_WORDS, type Language } from '../language/index.ts';
import { DESCRIBED_PERSON, PERSON_HONORIFIC, DESCRIBED_PERSON_LISTED, PRONOUN, REPORTS_SPEECH, pronounGender, type Gender, ROLE_NOUNS, SPEECH_VERB, SPEECH_WORD, UNNAMED_NOUN, UNNAMED_SPEAKER, alternation, escapeRegExp, singular } from './language.ts';
import { isPersonNoun } from './wordnet.ts';
import type { ReportSpeaker } from './speakerIdentity.ts';

/**
 * A place in a sentence that points at someone. A speaker mention says how it points (by name,
 * by a pronoun standing for the person in focus, by their organisation, by their role); an
 * unnamed mention carries the description ("the speaker", "several people").
 */
export type Mention =
  | { kind: 'speaker'; speaker: ReportSpeaker; via: 'name' | 'pronoun' | 'organisation' | 'role'; index: number; end: number }
  | { kind: 'unnamed'; description: string; index: number; end: number }
  /** "she", "his": whom it stands for is the reader's to decide, from who was named before and their genders. */
  | { kind: 'pronoun'; gender: Gender | undefined; index: number; end: number };

/** A mention once its pronouns are read as the people they stand for. */
export type ResolvedMention = Exclude<Mention, { kind: 'pronoun' }>;

export interface MentionFinder {
  /** Mentions in a sentence, in order; `focus` is whom an organisation of several people stands for. */
  find(sentence: string, focus: ReportSpeaker | null): Mention[];
}

const LETTER = /[\p{L}\p{N}]/u;

/** A name must not start or end inside a word, in any script. */
function atWordEdges(text: string, start: number, end: number): boolean {
  return !(start > 0 && LETTER.test(text.charAt(start - 1))) && !(end < text.length && LETTER.test(text.charAt(end)));
}

/** Where a name may start: a capital, or a letter of a script without capitals (李明). */
const NAME_START = /[\p{Lu}\p{Lo}]/gu;
/** Where a name or an account's handle ("@pri_shaders") may start. */
const NAME_OR_HANDLE_START = /[\p{Lu}\p{Lo}@]/gu;
/** An alias that is an account's handle, written without its "@": lower case, one word, maybe with "_" or "." in it. */
const HANDLE_ALIAS = /^\p{Ll}[\p{Ll}\d_.]{2,39}$/u;

/**
 * Finds every name of a set in a text, longest first at each place: names are grouped by their
 * first character, and only the places where a name can start are tried (`starts`, a global pattern: a capital, or any
 * letter in text folded to lower case). One alternation of every name as a regular expression cost a third of the
 * loading time at 100,000 passages.
 */
export function nameScanner(names: Iterable<string>, starts: RegExp = NAME_START): (text: string) => { index: number; name: string }[] {
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    if (!name) continue;
    const first = String.fromCodePoint(name.codePointAt(0) as number);
    const list = byFirst.get(first) ?? [];
    list.push(name);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (text) => {
    const out: { index: number; name: string }[] = [];
    if (byFirst.size === 0) return out;
    let after = 0;
    for (const m of text.matchAll(starts)) {
      if (m.index < after) continue;
      const list = byFirst.get(m[0]);
      if (!list) continue;
      const name = list.find((n) => text.startsWith(n, m.index) && atWordEdges(text, m.index, m.index + n.length));
      if (!name) continue;
      out.push({ index: m.index, name });
      after = m.index + name.length;
    }
    return out;
  };
}

/** What follows a role's noun to qualify it: "at Acme", "of signalling", "de l'association", "chez Arvalis". */
const QUALIFIED = new RegExp(String.raw`\s+(?:(?:at|of|for|with|from)\s+|${OF}).*$`);

/** A name right after a description, or after its qualifier and a comma: the description is that person's role. */
const NAMED_AFTER = new RegExp(String.raw`^(?:\s+${OF}[^,.;:]{1,60},|,)?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}|[,.;:]|$)`, 'u');

/**
 * A plural noun phrase without article at a sentence's start, then its verb: "Company representatives responded". A
 * lone plural ("Participants described …") is how a study's authors sum up what they found, and stays theirs.
 */
const BARE_PLURAL = new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,2}?s)(?=\s+(?:also\s+|then\s+)?${SPEECH_VERB}\b)`, 'u');

/**
 * "Daniel's family said", "his widow told reporters": whose family or kin, and the kin, as one unnamed source. The kin are the
 * parts that tell a gender in any language, with the words for a family as a whole.
 */
const KIN = alternation([...new Set([...LANGUAGES.flatMap((l) => [...l.genderedParts.male, ...l.genderedParts.female]), 'family', 'relatives', 'parents', 'partner', 'loved ones'])]);
const KIN_OF = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]+['’]s?|\b(?:his|her|their))\s+(?:(?:late|former|elder|younger|eldest|youngest)\s+)?(?:${KIN})\b`, 'gu');

/** Person nouns that are no one's description as a source: "the second", "a number", "the average". */
const NOT_A_SOURCE = new Set(['second', 'first', 'third', 'number', 'average', 'whole', 'rest', 'same', 'other', 'others', 'lot', 'couple', 'half', 'majority', 'minority', 'few', 'bit', 'case', 'head', 'face']);

/**
 * Builds one finder per report: every speaker's name and aliases, the organisations of the
 * people it names (an organisation stands for its person), and "the <role>" where exactly one
 * person has that role ("the chair", "the moderator", "the head of signalling").
 */
/** An indefinite article opening a description, in any language: "a", "une", "una". */
const INDEFINITE = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.indefinites).join('|')})\\s`, 'i');

/** What may stand between a part and the name set off after it: the part's qualifier, a comma and an honorific. */
const SET_OFF_NAME = new RegExp(String.raw`^[^,.;:!?"“«]{0,70},\s+(?:${PERSON_HONORIFIC}\.?\s+)?`, 'u');
/** How far after a part its set-off name may start. */
const SET_OFF_REACH = 90;

export function mentionFinder(speakers: ReportSpeaker[], language: Language = DEFAULT_LANGUAGE): MentionFinder {
  // Descriptions that put the noun first ("une riveraine") are looked for only in the languages that write them.
  const listed = language.people.nouns.length > 0;
  const byName = new Map<string, ReportSpeaker>();
  for (const s of speakers) for (const name of [s.name, ...s.aliases]) byName.set(name, s);
  // "@jonahpell talked about …": a recap names people by the handles its roster gave them ("Jonah Pell (@jonahpell)").
  for (const s of speakers) for (const alias of s.aliases) if (HANDLE_ALIAS.test(alias) && !byName.has(`@${alias}`)) byName.set(`@${alias}`, s);

  const byOrganisation = new Map<string, ReportSpeaker[]>();
  for (const s of speakers) {
    if (!s.organisation || s.isOrganisation || s.isAuthor || byName.has(s.organisation)) continue;
    const people = byOrganisation.get(s.organisation) ?? [];
    people.push(s);
    byOrganisation.set(s.organisation, people);
  }

  const roleCount = new Map<string, ReportSpeaker[]>();
  for (const s of speakers) {
    for (const role of rolePhrases(s)) {
      const list = roleCount.get(role) ?? [];
      list.push(s);
      roleCount.set(role, list);
    }
  }
  // A role is one person's: the one who has it, or among several the one whose whole part it is ("the claimant" is
  // the claimant, not also the claimant's representative, "claimant; lay representative").
  const holderOf = (role: string, people: ReportSpeaker[]) => (people.length === 1 ? people[0] : only(people.filter((p) => p.role?.toLowerCase() === role)));
  const byRole = new Map([...roleCount].flatMap(([role, people]) => {
    const holder = holderOf(role, people);
    return holder ? [[role, holder] as const] : [];
  }));

  const scan = nameScanner([...byName.keys(), ...byOrganisation.keys()], NAME_OR_HANDLE_START);
  const roles = byRole.size ? new RegExp(String.raw`(?<![\p{L}])${ARTICLE}(${[...byRole.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\p{L}])`, 'giu') : null;

  return {
    find(sentence, focus) {
      const out: Mention[] = [];
      for (const m of scan(sentence)) {
        const named = byName.get(m.name);
        const people = named ? [named] : (byOrganisation.get(m.name) ?? []);
        // An organisation with several people stands for the one in focus, else the first named.
        const speaker = named ?? people.find((p) => p === focus) ?? people[0];
        if (speaker) out.push({ kind: 'speaker', speaker, via: named ? 'name' : 'organisation', index: m.index, end: m.index + m.name.length });
      }
      if (roles) {
        for (const m of sentence.matchAll(roles)) {
          // "A field engineer from the Ashcombe depot, who asked not to be named": someone other than the field engineer the report names.
          if (INDEFINITE.test(m[0])) continue;
          const speaker = byRole.get((m[1] as string).toLowerCase());
          // "el vocal de Urbanismo y Medio Ambiente, Sr. Sergio Pons": a part the name set off after it says who holds, here.
          const setOff = SET_OFF_NAME.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + SET_OFF_REACH));
          const named = setOff ? scan(sentence.slice(m.index + m[0].length + setOff[0].length)).find((n) => n.index === 0) : undefined;
          if (named && byName.get(named.name) !== speaker) continue;
          if (speaker) out.push({ kind: 'speaker', speaker, via: 'role', index: m.index, end: m.index + m[0].length });
        }
      }
      for (const m of sentence.matchAll(PRONOUN)) out.push({ kind: 'pronoun', gender: pronounGender(m[0]), index: m.index, end: m.index + m[0].length });
      // The full pattern is slow to try at every "the"; most sentences have none of its nouns.
      if (UNNAMED_NOUN.test(sentence)) {
        for (const m of sentence.matchAll(UNNAMED_SPEAKER)) {
          // "analyst Tony Iams" names the person; only a description alone is unnamed.
          const next = sentence.slice(m.index + m[0].length);
          if (/^\s+\p{Lu}\p{Ll}/u.test(next)) continue;
          // "a community council member": the head comes after; the description that ends in it is read below.
          const following = /^\s+([a-z]{3,})\b/.exec(next)?.[1];
          if (following && isPersonNoun(following) && !NOT_A_SOURCE.has(following)) continue;
          if (!clearOf(out, m.index, m.index + m[0].length)) continue;
          // "a spokeswoman for the city council", "an engineer on the payments team": they qualify the speaker, they do not speak.
          if (/\b(?:for|of|from|at|with|by|on|in)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
          out.push({ kind: 'unnamed', description: m[0], index: m.index, end: m.index + m[0].length });
        }
      }
      // "A farmer who asked not to be named said", "one nurse told us": any word for a kind of person, where speech is reported.
      // WordNet's words are English: in a language that lists its own, "a este peri(ódico)" is no "peri" who speaks.
      if (!listed && REPORTS_SPEECH.test(sentence)) {
        for (const m of sentence.matchAll(DESCRIBED_PERSON)) {
          // "A former colleague", "the control room supervisor": the head is the last word that names a kind of person.
          const all = (m[2] as string).split(/\s+/);
          // "One pupil told inspectors": what follows the verb of saying is whom they told, not who they are.
          const verb = all.findIndex((w) => SPEECH_WORD.test(w));
          const words = verb < 0 ? all : all.slice(0, verb);
          let k = words.length - 1;
          // "One person who was queuing …": the words for anyone at all, which WordNet files above its kinds of person, count too.
          while (k >= 0 && !((isPersonNoun((words[k] as string).toLowerCase()) || SOMEONE_WORDS.has((words[k] as string).toLowerCase())) && !NOT_A_SOURCE.has((words[k] as string).toLowerCase()))) k--;
          if (k < 0) continue;
          const description = `${m[1]} ${words.slice(0, k + 1).join(' ')}`;
          const end = m.index + description.length;
          if (/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end))) continue;
          if (!clearOf(out, m.index, end)) continue;
          if (/\b(?:for|of|from|at|with|by|to)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
          out.push({ kind: 'unnamed', description, index: m.index, end });
        }
      }
      if (REPORTS_SPEECH.test(sentence)) {
        for (const m of sentence.matchAll(KIN_OF)) {
          const end = m.index + m[0].length;
          if (/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end)) || !clearOf(out, m.index, end)) continue;
          out.push({ kind: 'unnamed', description: m[0], index: m.index, end });
        }
      }
      // "Company representatives responded that …", "Several anglers said": a plural for a kind of person opening the sentence.
      const plural = REPORTS_SPEECH.test(sentence) ? BARE_PLURAL.exec(sentence)?.[1] : undefined;
      if (plural && isPersonNoun(singular((plural.split(/\s+/).pop() ?? '').toLowerCase())) && !out.some((o) => o.index < plural.length)) {
        out.push({ kind: 'unnamed', description: plural.toLowerCase(), index: 0, end: plural.length });
      }
      if (listed && REPORTS_SPEECH.test(sentence)) {
        for (const m of sentence.matchAll(DESCRIBED_PERSON_LISTED)) {
          const description = m[0].replace(/\s+/g, ' ');
          const end = m.index + m[0].length;
          // "le maire François Nguyễn", "El portavoz de la oposición, Julián Paredes, …": a role before the name it is.
          if (NAMED_AFTER.test(sentence.slice(end)) || out.some((o) => o.index < end && m.index < o.end)) continue;
          out.push({ kind: 'unnamed', description, index: m.index, end });
        }
      }
      return out.sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * The roles a person can be called by: "analyst", "chair", "head of signalling" (from "head of
 * signalling at Northline Rail"), lower case. Long descriptions ("leads platform security at
 * Helix Cloud") are not something anyone writes after "the".
 */
export function rolePhrases(s: { role: string | null; isOrganisation: boolean }): string[] {
  if (!s.role || s.isOrganisation) return [];
  const out = new Set<string>();
  for (const part of s.role.split(/\s*(?:[;,]|\band\b)\s*/)) {
    const role = part.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:at|of|for|with|from)\s+\p{Lu}.*$/u, '').toLowerCase();
    const plain = role.replace(QUALIFIED, '');
    // "independent security consultant" is also "the consultant".
    const head = plain.split(/\s+/).pop() ?? '';
    // "président-directeur général", "directrice administrative": where the noun comes first, it is the role ("le président").
    const first = plain.split(/[\s-]+/)[0] ?? '';
    const noun = ROLE_NOUNS.includes(head) ? head : ROLE_NOUNS.includes(first) ? first : '';
    for (const r of [role, plain, noun, acronymOf(plain), ...shorterTitles(plain)]) if (r && r.split(/\s+/).length <= 4 && !/^(?:is|was|runs|leads|heads|who)\b/.test(r)) out.add(r);
  }
  return [...out];
}

/** Words before a title that make its bearer someone else: the deputy chief executive is not the chief executive. */
const SUBORDINATE = /^(?:deputy|vice|assistant|associate|former|ex|shadow|acting|interim|junior|under|co|sub|trainee|student|honorary)\b/;

/** "group chief executive" is also "chief executive": the title without words before it, down to two words, unless a dropped word makes it another post. */
function shorterTitles(title: string): string[] {
  const words = title.split(/\s+/);
  const out: string[] = [];
  for (let k = 1; k <= words.length - 2; k++) {
    if (SUBORDINATE.test(words[k - 1] as string)) break;
    out.push(words.slice(k).join(' '));
  }
  return out;
}

/** "chief financial officer" → "cfo", "vice president" → "vp", "investor relations" → "ir": what people call a title. */
function acronymOf(role: string): string {
  const words = role.split(/[\s-]+/).filter((w) => w && !/^(?:of|and|the|for|&)$/.test(w));
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{L}/u.test(w)) ? words.map((w) => w.charAt(0)).join('') : '';
}

/** The one element of a list, or undefined when it has none or several. */
function only<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/**
 * Whether a description from `start` to `end` is free to be read as someone unnamed: no other
 * mention overlaps it but an organisation's name used as a word of it ("A senior Teslin military
 * officer"), which is then no mention of the organisation's people and is taken out.
 */
function clearOf(out: Mention[], start: number, end: number): boolean {
  const overlapping = out.filter((o) => o.index < end && start < o.end);
  if (overlapping.some((o) => !(o.kind === 'speaker' && o.via === 'organisation' && o.index > start))) return false;
  for (const o of overlapping) out.splice(out.indexOf(o), 1);
  return true;
}
