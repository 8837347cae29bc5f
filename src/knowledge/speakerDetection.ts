/** Finds the people a report introduces, from the way prose names them (the patterns are in speakerPatterns.ts). */
import {
  CAPITALISED_RUN,
  HONORIFIC_BEFORE,
  IS_CJK_NAME,
  IS_PARTICIPANT_CODE,
  PARTICIPANT_CODE,
  CODED_PERSON,
  NAME_PARTICLES,
  NOT_A_NAME,
  PERSON_HONORIFIC,
  HONORIFIC_WORD,
  ORGANISATION,
  ROLE_QUALIFIERS,
  ROLE_NOUN_WORDS,
  ROLE_TITLE,
  TITLE_PARTS,
  SOURCE_BEFORE,
  SPEECH_AFTER_SUBJECT,
  SPEECH_BEFORE,
  SPEECH_WORD,
  sentenceSpans,
  singular,
  NOTE_FORM_BEFORE,
  LETTERS_BEFORE_DASH,
} from './language.ts';
import { isAdjective, isCommonWord, isNoun, isPersonNoun } from './wordnet.ts';
import { FUNCTION_WORDS, greets, isRoleWord, namesSomeone, ONLY_NAME, onlyNames, PRONOUNS } from './labelTemplate.ts';
import { titleCase } from './byline.ts';
import {
  isRoleHead,
  LOOK_BEHIND,
  LOOK_AHEAD,
  TITLE_TAILS,
  TITLE_WORDS,
  PLACE_WORDS,
  ROSTER_HEADING,
  INITIALS_AFTER,
  HANDLE_AFTER,
  DASH_ROLE,
  ORG_AFTER,
  PAREN_AFTER,
  WHO_CLAUSE,
  GROUP_LINE,
  ROLE_CLAUSE,
  DOES_CLAUSE,
  ROLE_BEFORE,
  ROLE_APPOSITIVE,
  APPOSITIVE_BEFORE,
  ANY_APPOSITIVE,
  ROSTER,
  ROLE_COPULA,
  ROSTER_ENTRY,
  ROSTER_ENTRY_START,
  ORG_DESCRIPTOR,
  IN_THE_CHAIR,
  PRESIDING_BEFORE,
  ACTS_AS_BEFORE,
  ROLE_COLON,
  PART_COLON,
  ROLE_BY,
  doerOf,
  STATEMENT_AFTER,
  PLACE_BEFORE,
  SURNAME_APPOSITIVE,
  LISTED_NAME,
} from './speakerPatterns.ts';
import { defaultAliases, foldName, initialsOf, isKindOfPerson, isOrganisationName, organisationAliases, shortNamesOf, type ReportSpeaker } from './speakerIdentity.ts';

export interface NameAt {
  name: string;
  index: number;
  end: number;
  /** A job title that opened the run: "Analyst" in "Analyst Tony Iams said". */
  title: string | null;
}

const SURNAME_AFTER_HONORIFIC = new RegExp(String.raw`\b${PERSON_HONORIFIC}\.?\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})`, 'gu');


/** A few words, then a colon and a quotation: what follows a name its quotation is credited to. */
const COLON_QUOTED = /^[^.;:!?"“„«\n]{0,40}:\s*["“„«]/u;
/** Where a sentence or an item of a list opens. */
const SENTENCE_OPENS = /(?:^|[.!?]["”»]?\s+|^\s*(?:[-*•]|\d{1,2}[.)])\s+|\n\s*(?:[-*•]\s+)?)$/u;

/** The title word a name's run opened with, at the end of the text before the name. */
const TITLE_AT_END = /(?<=,\s+)\p{Lu}[\p{L}.-]*\s+$/u;

/** Words WordNet files as nouns ("have", "now") that never open a part someone holds. */
const NOT_OF_A_ROLE = new Set(['have', 'has', 'had', 'now', 'then', 'also', 'still', 'just', 'already', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'got', 'get']);

/** The part a court report gives counsel by what they do in the case: "Prosecuting, …", "…, defending, said". */
const COURT_PARTS: Record<string, string> = { prosecuting: 'prosecutor', defending: 'defence barrister', mitigating: 'defence barrister' };
const COURT_PART_BEFORE = /(?:^|[.!?]\s+)(Prosecuting|Defending|Mitigating),\s*$/;
const COURT_PART_AFTER = /^,\s+(prosecuting|defending|mitigating),/;
/** "President: Mr. Haddad (Lebanaria)": in a roster, an honorific before one capitalised word makes it a name. */
function surnamesAfterHonorific(text: string): NameAt[] {
  const out: NameAt[] = [];
  for (const m of text.matchAll(SURNAME_AFTER_HONORIFIC)) {
    const name = m[1] as string;
    // "Mr Speaker", "Madam Chair": an office, not a surname.
    if (isRoleHead(name.toLowerCase()) || ROLE_TITLE.has(name)) continue;
    const index = m.index + m[0].length - name.length;
    out.push({ name, index, end: index + name.length, title: null });
  }
  return out;
}

/** Runs of capitalised words (two to four, or one CJK name) that could be a person's name. */
/** " (R3, boat owner, 60s)", " (P12)", " (Informant 4, …)": a participant's code opening the brackets after a name. */
const CODED_AFTER = new RegExp(String.raw`^\s*\((${PARTICIPANT_CODE})\s*[,;)]`, 'u');

/**
 * "Minister of ", "Minister of Mines and ", "Secretary for " right before a capitalised run: a title, its "of" and maybe the
 * portfolio's first words, which the run goes on ("李明 of Shanghai Data Group" is no title's).
 */
const PORTFOLIO_JOIN = /(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]+\s+(?:and|&)\s+)?$/u;
/** How far back a title's portfolio may start. */
const PORTFOLIO_REACH = 50;

function candidateNames(text: string): NameAt[] {
  const out: NameAt[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const start = match.index;
    if (start > 0 && /[\p{L}\p{N}'’]/u.test(text[start - 1] ?? '')) continue;
    if (IS_CJK_NAME.test(match[0]) || IS_PARTICIPANT_CODE.test(match[0])) {
      out.push({ name: match[0], index: start, end: start + match[0].length, title: null });
      continue;
    }
    // "Tesfay (R3, boat owner, 60s)": a pseudonym alone, coded in brackets as field notes code their informants, is someone.
    if (!/\s/.test(match[0]) && CODED_AFTER.test(text.slice(start + match[0].length, start + match[0].length + 24))) {
      out.push({ name: match[0], index: start, end: start + match[0].length, title: null });
      continue;
    }
    // "Employee A said", "Healthcare Assistant B recorded": a word for a kind of person (after a word or two that qualify it)
    // and a letter or a number is an anonymised report's code.
    const code = /^\s+(?:\p{Lu}|\d{1,3})(?![\p{L}\p{N}'’.])/u.exec(text.slice(start + match[0].length, start + match[0].length + 6));
    if (code && CODED_PERSON.test(match[0] + code[0]) && isPersonNoun((match[0].split(/[\s-]+/).pop() ?? '').toLowerCase())) {
      const name = `${match[0]} ${code[0].trim()}`;
      out.push({ name, index: start, end: start + match[0].length + code[0].length, title: null });
      continue;
    }
    const words = match[0].split(/\s+/);
    let offset = 0;
    let title: string | null = null;
    // "Minister of Mines and Energy Ilse Korvanen", "Secretary of State John Pell": the run opens on the last word of the
    // portfolio an "of" or an "and" joins to the title before it; the name is the words after it.
    const portfolio = words.length >= 3 ? PORTFOLIO_JOIN.exec(text.slice(Math.max(0, start - PORTFOLIO_REACH), start))?.[1] : undefined;
    if (portfolio && isRoleWord(portfolio)) {
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    // "Farmer Ruth Kellan", "Analyst Tony Iams": a word for a kind of person before a full name is a title.
    // "Sir Malcolm Ashdown": a courtesy before a name is no part anyone plays.
    // "Secretary-General Amara Quist", "Vice-President …": a title joined to another by a hyphen is one.
    const roleTitle = (w: string) => ROLE_TITLE.has(w) || (w.includes('-') && w.split('-').some((p) => ROLE_TITLE.has(p.charAt(0).toUpperCase() + p.slice(1))));
    const titled = (w: string) => !COURTESY.test(w) && (roleTitle(w) || (words.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(w) && isPersonNoun(w.toLowerCase()) && !isCommonWord(w.toLowerCase())));
    // "Transport Minister Marguerite Osei", "Control Supervisor Nadia Qureshi": a title of two or three words before the name.
    const titleEnd = words.findIndex((w, i) => i >= 1 && i <= 2 && words.length - i - 1 >= 2 && (ROLE_TITLE.has(w) || isPersonNoun(w.toLowerCase())) && words.slice(0, i).every((q) => /^\p{Lu}\p{Ll}+$/u.test(q)));
    const leading = titleEnd > 0 ? titleEnd + 1 : 0;
    for (let n = 0; n < leading; n++) {
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    if (leading > 0) title = match[0].slice(0, offset).trim().toLowerCase().replace(/^(?:the\s+)?(?:honou?rable|hon\.?)\s+/, '');
    // "Présidence de Mme Hélène Vautrin": an honorific inside the run opens the name; the words before it are about her.
    const honorific = words.findIndex((w, k) => k >= 1 && HONORIFIC_WORD.test(w));
    for (let n = 0; n < honorific; n++) {
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    while (words.length > 0 && (NOT_A_NAME.has(words[0] ?? '') || titled(words[0] ?? '') || TITLE_PARTS.has(words[0] ?? ''))) {
      // "Mayor Pro Tem Jo Rand": the words after a title that are no name are the title's.
      if (titled(words[0] ?? '')) title = (words[0] ?? '').toLowerCase();
      // "The Revd Clement Osei", "Cllr Bramwell Foyle": a title written short names a part.
      else if (TITLE_PARTS.has(words[0] ?? '')) title = TITLE_PARTS.get(words[0] ?? '') ?? null;
      else if (title && TITLE_TAILS.has(words[0] ?? '')) title = `${title} ${(words[0] ?? '').toLowerCase()}`;
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    // "IN THE CHAIR: Katrin VALLANDER / Vice-President": a title after the name, on the next line, is no part of it.
    while (words.length > 2 && roleTitle(words[words.length - 1] ?? '')) {
      const after = (words.pop() ?? '').toLowerCase();
      title ??= after;
    }
    // "Madam Chair", "Mister Speaker": a courtesy before an office is how the room addresses its holder, no name.
    if (COURTESY.test(words[0] ?? '') && words.length >= 2 && words.slice(1).every((w) => ROLE_TITLE.has(w) || isRoleHead(w.toLowerCase()))) continue;
    const real = words.filter((w) => !/^\p{Lu}\.$/u.test(w) && /^\p{Lu}/u.test(w));
    // "Yannick Le Goff", "Charles De Gaulle": a particle inside a name, capitalised, is the name's, however often it opens a sentence.
    if (real.length < 2 || real.length > 4 || words.some((w, k) => NOT_A_NAME.has(w) && !(k > 0 && k < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase())))) continue;
    // "Lisle Street", "Kell Bay": a place, no one's name.
    if (PLACE_WORDS.has(words[words.length - 1] ?? '')) continue;
    if (isTitle(words)) continue;
    const name = words.join(' ');
    out.push({ name, index: start + offset, end: start + offset + name.length, title });
  }
  return out;
}

/** In a roster, after a name: " of Idaho, Chairman;" — a place, then a part in capitals or not. */
const PLACE_THEN_PART = /^\s+of\s+\p{Lu}[^,;()]{1,40},\s+((?:the\s+)?\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s*(?=;|\.?\s*$|,?\s+and\s)/u;

/** Courtesies before a name: how a person is addressed, not what they do. */
const COURTESY = /^(?:sir|dame|lord|lady|mr|mrs|ms|mx|miss|madam|master)$/i;

/** First words of titles, never of names: "Head Judge", "Guest Speaker", "Star Baker", "Acting Principal". */
const TITLE_OPENERS = new Set([...ROLE_QUALIFIERS, 'head', 'guest', 'star', 'shadow', 'acting', 'interim', 'junior', 'keynote', 'visiting']);

/**
 * Capitalised words that make a title, no one's name: "Vice President", "Chief Financial Officer";
 * ordinary words before an office no one bears as a surname ("Shadow Minister", "Foreign
 * Secretary"); a title's first word before a kind of person ("Head Judge", "Star Baker").
 */
function isTitle(words: string[]): boolean {
  if (words.every((w) => ROLE_TITLE.has(w) || TITLE_WORDS.has(w.toLowerCase()))) return true;
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (OFFICES.has(last) && words.slice(0, -1).every((w) => isNoun(w.toLowerCase()) || isCommonWord(w.toLowerCase()))) return true;
  return words.length === 2 && TITLE_OPENERS.has((words[0] ?? '').toLowerCase()) && isPersonNoun(last);
}

/** Offices no one bears as a surname, unlike Bishop, Dean or Judge. */
const OFFICES = new Set(['minister', 'secretary', 'officer', 'director', 'president', 'chancellor', 'commissioner', 'treasurer', 'spokesperson', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'chairperson', 'superintendent', 'registrar']);

interface Found {
  name: string;
  organisation: string | null;
  role: string | null;
  isOrganisation: boolean;
}

/**
 * Finds the people a report quotes or describes, from the way prose introduces them:
 * "Simon Crosby of XenSource", "Tom Hanrahan, who runs the Microsoft Open Source Lab",
 * "analyst Tony Iams", "Jane Doe, chief architect at Acme,", "said Raj Patel", "Ann Lee noted",
 * a roster ("The panellists were A, who leads …; B, principal engineer at Org; and C, an
 * independent consultant"), "Present: A (chair), B (treasurer)". A capitalised pair with none of
 * these around it (a product, a place) is not a speaker. Organisations are linked to their
 * people; one speaks for itself only when the report names no person for it.
 */
/** A dash set apart by spaces, before which a roster's letters ("RN, BSN") may stand. */
const SPACED_DASH = /\s[-–—]\s/;

export function detectSpeakers(blocks: { text: string; section?: string | null; kind?: string; roster?: boolean; table?: boolean }[]): ReportSpeaker[] {
  const people = new Map<string, Found>();
  const organisations = new Map<string, Found>();
  const initials = new Map<string, string>();
  /** Whether the list under way follows a line that heads who took part: "Participants:", "Asistentes:". */
  let rosterList = false;
  /** "Host" over "Tamsin Achebe-Ruiz, Programme Director, …": the part a roster's group line names, for the entries under it. */
  let group: string | null = null;
  for (const { text: written, section, kind, roster: entry, table } of blocks) {
    if (kind !== 'list-item') rosterList = written.length <= 40 && /:\s*$/.test(written) && ROSTER_HEADING.test(written);
    const groupPart = GROUP_LINE.exec(written)?.[1];
    const inGroup: string | null = group !== null && ROSTER_ENTRY_START.test(written) ? group : null;
    // A part one person plays ("Host", "Moderator"), not a group's plural ("Finalists", "CHARACTERS").
    group = groupPart && isRoleWord(groupPart) && singular(groupPart.toLowerCase()) === groupPart.toLowerCase() ? groupPart.toLowerCase() : inGroup;
    // Under "## Attendees" (or a line "Participants:") a list item is a roster line: "Jana Kovářová (JK) — chair"; under a cast
    // list's "CHARACTERS", a paragraph that opens with a name and a dash or a comma: "EDITH PRYCE — sixties. Keeper of …".
    const underRoster = (section ? ROSTER_HEADING.test(section) : false) || (kind === 'list-item' && rosterList);
    const castEntry = underRoster && kind !== 'list-item' ? CAST_ENTRY.exec(written) : null;
    // Most texts hold no dash set apart by spaces, which the letters stand before: they are not searched for there.
    const entryText = SPACED_DASH.test(written) ? written.replace(LETTERS_BEFORE_DASH, '') : written;
    const text = titledCapitals(castEntry && castEntry[0] === castEntry[0].toUpperCase() ? titleCase(castEntry[0]) + entryText.slice(castEntry[0].length) : entryText);
    const rosters = castEntry ? [[0, castEntry[0].length] as [number, number]] : entry || (kind === 'list-item' && underRoster) ? [[0, text.length] as [number, number]] : rosterSpans(text);
    const inRoster = (index: number) => rosters.some(([start, end]) => index >= start && index < end);
    // "President: Mr. Haddad (Lebanaria)": a part, then only names (not "Chair: Dr Orr, what changed?").
    const listsOnlyNames = rosters.length > 0 && onlyNames(text.slice(text.indexOf(':') + 1));
    const candidates = [...candidateNames(text), ...(listsOnlyNames ? surnamesAfterHonorific(text).filter((c) => inRoster(c.index)) : [])];
    // "Trustees present: Marisol Vega, Benedict Oyelaran, Sunita Dasgupta": the next name in a list is no one's role.
    // A person's name ends in a word that is no noun: "Brightwell Bicycles" may be someone's organisation.
    // Asked only of what a description gave, not of every name in every passage.
    // "Marcus Deyo, Councillor Bev Tannahill, Ines …": the next name in a list, with its title, is no part of the one before.
    const named = (text: string | null) => text !== null && candidates.some((c) => c.name === text || titledName(text, c.name)) && namesSomeone(text) && !isOrganisationName(text) && !isNoun((text.split(/\s+/).pop() ?? '').toLowerCase());
    // An item of a roster is one person: "Watch Manager Declan Fairweather – initial IC, then Sector Commander" names no second.
    const onePerson = (kind === 'list-item' && underRoster) || entry === true;
    let listed = false;
    for (const candidate of candidates) {
      if (onePerson && listed) break;
      const roster = inRoster(candidate.index);
      const found = describe(text, candidate, roster, table ?? false);
      if (!found) continue;
      listed = !found.isOrganisation;
      if (inGroup && !found.isOrganisation && listed) found.role = found.role ? `${inGroup}; ${found.role}` : inGroup;
      if (named(found.role)) found.role = null;
      if (named(found.organisation)) found.organisation = null;
      const own = INITIALS_AFTER.exec(text.slice(candidate.end, candidate.end + 12))?.[1];
      if (own && own === initialsOf(candidate.name)) initials.set(candidate.name, own);
      // "Rahel (R7, net-mender, 50s)": the code is another name for her ("what did R7 say?").
      const code = CODED_AFTER.exec(text.slice(candidate.end, candidate.end + 24))?.[1];
      if (code && !/\s/.test(candidate.name)) initials.set(candidate.name, code);
      const tail = text.slice(candidate.end, candidate.end + 26);
      const handle = HANDLE_AFTER.exec(tail)?.[1];
      if (handle && handleOf(candidate.name, handle, tail)) initials.set(candidate.name, handle);
      const into = found.isOrganisation ? organisations : people;
      const known = into.get(found.name);
      if (known) {
        known.organisation ??= found.organisation;
        known.role ??= found.role;
      } else into.set(found.name, found);
    }
    for (const single of singleWordOrganisations(text)) if (!organisations.has(single)) organisations.set(single, { name: single, organisation: null, role: null, isOrganisation: true });
  }
  describedLater(blocks, people);
  // A person's organisation is not a speaker of its own: "Some Research" stands for Jane Roe.
  const belongsTo = new Set([...people.values()].map((p) => p.organisation?.toLowerCase()).filter(Boolean));
  const speaking = [...organisations.values()].filter((o) => !belongsTo.has(o.name.toLowerCase()) && !people.has(o.name));
  // "Mark Obuya (practice partner, Obuya Stern Architects)": a name that is someone's organisation is that organisation, no one of its own.
  const persons = [...people.values()].filter((p) => p.role !== null || !belongsTo.has(p.name.toLowerCase()));
  return [...persons, ...speaking].map((f) => ({
    name: f.name,
    aliases: f.isOrganisation ? organisationAliases(f.name) : [...new Set([...defaultAliases(f.name), ...(initials.has(f.name) ? [initials.get(f.name) as string] : [])])],
    shortNames: f.isOrganisation ? [] : shortNamesOf(f.name),
    organisation: f.organisation,
    role: f.role,
    isAuthor: false,
    isOrganisation: f.isOrganisation,
  }));
}

/**
 * Who someone is, said after they were first named by their surname alone: "'The soil,' said
 * Dr. Ian Marsh. … Marsh, a soil scientist at Hartwell University, has spent a decade …".
 * Only a person with no role yet, and only a word for a kind of person as the role's head.
 */
function describedLater(blocks: { text: string }[], people: Map<string, Found>): void {
  // A surname two people share names neither of them.
  const bySurname = new Map<string, Found | null>();
  for (const p of people.values()) {
    if (p.role) continue;
    const surname = p.name.split(/\s+/).pop() ?? '';
    bySurname.set(surname, bySurname.has(surname) ? null : p);
  }
  if (bySurname.size === 0) return;
  for (const { text } of blocks) {
    if (!text.includes(', ')) continue;
    for (const m of text.matchAll(SURNAME_APPOSITIVE)) {
      const person = bySurname.get(m[1] as string);
      const role = (m[2] as string).trim();
      if (!person || person.role || !isRoleHead(role.split(/\s+/).pop() ?? '')) continue;
      person.role = role;
      person.organisation ??= m[3] ? cleanOrganisation(m[3]) : null;
    }
  }
}

function listedNames(text: string): [number, number][] {
  // "A, role, Org; B, role, Org; and C, role, Org": entries of a list of people.
  if (text.split(';').filter((part) => ROSTER_ENTRY_START.test(part.replace(/^[^:]{0,20}:\s*/, ''))).length >= 2) return [[0, text.length]];
  const colon = text.indexOf(':');
  if (colon < 0 || colon > text.length - 10) return [];
  const listed = [...text.slice(colon).matchAll(LISTED_NAME)].length;
  return listed >= 2 ? [[colon, text.length]] : [];
}

/** The parts of a text that list who took part: from "the panellists were" to the end of that sentence. */
function rosterSpans(text: string): [number, number][] {
  // "Prosecution: Mr Jonathan Ealing": a field whose value is a name alone says what part they play, whatever its word.
  if (partColon(text.slice(0, text.indexOf(': ') + 1)) || fieldOfName(text)) return [[0, text.length]];
  if (!ROSTER.test(text)) return listedNames(text);
  const out: [number, number][] = [];
  for (const [start, end] of sentenceSpans(text)) {
    const m = ROSTER.exec(text.slice(start, end));
    if (m) out.push([start + m.index, end]);
  }
  return out;
}

/** A header field's name and its colon: "Prosecution: ", "Assignee: ". */
const FIELD_NAME = /^\s*\p{Lu}[\p{L}-]+(?:\s[\p{L}-]+){0,2}(?=:\s)/u;

/** "Prosecution: Mr Jonathan Ealing": a field naming a thing (no act: "Signed: Ann Lee" is what she did) whose value is a name alone. */
function fieldOfName(text: string): boolean {
  const field = FIELD_NAME.exec(text)?.[0];
  const word = field?.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return field !== undefined && (isNoun(word) || !isCommonWord(word)) && ONLY_NAME.test(text.slice(field.length + 1));
}
/** "Claimant:" before a name: a word WordNet knows as a kind of person, then a colon. */
/** How far before a name a part and its colon may start ("Captain (pilot monitoring, left seat):   "). */
const PART_SPAN = 80;

function partColon(text: string): RegExpExecArray | null {
  const m = PART_COLON.exec(text.slice(-PART_SPAN));
  // "First officer:", "Senior cabin crew member:": a part of several words, whose last says what kind of person.
  const word = m?.[1]?.toLowerCase().split(/\s+/).pop() ?? '';
  // "Participants:", "Witnesses:": a plural lists people, it is no one's part.
  const plural = singular(word) !== word && isPersonNoun(singular(word));
  // "Secretaria-Interventora:", "Alcalde-Presidente:": a part in any language the report may be in, each half of it too.
  return m && word && !plural && word.split('-').some((w) => isPersonNoun(w) || ROLE_NOUN_WORDS.has(w)) ? m : null;
}

/** "Senior Lecturer in Hydrology" → "Lecturer", "Postmistress of Carrick village" → "Postmistress": the role's noun stands before its field. */
const roleHead = (part: string) => (part.split(/\s+(?:in|of|for)\s+/)[0] ?? part).split(/\s+/).pop() ?? '';

/** What the text around one capitalised run says about it, or null when it is not a speaker. */
/** "(1ºA), Presidente." after a name: brackets, then a part of a few words closing the entry. */
const PART_AFTER_BRACKETS = /^\s*\([^()]{1,30}\)\s*,\s*(\p{L}[\p{L} -]{2,40}?)\s*[.;]/u;

/** " (RK) L&D nurse, Marlow County General": initials in brackets, then a part of a few words and, after a comma, where. */
const CODED_THEN_PART = /^\s*\(\p{Lu}{2,4}\)\s+((?:[\p{L}&'’-]+\s+){0,3}?[\p{L}&'’-]+),\s+(\p{Lu}[^,.;()]{2,60}?)(?=\s*[,.;(]|$)/u;

function describe(text: string, candidate: NameAt, roster: boolean, table: boolean): Found | null {
  // "marine biologist Dr. Helen Marsh": the title stands before the honorific.
  const justBefore = text.slice(Math.max(0, candidate.index - LOOK_BEHIND), candidate.index);
  const before = justBefore.replace(HONORIFIC_BEFORE, '');
  const after = text.slice(candidate.end, candidate.end + LOOK_AHEAD);
  let organisation: string | null = null;
  // "Rep. Gus Fairweather", "Insp. Dana Cole": a title written short with its stop stands outside the name's capitals.
  const shortTitle = TITLE_PARTS.get(/(\p{Lu}\p{Ll}{1,5})\.\s+$/u.exec(justBefore)?.[1] ?? '') ?? null;
  let role: string | null = candidate.title ?? shortTitle;
  let evidence = role !== null;

  // "Naomi Farrow, Esq.": a lawyer, as the suffix says.
  if (/^\s*,?\s*Esq\b/.test(after)) {
    role ??= 'attorney';
    evidence = true;
  }
  // "Marcus Delacroix KC for Brightwater": silk, a barrister, and the party they appear for, as "of Acme" says whose someone is.
  const silk = /^\s*,?\s+(?:KC|QC|SC)\b,?(?:\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}))?/u.exec(after);
  if (silk) {
    role ??= 'barrister';
    if (silk[1]) {
      organisation ??= cleanOrganisation(silk[1]);
      evidence = true;
    }
  }
  const org = ORG_AFTER.exec(after.replace(/^\s*,?\s*Esq\.?,?/, ''));
  if (org?.[1]) {
    organisation = cleanOrganisation(org[1]);
    evidence = true;
  }
  // "INTERVIEW W/ Renata Kowalczyk (RK)" over "L&D nurse, Marlow County General (MCG), 19 yrs on the unit": after the
  // initials a record will use for her, what she is and where, as a heading's next line gives them.
  const coded = CODED_THEN_PART.exec(after);
  if (coded?.[1] && coded[2] && coded[1].split(/\s+/).some((w) => isKindOfPerson(w.toLowerCase()) || ROLE_NOUN_WORDS.has(w.toLowerCase()))) {
    role ??= coded[1].toLowerCase();
    organisation ??= cleanOrganisation(coded[2]);
    evidence = true;
  }
  const dash = roster ? DASH_ROLE.exec(after) : null;
  if (dash?.[1]) {
    // "Station Manager Owen Talbot – Incident Commander": a rank before the name and the part after the dash are both theirs;
    // "Control Supervisor Nadia Qureshi – Westmarch Fire Control": a name that ends in no kind of person is where they work.
    const written = dash[1].trim();
    const part = written.toLowerCase();
    if (/^\p{Lu}/u.test(written) && !isRoleHead(roleHead(part))) organisation ??= cleanOrganisation(written);
    else role = role === null ? part : role.toLowerCase() === part ? role : `${role}; ${part}`;
    evidence = true;
  }
  const paren = PAREN_AFTER.exec(after);
  const handle = HANDLE_AFTER.exec(after)?.[1];
  if (paren?.[1] && !/^\p{Lu}{2,6}$/u.test(paren[1]) && !(handle && handleOf(candidate.name, handle, after))) {
    // "(Chair)", "(Plot Coordinator)" are roles; "(Helix Cloud)", "(Eastport Fishermen's Association)" organisations.
    for (const part of paren[1].split(/\s*[,;]\s*/)) {
      const head = roleHead(part);
      // "(Service Desk Manager)" ends in a role noun, whatever organisation words stand before it.
      // "Obuya Stern Architects", "Keel Street Partners": a firm named for its people says them in the plural.
      const firm = /^\p{Lu}/u.test(part) && part.includes(' ') && /[^s]s$/.test(head) && isRoleHead(head.slice(0, -1).toLowerCase());
      // "(Conservative)", "(Independent)": one capitalised word that also describes is a party, not a part someone plays.
      const party = /^\p{Lu}\p{Ll}+$/u.test(part) && isAdjective(part.toLowerCase());
      if (firm || party || (/^\p{Lu}/u.test(part) && !isRoleHead(head.toLowerCase()) && (isOrganisationName(part) || !isRoleHead(head)))) organisation ??= cleanOrganisation(part);
      else role ??= part.toLowerCase();
    }
    evidence ||= roster || role !== null;
  }
  // "D. Ramón Ezquerra Lledó (1ºA), Presidente.": in an entry of attendees, the part after the brackets is theirs too.
  const partAfter = PART_AFTER_BRACKETS.exec(after)?.[1];
  if (partAfter && ROLE_NOUN_WORDS.has((partAfter.split(/\s+/)[0] ?? '').toLowerCase())) {
    role = role ? `${partAfter.toLowerCase()}; ${role}` : partAfter.toLowerCase();
    evidence = true;
  }
  /** A role read from what a who-clause says they do ("who served alongside her"): a role noun before the name says it better. */
  let clause: string | null = null;
  // "Hilda Brannock, 79, who has lived in the village for fifty years": the age before the clause is set off too.
  const who = WHO_CLAUSE.exec(after.replace(/^\s*,\s*\d{1,3}(?=\s*,)/, ''));
  if (who?.[1]) {
    if (ROLE_CLAUSE.test(who[1])) {
      clause = role === null ? who[1].trim() : null;
      role ??= who[1].trim();
      organisation ??= organisationIn(who[1]);
    }
    evidence = true;
  }
  // "Prosecuting, Harriet Calloway told the court", "Dominic Achebe-Ward, defending, said": a court report's part in the case.
  const pleads = COURT_PART_BEFORE.exec(before)?.[1] ?? COURT_PART_AFTER.exec(after)?.[1];
  if (pleads) {
    role ??= COURT_PARTS[pleads.toLowerCase()] ?? null;
    evidence = true;
  }
  const does = DOES_CLAUSE.exec(after);
  if (does?.[1]) {
    role ??= does[1].trim();
    organisation ??= does[2] ? cleanOrganisation(does[2]) : null;
    evidence = true;
  }
  // "sous la présidence de Mme Catherine Aubertin, maire": she presides, beside whatever else she is.
  const presides = PRESIDING_BEFORE.find((p) => p.pattern.test(justBefore))?.role;
  if (presides) evidence = true;
  const acts = ACTS_AS_BEFORE.exec(before);
  if (acts?.[1]) {
    role ??= [acts[1], acts[2]].filter(Boolean).join('; ').toLowerCase();
    evidence = true;
  }
  if (IN_THE_CHAIR.test(after)) {
    role = role ? `chair; ${role}` : 'chair';
    evidence = true;
  }
  // "Narrator: Mabel Ocheng (MO)", "Claimant: Ms Joanne Hartley": a part named before the colon.
  const part = roster ? (partColon(before) ?? ROLE_COLON.exec(before)) : null;
  if (part?.[1]) {
    role ??= part[1].toLowerCase();
    evidence = true;
  }
  // "Claimant: Ms Amara Quist, lay representative": the part the entry states after the name is theirs beside the label's.
  const labelled = part?.[1] ? role : null;
  const besideLabel = (stated: string) => (role === labelled && labelled !== null && stated.toLowerCase() !== labelled ? `${labelled}; ${stated}` : (role ?? stated));
  const by = ROLE_BY.exec(before);
  const doer = by?.[1] ? doerOf(by[1]) : null;
  if (doer) {
    // "chaired by Priya Natarajan, who directs the Forum": both are her roles, the panel's first.
    role = role ? `${doer}; ${role}` : doer;
    evidence = true;
  }
  const roleBefore = ROLE_BEFORE.exec(before);
  if (roleBefore?.[2] && roleBefore[3] && isRoleHead(roleBefore[3])) {
    // A role started by what it is part of ("group leader", "transport minister"): qualifiers and nouns, not "said" or "the".
    const words = roleBefore[2].trim().split(/\s+/);
    let from = words.length - 1;
    // "we now have Councillor Ian Redfern": a verb or an adverb before the title is no part of it.
    while (from > 0 && (ROLE_QUALIFIER_SET.has(words[from - 1] as string) || (isNoun(words[from - 1] as string) && !SPEECH_WORD.test(words[from - 1] as string) && !NOT_OF_A_ROLE.has(words[from - 1] as string)))) from--;
    // Words before the role that are no part of it: the body they speak for was not named either.
    const whole = from === 0;
    // "Former coxswain Dennis Pascoe": a capitalised qualifier opening the sentence is the role's, not a body's.
    const qualifier = whole && roleBefore[1] !== undefined && ROLE_QUALIFIER_SET.has(roleBefore[1].toLowerCase()) ? roleBefore[1].toLowerCase() : null;
    const body = whole && roleBefore[1] && !qualifier && !NOT_A_NAME.has(roleBefore[1].split(/\s+/)[0] ?? '') ? roleBefore[1] : undefined;
    const part = [qualifier, ...words.slice(from)].filter(Boolean).join(' ');
    // "Council leader Cllr Priya Hallam (Labour)": where the brackets say whose side they are on, the word before the role qualifies it.
    const office = (body && organisation !== null ? `${body} ${part}` : part).trim().toLowerCase();
    role = role !== null && role === clause ? office : withOffice(role, office, candidate.title);
    if (body) organisation ??= cleanOrganisation(body);
    evidence = true;
  }
  // "The Harbourmaster, Captain Ann Lee,": the part set off before the name and its title.
  const named = APPOSITIVE_BEFORE.exec(candidate.title ? before.replace(TITLE_AT_END, '') : before);
  if (named?.[1] && named[2] && isRoleHead(named[2].toLowerCase())) {
    role = withOffice(role, named[1].trim().toLowerCase(), candidate.title);
    // "el consejero de Hacienda, Ramón Cuesta", "the head of Northline Rail, …": whose part it is, where a name says so.
    if (named[3] && /^\p{Lu}/u.test(named[3])) organisation ??= cleanOrganisation(named[3]);
    // "The Estuary Wildlife Trust welcomed it. Its conservation officer, Dr Halima Ostrander, …": "its" is the body named last.
    if (/(?:^|[^\p{L}])(?:its|their)\s+[^,]*,\s+$/iu.test(before)) {
      organisation ??= lastOrganisation(text.slice(Math.max(0, candidate.index - LOOK_BEHIND * 3), candidate.index), isOrganisationName);
    }
    // "The Northern Union's foreign policy chief, Marguerite Sallow": the body the part is of, named before it.
    const of = /(?:^|[^\p{L}])(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+,\s+$/u.exec(before)?.[1];
    // "Ms Adeyemi's junior, Toby Farquharson": a person's part beside someone else is no body's.
    if (of && !/^(?:The|His|Her|Its|Their|Our|My)$/.test(of) && !HONORIFIC_WORD.test(of.split(/\s+/)[0] ?? '')) organisation ??= of;
    evidence = true;
  }
  const copula = ROLE_COPULA.exec(after);
  if (copula?.[1] && copula[2] && copula[3] && isRoleHead(copula[2].toLowerCase())) {
    role ??= copula[1].trim();
    organisation ??= cleanOrganisation(copula[3]);
    evidence = true;
  }
  const appositive = ROLE_APPOSITIVE.exec(after);
  // "directrice administrative et financière", "président-directeur général": French and Spanish put the noun first.
  const first = appositive?.[1]?.trim().split(/[\s-]+/)[0] ?? '';
  if (appositive?.[1] && appositive[2] && (isRoleHead(appositive[2]) || (first !== appositive[2] && ROLE_NOUN_WORDS.has(first.toLowerCase()) && !/^(?:the|a|an)$/i.test(first)))) {
    // "Councillor Rosalind Quayle, the Mayor of Pellmouth,": the office said after the name beside the one its title gives.
    const stated = appositive[1].trim();
    role = role !== null && role === candidate.title && labelled === null ? withOffice(role, stated.toLowerCase(), candidate.title) : besideLabel(stated);
    if (appositive[3]) organisation ??= cleanOrganisation(appositive[3]);
    evidence = true;
  } else if (roster) {
    const any = ANY_APPOSITIVE.exec(after);
    if (any?.[1]) role = besideLabel(any[1].trim());
  }
  const entry = roster ? ROSTER_ENTRY.exec(after) : null;
  if (entry?.[1] && entry[2] && (!role || entry[1].toLowerCase().startsWith(role.toLowerCase()))) {
    // A roster's entry says it in order: "Director of Policy, Rural Access Alliance", not "Director" of "Policy".
    role = entry[1].trim();
    organisation = cleanOrganisation(entry[2]);
    evidence = true;
  }
  // "Hon. Rutger Vollmann of Idaho, Chairman;": where they are from, then their part.
  const fromThenPart = roster && !role ? PLACE_THEN_PART.exec(after) : null;
  if (fromThenPart?.[1] && isRoleHead((fromThenPart[1].split(/\s+/).pop() ?? '').toLowerCase())) {
    role = fromThenPart[1].trim();
    evidence = true;
  }
  // "Tomás Ortega (Eastport Fishermen's Association)": a name in brackets describes the one before;
  // "Mill Lane Traders' Association": a run that goes on past a possessive is part of a longer name.
  // '"A working printer on ward 6." (Dan Hughes, pharmacist)': a quotation cited to its source in brackets names who said it.
  const cited = /["”’]\s*\(\s*$/.test(before) && /^\s*(?:,[^()]{0,100})?\)/.test(after);
  if (cited) role ??= /^\s*,\s*([^,()]{2,60})/.exec(after)?.[1]?.trim() ?? null;
  if ((!cited && /\(\s*$/.test(before)) || /^['’]s?\s+\p{Lu}/u.test(after)) return null;
  // "Head of Asset Management at Northgate": the field of a role, not a person.
  const fieldOf = /\b(\p{L}+)\s+of\s+$/u.exec(before)?.[1];
  if (fieldOf && isRoleHead(fieldOf.toLowerCase())) return null;
  // "A, Senior Lecturer in …, University of Carrow;": in a roster, a capitalised role after a name is no one.
  if (roster && /,\s*$/.test(before) && isRolePhrase(candidate.name)) return null;
  // A table's row is its cells set between dashes: "… — Wife — Carrow Edge" signs nothing.
  const signed = !table && /[—–]\s*$/.test(before) && /^\s*(?:,[^.!?]{0,80})?[.!?]?\s*$/.test(after);
  if (signed) organisation ??= /^\s*,\s*([^.!?]{2,80}?)[.!?]?\s*$/.exec(after)?.[1]?.trim() ?? null;
  // "Callum: "There's only one good first move."", "Sofia on the components: "I love the boats."": notes quote whom a
  // sentence opens with, a colon before the quotation its cue.
  const colonQuoted = COLON_QUOTED.test(after) && (SENTENCE_OPENS.test(justBefore) || NOTE_FORM_BEFORE.test(justBefore));
  // ", 62, retired nurse," is set off before the verb; ", a précisé que l’équipement « ne fonctionne pas, …" is the verb.
  const speaks = SPEECH_AFTER_SUBJECT.test(after.replace(/^\s*(?:,[^,"“”«»„]{1,80},|\([^)]*\))/, '')) || SPEECH_BEFORE.test(before) || SOURCE_BEFORE.test(before) || signed || cited || colonQuoted;
  // "we interviewed people in Harrowby, Colwick and Stanmere Vale": in a roster, a place after "in" is no one.
  if (!evidence && !speaks && (!roster || PLACE_BEFORE.test(before))) return null;
  if (isOrganisationName(candidate.name)) {
    // An organisation is a speaker only when it speaks; its role and organisation are not a person's.
    return speaks || STATEMENT_AFTER.test(after) ? { name: candidate.name, organisation: null, role: null, isOrganisation: true } : null;
  }
  if (presides && !role?.split(/\s*;\s*/).includes(presides)) role = role ? `${role}; ${presides}` : presides;
  return { name: candidate.name, organisation, role, isOrganisation: false };
}

/**
 * A role with an office written before the name: "The Vice-Chancellor, Professor Hannah Obi", "Council leader Cllr
 * Priya Hallam". The office comes first and the part the title gives after it; a role read otherwise stays as it is.
 */
function withOffice(role: string | null, office: string, title: string | null): string {
  if (role === null) return office;
  return role === title && office !== role ? `${office}; ${role}` : role;
}

/** "Senior Lecturer", "Managing Director": qualifiers and a role noun, where "Tom Baker" is a name. */
function isRolePhrase(words: string): boolean {
  const parts = words.toLowerCase().split(/\s+/);
  return isRoleHead(parts.pop() ?? '') && parts.every((w) => ROLE_QUALIFIER_SET.has(w));
}
const ROLE_QUALIFIER_SET = new Set(ROLE_QUALIFIERS.map((w) => w.toLowerCase()));

/** "Cartridge maker Fujinami said in a statement": one capitalised word that speaks as an organisation. */
function singleWordOrganisations(text: string): string[] {
  if (!/\b(?:said|says|announced|statement)\b/.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}&-]{2,})(?=\s+(?:said|says|announced|confirmed|stated))/gu)) {
    const word = m[1] as string;
    if (NOT_A_NAME.has(word) || ROLE_TITLE.has(word)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "Nordvik Container Lines said", "Bank of Corlan said": the last word of a longer name is none of its own.
    if (/(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\b(?:of|for|and|de|du|&))\s+$/u.test(before)) continue;
    const after = text.slice(m.index + word.length, m.index + word.length + 60);
    if (ORG_DESCRIPTOR.test(before) || STATEMENT_AFTER.test(after)) out.push(word);
  }
  return out;
}

/**
 * "MS. LORNA VADE, Assistant District Attorney", "THE HONORABLE ADA FENWICK, Circuit Judge": a
 * name in capitals, after an honorific or before the comma of its description, read as a name
 * is written ("Lorna Vade"). The same length, so that every offset in the text still holds.
 */
export function titledCapitals(text: string): string {
  // "DR CHIDI OKAFOR is a senior lecturer …", "MARGARET HARGREAVES chairs …": a panel's box opens each entry with the name in capitals.
  const opened = CAPITALS_OPENING.test(text) ? text.replace(CAPITALS_OPENING, (run) => run.replace(/\p{Lu}[\p{Lu}'’-]*/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase())) : text;
  const surnamed = surnamesTitled(opened);
  // Most text has no name in capitals before a comma: a comma first, a cheap test, then the pattern.
  if (!surnamed.includes(', ') || !/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(surnamed)) return surnamed;
  // "THANK YOU, MADAM PRESIDENT", "GOOD EVENING, EVERYBODY" in a captioner's capitals: words of the language, no name.
  return surnamed.replace(/(?<=^|[:;]\s+)(?:(?:THE\s+)?(?:MR|MS|MRS|DR|HONORABLE|HONOURABLE)\.?\s+)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2}(?=,\s)/gu, (run) => {
    const titled = run.replace(/\p{Lu}[\p{Lu}'’-]*/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
    return greets(titled) || titled.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || PRONOUNS.has(w.toLowerCase())) ? run : titled;
  });
}

/** A cast list's entry: a name of two to four words (in capitals or not) before a dash or a comma. */
const CAST_ENTRY = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*(?=\s*(?:[—–]|\s-\s|,))/u;

/**
 * "Philippa Jane NORLAND", "DS 1630 Marcus EBBW": given names, then the surname in capitals, as forms and police
 * records write it (not "Kelbury CID": an acronym has three letters or fewer, and an organisation's word is none).
 */
const GIVEN_THEN_CAPITALS_SOURCE = String.raw`(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(\p{Lu}{4,}(?:-\p{Lu}{2,})?|\p{Lu}+['’]\p{Lu}+)(?![\p{L}'’])(?!\s+\p{Lu}{2,})`;
const GIVEN_THEN_CAPITALS = new RegExp(GIVEN_THEN_CAPITALS_SOURCE, 'u');
const GIVEN_THEN_CAPITALS_ALL = new RegExp(GIVEN_THEN_CAPITALS_SOURCE, 'gu');

/** "Maëlle GUIVARC'H" → "Maëlle Guivarc'h": a surname in capitals after given names, written as a name. */
const CAPITALS_OPENING = /^(?:(?:DR|MR|MS|MRS|PROF|CLLR)\.?\s+)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2}(?=\s+\p{Ll}{2,})/u;
export function surnamesTitled(text: string): string {
  if (!GIVEN_THEN_CAPITALS.test(text)) return text;
  return text.replace(GIVEN_THEN_CAPITALS_ALL, (run, surname: string) => (isOrganisationName(run) ? run : run.slice(0, run.length - surname.length) + titleCase(surname)));
}

/** Whether a handle is made from the name: "mkoh" and "tbrandt" hold a surname, "daze" is part of Adaeze, "lunaq" of Luna. */
function handleOf(name: string, handle: string, after = ''): boolean {
  // "(@pri_shaders)": an "@" says a handle, whatever it spells; without one, a word in brackets is a handle where it spells the name.
  if (/^\s*\(@/.test(after)) return true;
  const bare = handle.replace(/[\d_.-]/g, '');
  return bare.length >= 3 && foldName(name).split(/\s+/).some((part) => part.length >= 3 && (bare.includes(part) || (bare.length >= 4 && inOrder(bare, part)) || (part.length >= 4 && bare.includes(part.slice(0, 4)))));
}

/** Whether `short`'s letters appear in `long` in order: "daze" in "adaeze". */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/** "Councillor Bev Tannahill" for Bev Tannahill: one word of a title, then a full name. */
function titledName(text: string, name: string): boolean {
  const title = text.slice(0, text.length - name.length - 1);
  return /\s/.test(name) && text.endsWith(` ${name}`) && !/\s/.test(title) && isRoleHead(title.replace(/\.$/, ''));
}

function cleanOrganisation(text: string): string | null {
  // "[Caption: Declan Moyle, inshore fisherman, Calloway]": the bracket closing the caption is no part of the name.
  const unclosed = (open: string, close: string) => text.split(open).length < text.split(close).length;
  const bare = text.replace(/\]$/, (m) => (unclosed('[', ']') ? '' : m)).replace(/\)$/, (m) => (unclosed('(', ')') ? '' : m));
  const cleaned = bare.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/[.,;:]+$/, '').trim();
  // "Attorney for Inmate", "Counsel for the Claimant": for whom someone acts, one kind of person, is no organisation
  // ("Traders", "Partners" in the plural may name a body, "Conservative" a party).
  const person = !/\s/.test(cleaned) && !/s$/i.test(cleaned) && isKindOfPerson(cleaned.toLowerCase()) && !isAdjective(cleaned.toLowerCase());
  return cleaned && !person ? cleaned : null;
}

/**
 * The organisation a role clause names: after "at"/"for" ("works at Acme"), else the object of
 * "founded"/"runs" ("founded the Fixers' Table … in a Bristol church hall" → Fixers' Table),
 * else the last capitalised run.
 */
function organisationIn(clause: string): string | null {
  const at = new RegExp(String.raw`\b(?:at|for|with)\s+(${ORGANISATION})`, 'u').exec(clause)?.[1];
  if (at && /\p{Lu}/u.test(at)) return cleanOrganisation(at);
  const object = new RegExp(String.raw`^(?:founded|co-founded|runs|ran|leads|led|heads|headed|directs|directed|manages|managed|chairs|chaired|owns|represents)\s+(?:the\s+)?(${ORGANISATION})`, 'u').exec(clause)?.[1];
  if (object && /^\p{Lu}/u.test(object)) return cleanOrganisation(object);
  return lastOrganisation(clause);
}

const ORGANISATIONS = new RegExp(ORGANISATION, 'gu');

/** The last capitalised run of a clause that may name an organisation, and that `test` accepts as one. */
function lastOrganisation(clause: string, test: (run: string) => boolean = () => true): string | null {
  const runs = [...clause.matchAll(ORGANISATIONS)].map((m) => m[0]).filter((r) => /\p{Lu}/u.test(r) && test(r));
  const last = runs[runs.length - 1];
  return last ? cleanOrganisation(last) : null;
}
