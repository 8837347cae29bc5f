import { ARTICLE, ORDINAL_NUMBERS, ROLE_EQUIVALENTS } from '../language/index.ts';
import { editDistance } from '../knowledge/textDistance.ts';
import { rolePhrases } from '../knowledge/mentions.ts';
import { foldName, personName } from '../knowledge/speakerIdentity.ts';
import type { Speaker } from '../knowledge/types.ts';
import { unnamedDescription } from './passageSearch.ts';
import type { Steps } from '../base/steps.ts';
import { stem } from './text.ts';
import { firstGlossWords, isCommonWord, isKindOf, isNoun, isPersonNoun, synonymsOf } from '../knowledge/wordnet.ts';

/** Synonyms of a role's last word tried before "no one called …". */
const MAX_ROLE_SYNONYMS = 8;

/** "farmer" → farm, "designer" → design, "biologist" → biolog: what an agent noun is made from, to compare as a stem's start. */
function agentStems(role: string): string[] {
  return role.split(/\s+/).filter((w) => w.length >= 4).map((w) => stem(/(?:er|or)$/.test(w) && w.length > 5 ? w.slice(0, -2) : /ist$/.test(w) && w.length > 6 ? w.slice(0, -3) : w).slice(0, 8));
}

/** What a plural may be the plural of: "analysts" → analyst, "nurses" → nurse, "midwives" → midwife, "deputies" → deputy. */
function singularsOf(words: string): string[] {
  if (!/(?:[^s]s|ses)$/.test(words)) return [];
  const out = [words.replace(/(?:es|s)$/, (end) => (/(?:ch|sh|x|ss)es$/.test(words) ? '' : end === 'es' ? 'e' : ''))];
  if (/ves$/.test(words)) out.push(words.replace(/ves$/, 'fe'), words.replace(/ves$/, 'f'));
  if (/ies$/.test(words)) out.push(words.replace(/ies$/, 'y'));
  return out;
}

/** The speakers a name in a question stands for, and how it named them. */
export interface SpeakerMatch {
  speakers: { key: string; name: string }[];
  how: 'name' | 'organisation' | 'role' | 'description' | 'close spelling';
}

interface Entry {
  key: string;
  names: string[];
}

/** Names or people read between two pauses of a reload. */
const PER_STEP = 100;

/** Resolves a name in a question to the speakers it stands for. */
export interface SpeakerMatcher {
  /**
   * `fuzzy` finds entries whose names look like `wanted` (fuse.js), for a close spelling.
   * `deep`: also through WordNet synonyms of a role (read from disk); autocomplete, on every key press, skips them.
   */
  resolve(text: string, fuzzy: (wanted: string, limit: number) => Entry[], deep?: boolean): SpeakerMatch | null;
}

/** Words people put where a speaker's name would go that name nobody: "what does the article say". */
const NOBODY =
  /^(?:the|a|an|report|reports|article|story|piece|text|document|paper|post|blog|interview|transcript|minutes|meeting|panel|session|survey|study|book|it|this|that|they|them|anyone|anybody|everyone|everybody|someone|somebody|people|nobody|no one|you|we|us|i|me|he|she|him|her|one|whoever|bot|all|any|others?)$/;
const AUTHOR_WORDS = new Set(['writer', 'narrator', 'journalist', 'reporter']);
const ASKER_WORDS = new Set(['interviewer', 'questioner', 'editor', 'host']);
/** "the XenSource guy", "the Microsoft folks": a word for "someone" after an organisation or a role. */
const SOMEONE_FROM = /\s+(?:guy|guys|person|people|folks|man|men|woman|women|rep|reps|representative|representatives|agent|agents|staff|team|side|camp|one|lady|gentleman|speaker|spokesperson)$/;
/** "the Renew spokesman", "the PPE member": a part that only says whom they speak for, when the words before it name a body. */
const SPEAKS_FOR = /\s+(?:speakers|spokesman|spokeswoman|member|members|delegate|delegates|mep|meps|mp|mps)$/;
/** "the keynote speaker", "the main speaker": the one the event is for, whatever part the report gives them. */
const MAIN_SPEAKER = /^(?:(?:keynote|main|featured|guest|invited|star)\s+)?(?:speaker|presenter|lecturer)$|^keynote$/;
/** "session" in "the session chair": the gathering before a part played in it. */
const EVENT_QUALIFIER = /^(?:session|panel|meeting|conference|event|debate|webinar|podcast|show|programme|program)\s+(?=\S)/;
const EVENT_WORDS = new Set(['session', 'talk', 'presentation', 'keynote', 'panel', 'track', 'lecture', 'speech', 'speaker', 'presenter']);
/** Words that say someone is unnamed, not who they are. */
const UNNAMED_WORDS = /\b(?:anonymous|unnamed|unidentified|who (?:asked|wished|wanted) not to be (?:named|identified)|who did not give (?:a|their|her|his) name|who (?:was|were) not named)\b/g;
/** "the analyst", "a farmer", "le maire", "l'économiste": the article is no part of who is meant. */
/** "the", "a", and "her" in "her son": whose part it is names no one else. */
const LEADING_ARTICLE = new RegExp(`^(?:an?\\s+|(?:his|her|their)\\s+(?=\\p{Ll})|${ARTICLE})`, 'iu');

/**
 * "second reviewer", "reviewer two", "reviewer #2", "le deuxième évaluateur": a part numbered in words, as the report
 * names it, "reviewer 2" (or "reviewer #2").
 */
const ORDINALS = new Map([...ORDINAL_NUMBERS].map(([word, n]) => [foldName(word), n]));
function numberedPart(wanted: string): string[] {
  const words = wanted.split(/\s+/);
  if (words.length !== 2) return [];
  const [a = '', b = ''] = words;
  const before = ORDINALS.get(a);
  const after = ORDINALS.get(b) ?? (/^(?:#|no\.?)?\d{1,3}$/.test(b) ? Number(b.replace(/\D/g, '')) : undefined);
  const [part, n] = before !== undefined && !/\d/.test(b) ? [b, before] : after !== undefined ? [a, after] : [null, 0];
  return part ? [`${part} ${n}`, `${part} #${n}`] : [];
}

/** One to three words in lower case, then a capitalised name: a title before it ("docteur", "economist"). */
const TITLED_NAME = /^((?:\p{Ll}[\p{Ll}'’-]*\s+){1,3})(\p{Lu}.*)$/u;
/** A word of a title: a kind of person in English ("economist"), or a word English does not know ("docteur"); "tell" is neither. */
const isTitleWord = (word: string) => isPersonNoun(word) || (!isNoun(word) && !isCommonWord(word));

/** A role's words with the same role's words in the other languages: "maire" is also "mayor". */
function withEquivalents(words: Set<string>): Set<string> {
  for (const word of [...words]) for (const other of ROLE_EQUIVALENTS.get(word) ?? []) words.add(other);
  return words;
}

/** A part's words before its field: "senior lecturer in transport geography" is a senior lecturer. */
function partWords(part: string): string[] {
  return (part.split(/\s+(?:in|of|at|for|with|on)\s+/)[0] ?? part).split(' ');
}

/** Names for whoever runs a panel or a meeting: the text says "chaired by", the question "the moderator". */
const RUNS_THE_ROOM = ['moderator', 'chair', 'chairman', 'chairwoman', 'chairperson', 'host', 'facilitator', 'presenter', 'convenor', 'convener'];

/**
 * Resolves a name typed in a question to speakers: a name, surname, first name or alias in any
 * case and with or without accents; an organisation, for all the people the report names for it;
 * a role ("the analyst", "the head of signalling", "the moderator"), for whoever has it; an
 * unnamed speaker's description; else the closest spelling. Built in steps of a few
 * milliseconds (`finish` runs them at once), for a reload to run between answers.
 */
export function* speakerQuerySteps(speakers: Speaker[], entries: Entry[], speaksIn: ReadonlyMap<string, number> = new Map()): Steps<SpeakerMatcher> {
  const exact = new Map<string, Entry[]>();
  const put = (name: string, entry: Entry) => {
    const key = foldName(name).replace(LEADING_ARTICLE, '');
    const list = exact.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    exact.set(key, list);
  };
  for (const [i, entry] of entries.entries()) {
    for (const name of entry.names) put(name, entry);
    if ((i + 1) % PER_STEP === 0) yield;
  }
  const authors = entries.filter((e) => e.names.includes('author'));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const people = speakers.filter((s) => !s.isOrganisation);
  const result = (list: Entry[], how: SpeakerMatch['how']): SpeakerMatch => ({ speakers: list.map((e) => ({ key: e.key, name: e.names[0] as string })), how });

  const entriesOf = (list: Speaker[]) => list.map((s) => byKey.get(s.id)).filter((e): e is Entry => e !== undefined);
  /** Whole words of `phrase`, in order or not, all in `text`: "security speaker" is in "the speaker at the session on … security". */
  const wordsOf = (text: string) => {
    const have = new Set(text.split(/[^\p{L}\p{N}]+/u));
    // "the security talk" is the speaker at the session on … security: one word for an event's parts.
    if ([...have].some((w) => EVENT_WORDS.has(w))) for (const w of EVENT_WORDS) have.add(w);
    return have;
  };
  const phraseWords = new Map<string, string[]>();
  /** Whole words of `phrase`, in order or not, all in `have`: "security speaker" is in "the speaker at the session on … security". */
  const allWords = (phrase: string, have: Set<string>) => {
    let words = phraseWords.get(phrase);
    if (!words) {
      words = phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !/^(?:the|a|an|of|at|on|in|for|and)$/.test(w));
      if (phraseWords.size > 1_000) phraseWords.clear();
      phraseWords.set(phrase, words);
    }
    return words.length > 0 && words.every((w) => have.has(w));
  };
  // Folded once: autocomplete asks this on every key press.
  const folded: { s: Speaker; parts: string[]; first: string; organisation: Set<string> | null; role: Set<string> | null; roleStems: string[] | null; phrases: string[] }[] = [];
  for (const s of people) {
    const role = s.role ? withEquivalents(wordsOf(foldName(s.role))) : null;
    folded.push({ s, parts: (s.role ?? '').split(/\s*[;,]\s*/).map((r) => foldName(r)), first: foldName(s.name.split(/\s+/)[0] ?? ''), organisation: s.organisation ? wordsOf(foldName(s.organisation)) : null, role, roleStems: role || s.organisation ? [...new Set([...(role ?? []), ...(s.organisation ? wordsOf(foldName(s.organisation)) : [])].map((w) => stem(w)))] : null, phrases: rolePhrases(s) });
    if (folded.length % PER_STEP === 0) yield;
  }
  const ofOrganisation = (org: string) => folded.filter((f) => f.organisation !== null && allWords(org, f.organisation)).map((f) => f.s);
  const withRole = (role: string, byStem = true) => {
    // "the secretary" is the secretary, not also the membership secretary: a role as written first;
    // "the presenter" is the presenter before the moderator, then whoever runs the room.
    const own = folded.filter((f) => f.parts.includes(role)).map((f) => f.s);
    if (own.length) return own;
    const roles = RUNS_THE_ROOM.includes(role) ? RUNS_THE_ROOM : [role];
    const whole = folded.filter((f) => roles.some((r) => f.parts.includes(r))).map((f) => f.s);
    if (whole.length) return whole;
    const exact = folded.filter((f) => roles.some((r) => f.phrases.includes(r))).map((f) => f.s);
    if (exact.length) return exact;
    const words = folded.filter((f) => roles.some((r) => f.role !== null && r.length >= 4 && allWords(r, f.role))).map((f) => f.s);
    if (words.length || !byStem) return words;
    // "the head" for the headteacher, "the chair" for the chairwoman: a part written as one word with a kind of person after it.
    const compound = folded.filter((f) => roles.some((r) => /^\p{L}{4,}$/u.test(r) && [...(f.role ?? [])].some((w) => w.startsWith(r) && w.length - r.length >= 3 && isPersonNoun(w.slice(r.length))))).map((f) => f.s);
    if (compound.length) return compound;
    // "the farmer" for someone "who has farmed oysters", "the designer" for a "product design" lead, "the baker" for the owner of a bakery: the word's stem in their role or their organisation.
    const agents = roles.filter((r) => r.length >= 5).map(agentStems).filter((bases) => bases.length > 0);
    if (agents.length === 0) return [];
    const like = (base: string, stems: string[]) => stems.some((st) => st.length >= 4 && (st.startsWith(base) || base.startsWith(st)));
    return folded.filter((f) => f.roleStems !== null && agents.some((bases) => bases.every((base) => like(base, f.roleStems as string[])))).map((f) => f.s);
  };
  yield;
  const descriptions = entries.flatMap((entry) => {
    const description = unnamedDescription(entry.key);
    return description === null ? [] : [{ entry, words: wordsOf(foldName(description)) }];
  });
  /** A mistyped name is a few letters from one of the names: "Crosbie", "Jurgen Muller". */
  // A word of two or three letters is a word ("le", "the"), or initials written as they are: one letter off is another word.
  const closeEnough = (wanted: string, entry: Entry) => wanted.length >= 4 && entry.names.some((n) => editDistance(foldName(n), wanted) <= Math.max(1, Math.floor(wanted.length * 0.3)));

  return {
    resolve(text: string, fuzzy: (wanted: string, limit: number) => Entry[], deep = true): SpeakerMatch | null {
      const wanted = foldName(personName(text))
        .replace(LEADING_ARTICLE, '')
        .replace(/['’]s?$/, '')
        .replace(/[?!.,;:]+$/, '')
        .trim();
      if (!wanted || NOBODY.test(wanted)) return null;
      const named = exact.get(wanted) ?? numberedPart(wanted).map((n) => exact.get(n)).find(Boolean);
      if (named) return result(named, 'name');
      if (AUTHOR_WORDS.has(wanted) && authors.length) return result(authors, 'name');

      // "the justice minister": a title before a part is the part's word, not an honorific before a name.
      const asWritten = foldName(text).replace(LEADING_ARTICLE, '').replace(/[?!.,;:]+$/, '').trim();
      const titledPart = asWritten !== wanted && !/\s/.test(wanted) ? withRole(asWritten, false) : [];
      if (titledPart.length) return result(entriesOf(titledPart), 'role');
      const someone = wanted.replace(SOMEONE_FROM, '');
      const organisation = ofOrganisation(someone.replace(SPEAKS_FOR, ''));
      if (organisation.length) return result(entriesOf(organisation), 'organisation');

      // Autocomplete (not deep) asks on every key press: a role by its words, not its stems.
      const role = withRole(someone, deep);
      if (role.length) return result(entriesOf(role), 'role');
      // "the chief engineer at Tidewater", "the professor at Leiden": a role narrowed by an organisation.
      const at = /^(?<role>.+?)\s+(?:at|from|of|with|in)\s+(?<organisation>.+)$/.exec(someone)?.groups;
      if (at?.role && at.organisation) {
        const organisation = at.organisation;
        const both = withRole(at.role, deep).filter((s) => ofOrganisation(organisation).includes(s));
        if (both.length) return result(entriesOf(both), 'role');
      }
      // "the Keel Street analyst": the organisation first, then the role.
      const parts = someone.split(' ');
      for (let k = 1; k < parts.length && parts.length <= 6; k++) {
        const org = ofOrganisation(parts.slice(0, k).join(' '));
        const both = org.length ? withRole(parts.slice(k).join(' '), deep).filter((s) => org.includes(s)) : [];
        if (both.length) return result(entriesOf(both), 'role');
      }
      // "the session chair", "the panel moderator": the gathering a part is played in narrows no one down, where no organisation has its name.
      const played = EVENT_QUALIFIER.test(someone) ? withRole(someone.replace(EVENT_QUALIFIER, ''), deep) : [];
      if (played.length) return result(entriesOf(played), 'role');
      // "the delegate from Estravia", "the representative of Solvania": whoever the report names for it.
      const from = /^(?:delegate|delegation|representative|rep|member|spokesperson|spokesman|spokeswoman|speaker|man|woman|person|someone|official|people|team)\s+(?:from|of|for|at)\s+(.+)$/.exec(someone)?.[1];
      const ofIt = from ? ofOrganisation(from) : [];
      if (ofIt.length) return result(entriesOf(ofIt), 'organisation');
      // "the head of investor relations" is whoever has investor relations in their title.
      const headOf = /^(?:head|director|chief|vp|vice president|manager|lead)\s+of\s+(.{4,})$/.exec(someone)?.[1];
      const headed = headOf ? withRole(headOf, deep) : [];
      if (headed.length) return result(entriesOf(headed), 'role');
      // "the nurses", "the analysts": everyone with the role.
      // Everyone whose role ends in the word: "the midwives" are the midwives and the community midwife.
      const many = singularsOf(someone)
        .map((one) => [...new Set([...withRole(one, deep), ...(deep ? folded.filter((f) => f.parts.some((p) => p.endsWith(` ${one}`))).map((f) => f.s) : [])])])
        .find((found) => found.length > 0) ?? [];
      if (many.length) return result(entriesOf(many), 'role');

      // "the anonymous ministry official" for "a senior official at the transport ministry": what makes them unnamed is no part of who they are.
      const plain = someone.replace(UNNAMED_WORDS, ' ').replace(/\s+/g, ' ').trim();
      // "parents" for "a parent, Riverside session" and "a parent of a toddler": each of them, as "the nurses" are.
      const asked = plain || someone;
      const described = descriptions.filter((d) => [asked, ...singularsOf(asked)].some((w) => allWords(w, d.words))).map((d) => d.entry);
      if (described.length) return result(described, 'description');

      // "the guest", "the guests": everyone who speaks beside whoever hosts, moderates or interviews.
      const hosts = () => folded.filter((f) => [...(f.role ?? [])].some((w) => /^(?:host|co-host|moderator|interviewer|presenter|chair|anchor)$/.test(w)));
      if (/^guests?$/.test(someone)) {
        const hosting = hosts();
        const guests = hosting.length ? folded.filter((f) => !hosting.includes(f) && !f.s.isAuthor && speaksIn.has(f.s.id)).map((f) => f.s) : [];
        if (guests.length) return result(entriesOf(guests), 'role');
      }
      // "the keynote speaker", "the main speaker" where no one has the part: who speaks most beside the hosts, twice as much as anyone else.
      if (MAIN_SPEAKER.test(someone)) {
        const hosting = hosts();
        const [first, second] = folded.filter((f) => !hosting.includes(f) && !f.s.isAuthor).map((f) => ({ s: f.s, n: speaksIn.get(f.s.id) ?? 0 })).sort((a, b) => b.n - a.n);
        if (first && first.n > 0 && first.n >= 2 * (second?.n ?? 0)) return result(entriesOf([first.s]), 'role');
      }
      // "the interviewer", "the writer" when nobody has that role: the author asks, in an interview.
      if (ASKER_WORDS.has(someone) && authors.length) return result(authors, 'role');
      // "Sam" for Samira: a short form of exactly one person's first name.
      if (wanted.length >= 3 && !/\s/.test(wanted)) {
        const short = folded.filter((f) => f.first.startsWith(wanted)).map((f) => f.s);
        if (short.length === 1) return result(entriesOf(short), 'name');
      }
      const close = fuzzy(wanted, 3).filter((e) => closeEnough(wanted, e));
      if (close.length) return result(close.slice(0, 1), 'close spelling');
      // "le docteur Sarazin", "the economist Ollivier": words in lower case before a name are a title or a part, not the name.
      const titled = TITLED_NAME.exec(text.trim().replace(LEADING_ARTICLE, ''));
      const person = titled?.[2] && titled[1]?.trim().split(/\s+/).every(isTitleWord) ? this.resolve(titled[2], fuzzy, deep) : null;
      if (person && (person.how === 'name' || person.how === 'close spelling')) return person;
      // "the lawyer" for a role the report calls "attorney", "the boss" for "director": a synonym of the role's last word.
      const head = /^(?:(?<qualifiers>.+)\s)?(?<noun>[a-z][a-z-]{2,})$/.exec(someone)?.groups;
      const noun = head?.noun;
      if (deep && head && noun && someone.split(' ').length <= 3 && isPersonNoun(noun)) {
        for (const synonym of synonymsOf(noun).slice(0, MAX_ROLE_SYNONYMS)) {
          const holders = withRole(head.qualifiers ? `${head.qualifiers} ${synonym}` : synonym);
          if (holders.length) return result(entriesOf(holders), 'role');
        }
        // "the academic" for a professor, "the prosecutor" asked as "the lawyer": a role whose word is a kind of the one asked,
        // its other words ("defence" in "the defence lawyer", "bus" for "Coaches") in the role or the organisation.
        // "the respondent's lawyer": a possessive qualifies as the word does.
        const qualifiers = head.qualifiers ? [...wordsOf(head.qualifiers.replace(/['’]s\b/g, ''))] : [];
        const describes = (f: (typeof folded)[number], word: string) => f.role?.has(word) || f.organisation?.has(word);
        const qualified = folded.filter((f) => qualifiers.every((q) => describes(f, q) || synonymsOf(q).some((w) => describes(f, w))));
        const kinds = qualified.filter((f) =>
          f.parts.some((part) => {
            // "assistant district attorney": "district attorney" is a kind of prosecutor in WordNet, "attorney" alone is not;
            // "senior lecturer in transport geography": the role's noun stands before its field.
            const words = partWords(part);
            return (words.length >= 2 && isKindOf(words.slice(-2).join('_'), noun)) || isKindOf(words[words.length - 1] ?? '', noun);
          }),
        );
        if (kinds.length) return result(entriesOf(kinds.map((f) => f.s)), 'role');
        // "the vicar" for the one reverend, "the barrister" for the one lawyer: the asker's word is a kind of the part the report gives, which one person has.
        const general = qualified.filter((f) => f.parts.some((part) => isKindOf(noun, partWords(part).pop() ?? '')));
        if (general.length === 1) return result(entriesOf(general.map((f) => f.s)), 'role');
        // "the academic" (an educator who works at a college or university) for a lecturer of the University of Carrow:
        // a word of the role's definition in the name of their organisation (Lesk's gloss overlap), when it picks out a few.
        const gloss = firstGlossWords(noun).filter((w) => w.length >= 5);
        const defined = qualified.filter((f) => gloss.some((w) => f.organisation?.has(w)));
        if (defined.length > 0 && defined.length <= Math.max(1, folded.length / 3)) return result(entriesOf(defined.map((f) => f.s)), 'role');
      }
      return null;
    },
  };
}
