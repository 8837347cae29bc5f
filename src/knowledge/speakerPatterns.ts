import { LANGUAGES, OF } from '../language/index.ts';
/** How prose introduces a person, read by speakerDetection.ts: the patterns around a name, and the role word test. */
import { ORGANISATION, PERSON_HONORIFIC, ROLE_NOUN_WORDS, ROLE_QUALIFIERS, ROLE_NOUNS, alternation, either } from './language.ts';
import { isPersonNoun } from './wordnet.ts';
import { ROLE_LABELS } from './roleWords.ts';

/** The small words of the languages besides English ("para", "sans", "hacia"), which English may file as nouns. */
const OTHER_STOP_WORDS: ReadonlySet<string> = new Set(LANGUAGES.filter((l) => l.code !== 'en').flatMap((l) => l.stopWords));

/** A job or a kind of person: a listed role noun, or a noun WordNet files under people ("entomologist", "mentor"). */
export function isRoleHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_NOUN_WORDS.has(lower)) return true;
  // "exalcalde", "exministra", "ex-mayor": a part once held is a part still.
  const former = /^ex-?(\p{L}{4,})$/u.exec(lower)?.[1];
  if (former && ROLE_NOUN_WORDS.has(former)) return true;
  // A capitalised word beside a name is most likely a name: WordNet files "Reye" and "Lincoln" under people too.
  // "siete años de prisión para Ramón Ibarra": a small word of a language read is no part, whatever English files it under.
  if (!/^[\p{Ll}-]+$/u.test(word) || lower.length < 4 || OTHER_STOP_WORDS.has(lower)) return false;
  // "vice-chancellor", "co-founder": a compound WordNet lacks is a kind of its last part.
  return isPersonNoun(lower) || (lower.includes('-') && isPersonNoun(lower.slice(lower.lastIndexOf('-') + 1)));
}

/** How far before a name the patterns look: enough for "Some Research analyst", and loading stays linear. */
export const LOOK_BEHIND = 120;
export const LOOK_AHEAD = 200;

/** Words that finish a title before a name: "Mayor Pro Tem", "Speaker Pro Tempore". */
export const TITLE_TAILS = new Set(['Pro', 'Tem', 'Tempore']);

/** Words that make up titles: "Vice President", "Chief Operating Officer", "Managing Director". */
export const TITLE_WORDS = new Set([...ROLE_QUALIFIERS, ...ROLE_NOUNS.map((w) => w.toLowerCase()), 'president', 'officer', 'director', 'manager', 'head', 'relations', 'affairs', 'communications', 'operations']);

/** The last word of a place's name, and of no one's (Park, Hill, Lane and Marsh are surnames too). */
export const PLACE_WORDS = new Set(['Street', 'Avenue', 'Road', 'Square', 'Valley', 'Station', 'Airport', 'Harbour', 'Harbor', 'Point', 'Island', 'Islands', 'Mountains', 'County', 'District', 'Province', 'Boulevard', 'Terrace', 'Crescent', 'Gardens', 'Beach', 'Coast', 'Bay', 'Peak', 'Forest', 'Canyon', 'Creek', 'Ridge', 'Falls', 'Glacier', 'Reservoir']);

/** Headings of a list of who took part. */
/** The words other languages head a roster with: "Présents", "Asistentes". */
const OTHER_ROSTER_WORDS = LANGUAGES.flatMap((l) => l.rosterWords).join('|');
export const ROSTER_HEADING = new RegExp(String.raw`\b(?:attendees|attendance|present|participants|panell?ists|speakers|guests|members present|who'?s who|cast|characters|dramatis personae|delegates|${OTHER_ROSTER_WORDS})\b`, 'i');
/** "Jana Kovářová (JK)": the initials minutes will use for her. */
export const INITIALS_AFTER = /^\s*\((\p{Lu}{2,4})\)/u;
/** "Mireille Koh (mkoh)", "Adaeze Oyelowo (daze)": the handle a chat log will use for them. */
export const HANDLE_AFTER = /^\s*\(@?([\p{Ll}][\p{Ll}\d_.-]{1,19})\)/u;
/** "Jana Kovářová (JK) — chair", "Ann Lee - treasurer", a cast list's "EDITH PRYCE — sixties. Keeper of the light": a role after a dash (and an age). */
export const DASH_ROLE = /^\s*(?:\([^()]*\)\s*)?[—–-]\s+(?:(?:(?:early|mid|late)[- ])?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d{1,2}s?)[.,]\s+)?(?!(?:about|in|on|at|for|from|with|to|of|and|but|or|as|by|which|that|who|where|when|between|during)\b)([\p{L}][\p{L}'’ &/-]{1,60}?)\s*(?=[,.;(]|$)/u;
export const ORG_AFTER = new RegExp(String.raw`^\s+(?:of|from|at)\s+(${ORGANISATION})`, 'u');
/** "(Helix Cloud)", "(Chair)": brackets with words in them; "(00:05:03)" is a time, not a description. */
export const PAREN_AFTER = /^\s*\((?=[^()]*\p{L}[^()]*\))(?![^()]*\d{1,2}:\d{2})([^()]{1,80})\)/u;
/** "Finalists", "Host", "Moderator:": a short line naming a group, or the part, of the roster lines under it. */
export const GROUP_LINE = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})\s*:?\s*$/u;
/** ", who runs the lab": a clause that only a person takes; its verb says whether it is a role. */
export const WHO_CLAUSE = /^\s*(?:,|—|–|--)\s*who\s+([a-z][^,.;—–]*?)(?=\s*(?:,|\.|;|--|—|–|\(|$))/;
export const ROLE_CLAUSE = /^(?:(?:is|was)\s+(?:a|an|the|now|also|currently|still)\b|runs|ran|leads|led|heads|headed|directs|directed|manages|managed|founded|co-founded|works|worked|chairs|chaired|oversees|serves|served|teaches|taught|represents|owns|coordinates|edits|hosts|drives|drove|farms|farmed|builds|designs|studies|trains|fixes|repairs|sells|writes|coaches|nurses|(?:has|had|have)\s+(?:been\s+)?(?:\w+ed|run|led|taught|driven|built|grown|done|worked|spent))\b/;
/** "Kwame Mensah runs the hardware group at Qubitworks": a role stated as what the person does. */
export const DOES_CLAUSE = new RegExp(
  String.raw`^\s+((?:runs|leads|heads|directs|manages|chairs|oversees|founded|co-founded)\s+(?:the\s+|a\s+|an\s+)?[a-z][\w\s-]{0,40}?)\s+(?:at|of|for)\s+(${ORGANISATION})`,
  'u',
);
/** "Some Research analyst Jane Roe", "analyst Tony Iams", "Conservative group leader Derek Foyle": the last word is checked with isRoleHead, the words before it by the caller. */
export const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?!I\s)(${ORGANISATION})\s+)?((?:(?:${alternation(ROLE_QUALIFIERS)}|[\p{Ll}-]{3,})\s+){0,2}([\p{Ll}-]{3,}))\s+$`, 'u');
/** "Jane Roe, an analyst at Some Research,", "Ana Sousa, an entomologist at the University of East Thames who …": the head is checked with isRoleHead. */
/** "Helen Okafor is Head of Asset Management at Northgate Housing", "Dr Sunita Bhatt is a building physicist at the University of Eastbridge": a role said with a verb. */
export const ROLE_COPULA = new RegExp(
  // "is a senior lecturer in urban economics at the University of Westhaven", "is a campaigner and founder of Level Access": a field or a second part may stand between.
  String.raw`^\s+(?:is|was|has been|serves as|works as)\s+(?:(?:the|a|an|our|their|its)\s+)?((?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)?)(?:\s+(?:in|on)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}|\s+and\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}-]+)?\s+(?:at|of|for|with|from|in)\s+(${ORGANISATION})`,
  'u',
);
// ", y a su consejera de Sanidad, Pilar Etxano": after "and" comes the next person, whose part it is.
export const ROLE_APPOSITIVE = new RegExp(
  String.raw`^\s*,\s+(?!(?:and|or|y|e|o|ni|et|ou)\s)(?:(?:the|a|an|its|their|our|his|her)\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:(?:of|for)\s+|${OF})[\p{Ll}](?:[\p{L}\s-]|(?<=\s[ld])['’])*?)?)(?:\s+(?:at|of|for|with|from|in|de|du|des|del|de la)\s+(${ORGANISATION}))?(?:\s+(?:in|at|from|with|on)\s+(?:his|her|their|the|a)\s+[\p{Ll}][^,.;:]{0,30})?(?:\s*\([^()]{1,40}\))?\s*(?:[,.;:]|--|—|\s+who\b|$)`,
  // Not case-insensitive: under /i, \p{Lu} matches any letter and the organisation runs on into "who studies …".
  'u',
);
/** "My mentor, Graham Pettifer", "the bank's chief economist, Ann Lee", "The Northern Union's foreign policy chief, Marguerite Sallow": the role stands before the name. */
// "Recogió el guante el consejero de Hacienda, Ramón Cuesta": the part runs from the last article, not an earlier one.
export const APPOSITIVE_BEFORE = /(?:^|[^\p{L}])(?:(?:my|our|his|her|their|its|the|a|an|le|la|les|el|los|las|su|sus|son|sa|ses|leur)\s+|l['’]|(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+)((?:(?!(?:the|a|an|le|la|les|el|los|las|su|sus|son|sa|ses|leur)\s)[\p{L}'’-]+\s+){0,3}?([\p{L}-]+))(?:\s+(?:for|of|at|in|from|de|del|des|du|de\s+la|de\s+los|de\s+las)\s+(?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}))?,\s+$/iu;
/** In a roster, "Name, Senior Lecturer in Transport Geography, University of Carrow;": the role, then the organisation. */
export const ROSTER_ENTRY = /^\s*,\s+(?:(?:the|a|an)\s+)?([^,;()]{2,80}?),\s+(\p{Lu}[^,;()]{1,80}?)\s*(?=;|,?\s+and\s+\p{Lu}|\.?\s*$)/u;
/** One entry of a list of people separated by semicolons: a name, then a comma. */
export const ROSTER_ENTRY_START = new RegExp(String.raw`^\s*(?:and\s+)?(?:(?:${PERSON_HONORIFIC}|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s`, 'u');
/** "Olu Adeyemi, an independent consultant" needs no role noun list: in a roster any apposition is a role. */
export const ANY_APPOSITIVE = /^\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:(?:the|a|an)\s+)?(\p{Ll}[\p{L}\p{N}\s'’-]{2,60}?)\s*(?=[,;.]|\s(?:and|et|y)\s|$|\d{4})/u;
/** Sentences that list who took part, every name in them a speaker: "Present:", "Joined by", and a court's "Before:", "For the State:", "Appearances". */
export const ROSTER = new RegExp(
  String.raw`^\s*(?:for\s+the\s+[a-z ]{2,30}|before)\s*:|\b(?:narrator|interviewer|interviewee|moderator|chair|host|guest|witness|speaker|respondent|participant|president|rapporteur|delegates?|representatives?|delegation|judge|reporter|clerk|counsel|witness|member)(?:e?s)?\s*:|\b(?:staff|characters|cast(?: list)?|dramatis personae|cast of characters|super|lower[ -]third|caption|chyron|name super|name strap|astons?)\s*:|\bappearances\b|\b(?:panell?ists?|panel members|speakers (?:were|are|included)|participants|guests|attendees|present|in attendance|joined by|moderated by|chaired by|hosted by|interviewed|spoke (?:with|to)|talked (?:with|to)|sat down with|in conversation with|interview with|members present|apologies|absent|regrets|also present|in the room|on stage|joining (?:her|him|them|us|me))\b|\b(?:${OTHER_ROSTER_WORDS})\s*:|\b(?:${LANGUAGES.flatMap((l) => l.rosterPhrases).join('|')})\s`,
  'i',
);
/** Nouns before a single capitalised word that make it an organisation: "cartridge maker Fujinami". */
export const ORG_DESCRIPTOR =
  /\b(?:maker|makers|company|firm|vendor|provider|supplier|start-?up|group|bank|agency|regulator|retailer|manufacturer|operator|carrier|insurer|lender|publisher|giant|rival|chipmaker|automaker|airline|broadcaster|utility|council|ministry|charity|union|organi[sz]ation|consultancy|developer|distributor)\s+$/i;
/** "Councillor Margaret Ellery, in the chair": who chairs the meeting. */
/** "Présidence de Mme Hélène Vautrin", "chaired by Priya Natarajan": each language's phrases before the one presiding, and the part it gives. */
export const PRESIDING_BEFORE: readonly { pattern: RegExp; role: string }[] = LANGUAGES.map((l) => ({
  pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:${l.presiding.phrases.join('|')})\s*:?\s+(?:${PERSON_HONORIFIC}\.?\s+)?$`, 'iu'),
  role: l.presiding.role,
}));
/** "Actúa como Secretario, en su condición de Administrador de la comunidad, D. Fernando Lucena Prat": the parts a record says someone fills, before their name. */
const ACTS_AS = `(?:${either(LANGUAGES.flatMap((l) => l.actsAs))})`;
export const ACTS_AS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${ACTS_AS}\s+([\p{L}][\p{L}'’ -]{1,60}?)(?:,\s*${ACTS_AS}\s+([\p{L}][\p{L}'’ -]{1,60}?))?,?\s*$`, 'iu');
export const IN_THE_CHAIR = /^\s*,?\s+(?:was\s+|is\s+)?in\s+the\s+chair\b/;
/** "Narrator: ", "Interviewer: " right before a name. */
export const ROLE_COLON = new RegExp(String.raw`\b(${ROLE_LABELS.join('|')})\s*:\s*$`, 'i');
/** "Claimant: Ms Joanne Hartley", "Curator: Dr Ada Obi": a word for a part, a colon, then who has it (isPersonNoun decides the part). */
export const PART_COLON = /(?:^|[.;]\s+|\s{2,})((?:\p{Lu}{2,5}(?=\s+\p{L}\p{Ll})|\p{Lu}\p{Ll}{2,}(?:-\p{L}\p{Ll}+)?)(?:\s+\p{L}\p{Ll}{1,}){0,3})(?:\s*\([^()]{1,40}\))?\s*:\s*$/u;
/** "moderated by Priya Natarajan": the verb gives the role. */
/** "chaired by", "edited by": a verb in -ed before "by" and a name; the name's part is the verb's doer. */
export const ROLE_BY = /\b(\p{L}{3,}ed)\s+by\s+$/iu;
const ROLE_OF_BY: Record<string, string> = { chaired: 'chair', hosted: 'host' };

/** The part of whoever did a verb in -ed, where it is a role: "moderated" a moderator, "edited" an editor; "saved by" and "operated by" name no part. */
export function doerOf(done: string): string | null {
  const lower = done.toLowerCase();
  const listed = ROLE_OF_BY[lower];
  if (listed) return listed;
  const stem = lower.slice(0, -2);
  return [`${stem}or`, `${stem}er`, `${stem}r`].find((doer) => ROLE_NOUN_WORDS.has(doer)) ?? null;
}
export const STATEMENT_AFTER = /^\s+(?:said|says|announced|confirmed|stated|added|noted|warned)\s+(?:in\s+a\s+(?:statement|press release|release|filing|blog post|note)|on\s+\p{L}+day)\b/iu;

/** "in Harrowby, Colwick and ", "from ": what stands before a place in a list of places. */
export const PLACE_BEFORE = /\b(?:in|at|from|near|across|around|to|towards|into|for)\s+(?:[a-z]+\s+){0,4}(?:[—–:(]\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|\band\b|&)\s*)*$/u;

/** "Marsh, a soil scientist at Hartwell University,": a surname, then what the person is. */
export const SURNAME_APPOSITIVE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\s)(\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the)\s+([\p{Ll}][\p{Ll}'’ -]{2,50}?)(?:\s+(?:at|of|for|with|from)\s+(${ORGANISATION}))?\s*[,.;]`, 'gu');

/** "…: Mr. Benedek Horvai (Solvania); Mrs. Amara Diallo-Petit (Estravia)": after a colon, two or more names each with its brackets list people. */
export const LISTED_NAME = /(?:^|[:;,]\s*)(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*\([^()]{1,60}\)/gu;
