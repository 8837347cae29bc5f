import {
  CAPITALISED_RUN,
  HONORIFIC,
  HONORIFIC_BEFORE,
  IS_CJK_NAME,
  IS_PARTICIPANT_CODE,
  participantForms,
  NOT_A_NAME,
  ORGANISATION,
  ORGANISATION_WORDS,
  ROLE_QUALIFIERS,
  ROLE_TITLE,
  SOURCE_BEFORE,
  SPEECH_AFTER_SUBJECT,
  SPEECH_BEFORE,
  ROLE_NOUNS,
  alternation,
  sentenceSpans,
} from './language.ts';
import { isCommonWord, isPersonNoun } from './wordnet.ts';
import { ROLE_LABELS } from './roleWords.ts';
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

export interface NameAt {
  name: string;
  index: number;
  end: number;
  /** A job title that opened the run: "Analyst" in "Analyst Tony Iams said". */
  title: string | null;
}

/** A job or a kind of person: a listed role noun, or a noun WordNet files under people ("entomologist", "mentor"). */
export function isRoleHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_NOUN_SET.has(lower)) return true;
  // A capitalised word beside a name is most likely a name: WordNet files "Reye" and "Lincoln" under people too.
  return /^[\p{Ll}-]+$/u.test(word) && lower.length >= 4 && isPersonNoun(lower);
}
const ROLE_NOUN_SET = new Set(ROLE_NOUNS.map((w) => w.toLowerCase()));

/** How far before a name the patterns look: enough for "Some Research analyst", and loading stays linear. */
const LOOK_BEHIND = 120;
const LOOK_AHEAD = 200;

/** Runs of capitalised words (two to four, or one CJK name) that could be a person's name. */
function candidateNames(text: string): NameAt[] {
  const out: NameAt[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const start = match.index;
    if (start > 0 && /[\p{L}\p{N}'’]/u.test(text[start - 1] ?? '')) continue;
    if (IS_CJK_NAME.test(match[0]) || IS_PARTICIPANT_CODE.test(match[0])) {
      out.push({ name: match[0], index: start, end: start + match[0].length, title: null });
      continue;
    }
    const words = match[0].split(/\s+/);
    let offset = 0;
    let title: string | null = null;
    // "Farmer Ruth Kellan", "Analyst Tony Iams": a word for a kind of person before a full name is a title.
    const titled = (w: string) => ROLE_TITLE.has(w) || (words.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(w) && isPersonNoun(w.toLowerCase()) && !isCommonWord(w.toLowerCase()));
    // "Transport Minister Marguerite Osei", "Prime Minister Anders Feld": a title of two or three words before the name.
    const titleEnd = words.findIndex((w, i) => i >= 1 && i <= 2 && words.length - i - 1 >= 2 && ROLE_TITLE.has(w) && words.slice(0, i).every((q) => /^\p{Lu}\p{Ll}+$/u.test(q)));
    const leading = titleEnd > 0 ? titleEnd + 1 : 0;
    for (let n = 0; n < leading; n++) {
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    if (leading > 0) title = match[0].slice(0, offset).trim().toLowerCase().replace(/^(?:the\s+)?(?:honou?rable|hon\.?)\s+/, '');
    while (words.length > 0 && (NOT_A_NAME.has(words[0] ?? '') || titled(words[0] ?? ''))) {
      // "Mayor Pro Tem Jo Rand": the words after a title that are no name are the title's.
      if (titled(words[0] ?? '')) title = (words[0] ?? '').toLowerCase();
      else if (title && TITLE_TAILS.has(words[0] ?? '')) title = `${title} ${(words[0] ?? '').toLowerCase()}`;
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    const real = words.filter((w) => !/^\p{Lu}\.$/u.test(w) && /^\p{Lu}/u.test(w));
    if (real.length < 2 || real.length > 4 || words.some((w) => NOT_A_NAME.has(w))) continue;
    // "Lisle Street", "Kell Bay": a place, no one's name.
    if (PLACE_WORDS.has(words[words.length - 1] ?? '')) continue;
    // "Vice President", "Chief Financial Officer": a title, no one's name.
    if (words.every((w) => ROLE_TITLE.has(w) || TITLE_WORDS.has(w.toLowerCase()))) continue;
    const name = words.join(' ');
    out.push({ name, index: start + offset, end: start + offset + name.length, title });
  }
  return out;
}

/** Words that finish a title before a name: "Mayor Pro Tem", "Speaker Pro Tempore". */
const TITLE_TAILS = new Set(['Pro', 'Tem', 'Tempore']);

/** Words that make up titles: "Vice President", "Chief Operating Officer", "Managing Director". */
const TITLE_WORDS = new Set([...ROLE_QUALIFIERS, ...ROLE_NOUNS.map((w) => w.toLowerCase()), 'president', 'officer', 'director', 'manager', 'head', 'relations', 'affairs', 'communications', 'operations']);

/** The last word of a place's name, and of no one's (Park, Hill, Lane and Marsh are surnames too). */
const PLACE_WORDS = new Set(['Street', 'Avenue', 'Road', 'Square', 'Valley', 'Station', 'Airport', 'Harbour', 'Harbor', 'Point', 'Island', 'Islands', 'Mountains', 'County', 'District', 'Province', 'Boulevard', 'Terrace', 'Crescent', 'Gardens', 'Beach', 'Coast', 'Bay', 'Peak', 'Forest', 'Canyon', 'Creek', 'Ridge', 'Falls', 'Glacier', 'Reservoir']);

/** Headings of a list of who took part. */
const ROSTER_HEADING = /\b(?:attendees|attendance|present|participants|panell?ists|speakers|guests|members present|who'?s who|cast|delegates)\b/i;
/** "Jana Kovářová (JK)": the initials minutes will use for her. */
const INITIALS_AFTER = /^\s*\((\p{Lu}{2,4})\)/u;
/** "Mireille Koh (mkoh)", "Adaeze Oyelowo (daze)": the handle a chat log will use for them. */
const HANDLE_AFTER = /^\s*\(@?([\p{Ll}][\p{Ll}\d_.-]{1,19})\)/u;
/** "Jana Kovářová (JK) — chair", "Ann Lee - treasurer": a role after a dash. */
const DASH_ROLE = /^\s*(?:\([^()]*\)\s*)?[—–-]\s+(?!(?:about|in|on|at|for|from|with|to|of|and|but|or|as|by|which|that|who|where|when|between|during)\b)([\p{L}][\p{L}'’ -]{1,60}?)\s*(?=[,.;(]|$)/u;
const ORG_AFTER = new RegExp(String.raw`^\s+(?:of|from|at)\s+(${ORGANISATION})`, 'u');
/** "(Helix Cloud)", "(Chair)": brackets with words in them; "(00:05:03)" is a time, not a description. */
const PAREN_AFTER = /^\s*\((?=[^()]*\p{L}[^()]*\))(?![^()]*\d{1,2}:\d{2})([^()]{1,80})\)/u;
/** ", who runs the lab": a clause that only a person takes; its verb says whether it is a role. */
const WHO_CLAUSE = /^\s*(?:,|—|–|--)\s*who\s+([a-z][^,.;—–]*?)(?=\s*(?:,|\.|;|--|—|–|\(|$))/;
const ROLE_CLAUSE = /^(?:(?:is|was)\s+(?:a|an|the|now|also|currently|still)\b|runs|ran|leads|led|heads|headed|directs|directed|manages|managed|founded|co-founded|works|worked|chairs|chaired|oversees|serves|served|teaches|taught|represents|owns|coordinates|edits|hosts|drives|drove|farms|farmed|builds|designs|studies|trains|fixes|repairs|sells|writes|coaches|nurses|(?:has|had|have)\s+(?:been\s+)?(?:\w+ed|run|led|taught|driven|built|grown|done|worked|spent))\b/;
/** "Kwame Mensah runs the hardware group at Qubitworks": a role stated as what the person does. */
const DOES_CLAUSE = new RegExp(
  String.raw`^\s+((?:runs|leads|heads|directs|manages|chairs|oversees|founded|co-founded)\s+(?:the\s+|a\s+|an\s+)?[a-z][\w\s-]{0,40}?)\s+(?:at|of|for)\s+(${ORGANISATION})`,
  'u',
);
/** "Some Research analyst Jane Roe", "analyst Tony Iams", "hydrologist Helena Brandt": the last word is checked with isRoleHead. */
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?!I\s)(${ORGANISATION})\s+)?((?:(?:${alternation(ROLE_QUALIFIERS)})\s+){0,2}([\p{Ll}-]{3,}))\s+$`, 'u');
/** "Jane Roe, an analyst at Some Research,", "Ana Sousa, an entomologist at the University of East Thames who …": the head is checked with isRoleHead. */
const ROLE_APPOSITIVE = new RegExp(
  String.raw`^\s*,\s+(?:(?:the|a|an|its|their|our|his|her)\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:of|for)\s+[a-z][\w\s-]*?)?)(?:\s+(?:at|of|for|with|from|in)\s+(${ORGANISATION}))?(?:\s+(?:in|at|from|with|on)\s+(?:his|her|their|the|a)\s+[\p{Ll}][^,.;:]{0,30})?\s*(?:[,.;:]|--|—|\s+who\b|$)`,
  // Not case-insensitive: under /i, \p{Lu} matches any letter and the organisation runs on into "who studies …".
  'u',
);
/** "My mentor, Graham Pettifer", "the bank's chief economist, Ann Lee": the role stands before the name. */
const APPOSITIVE_BEFORE = /(?:^|[^\p{L}])(?:my|our|his|her|their|its|the|a|an)\s+((?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+))(?:\s+(?:for|of|at|in|from)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?,\s+$/iu;
/** "Olu Adeyemi, an independent consultant" needs no role noun list: in a roster any apposition is a role. */
const ANY_APPOSITIVE = /^\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:(?:the|a|an)\s+)?([a-z][\w\s-]{2,60}?)\s*(?=[,;.]|\band\b|$)/;
/** Sentences that list who took part, every name in them a speaker: "Present:", "Joined by", and a court's "Before:", "For the State:", "Appearances". */
const ROSTER =
  /^\s*(?:for\s+the\s+[a-z ]{2,30}|before)\s*:|\b(?:narrator|interviewer|interviewee|moderator|chair|host|guest|witness|speaker|respondent|participant|president|rapporteur|delegates?|representatives?|delegation|judge|reporter|clerk|counsel)s?\s*:|\bappearances\b|\b(?:panell?ists?|panel members|speakers (?:were|are|included)|participants|guests|attendees|present|in attendance|joined by|moderated by|chaired by|hosted by|interviewed|spoke (?:with|to)|talked (?:with|to)|sat down with|in conversation with|interview with|members present|apologies|absent|regrets|also present|in the room|on stage|joining (?:her|him|them|us|me))\b/i;
/** Nouns before a single capitalised word that make it an organisation: "cartridge maker Fujinami". */
const ORG_DESCRIPTOR =
  /\b(?:maker|makers|company|firm|vendor|provider|supplier|start-?up|group|bank|agency|regulator|retailer|manufacturer|operator|carrier|insurer|lender|publisher|giant|rival|chipmaker|automaker|airline|broadcaster|utility|council|ministry|charity|union|organi[sz]ation|consultancy|developer|distributor)\s+$/i;
/** "Councillor Margaret Ellery, in the chair": who chairs the meeting. */
const IN_THE_CHAIR = /^\s*,?\s+(?:was\s+|is\s+)?in\s+the\s+chair\b/;
/** "Narrator: ", "Interviewer: " right before a name. */
const ROLE_COLON = new RegExp(String.raw`\b(${ROLE_LABELS.join('|')})\s*:\s*$`, 'i');
/** "moderated by Priya Natarajan": the verb gives the role. */
const ROLE_BY = /\b(moderated|chaired|hosted|interviewed|presented)\s+by\s+$/i;
const ROLE_OF_BY: Record<string, string> = { moderated: 'moderator', chaired: 'chair', hosted: 'host', interviewed: 'interviewer', presented: 'presenter' };
const STATEMENT_AFTER = /^\s+(?:said|says|announced|confirmed|stated|added|noted|warned)\s+(?:in\s+a\s+(?:statement|press release|release|filing|blog post|note)|on\s+\p{L}+day)\b/iu;

/** "in Harrowby, Colwick and ", "from ": what stands before a place in a list of places. */
const PLACE_BEFORE = /\b(?:in|at|from|near|across|around|to|towards|into|for)\s+(?:[a-z]+\s+){0,4}(?:[—–:(]\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|\band\b|&)\s*)*$/u;

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
export function detectSpeakers(blocks: { text: string; section?: string | null; kind?: string }[]): ReportSpeaker[] {
  const people = new Map<string, Found>();
  const organisations = new Map<string, Found>();
  const initials = new Map<string, string>();
  for (const { text: written, section, kind } of blocks) {
    const text = titledCapitals(written);
    // Under "## Attendees" a list item is a roster line: "Jana Kovářová (JK) — chair".
    const rosters = kind === 'list-item' && section && ROSTER_HEADING.test(section) ? [[0, text.length] as [number, number]] : rosterSpans(text);
    for (const candidate of candidateNames(text)) {
      const roster = rosters.some(([start, end]) => candidate.index >= start && candidate.index < end);
      const found = describe(text, candidate, roster);
      if (!found) continue;
      const own = INITIALS_AFTER.exec(text.slice(candidate.end, candidate.end + 12))?.[1];
      if (own && own === initialsOf(candidate.name)) initials.set(candidate.name, own);
      const handle = HANDLE_AFTER.exec(text.slice(candidate.end, candidate.end + 26))?.[1];
      if (handle && handleOf(candidate.name, handle)) initials.set(candidate.name, handle);
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
  return [...people.values(), ...speaking].map((f) => ({
    name: f.name,
    aliases: f.isOrganisation ? [] : [...new Set([...defaultAliases(f.name), ...(initials.has(f.name) ? [initials.get(f.name) as string] : [])])],
    shortNames: f.isOrganisation ? [] : shortNamesOf(f.name),
    organisation: f.organisation,
    role: f.role,
    isAuthor: false,
    isOrganisation: f.isOrganisation,
  }));
}

/** "Marsh, a soil scientist at Hartwell University,": a surname, then what the person is. */
const SURNAME_APPOSITIVE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\s)(\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the)\s+([\p{Ll}][\p{Ll}'’ -]{2,50}?)(?:\s+(?:at|of|for|with|from)\s+(${ORGANISATION}))?\s*[,.;]`, 'gu');

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

/** "…: Mr. Benedek Horvai (Solvania); Mrs. Amara Diallo-Petit (Estravia)": after a colon, two or more names each with its brackets list people. */
const LISTED_NAME = /(?:^|[:;,]\s*)(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*\([^()]{1,60}\)/gu;

function listedNames(text: string): [number, number][] {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > text.length - 10) return [];
  const listed = [...text.slice(colon).matchAll(LISTED_NAME)].length;
  return listed >= 2 ? [[colon, text.length]] : [];
}

/** The parts of a text that list who took part: from "the panellists were" to the end of that sentence. */
function rosterSpans(text: string): [number, number][] {
  if (!ROSTER.test(text)) return listedNames(text);
  const out: [number, number][] = [];
  for (const [start, end] of sentenceSpans(text)) {
    const m = ROSTER.exec(text.slice(start, end));
    if (m) out.push([start + m.index, end]);
  }
  return out;
}

/** What the text around one capitalised run says about it, or null when it is not a speaker. */
function describe(text: string, candidate: NameAt, roster: boolean): Found | null {
  // "marine biologist Dr. Helen Marsh": the title stands before the honorific.
  const before = text.slice(Math.max(0, candidate.index - LOOK_BEHIND), candidate.index).replace(HONORIFIC_BEFORE, '');
  const after = text.slice(candidate.end, candidate.end + LOOK_AHEAD);
  let organisation: string | null = null;
  let role: string | null = candidate.title;
  let evidence = candidate.title !== null;

  // "Naomi Farrow, Esq.": a lawyer, as the suffix says.
  if (/^\s*,?\s*Esq\b/.test(after)) {
    role ??= 'attorney';
    evidence = true;
  }
  const org = ORG_AFTER.exec(after.replace(/^\s*,?\s*Esq\.?,?/, ''));
  if (org?.[1]) {
    organisation = cleanOrganisation(org[1]);
    evidence = true;
  }
  const dash = roster ? DASH_ROLE.exec(after) : null;
  if (dash?.[1]) {
    role ??= dash[1].trim().toLowerCase();
    evidence = true;
  }
  const paren = PAREN_AFTER.exec(after);
  const handle = HANDLE_AFTER.exec(after)?.[1];
  if (paren?.[1] && !/^\p{Lu}{2,6}$/u.test(paren[1]) && !(handle && handleOf(candidate.name, handle))) {
    // "(Chair)", "(Plot Coordinator)" are roles; "(Helix Cloud)", "(Eastport Fishermen's Association)" organisations.
    for (const part of paren[1].split(/\s*[,;]\s*/)) {
      const head = part.split(/\s+/).pop() ?? '';
      if (/^\p{Lu}/u.test(part) && (isOrganisationName(part) || !isRoleHead(head))) organisation ??= cleanOrganisation(part);
      else role ??= part.toLowerCase();
    }
    evidence ||= roster || role !== null;
  }
  const who = WHO_CLAUSE.exec(after);
  if (who?.[1]) {
    if (ROLE_CLAUSE.test(who[1])) {
      role ??= who[1].trim();
      organisation ??= organisationIn(who[1]);
    }
    evidence = true;
  }
  const does = DOES_CLAUSE.exec(after);
  if (does?.[1]) {
    role ??= does[1].trim();
    organisation ??= does[2] ? cleanOrganisation(does[2]) : null;
    evidence = true;
  }
  if (IN_THE_CHAIR.test(after)) {
    role = role ? `chair; ${role}` : 'chair';
    evidence = true;
  }
  // "Narrator: Mabel Ocheng (MO)": a part named before the colon.
  const part = roster ? ROLE_COLON.exec(before) : null;
  if (part?.[1]) {
    role ??= part[1].toLowerCase();
    evidence = true;
  }
  const by = ROLE_BY.exec(before);
  if (by?.[1]) {
    // "chaired by Priya Natarajan, who directs the Forum": both are her roles, the panel's first.
    const part = ROLE_OF_BY[by[1].toLowerCase()] ?? null;
    role = part && role ? `${part}; ${role}` : (part ?? role);
    evidence = true;
  }
  const roleBefore = ROLE_BEFORE.exec(before);
  if (roleBefore?.[2] && roleBefore[3] && isRoleHead(roleBefore[3])) {
    role ??= roleBefore[2].trim().toLowerCase();
    if (roleBefore[1] && !NOT_A_NAME.has(roleBefore[1].split(/\s+/)[0] ?? '')) organisation ??= cleanOrganisation(roleBefore[1]);
    evidence = true;
  }
  const named = APPOSITIVE_BEFORE.exec(before);
  if (named?.[1] && named[2] && isRoleHead(named[2])) {
    role ??= named[1].trim().toLowerCase();
    evidence = true;
  }
  const appositive = ROLE_APPOSITIVE.exec(after);
  if (appositive?.[1] && appositive[2] && isRoleHead(appositive[2])) {
    role ??= appositive[1].trim();
    if (appositive[3]) organisation ??= cleanOrganisation(appositive[3]);
    evidence = true;
  } else if (roster) {
    const any = ANY_APPOSITIVE.exec(after);
    if (any?.[1]) role ??= any[1].trim();
  }
  // "Tomás Ortega (Eastport Fishermen's Association)": a name in brackets describes the one before;
  // "Mill Lane Traders' Association": a run that goes on past a possessive is part of a longer name.
  if (/\(\s*$/.test(before) || /^['’]s?\s+\p{Lu}/u.test(after)) return null;
  const signed = /[—–]\s*$/.test(before) && /^\s*(?:,[^.!?]{0,80})?[.!?]?\s*$/.test(after);
  if (signed) organisation ??= /^\s*,\s*([^.!?]{2,80}?)[.!?]?\s*$/.exec(after)?.[1]?.trim() ?? null;
  const speaks = SPEECH_AFTER_SUBJECT.test(after.replace(/^\s*(?:,[^,]{1,80},|\([^)]*\))/, '')) || SPEECH_BEFORE.test(before) || SOURCE_BEFORE.test(before) || signed;
  // "we interviewed people in Harrowby, Colwick and Stanmere Vale": in a roster, a place after "in" is no one.
  if (!evidence && !speaks && (!roster || PLACE_BEFORE.test(before))) return null;
  if (isOrganisationName(candidate.name)) {
    // An organisation is a speaker only when it speaks; its role and organisation are not a person's.
    return speaks || STATEMENT_AFTER.test(after) ? { name: candidate.name, organisation: null, role: null, isOrganisation: true } : null;
  }
  return { name: candidate.name, organisation, role, isOrganisation: false };
}

/** "Cartridge maker Fujinami said in a statement": one capitalised word that speaks as an organisation. */
function singleWordOrganisations(text: string): string[] {
  if (!/\b(?:said|says|announced|statement)\b/.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}&-]{2,})(?=\s+(?:said|says|announced|confirmed|stated))/gu)) {
    const word = m[1] as string;
    if (NOT_A_NAME.has(word) || ROLE_TITLE.has(word)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + word.length, m.index + word.length + 60);
    if (ORG_DESCRIPTOR.test(before) || STATEMENT_AFTER.test(after)) out.push(word);
  }
  return out;
}

/** "Some Research", "Helix Cloud", "Shanghai Data Group": a run that ends in an organisation word. */
/**
 * "MS. LORNA VADE, Assistant District Attorney", "THE HONORABLE ADA FENWICK, Circuit Judge": a
 * name in capitals, after an honorific or before the comma of its description, read as a name
 * is written ("Lorna Vade"). The same length, so that every offset in the text still holds.
 */
export function titledCapitals(text: string): string {
  if (!/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(text)) return text;
  return text.replace(/(?<=^|[:;]\s+)(?:(?:THE\s+)?(?:MR|MS|MRS|DR|HONORABLE|HONOURABLE)\.?\s+)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2}(?=,\s)/gu, (run) =>
    run.replace(/\p{Lu}[\p{Lu}'’-]*/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()),
  );
}

export function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w) => ORGANISATION_WORDS.has(w)) || /^\p{Lu}{2,}$/u.test(words[0] ?? '');
}

/** Whether a handle is made from the name: "mkoh" and "tbrandt" hold a surname, "daze" is part of Adaeze, "lunaq" of Luna. */
function handleOf(name: string, handle: string): boolean {
  const bare = handle.replace(/[\d_.-]/g, '');
  return bare.length >= 3 && foldName(name).split(/\s+/).some((part) => part.length >= 3 && (bare.includes(part) || (bare.length >= 4 && inOrder(bare, part)) || (part.length >= 4 && bare.includes(part.slice(0, 4)))));
}

/** Whether `short`'s letters appear in `long` in order: "daze" in "adaeze". */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/** "Jana Kovářová" → "JK". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** The surname alone is how prose refers to a person after introducing them; minutes use initials. */
function defaultAliases(name: string): string[] {
  if (IS_CJK_NAME.test(name)) return [];
  if (IS_PARTICIPANT_CODE.test(name)) return participantForms(name);
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

/** The first name: a label ("Priya:") or a question ("what did Priya say") may use it. */
function shortNamesOf(name: string): string[] {
  if (IS_CJK_NAME.test(name) || IS_PARTICIPANT_CODE.test(name)) return [];
  const words = name.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') ? [words[0] as string] : [];
}

function cleanOrganisation(text: string): string | null {
  const cleaned = text.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/[.,;:]+$/, '').trim();
  return cleaned || null;
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

function lastOrganisation(clause: string): string | null {
  const runs = [...clause.matchAll(new RegExp(ORGANISATION, 'gu'))].map((m) => m[0]).filter((r) => /\p{Lu}/u.test(r));
  const last = runs[runs.length - 1];
  return last ? cleanOrganisation(last) : null;
}

/** A name as the report's reader would write it: "Dr. Kwame Mensah" is Kwame Mensah. */
export function personName(text: string): string {
  return text.replace(HONORIFIC, '').replace(/\s+/g, ' ').trim();
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
    return fa === fb || names(a).includes(fb) || names(b).includes(fa);
  };
  const upsert = (entry: ReportSpeaker) => {
    const existing = merged.find((s) => sameAs(s, entry));
    if (!existing) {
      merged.push({ ...entry, aliases: [...entry.aliases], shortNames: [...entry.shortNames] });
      return;
    }
    existing.name = entry.name.includes(' ') ? entry.name : existing.name;
    existing.aliases = [...new Set([...existing.aliases, ...entry.aliases])].filter((a) => a !== existing.name);
    existing.shortNames = [...new Set([...existing.shortNames, ...entry.shortNames])];
    existing.organisation = entry.organisation ?? existing.organisation;
    existing.role = entry.role ?? existing.role;
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

/** Two people with one surname (or initials, or first name): the bare word would be a guess, so neither keeps it. */
function dropAmbiguousAliases(speakers: ReportSpeaker[]): ReportSpeaker[] {
  const count = new Map<string, number>();
  for (const s of speakers) for (const a of new Set([...s.aliases, ...s.shortNames])) count.set(a, (count.get(a) ?? 0) + 1);
  return speakers.map((s) => ({ ...s, aliases: s.aliases.filter((a) => count.get(a) === 1), shortNames: s.shortNames.filter((a) => count.get(a) === 1) }));
}
