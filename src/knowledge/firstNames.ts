import { CODED_PERSON, HONORIFIC_BEFORE, NOT_A_NAME, PRONOUN, SPEECH_AFTER_SUBJECT, SPEECH_BEFORE, STREET_NAME, alternation, pronounGender, quotedSpans, type Gender } from './language.ts';
import type { NameIndex } from './fullNames.ts';
import { LANGUAGES } from '../language/index.ts';
import { isOrganisationName, type ReportSpeaker } from './speakerIdentity.ts';
import { isCommonWord, isPersonNoun, usageCount } from './wordnet.ts';
import { PLACE_WORDS } from './speakerPatterns.ts';

/**
 * People a report knows by a first name alone: "Maya thought the ending was rushed. '…,' she
 * said." Book-club recaps, team retros and game shows name people so. A lone capitalised word
 * counts as someone only with a person's marks: it is the subject of a speech verb, and the text
 * then says "he" or "she" (or "who") of it, before naming anyone else; it is no ordinary English
 * word, and no part of a fuller name the report gives. Linear: each sentence is read once.
 */

/** A lone capitalised word at a clause's start: the subject a speech verb may follow. */
const LONE_NAME = /(?:^|[.!?]["”’]?\s+|[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\band\s+|\bbut\s+)(\p{Lu}\p{Ll}{2,14})(?=[\s,:])/gu;
/** What says the word is a person: "she said", "he argued", ", who grew up …". */
const PERSON_AFTER = /^(?:,\s+who\b|[^.!?]{0,200}?\b(?:he|she)\b|[^.!?]{0,200}[.!?]["”’]?\s+(?:[^.!?]{0,80}?\s)?(?:[Hh]e|[Ss]he)\b)/;
/** A colon and a quotation right after the name, or after a few words on what it is about ("Sofia on the boats: "…""). */
const COLON_QUOTED = /^(?:\s+\p{Ll}[^.;:!?"“„«\n\p{Lu}]{0,30})?:\s*["“„«]/u;
/** A colon before a quotation: "… se veut prudent : « … »". */
const COLON_BEFORE_QUOTE = /:\s*["“„«]/u;
/** How far after the name its pronoun may stand. */
const WINDOW = 320;

/** Lone names in the texts that speak and are spoken of as people, less the words of the full names already known. */
export function firstNamesSpeaking(texts: Iterable<string>, knownNames: Iterable<string>): string[] {
  const parts = new Set<string>();
  for (const name of knownNames) for (const word of name.split(/\s+/)) parts.add(word);
  const found = new Set<string>();
  for (const text of texts) {
    if (text.length > 20_000) continue;
    for (const m of text.matchAll(LONE_NAME)) {
      const name = m[1] as string;
      if (found.has(name) || parts.has(name) || NOT_A_NAME.has(name)) continue;
      // The word itself first: WordNet's answers are cached, and most sentences open with an ordinary word.
      const lower = name.toLowerCase();
      if (isCommonWord(lower) || usageCount(lower) > 2) continue;
      const end = (m.index ?? 0) + m[0].length;
      const after = text.slice(end, end + WINDOW);
      // "Callum: "There's only one good first move."": notes quote a person so, a colon before the quotation the cue.
      if (COLON_QUOTED.test(after)) {
        found.add(name);
        continue;
      }
      // Another capitalised word right after is a fuller name ("Maya Lind"), a place or a firm, not a lone name.
      if (/^\s+\p{Lu}/u.test(after) || !SPEECH_AFTER_SUBJECT.test(after.replace(/^,\s+who\b[^,]{1,80},/, ''))) continue;
      if (!PERSON_AFTER.test(after)) continue;
      found.add(name);
    }
  }
  return [...found];
}

/** Any language's cue before a name ("said", "a déclaré", "according to"): a verb of saying somewhere in a text. */
const SAYING = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(LANGUAGES.flatMap((l) => l.speech.before))})(?![\p{L}])`, 'u');

/** A lone capitalised word a speech verb may follow or come before: "…," Penhallow said. / said Penhallow. */
const LONE_WORD = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]{2,24})(?![\p{L}'’-])/gu;

/**
 * People the text names in full once ("Ruth Penhallow kneels at the edge of a field") and then
 * quotes by surname ("'…,' Penhallow said."): the full name the report gives for that surname,
 * where it gives one and only one, a first name and the surname. Words of names and
 * organisations already known ("Marrakand further believes …" of a delegation) are not looked
 * for again.
 */
export function surnamesSpeaking(texts: Iterable<string>, names: NameIndex, knownNames: Iterable<string>): string[] {
  const known = new Set<string>();
  for (const name of knownNames) for (const word of name.split(/\s+/)) known.add(word);
  const found = new Set<string>();
  for (const text of texts) {
    // Only a text with a verb of saying in it can quote anyone by surname: most passages are let go on one search.
    if (text.length > 20_000 || !(SAYING.test(text) || COLON_BEFORE_QUOTE.test(text))) continue;
    for (const m of text.matchAll(LONE_WORD)) {
      const word = m[1] as string;
      if (known.has(word) || NOT_A_NAME.has(word)) continue;
      // The index first: most capitalised words open a sentence, and no full name ends in them. A first name the report
      // gives one full name for ("Marcus said" after "Marcus Bell was elected") stands for it as a surname does.
      const full = names.endsAName(word) || names.startsAName(word) ? names.fullNameOf(word) : null;
      if (!full) continue;
      const at = m.index ?? 0;
      const after = text.slice(at + word.length, at + word.length + 120);
      // "Ruth Penhallow": a word of a fuller name is no surname alone; "Mrs Okonedo" is, a courtesy before it.
      const before = text.slice(Math.max(0, at - 30), at);
      if (/^\s+\p{Lu}/u.test(after) || (/\p{Lu}[\p{L}'’-]*\.?\s+$/u.test(before) && !HONORIFIC_BEFORE.test(before))) continue;
      // "Castagnet se veut prudent : « Il garde une appréhension … »": a colon before a quotation, a few words after the surname, cues it too.
      if (!SPEECH_AFTER_SUBJECT.test(after) && !SPEECH_BEFORE.test(text.slice(Math.max(0, at - 120), at)) && !COLON_QUOTED.test(after)) continue;
      if (givenAndSurname(full, word) || givenOf(full, word)) found.add(full);
    }
  }
  return [...found];
}

/** "Priya from Leeds, a paramedic;", "Tom, a retired teacher,": after a lone name, where they are from and what they are. */
const DESCRIBED_AFTER = (name: string) =>
  new RegExp(String.raw`(?<![\p{L}])${name}(?:\s+(?:from|of|in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))?,\s+(?:(?:an?|the)\s+([\p{Ll}'’ -]{3,40}?)|who\s+((?:runs|leads|owns|manages|teaches|works|drives|farms|coaches|nurses)\s[^,;.)]{2,60}))(?=[,;.)]|\s+and\s|\s+who\s|$)`, 'u');

/** "Doreen in Ashby.", "Raj from Fenby, you're on air": a first name and the place the person is in or from, closing a clause. */
const PLACE_AFTER = (name: string) => new RegExp(String.raw`(?<![\p{L}])${name}\s+(?:from|in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=\s*[,.;:!?]|\s+(?:and|who|you're|you’re|on)\b|\s*$)`, 'u');

/**
 * Gives a speaker known by a first name alone (a label "PRIYA:", a recap's "Maya") what the text
 * says of them where it introduces them: "Priya from Leeds, a paramedic" is the paramedic, from
 * Leeds. Only a phrase whose last word is a kind of person is a role.
 */
export function describeFirstNames(speakers: ReportSpeaker[], texts: () => Iterable<string>): void {
  const lone = speakers.filter((s) => (!s.role || !s.organisation) && !s.isOrganisation && !s.isAuthor && /^\p{Lu}\p{Ll}{2,14}$/u.test(s.name));
  if (lone.length === 0 || lone.length > 50) return;
  const patterns = lone.map((s) => ({ s, pattern: DESCRIBED_AFTER(s.name), place: PLACE_AFTER(s.name) }));
  for (const text of texts()) {
    for (const { s, pattern, place } of patterns) {
      if (!text.includes(s.name)) continue;
      // "Next we have Doreen in Ashby", "Raj from Fenby, you're on air": a phone-in's caller and where they call from.
      s.organisation ??= place.exec(text)?.[1] ?? null;
      if (s.role) continue;
      const m = pattern.exec(text);
      const clause = m?.[3]?.trim();
      const role = clause ?? m?.[2]?.trim();
      if (!role || (!clause && !isPersonNoun((role.split(/\s+/).pop() ?? '').toLowerCase()))) continue;
      s.role = role;
      s.organisation ??= m?.[1] ?? null;
    }
  }
}

/** "Athletic Director Balogun" is a title and a surname, not the person's full name; a first name and a surname are. */
function givenAndSurname(full: string, word: string): boolean {
  // "Harriet Lomax Greer": a given name, a middle one perhaps, and the surname.
  const [given = '', ...rest] = full.split(/\s+/);
  // "Entry Control Officer" is a part: no word after the given name is a kind of person.
  // "Harlow County", "Grantham Falls": a place's last word is no one's surname.
  return rest.length >= 1 && rest.length <= 2 && rest[rest.length - 1] === word && !PLACE_WORDS.has(word) && (rest.length === 1 || !rest.some((w) => isPersonNoun(w.toLowerCase()))) && !isPersonNoun(given.toLowerCase()) && !isCommonWord(given.toLowerCase()) && !isOrganisationName(full);
}

/** Whether `word` is the given name of `full`, a name of two or three words. */
function givenOf(full: string, word: string): boolean {
  const parts = full.split(/\s+/);
  return parts[0] === word && parts.length >= 2 && parts.length <= 3 && !isCommonWord(word.toLowerCase()) && !isOrganisationName(full);
}

/** Subject pronouns, each language's first: "he", "she", "il", "elle". */
const SUBJECT_PRONOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:${LANGUAGES.flatMap((l) => [l.speech.pronouns.male[0], l.speech.pronouns.female[0]]).filter((p): p is string => p !== undefined).join('|')})(?![\p{L}])`,
  'giu',
);

/**
 * People named in full and then quoted through a pronoun ("Zoé Marchetti tient une boulangerie
 * … « On nous avait promis des indemnisations », poursuit-elle."): the person a pronoun cue goes
 * back to, the last full name before it (in its paragraph or those before), outside quotations.
 * A pronoun of the other gender between them ("Edwin Thorne wrote the play. He died … '…,' she
 * says") shows the cue is someone else's. Names already known, or inside what is known of someone, are not taken.
 */
export function namedBeforePronounCue(texts: readonly string[], names: NameIndex, known: readonly string[]): string[] {
  // "directeur des travaux pour le groupement Ferrovia Sud": a name inside what is known of someone is their firm, not a person.
  const isKnown = (name: string) => known.some((k) => k.includes(name));
  const found = new Set<string>();
  texts.forEach((text, i) => {
    // Only a paragraph with a verb of saying can hold a cue: most are let go on one search, and only those with a cue are read back from.
    if (text.length > 20_000 || !SAYING.test(text)) return;
    let quotes: [number, number][] | null = null;
    for (const m of text.matchAll(SUBJECT_PRONOUN)) {
      // A cue as the reader takes one: a verb of saying after the pronoun ("she added") or right before it ("poursuit-elle").
      const end = m.index + m[0].length;
      const incise = SPEECH_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index));
      if (!incise && !SPEECH_AFTER_SUBJECT.test(text.slice(end, end + 160))) continue;
      // '"She just thought the boat needed the best helm"': inside a quotation a pronoun is whom the quote is about, but for
      // the verb set into it before the pronoun ("« …, poursuit-elle. … »").
      quotes ??= quotedSpans(text);
      if (!incise && quotes.some(([s, e]) => m.index >= s && m.index < e)) continue;
      const name = nameBefore(texts, i, m.index, pronounGender(m[0]), names);
      // "Quay Street", "Harbour Road": a place, whatever pronoun follows it.
      if (name && !isKnown(name) && !STREET_NAME.test(name)) found.add(name);
    }
  });
  return [...found];
}

/** " B", " 2": the letter or number that follows a kind of person in an anonymised report. */
const CODE_AFTER = /^\s+(\p{Lu}|\d{1,3})(?![\p{L}\p{N}'’.])/u;
/** How far back a pronoun cue may go for its person: its paragraph and the two before it. */
const PARAGRAPHS_BACK = 2;

/** The last full name before text `i`'s offset `end`, outside quotations, unless a pronoun of another gender than `gender` stands after it. */
function nameBefore(texts: readonly string[], i: number, end: number, gender: Gender | undefined, names: NameIndex): string | null {
  for (let k = i; k >= Math.max(0, i - PARAGRAPHS_BACK); k--) {
    const text = k === i ? (texts[k] as string).slice(0, end) : (texts[k] as string);
    if (text.length > 20_000) return null;
    const quotes = quotedSpans(text);
    const outside = (at: number) => !quotes.some(([s, e]) => at >= s && at < e);
    const marks: { at: number; name?: string; gender?: Gender }[] = [];
    for (const m of text.matchAll(LONE_WORD)) {
      const word = m[1] as string;
      if (!names.endsAName(word) || !outside(m.index)) continue;
      const full = names.fullNameOf(word);
      if (full && givenAndSurname(full, word) && text.slice(Math.max(0, m.index + word.length - full.length), m.index + word.length) === full) {
        // "Healthcare Assistant B": a kind of person and the letter an anonymised report knows them by is one name.
        const code = CODE_AFTER.exec(text.slice(m.index + word.length, m.index + word.length + 6))?.[1];
        marks.push({ at: m.index, name: code && CODED_PERSON.test(`${full} ${code}`) ? `${full} ${code}` : full });
      }
    }
    for (const m of text.matchAll(PRONOUN)) if (outside(m.index)) marks.push({ at: m.index, gender: pronounGender(m[0]) });
    marks.sort((a, b) => b.at - a.at);
    for (const mark of marks) {
      if (mark.name) return mark.name;
      if (gender && mark.gender && mark.gender !== gender) return null;
    }
  }
  return null;
}

/** A paragraph that opens with a full name as the subject of what follows: "**Chris Ocampo** opened Slow Water Brewing …". */
const OPENING_NAME = /^[*_]*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})[*_]*\s+\p{Ll}/u;
/** A quotation standing as sentences of its own, no cue beside it: '… with the neighbors. "We had a few complaints …" Chris has …'. */
const STANDALONE_QUOTATION = /(?:^|[.!?]["”’]?\s+)["“][^"“”]{10,}["”](?=\s*$|\s+\p{Lu})/u;

/**
 * People a paragraph opens with and then quotes with no verb of saying: class notes and profiles write "**Chris Ocampo**
 * opened a brewery … "We had a few complaints …" Chris has offered …". The name must be one the report gives in full
 * (a given name and a surname), and no one known to speak named before the quotation.
 */
export function openedThenQuoted(texts: readonly string[], names: NameIndex, known: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (text.length > 20_000) continue;
    const name = OPENING_NAME.exec(text)?.[1];
    const quote = name ? STANDALONE_QUOTATION.exec(text) : null;
    if (!name || !quote || known.includes(name)) continue;
    const last = name.split(/\s+/).pop() as string;
    if (!names.endsAName(last) || names.fullNameOf(last) !== name || !givenAndSurname(name, last)) continue;
    // Someone known to speak named between the opening and the quotation may be whose it is.
    const between = text.slice(name.length, quote.index);
    if (known.some((k) => between.includes(k))) continue;
    found.add(name);
  }
  return [...found];
}

