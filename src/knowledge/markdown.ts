import { LANGUAGES } from '../language/index.ts';
import { KnowledgeError } from './errors.ts';
import { asWritten, titleCase } from './byline.ts';
import { ENDS_IN_INITIAL, FINDINGS_HEADING, FIRST_PERSON, HONORIFIC, SPEECH_VERB, THEMATIC_BREAK, WRITTEN_DATE } from './language.ts';
import { CAPTION, findLabels, isFullName, isHandle, isRoleWord, listsPeople, namesSomeone, numberedPart, type LineLabel } from './labelTemplate.ts';
import { quoteSource, type QuoteSource } from './quoteSource.ts';
import { foldName, nicknameOf } from './speakerIdentity.ts';
import { isKeyLine, readKeys, readTableTurns, type KeyEntry } from './keys.ts';
import { GROUP_LINE, ROSTER_ENTRY_START } from './speakerPatterns.ts';
import { headingPeople, type HeadingPerson } from './headingPeople.ts';
import { isCommonWord, isNoun } from './wordnet.ts';
import { signFeet } from './signatures.ts';
import { readRunInHeadings } from './runInHeadings.ts';
import { FIELD, fieldKey, personFields, personIn, readFieldRecords } from './fieldRecords.ts';
import { bareRow, bareTableAt, tableRow, isTableSeparator } from './tables.ts';

/** A speaker label that opens a paragraph or a line: "**Priya Natarajan:**", "WEBB:", "Q:", "**Ann Lee** (Acme):". */
export interface SpeakerLabel {
  /** The label as written, without its formatting: "Priya Natarajan", "WEBB", "Q". */
  name: string;
  /** What the label's brackets add: "(Helix Cloud)" → "Helix Cloud". */
  note: string | null;
  /** Written in bold, as transcripts mark who speaks. */
  bold: boolean;
  /** What a label of the report's own template says after the name: "Chief Financial Officer"; "Larkspur Securities", "Analyst". */
  fields?: string[];
  /** From the report's own label template (labelTemplate.ts): a turn, not a guess from one line. */
  templated?: boolean;
  /** From an attribution line under a blockquote: "— a mother in Harrowby" describes someone unnamed. */
  source?: QuoteSource;
  /** A part no label names, read off the layout (a bold question, the plain answer under it): it ends where the text turns to narration. */
  implicit?: boolean;
  /** Other names the label gives: a nickname in quotation marks ('Kairo "Blaze" Nakamura'). */
  aliases?: string[];
}

/** One block of a report body: a heading, a paragraph or a list item. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** The text a reader sees, without a speaker label. */
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** The label that opened the block, when it may be a speaker's; `labelled` is the text with it. */
  label?: SpeakerLabel;
  labelled?: string;
  /** A row of a table: the report's own voice unless a speaker's turn holds it. */
  tableRow?: boolean;
  /** A paragraph wholly in emphasis or brackets inside a turn (a stage direction), or a record's own field: no one's words. */
  direction?: boolean;
  /** Set in a blockquote with no source of its own: the words of whoever the paragraph before introduced. */
  quoted?: boolean;
  /** A blockquote its source signs ("> …" over "— Name, role" or inside it): its voice ends with it. */
  signed?: boolean;
  /** A list item indented under the one before: a reply to it ("  - 💬 NHV: same card as Sprint 40"). */
  reply?: boolean;
  /** One line of a list of people ("MARGARET HOLLIS, the lock keeper"): what follows each name describes them. */
  rosterEntry?: boolean;
  /** A row of a table whose header or heading names findings ("| Finding | Evidence |"). */
  findingRow?: boolean;
  /** A table row's cells as written (plain text), and its table's header: what keys.ts reads a key from. */
  cells?: string[];
  header?: readonly string[];
  /** A row of a key to who is who: the person its code stands for (keys.ts). */
  keyEntry?: KeyEntry;
  /** The name of a label that stood alone before this block ("BY MS. FARROW:"): who asks the questions that follow. */
  examiner?: string;
  /** Who answers the questions from here on, where the record names the witness ("TOMASZ WIELGOSZ, called as a witness"). */
  witness?: string;
  /** The person a heading names, where the report gives people sections of one shape (headingPeople.ts). */
  person?: HeadingPerson;
  /** The first block after a "---": no turn goes on past the break. */
  afterBreak?: boolean;
}

/** "DIRECT EXAMINATION BY MS. QUIST": who asks from here on. */
const EXAMINATION_BY = /\bEXAMINATION\s+BY\s+((?:MR|MS|MRS|DR)\.?\s+[\p{L}'’ .-]{2,40}?)[:.]?\s*$/iu;
/** "TOMASZ WIELGOSZ, called as a witness by the State", "INGRID SOLBERG, M.D., called …", "HAROLD PIKE, having been first duly sworn": who answers from here on. */
const WITNESS_CALLED = /^((?:(?:MR|MS|MRS|DR)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s+(?:M\.?D\.?|Ph\.?D\.?|Esq\.?|Jr\.?|Sr\.?|R\.?N\.?))?,\s+(?:(?:having\s+been|being)\s+(?:first\s+)?(?:duly\s+)?(?:sworn|affirmed)|(?:re)?called\s+(?:as\s+a\s+witness|by\s+the)|(?:duly\s+)?(?:sworn|affirmed)\b)/u;

const HEADING = /^(#{1,6})\s*(.*?)\s*#*\s*$/;
const SCENE_HEADING = /^\s*(?:INT|EXT|INT\.?\/EXT|I\/E)\.\s+\p{Lu}/u;
/** "---", "***", "___" on a line of their own after a blank line: a break between parts, not text. */
/** "- item", "1. item", "2) item", and the lettered and roman items of reports and forms: "a) item", "(b) item", "iv) item". */
const LIST_ITEM = /^\s{0,3}(?:[-*+\u2022\u2013\u25aa\u25e6\u2023\u25cf]|\d{1,3}[.)]|\d\uFE0F?\u20E3|\u{1F51F}|\(?[a-h]\)|[a-h]\.|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+(.*)$/u;
const BLOCKQUOTE = /^\s{0,3}(?:>\s?)+/;
const TASK_BOX = /^\[[ xX]\]\s+/;
const INITIALS_OPENER = /^\(\p{Lu}{2,4}\)\s/u;
const TIME = String.raw`(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)`;
/**
 * A label at the start of a line: optional time stamp, optional bold, a name of at most five
 * words that starts with a capital (or a CJK character), perhaps mentioned with "@" as notes
 * apps write people ("@Marcus Oyelaran:"), optional "(Organisation)", a colon, then the words
 * spoken. "Q." and "A." count too.
 */
/** "Q." and "A.", "P." and "R.": the letters by which interviews mark who asks and who answers, in every language. */
const INTERVIEW_LETTERS = [...new Set(LANGUAGES.flatMap((l) => [...l.interview.asks, ...l.interview.answers]).filter((w) => w.length === 1))].map((w) => w.toUpperCase()).join('|');
// "Area/Organization: Cedar Fork Road": a field named by two words with a slash between them is one label.
const LABEL = new RegExp(
  String.raw`^${TIME}?(?:\*\*|__|[*_](?![*_]))?@?((?:[\p{Lu}\p{Script=Han}\p{Script=Hangul}][\p{L}\p{M}'’.-]*(?:\/\p{Lu}[\p{L}\p{M}'’.-]*)?)(?:\s+(?:[\p{L}\p{M}'’.-]+|["“][^"”:]{1,24}["”])){0,4}?)(?:\*\*|__)?\s*(?:\(([^()]{1,80})\))?\s*${TIME}?(?:\*\*|__)?(?::|(?<=^(?:\*\*|__)?(?:${INTERVIEW_LETTERS}))\.)(?:\*\*|__)?\s+(?=\S)`,
  'u',
);

const NUMBERED_PART = /^\s*([QA])\s?\d{1,4}[.:]\s+(?=\S)/;
/** "PROSPECTIVE JUROR NO. 31:", "Juror No. 7:": a part and its number in a record's roll (numberedPart), who speaks by it. */
const PART_NUMBER = /^\s*([^:]{3,60}?\s(?:NO\.|No\.|NUMBER|Number|#)\s*\d{1,4}):\s+(?=\S)/u;

/** The speaker label that opens `line`, and where the spoken words start. */
export function labelOf(line: string): { label: SpeakerLabel; rest: number } | null {
  // "Q12.", "Q 3:": a numbered question of a hearing or an interview's record, and "A." its answer, are Q and A.
  const numbered = NUMBERED_PART.exec(line);
  if (numbered?.[1]) return { label: { name: numbered[1], note: null, bold: false }, rest: numbered[0].length };
  const part = PART_NUMBER.exec(line);
  if (part?.[1] && numberedPart(part[1])) return { label: { name: part[1], note: null, bold: false }, rest: part[0].length };
  const m = LABEL.exec(line);
  if (!m?.[1] || /^https?$/i.test(m[1])) return null;
  // "President: Mr. Haddad (Lebanaria)": a part, then only names, lists who holds it; nobody speaks.
  if (listsPeople({ name: m[1], fields: [], rest: m[0].length, bold: false }, line)) return null;
  // "Name (00:03:12):": a time in the brackets says when, not who.
  const note = m[2]?.trim() && !/^\d{1,2}:\d{2}/.test(m[2].trim()) ? m[2].trim() : null;
  // 'Kairo "Blaze" Nakamura': a nickname in quotation marks is another name for the person, not part of the name.
  const { name: named, nickname } = nicknameOf(m[1]);
  // A stop after a word ends the label ("Q."), after an initial it is the name's ("Marguerite O.").
  const name = ENDS_IN_INITIAL.test(named) ? named : named.replace(/[.]$/, '');
  return { label: { name, note, bold: /\*\*|__/.test(m[0]), ...(nickname ? { aliases: [nickname] } : {}) }, rest: m[0].length };
}

/** "Claimant: Ms Joanne Hartley", "**Dates of recording:** October 2019": one field of a header. */
const FIELD_LINE = /^\s*(?:\*\*|__)?\p{Lu}[\p{L} ]{1,30}:(?:\*\*|__)?\s+\S/u;

/** A line in capitals alone, a few words with no stop, optionally numbered: "ACTIONS TAKEN", "6. ADJOURNMENT". */
/** Small words a heading in title case keeps in lower case: "Parks, Libraries and Recreation". */
const TITLE_SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'at', 'by', 'from', 'vs']);
/** Plain-text headings a report must give, at least, before a line in title case is read as one. */
const MIN_TITLE_LINES = 3;

/** "Property Taxes and Revenue", "Next Steps": ordinary words in title case, no sentence and no one's name. */
function titleLine(text: string): boolean {
  if (text.length > 60 || /[.!?;:"“”«»()]$|^[-*+#>|]/.test(text) || !/\p{L}{4}/u.test(text)) return false;
  const words = text.split(/[\s,/&]+/).filter(Boolean);
  if (words.length > 8 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((w) => (/^\p{Lu}\p{Ll}*$/u.test(w) ? isCommonWord(w.toLowerCase()) || isNoun(w.toLowerCase()) : TITLE_SMALL_WORDS.has(w)));
}

/**
 * Lines a report sets alone between blank lines in title case, over text, where it does so three times at least: its own
 * headings, written as lines of text ("Opening Remarks", "Public Safety"). One such line may be a sentence's fragment.
 */
function titleLines(lines: string[], labels: ReadonlyMap<number, unknown>): Set<number> {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (!text || (lines[i - 1] ?? '').trim() || (lines[i + 1] ?? '').trim() || labels.has(i) || !titleLine(text)) continue;
    if (nextText(lines, i).length > text.length) found.push(i);
  }
  return found.length >= MIN_TITLE_LINES ? new Set(found) : new Set();
}

const CAPS_HEADING = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}|\p{Lu})[.)]?\s+)?((?:\p{Lu}{2,}(?:['’]\p{Lu}{1,2})?|&|AND|OF)(?:[\s/&-]+\p{Lu}{2,}(?:['’]\p{Lu}{1,2})?){0,5})\s*(?:\([^()]{1,40}\))?\s*$/u;
/**
 * "STATEMENT OF PRIYA RAMASWAMY, DIRECTOR, OFFICE OF RURAL CONNECTIVITY", "RÉPONSE DE LA DIRECTRICE GÉNÉRALE DE L’AGENCE …": a
 * line in capitals longer than CAPS_HEADING's, with commas or seven words, that ends no sentence.
 */
const CAPS_LINE = /^\s*((?=[^,]*,|(?:\S+\s+){6})[\p{Lu}][\p{Lu}\s,&.'’-]{8,118}[\p{Lu}])\s*$/u;
/** "2.1  Personnel", "3.3 Cockpit area microphone and cabin": a numbered section's heading, a number with its parts then a short line. */
const DECIMAL_HEADING = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(\p{Lu}[^.!?:;]{1,58})$/u;
/** "[17:54] ", "00:41:07 ": the time a transcript stamps on a heading line as on its turns. */
const HEADING_STAMP = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?=\S)/;
/** "ACTIONS TAKEN" → "Actions taken": a heading as a reader writes it. */
const titleWords = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();

/** A paragraph wholly in emphasis or in brackets: a script's stage direction, a transcript's "[laughter]". */
const DIRECTION = /^\s*(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_|\[[^\]]+\]|\([^)]+\))\s*$/;

/** The field that names who gives the statement below: "Name:", and a talk's "Speaker:" or "Presenter:". */
const STATEMENT_GIVER = 'name|speaker|presenter|narrator|interviewee';
const FORM_NAME = new RegExp(String.raw`\b(?:${STATEMENT_GIVER})\b[*_]{0,2}\s*:`, 'i');
const FORM_NAME_FIELD = new RegExp(`^(?:full\\s+name|${STATEMENT_GIVER})$`, 'i');
const FORM_ROLE = /^(?:occupation|role|position|job(?: title)?|title|profession|rank)$/i;
const FORM_ORGANISATION = /^(?:organi[sz]ation|company|employer|affiliation|agency|department|unit|party)$/i;

/**
 * A form that says who gives the statement below it: two or more "Field: value" lines, one of
 * them "Name:". A name withheld ("withheld (juvenile)") makes an unnamed source described by
 * the rest ("a juvenile student").
 */
/**
 * "DEPOSITION OF MARISOL BENTLEY, TAKEN …", "Statement of Dana Whitfield": a form's title, then whose account it is. Not
 * byline.ts's titleSpeaker, whose spoken titles ("remarks", "testimony") make a report's author: a deposition's title
 * heads a transcript of questions and answers, whose unlabelled lines are the record's, not the witness's.
 */
const TITLE_OF_PERSON = /^\s*[*_]*\p{L}+(?:\s+\p{L}+)?\s+(?:of|OF|with|WITH)\s+((?:\p{Lu}[\p{L}'’-]+\s*){2,4})(?=,|\.|$)/u;

function formOf(lines: Line[], heading: string | null, people: Set<string>, headingPerson: string | null = null): { text: string; source: QuoteSource } | null {
  // Most paragraphs have no "Name:" field, nor a field the report's records give a person in: they are let go before being split into fields.
  if (lines.length > 12 || !lines.some((l) => FORM_NAME.test(l.text) || ((people.size > 0 || headingPerson) && l.text.includes(':')))) return null;
  // "STATEMENT OF WITNESS 1" on the line above the fields, in the same paragraph: the form's title.
  const first = (lines[0] as Line).text;
  const titled = lines.length > 1 && !first.includes(':') && first.length <= 80 ? first.trim() : null;
  const fieldLines = titled ? lines.slice(1) : lines;
  // "**Name:** Helen Marsh", "Name:\tHelen Marsh": the field's name in bold or followed by a tab is the same form;
  // "Name: Marcus Bell   Age: 34   Occupation: Driver" puts the fields side by side.
  const parts = fieldLines.flatMap((l) => l.text.replace(/[*_]{1,2}([^*_]{1,30}?:)[*_]{1,2}/g, '$1').split(/\t+|\s{2,}|\s+\|\s+|;\s+(?=\p{Lu}[\p{L} ]{1,24}:)/u).filter((p) => p.trim()));
  if (parts.length < 2) return null;
  const fields = parts.map((p) => FIELD.exec(p));
  if (fields.some((f) => !f)) return null;
  const value = (test: RegExp) => fields.find((f) => test.test((f?.[1] ?? '').trim()))?.[2]?.trim() ?? null;
  const text = [...(titled ? [titled] : []), ...fieldLines.map((l) => plainText(l.text.trim()))].join('. ').replace(/\.\./g, '.');
  // "## Dana Whitfield" over "**Party:** Green / **Occupation:** Teacher": the fields say what the heading's person is.
  const described = headingPerson !== null && fields.some((f) => FORM_ROLE.test((f?.[1] ?? '').trim()) || FORM_ORGANISATION.test((f?.[1] ?? '').trim()));
  const named = value(FORM_NAME_FIELD);
  // "DEPOSITION OF MARISOL BENTLEY, TAKEN MARCH 4, 2024" over "Examined by: …" / "Defended by: …": the title names whose
  // account the form heads; the lawyers its fields name did not give it.
  const ofWhom = titled ? TITLE_OF_PERSON.exec(titled)?.[1] : undefined;
  const titledPerson = ofWhom ? asWritten(ofWhom.trim()) : null;
  const name = named ?? (titledPerson && isFullName(titledPerson) && namesSomeone(titledPerson) ? titledPerson : null) ?? (described ? headingPerson : null);
  // "Presenter: …", "Discussant: …", "Moderator: …": a header of several people is a list of who takes part, no one's statement.
  if (named && fields.filter((f) => personIn((f?.[2] ?? '').trim()) !== null).length > 1) return null;
  if (!name) {
    // "Tabled: …", "Member: Moira Fennick MLA (Brackenvale)", "Department: …": one field the report's records give a person in.
    const recorded = fields.filter((f) => people.has(fieldKey(f?.[1] ?? '')));
    const source = recorded.length === 1 ? personIn(recorded[0]?.[2] ?? '') : null;
    return source ? { text, source } : null;
  }
  const role = value(FORM_ROLE);
  const organisation = value(FORM_ORGANISATION);
  const known = quoteSource([name, role, organisation].filter(Boolean).join(', '));
  if (known?.name && !/\b(?:withheld|redacted|anonymous|not given|unknown)\b/i.test(name)) return { text, source: known };
  // "Statement of witness 2" over the form: a witness, whatever their occupation.
  const part = (titled ?? heading)?.split(/\s+/).find((w) => /^\p{Ll}{4,}$/u.test(w) && isRoleWord(w)) ?? 'witness';
  const note = /\(([^()]{1,40})\)/.exec(name)?.[1];
  const description = `a ${[note, part].filter(Boolean).join(' ')}${role ? `, ${role}` : ''}`.toLowerCase();
  return { text, source: { name: null, description, fields: [] } };
}

/** "Prepared statement.............  52": a table of contents' entry, its dots leading to a page. */
const CONTENTS_LINE = /\.{6,}\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/i;

/**
 * Three or more lines, none ending a sentence, opening a field or a list's item, most of them a word or two: a page's menu
 * ("Urban Water Systems (ENVS2041)" / "Course" / "Settings" / "Participants").
 */
function isMenu(lines: Line[]): boolean {
  if (lines.length < 3 || lines.some((l) => l.quoted || /[.!?;,]\s*$|:/.test(l.text) || LIST_ITEM.test(l.text))) return false;
  return lines.filter((l) => /^\s*\S+(?:\s+\S+)?\s*$/.test(l.text)).length * 4 >= lines.length * 3;
}

/** A line that opens with a name of two to four capitalised words, then a comma or a dash: an entry of a list of people. */
const ENTRY_LINE = /^\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*(?:,|\s+[–—-])\s+\S/u;
/** A line that is only a name of two to four capitalised words. */
const NAME_ONLY_LINE = /^\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*\s*$/u;

/** The lines of a paragraph that lists people one a line (after a lead-in ending in a colon), each a group of its own; else null. */
function listedEntries(lines: Line[]): Line[][] | null {
  const led = lines.length > 0 && /:\s*$/.test((lines[0] as Line).text);
  const listed = led ? lines.slice(1) : lines;
  // "(Full committee roster on file with the Committee Clerk.)" closing the list: a note on it, no entry.
  const note = /\)\s*$/.test(listed[listed.length - 1]?.text ?? '') ? listed.findIndex((l) => /^\s*\(/.test(l.text)) : -1;
  const body = note > 0 ? listed.slice(0, note) : listed;
  // Under a lead-in ("COMMITTEE MEMBERS PRESENT:"), a name alone on its line ("Senator Funmi Oyelaran") is an entry too.
  const entry = (l: Line) => l.text.length <= 160 && (ENTRY_LINE.test(l.text) || (led && NAME_ONLY_LINE.test(l.text)));
  if (body.length < 2 || !body.every(entry) || !body.some((l) => ENTRY_LINE.test(l.text))) return null;
  return [...(led ? [[lines[0] as Line]] : []), ...body.map((l) => [l]), ...(note > 0 ? [listed.slice(note)] : [])];
}

/** The longest line of a block of credits. */
const CREDIT_LINE = 100;
/** Lines a block of credits runs to at least: two are a title and its subtitle as often. */
const MIN_CREDITS = 3;

/**
 * "Presented by Gareth Pennock" / "Contestants: Moira Sutherland, Dev Ramaswamy, Colin
 * Featherstone" / "Star Question set by Fenella Drake": short lines none of which ends a sentence,
 * each naming someone, are a programme's credits, a line each; run together, one name would run
 * on into the next line's first word ("Gareth Pennock Contestants").
 */
function creditLines(lines: Line[]): Line[][] | null {
  if (lines.length < MIN_CREDITS || lines.some((l) => l.text.length > CREDIT_LINE || /[.!?,;:]["”’)]*\s*$/.test(l.text) || l.quoted)) return null;
  // A header of fields ("Presiding: …", "Trustees present: …") is read as labelled lines already.
  const fields = lines.filter((l) => labelOf(l.text.trim()) !== null).length;
  return fields * 2 < lines.length && lines.every((l) => /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(l.text)) ? lines.map((l) => [l]) : null;
}

/** The lines a chat app writes in a sender's name: media left out, edits, deletions, reactions, the encryption notice. */
const CHAT_SYSTEM = /^[\s\u200e]*(?:<?(?:image|video|audio|sticker|gif|document|media|contact card)\s+omitted>?|<(?:this message was edited|media omitted)>|this message was deleted|you deleted this message|messages and calls are end-to-end encrypted\b.*|missed (?:voice|video) call|(?:reacted to|removed a reaction from)\s.{1,200}?(?:\swith\s\S{1,12})?)[\s\u200e]*$/iu;

/** What an issue tracker says someone did to a thread. */
const TRACKER_VERBS = 'added|removed|closed|reopened|locked|unlocked|pinned|unpinned|assigned|unassigned|self-assigned|mentioned|referenced|linked|merged|renamed|changed|marked|converted|requested|approved|dismissed|deleted|pushed|force-pushed|transferred|moved';

/**
 * "tobias-brandt added the bug and android labels on Mar 3, 2026", "adaeze-o closed this as completed in #4190": what an
 * issue tracker writes of a thread between its comments, an event and not anyone's words; so is a meeting app's "Nwosu,
 * Adaeze stopped transcription".
 */
const THREAD_EVENT = new RegExp(String.raw`^\s*[\p{L}.,' -]{2,60}\s+(?:started|stopped)\s+(?:transcription|recording)\s*$|^\s*@?[\w.-]{2,39}\s+(?:${TRACKER_VERBS})\b[^.!?]{0,160}?(?:\bthis\b|\blabels?\b|#\d+|\bon\s+\p{L}{3,9}\s+\d{1,2},?\s+\d{4})[^.!?]{0,80}$`, 'iu');

/** One of the events' verbs, looked for before the whole pattern is tried. */
const EVENT_VERB = new RegExp(String.raw`\s(?:started|stopped|${TRACKER_VERBS})\s`, 'i');

/** "SUPER: Mairi Campbell, ferry skipper": a caption on screen, no one's words. */
const CAPTION_LINE = new RegExp(`^\\s*(?:${CAPTION.source.replace(/^\^|\$$/g, '')})\\s*:`, 'i');

/** A table's columns that say who said what: "Respondent", "Organisation", "Response". */
interface VoiceColumns {
  who: number;
  said: number;
  organisation: number;
  role: number;
}
const WHO_COLUMN = /^(?:respondent|respondent name|name|speaker|source|submitted by|from|who|consultee|stakeholder|commenter|contributor|participant|interviewee|witness|author|by|(?:posted|raised|added|written) by|owner|assignee|assigned to)$/i;
/** Who put their name to a row, in a column of their own: "Author", "By", "Owner". */
const AUTHORED_COLUMN = /^(?:author|by|(?:posted|raised|added|written|submitted) by|owner|assignee|assigned to)$/i;
const SAID_COLUMN = /^(?:response|responses|comment|comments|quote|view|views|what (?:they|he|she) said|said|statement|submission|feedback|summary of (?:response|comment)s?|remarks?|testimony|answer)$/i;
const ORGANISATION_COLUMN = /^(?:organi[sz]ation|org|on behalf of|affiliation|group|body|company|employer|representing)$/i;
const ROLE_COLUMN = /^(?:role|type|respondent type|category|capacity|position|title)$/i;

/** Words a longer header uses for the same columns: "Name on card", "Verbatim excerpt", "Affiliation (as written)". */
const WHO_WORD = /\b(?:name|speaker|respondent|commenter|contributor|participant|interviewee|witness|submitted by)\b/i;
const SAID_WORD = /\b(?:excerpt|quote|quotation|comments?|remarks?|response|statement|testimony|verbatim|said|says|words)\b/i;
const ORGANISATION_WORD = /\b(?:organi[sz]ation|affiliation|employer|company|representing|on behalf of)\b/i;

function voiceColumns(header: string[], rows: string[][]): VoiceColumns | null {
  const cells = header.map((cell) => plainText(cell).trim());
  const at = (test: RegExp, word?: RegExp) => {
    const exact = cells.findIndex((cell) => test.test(cell));
    return exact >= 0 || !word ? exact : cells.findIndex((cell) => word.test(cell) && cell.split(/\s+/).length <= 4);
  };
  const who = at(WHO_COLUMN, WHO_WORD);
  if (who < 0) return null;
  // "| Went well | By | Votes |": where the header names who but not what, what they put their name to is the wordiest column.
  // Each column's words per row, counted once.
  const meanWords = cells.map((_, c) => rows.reduce((n, r) => n + plainText(r[c] ?? '').split(/\s+/).filter(Boolean).length, 0) / Math.max(1, rows.length));
  // "| Question | Asker Name | Answer(s) |": an asker's words are the question, the answers their answerers'.
  const asked = /\bask(?:er|ed)\b/i.test(cells[who] ?? '') ? cells.findIndex((cell) => /^questions?$/i.test(cell)) : -1;
  const named = asked >= 0 ? asked : at(SAID_COLUMN, SAID_WORD);
  const authored = AUTHORED_COLUMN.test(cells[who] ?? '');
  // "| Time | Item | Who | Notes |" in minutes: where the header names no column of words, the wordiest is what was said, for a
  // column of people's full names ("@Priya Ramanathan"; a transcript's codes and dittos are read by keys.ts). A roster's "Role"
  // or "Organisation" says who they are, however long.
  const wordiest = cells.map((_, c) => c).filter((c) => c !== who && !ROLE_COLUMN.test(cells[c] ?? '') && !ORGANISATION_COLUMN.test(cells[c] ?? '')).sort((a, b) => (meanWords[b] ?? 0) - (meanWords[a] ?? 0))[0] ?? -1;
  const people = rows.length > 0 && rows.every((r) => isFullName(plainText(r[who] ?? '').trim().replace(/^@/, '')));
  const said = named >= 0 ? named : authored || people ? wordiest : -1;
  // "| Card | Name |" in a key holds numbers: what someone put their name to is words.
  const wordy = rows.length === 0 ? named >= 0 : (meanWords[said] ?? 0) >= (named >= 0 || authored ? MIN_SAID_WORDS : SAID_WORDS);
  // "We will publish the list … | Edith Marsh": a plan in the report's own "we" stays the report's, whoever carries it out.
  const ours = named < 0 && rows.filter((r) => /\b(?:we|our|us)\b/i.test(r[said] ?? '')).length * 2 > rows.length;
  return said >= 0 && who !== said && wordy && !ours ? { who, said, organisation: at(ORGANISATION_COLUMN, ORGANISATION_WORD), role: at(ROLE_COLUMN) } : null;
}
/** Words a cell of what someone said or put their name to runs to on average, at least. */
const MIN_SAID_WORDS = 3;

/** Rows a table's columns are told apart by, where its header does not say which is which. */
const SAMPLE_ROWS = 12;
/** Words a cell of spoken words runs to on average. */
const SAID_WORDS = 8;
/** Words spoken, not described: a quotation mark, or "I" ("we" is as often a plan's or a body's). */
const SPOKEN_CELL = /["“”]|\b(?:I|I'm|I've|I'd|my|me)\b/;

/**
 * A table whose header names its columns in words of its own ("| Clip | Narrator | Time | Excerpt |"):
 * the column whose cells are people's names, and the one whose cells are what they said (sentences, in
 * quotation marks or the first person), read off its first rows.
 */
function voiceColumnsOfRows(rows: string[][]): VoiceColumns | null {
  let who = -1;
  let whoRank = 0;
  let said = -1;
  let most = 0;
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const cells = rows.map((r) => plainText(r[c] ?? '').trim()).filter(Boolean);
    if (cells.length < 2 || cells.length < rows.length * 0.8) continue;
    const words = cells.reduce((n, t) => n + t.split(/\s+/).length, 0) / cells.length;
    if (words > most && cells.filter((t) => SPOKEN_CELL.test(t)).length * 2 >= cells.length) {
      most = words;
      said = c;
    }
    // A column of full names over one of codes ("AMV/01/3", a clip's reference), which a name may also be ("P3").
    const names = cells.every((t) => t.split(/\s+/).length <= 4 && quoteSource(t)?.name) ? (cells.every(isFullName) ? 2 : 1) : 0;
    if (names > whoRank) {
      whoRank = names;
      who = c;
    }
  }
  return who >= 0 && said >= 0 && who !== said && most >= SAID_WORDS ? { who, said, organisation: -1, role: -1 } : null;
}

/** The first rows of the table whose body starts at `from`. */
function rowsAfter(lines: string[], from: number, cellsOf: (line: string) => string[] | null = tableRow): string[][] {
  const rows: string[][] = [];
  for (let j = from; j < lines.length && rows.length < SAMPLE_ROWS; j++) {
    const row = cellsOf(lines[j] as string);
    if (!row) break;
    rows.push(row);
  }
  return rows;
}

/** A row's words and their source; an anonymous respondent is described by their role or organisation ("an anonymous resident"). */
function voicedRow(row: string[], columns: VoiceColumns): { text: string; source: QuoteSource; organisation: string | null } | null {
  const cell = (i: number) => (i >= 0 ? plainText(row[i] ?? '').trim() : '');
  const text = cell(columns.said);
  // "@Priya Ramanathan": a wiki's mention of the person is their name.
  const who = cell(columns.who).replace(/^@(?=\p{L})/u, '');
  if (!text || !who) return null;
  const role = cell(columns.role);
  const organisation = cell(columns.organisation);
  // "Anonymous Attendee": no name, and what they were.
  const anonymous = /^(?:anonymous|anon\.?)(?:\s+(\p{L}+))?$/iu.exec(who);
  const named = anonymous || /^(?:withheld|name withheld|not given|redacted|-|–|—|n\/a)$/i.test(who) ? null : quoteSource([who, role].filter(Boolean).join(', '));
  // The organisation column says what the respondent belongs to, whatever its words look like ("Harbour Road Traders").
  if (named?.name) return { text, source: named, organisation: organisation || null };
  const kind = (role || organisation || anonymous?.[1] || 'respondent').toLowerCase();
  return { text, source: { name: null, description: `an anonymous ${kind}`, fields: [] }, organisation: null };
}

/** "Tomás Ekwueme: Yes. … ; Priya Ramaswamy: Just to add – …": who answered in a cell, each with their words. */
const ANSWER = /(?:^|\s;\s+)([^:;]{2,60}):\s+(.+?)(?=\s;\s+[^:;]{2,60}:\s|$)/gu;

/** The answers a voiced row's other cells give in their answerers' names ("Answer(s)" under a webinar's questions). */
function answersIn(row: string[], columns: VoiceColumns): { text: string; source: QuoteSource }[] {
  const out: { text: string; source: QuoteSource }[] = [];
  row.forEach((cell, c) => {
    if (c === columns.who || c === columns.said || c === columns.organisation || c === columns.role || !cell.includes(': ')) return;
    for (const m of plainText(cell).matchAll(ANSWER)) {
      const source = quoteSource(m[1] as string);
      if (source?.name && m[2]) out.push({ text: m[2].trim(), source });
    }
  });
  return out;
}

/** The most paragraphs a section signed at its foot is read as: a letter, a foreword. */
const MAX_LETTER_BLOCKS = 200;

/** "Josephine Achterberg, Artistic Director": a name, a comma and a part, alone. */
const SIGN_OFF = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+[^.!?,]{2,60}(?:,\s+[^.!?,]{2,60})?$/u;

/** "Mrs Gwen Hartley", "Mr Daniel Fraser": a line that is a name alone, an honorific perhaps before it. */
const NAME_LINE = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*$/u;
/** "Year 5 Teacher and Science Lead", "SENCo and Mental Health Lead": a part under the name, a few capitalised words and no sentence. */
const PART_LINE = /^\s*\p{Lu}[^.!?:;]{1,80}$/u;

/** "Hearing manager:      Rachel Okonkwo": a field's name, its colon, and the value set off by a column's spaces. */
const ALIGNED_FIELD = /^[^\s:][^:]{0,40}:(?:\s{2,}|\t)\S/;
/** A paragraph's first line indented by two or three spaces, opening with a capital: "  The Clerk read the title of the bill." */
const PARAGRAPH_INDENT = /^ {2,3}[\p{Lu}"“`]/u;
/** Indented openings a report needs, after lines flush left, to be read as marking its paragraphs so. */
const MIN_INDENTED_PARAGRAPHS = 10;

/** Whether a report opens its paragraphs with an indent after lines wrapped flush left, as a printed record does. */
function indentedParagraphs(lines: readonly string[]): boolean {
  let count = 0;
  for (let i = 1; i < lines.length && count < MIN_INDENTED_PARAGRAPHS; i++) {
    const before = lines[i - 1] as string;
    if (PARAGRAPH_INDENT.test(lines[i] as string) && before.trim() && !/^\s/.test(before)) count++;
  }
  return count >= MIN_INDENTED_PARAGRAPHS;
}

/** A dash opening a line, as a signature does: "— Name, place", "-- Name". */
/** A paragraph set in italics from end to end: "*We have two rabbits … this year?*". */
const ITALIC_PARAGRAPH = /^\s*([*_])(?![*_\s]).*[^*_\s]\1\s*$/s;
const SIGNATURE_DASH = /^\s{0,3}(?:—|–|―|--)\s*\p{Lu}/u;
/** A paragraph that is one quotation from end to end. */
const WHOLE_QUOTATION = /^\s*["“«„][^"“”«»„]{2,}["”»]\s*$/;
/** A quotation someone is said to have said: '"We opened it," the harbourmaster told us', 'she said: "…"'. */
const QUOTES_SOMEONE = new RegExp(String.raw`["“«][^"”»]{2,}["”»]\s*,?\s+(?:[\p{L}'’]+\s+){0,4}?${SPEECH_VERB}\b|${SPEECH_VERB}\s*[:,]?\s+["“«]`, 'iu');

/** A paragraph that is a quotation and, in brackets, who said it: '"…" (Dan Hughes, pharmacist, 5 yrs)'. */
const CITED_QUOTE = /^\s*["“][^"“”]{2,}["”]\s*\(([^()]{2,120})\)\s*$/;

/** A line under a blockquote that says whose words it holds: "— Name, community nurse, Harrowby", "-- Name", "*Name, role*". */
const ATTRIBUTION_LINE = /^\s{0,3}(?:(?:—|–|―|--|~)\s*(?=\S)|[*_](?=\s*(?:—|–|--)?\s*\p{L}[^*_]{0,160}[*_]\s*$)|\((?=[^()]{2,200}\)\s*$))/u;

interface Line {
  text: string;
  index: number;
  /** Characters of the raw line before `text`: a blockquote marker, indentation. */
  offset: number;
  /** Inside a blockquote. */
  quoted: boolean;
  /** A list item indented under the item before it. */
  reply?: boolean;
  /** Stamped as the turns are, with no label: a record of its own (LabelLayout.events). */
  event?: boolean;
}

/**
 * Reads the Markdown a report uses: `#` headings, paragraphs separated by blank lines, `-`,
 * `*`, `1.` and `2)` list items (indented lines continue an item), tables (each row a
 * passage) and blockquotes (a line under one that names its source gives it that speaker).
 * Lines that each open with a speaker label are separate turns even without a blank line
 * between them. Where the report marks turns by a template of its own (labelTemplate.ts), a
 * label may stand on a line of its own, and its turn runs on over the paragraphs below it
 * until the next label or heading. Inline emphasis, code and links are reduced to their text
 * so that passages hold what a reader sees.
 */
export function parseBlocks(file: string, source: string[], firstLine: number): Block[] {
  const lines = underlinedHeadings(source);
  const layout = findLabels(lines);
  const people = headingPeople(lines);
  const recordPeople = personFields(lines);
  const titled = titleLines(lines, layout.labels);
  /** The person the section is named for, where its heading is one of a template of such ("## Interview 2 — Peggy Lund"): its blockquotes are theirs. */
  let sectionPerson: SpeakerLabel | null = null;
  // A magazine Q&A: the writer's questions in bold, the answers in plain paragraphs under them.
  // A template of its own decides, unless it marks fewer lines than the questions do ("Commentaires (47)" under an interview).
  const boldCount = lines.filter((l) => BOLD_QUESTION.test(l)).length;
  const boldQuestions = boldCount >= 2 && (!layout.templated || layout.labels.size < boldCount);
  let answering = false;
  const blocks: Block[] = [];
  let current: { kind: 'paragraph' | 'list-item'; lines: Line[] } | null = null;
  /** The turn a label on a line of its own opened: it runs on until the next label or heading. */
  let turn: SpeakerLabel | null = null;
  /** The turn is a form's ("Member: …" over a question): the record's own part labels do not end it. */
  let formed = false;
  /** How far the last item that replies to none was indented: one indented further replies to it. */
  let itemIndent = -1;
  /** Where the turn's blocks start, and the level of the headings that belong to it. */
  let turnStart = 0;
  let turnLevel: number | null = null;
  /** Blocks of the blockquote just read: a source line under it names their speaker. */
  let quote: Block[] = [];
  /** Where the blocks under the last heading start: a letter signed at its foot is its signer's. */
  let sectionStart = 0;
  /** The last heading's text: what part a form's person plays ("Statement of witness 2"). */
  let lastHeading: string | null = null;
  let table: { header: string[]; finding: boolean; voices: VoiceColumns | null; bare?: boolean } | null = null;
  let examiner: string | undefined;
  let witness: string | undefined;
  /** Where the blocks after each "---" start. */
  const breaks = new Set<number>();
  /** "DIRECT EXAMINATION BY MS. QUIST" or "TOMASZ WIELGOSZ, called as a witness": the record says who asks or answers next. */
  const readsRecord = (text: string) => {
    // A record's line is short and opens with a capital; the thousands of other lines are let go at once.
    if (text.length > 200 || !/^\p{Lu}/u.test(text)) return;
    const by = EXAMINATION_BY.exec(text)?.[1];
    if (by) examiner = by.trim();
    const called = WITNESS_CALLED.exec(text)?.[1];
    if (called) witness = called.trim();
  };

  /** A source line under a blockquote ("— Name, role"): the quote's blocks become that source's, and the line is no passage. */
  const creditQuote = (line: string, trailing: RegExp): boolean => {
    const source = quoteSource(line.replace(ATTRIBUTION_LINE, '').replace(trailing, ''));
    if (!source) return false;
    for (const block of quote) {
      block.label = sourceLabel(source);
      delete block.quoted;
      block.signed = true;
    }
    quote = [];
    return true;
  };

  /**
   * "— Sir Hugh Mallender, Chair" on its own under a section written in the first person ("Dear
   * shareholders, … I will not pretend …"): a letter, a foreword or a statement signed at its
   * foot, all of it the signer's; the line is no passage.
   */
  const signSection = (line: string, next: string): boolean => {
    if (next.trim()) return false;
    const source = signer(line);
    if (!source) return false;
    for (const block of blocks.slice(sectionStart)) if (!block.label?.source) block.label = sourceLabel(source);
    return true;
  };

  /** Who signs the section's blocks (and the paragraph still being read), or null where it is no letter. */
  const signer = (line: string, reading: string[] = []) => {
    // A letter runs to a few dozen paragraphs; a longer run is no letter, and is not copied to find out.
    if (blocks.length - sectionStart > MAX_LETTER_BLOCKS) return null;
    // Quotations credited by the lines under them ("> "…" – Amira (Year 5)") stay their sources', inside the writer's section.
    const section = blocks.slice(sectionStart).filter((b) => !b.label?.source);
    const texts = [...section.map((b) => b.text), ...reading];
    if (texts.length === 0 || section.some((b) => b.label || b.kind === 'heading') || !texts.some((t) => FIRST_PERSON.test(t))) return null;
    // A quotation with a verb of saying beside it is a reporter's, quoting others; a signed letter speaks for itself,
    // its quotation marks around a phrase ("you called my husband "a founder of the show"").
    if (texts.some((t) => QUOTES_SOMEONE.test(t))) return null;
    return quoteSource(line.replace(ATTRIBUTION_LINE, '').replace(/[*_]+\s*$/, ''));
  };

  /**
   * "Josephine Achterberg, Artistic Director" alone under a note written in the first person, as the
   * section's last paragraph: a sign-off with no dash, read as the signature line it is.
   */
  const signOff = (end: number) => {
    // Back from the next heading over blank lines and rules: "Josephine Achterberg, Artistic Director" alone, or "Mr Daniel
    // Fraser" over "Year 5 Teacher and Science Lead", whatever blocks or label the template made of those lines.
    let k = Math.min(end, lines.length) - 1;
    while (k > 0 && (!(lines[k] as string).trim() || THEMATIC_BREAK.test(lines[k] as string))) k--;
    const last = (lines[k] ?? '').trim();
    const twoLines = k >= 1 && NAME_LINE.test(lines[k - 1] as string) && PART_LINE.test(last) && !(lines[k - 2] ?? '').trim();
    const start = twoLines ? k - 1 : k;
    // "Étienne Quéméner" alone under a letter in the first person signs it too, as the name and part do.
    const signed = (SIGN_OFF.test(last) || NAME_LINE.test(last)) && !(lines[k - 1] ?? '').trim();
    const signature = twoLines ? `${(lines[k - 1] as string).trim()}, ${last}` : signed ? last : null;
    if (!signature) return;
    // The signature's lines make no passage; the section before them is the signed one.
    const from = blocks.findIndex((b, at) => at >= sectionStart && b.line - firstLine >= start);
    if (from === sectionStart) return;
    const removed = from < 0 ? [] : blocks.splice(from);
    if (removed.some((b) => b.kind === 'heading') || !signSection(`— ${signature}`, '')) blocks.push(...removed);
  };


  /** A heading: the turn and the quote before it end, and what the section is named for starts. */
  const openSection = (text: string, line: number, person: HeadingPerson | undefined) => {
    signOff(line - firstLine);
    turn = null;
    formed = false;
    turnLevel = null;
    quote = [];
    blocks.push({ kind: 'heading', text, line, ...(person ? { person } : {}) });
    lastHeading = text;
    sectionStart = blocks.length;
    sectionPerson = person ? { name: person.name, note: null, bold: false, templated: true } : null;
  };

  /** A record's fields or a byline that say whose the section is: the line is no one's words, and a turn of theirs opens. */
  const openSigned = (text: string, line: number, source: QuoteSource) => {
    blocks.push({ kind: 'paragraph', text, line, direction: true });
    current = null;
    quote = [];
    turn = sourceLabel(source);
    formed = true;
    turnStart = blocks.length;
    turnLevel = null;
  };

  const flush = () => {
    if (!current) return;
    // "Name: Helen Marsh / Age: 54 / Occupation: Pharmacist" above a statement: the statement is hers, up to the next heading.
    const form = current.kind === 'paragraph' ? formOf(current.lines, lastHeading, recordPeople, sectionPerson?.name ?? null) : null;
    if (form) {
      openSigned(form.text, firstLine + (current.lines[0] as Line).index, form.source);
      // The heading's person, now with what the fields say they are.
      if (sectionPerson && form.source.name === sectionPerson.name) sectionPerson = turn;
      return;
    }
    // A page's menu copied with it ("Course" / "Settings" / "Participants" / "Grades"): each line a word or two of its own, no
    // run of names across them.
    if (current.kind === 'paragraph' && isMenu(current.lines)) {
      const menu = current.lines;
      for (const line of menu) {
        current = { kind: 'paragraph', lines: [line] };
        flush();
      }
      return;
    }
    // "Sunil Varadarajan, Ph.D., Professor of … / Engineering, oral statement.........  9": a table of contents' entries are
    // the document's furniture, no passages of it, though they name people as a roster does.
    if (current.kind === 'paragraph' && current.lines.some((l) => CONTENTS_LINE.test(l.text))) {
      current = null;
      return;
    }
    // A cast list or a list of attendees, one "MARGARET HOLLIS, the lock keeper" a line: each line is an entry of its own.
    const entries = current.kind === 'paragraph' ? (listedEntries(current.lines) ?? creditLines(current.lines)) : null;
    if (entries) {
      current = null;
      for (const group of entries) {
        current = { kind: 'paragraph', lines: group };
        const start = blocks.length;
        flush();
        if (group !== entries[0] || !/:\s*$/.test((group[0] as Line).text)) for (const block of blocks.slice(start)) block.rosterEntry = true;
      }
      return;
    }
    const only = current.kind === 'paragraph' && current.lines.length === 1 ? (current.lines[0] as Line) : null;
    // "## Part C. Instructor Reflection" / "*Submitted by Dr. Miriam Castellanos-Reed, Associate Professor, Jan 14, 2025*": a
    // section's byline, set apart under its heading, says whose the section is; the line itself is no one's words.
    const byline = only && blocks.length === sectionStart && lastHeading !== null ? sectionByline(only.text) : null;
    if (byline && only) {
      openSigned(only.text.replace(/^[\s*_]+|[\s*_]+$/g, ''), firstLine + only.index, byline);
      return;
    }
    // "ACTIONS TAKEN", "6. ADJOURNMENT" alone between blank lines: a plain-text record's heading, which ends the turn before it.
    // "[17:54] CONCLUSIONES": a transcript's heading keeps the stamp its lines carry.
    const only1 = current.lines.length === 1 && !current.lines[0]?.quoted ? (current.lines[0] as Line).text.replace(HEADING_STAMP, '') : null;
    const capsHeading = only1 !== null ? CAPS_HEADING.exec(only1)?.[1] : undefined;
    // A long line in capitals names people and bodies ("STATEMENT OF PRIYA RAMASWAMY, DIRECTOR"): each word keeps its capital.
    const capsLine = only1 !== null && !capsHeading ? CAPS_LINE.exec(only1)?.[1] : undefined;
    const decimalHeading = current.lines.length === 1 && !current.lines[0]?.quoted ? DECIMAL_HEADING.exec((current.lines[0] as Line).text)?.[1]?.trim() : undefined;
    // "ELI FONTAINE (QB)" alone over a quote sheet's block: a person's section, as "## Eli Fontaine" would open.
    const personLine = only && !only.quoted ? people.get(only.index) : undefined;
    // "Public Safety" alone, as the report sets its other headings; inside a turn a label alone opened, it may be their words.
    const titleHeading = only1 !== null && !turn && titled.has((current.lines[0] as Line).index) ? only1.trim() : undefined;
    if ((personLine || capsHeading || capsLine || decimalHeading || titleHeading) && !layout.labels.has((current.lines[0] as Line).index)) {
      const at = firstLine + (current.lines[0] as Line).index;
      current = null;
      const heading = personLine && only ? only.text.trim() : capsHeading ? titleWords(capsHeading) : capsLine ? titleCase(capsLine) : (decimalHeading ?? (titleHeading as string));
      openSection(heading, at, personLine);
      lastHeading = capsHeading ?? capsLine ?? heading;
      return;
    }
    const alone = only && /^[^:]{2,60}:\s*$/.test(only.text) && QUESTION_NEXT.test(nextText(lines, only.index)) ? labelOf(only.text.replace(/:?\s*$/, ': x')) : null;
    if (alone) {
      // "BY MS. FARROW:" with nothing after it: a label alone names who takes over the questions.
      examiner = alone.label.name;
      current = null;
      return;
    }
    if (current.lines.length === 1 && current.kind === 'paragraph') readsRecord((current.lines[0] as Line).text);
    // "Action items" or "Key takeaways" alone on a line over a list: a heading written as a line of text.
    const onlyLine = current.lines.length === 1 && current.kind === 'paragraph' ? (current.lines[0] as Line).text.replace(HEADING_STAMP, '') : null;
    const headingLine = onlyLine !== null && onlyLine.length <= 70 ? plainText(onlyLine) : null;
    if (headingLine && headingLine.length <= 60 && !/[.!?,;:]/.test(headingLine) && FINDINGS_HEADING.test(headingLine) && nextText(lines, (current.lines[0] as Line).index) && !layout.labels.has((current.lines[0] as Line).index)) {
      const at = firstLine + (current.lines[0] as Line).index;
      current = null;
      openSection(headingLine, at, undefined);
      return;
    }
    // "Hearing manager:      Rachel Okonkwo (RO), …" over "HR adviser:           Simon Creevy (SC), …": a form's fields
    // set in a column, each line a record of its own, not one sentence run together.
    const fielded = current.kind === 'paragraph' && current.lines.length >= 2 && current.lines.every((l) => ALIGNED_FIELD.test(l.text) || (l === current?.lines[0] && /:\s*$/.test(l.text)));
    const blocksMade = fielded ? current.lines.flatMap((l) => toBlocks('paragraph', [l], firstLine, layout.labels)) : toBlocks(current.kind, current.lines, firstLine, layout.labels);
    const made = examiner || witness ? blocksMade.map((b) => ({ ...b, ...(examiner ? { examiner } : {}), ...(witness ? { witness } : {}) })) : blocksMade;
    const quoted = current.lines.every((l) => l.quoted);
    // "> Case study: Ashby Fold …", a blank line, then "> **Expert view** … > — Dr Amara Quist": two blockquotes; a source
    // under the second signs only its own.
    const opening = (current.lines[0] as Line).index;
    if (quoted && opening > 0 && !(lines[opening - 1] ?? '').trim()) quote = [];
    const single = current.lines.length === 1 ? (current.lines[0] as Line).text : null;
    // "> (Early years practitioner, Partner organisation C)" on the quotation's last line: who said it, in brackets.
    const bracketed = quoted && current.lines.length > 1 ? /^\(([^()]{3,120})\)\s*$/.exec((current.lines[current.lines.length - 1] as Line).text.trim())?.[1] : undefined;
    const joined = current.lines.map((l) => l.text).join(' ');
    // The event's verbs first: most single lines are words someone said, and are let go before being made plain.
    const event = single !== null && single.length <= 300 && EVENT_VERB.test(single) && THREAD_EVENT.test(plainText(single));
    const direction = current.kind === 'paragraph' && (DIRECTION.test(joined) || CAPTION_LINE.test(joined) || event);
    current = null;
    // "> **Expert view**" opening a box: the box's title, no words of whoever signs the box.
    if (quoted && quote.length === 0 && single !== null && BOLD_LINE.test(single) && !/[.!?…]["”’]?\s*(?:\*\*|__)\s*$/.test(single) && made.length === 1 && !made[0]?.label) {
      blocks.push(made[0] as Block);
      return;
    }
    // "> *— Folake Adeyemi*" in a paragraph of its own at the end of a pull quote: its source.
    if (quoted && single && quote.length > 0 && ATTRIBUTION_LINE.test(single) && creditQuote(single, /[*_)]+\s*$/)) return;
    const last = made[made.length - 1];
    // "> … — Name, role" inside the quote, on its last line: the quote's source.
    if (quoted && last && made.length === 1 && !last.label) {
      /** The quotation's words before its source, credited to the source; false where no words are left. */
      const credit = (text: string, source: QuoteSource): boolean => {
        if (!text) return false;
        blocks.push({ ...last, text, label: sourceLabel(source), signed: true });
        quote = [];
        return true;
      };
      // "> I pull into a lay-by … (P3, community midwife, 4 years)": a qualitative study's code in brackets at the quote's end.
      const coded = /\s\(((?:P|R)-?\d{1,4}|(?:Participant|Respondent|Interviewee)\s+\d{1,3})((?:,\s*[^,()]{1,40}){0,4})\)\s*$/u.exec(last.text);
      const codeFields = (coded?.[2] ?? '').split(',').map((f) => f.trim()).filter(Boolean);
      if (coded?.[1] && credit(last.text.slice(0, coded.index).trim(), { name: coded[1], description: null, fields: codeFields })) return;
      // "> “…” [T2 · Bernie, 71, retired postman, Riverside]": a tag in square brackets at the quote's end; a dot or a bar sets off where it was said.
      const tag = /\s\[([^[\]]{3,160})\]\s*$/u.exec(last.text);
      const tagged = tag?.[1] ? quoteSource(tag[1].split(/\s*[·•|]\s*/).pop() ?? '') : null;
      if (tag && tagged && credit(last.text.slice(0, tag.index).trim(), tagged)) return;
      const inBrackets = bracketed ? quoteSource(bracketed) : null;
      if (inBrackets && credit(last.text.slice(0, last.text.lastIndexOf('(')).trim(), inBrackets)) return;
      const signed = /\s(?:—|–|―|--)\s*([^—–―]{2,160})$/u.exec(last.text);
      const source = signed?.[1] ? quoteSource(signed[1]) : null;
      if (source && ATTRIBUTION_LINE.test(`— ${signed?.[1]}`) && credit(last.text.slice(0, signed?.index).trim(), source)) return;
    }
    // Once the questions have begun, a bold line of its own is the interviewer's too, a question or not ("**Your predecessor wanted the opposite.**").
    const boldQuestion = boldQuestions && made.length === 1 && single !== null && (BOLD_QUESTION.test(single) || (answering && BOLD_LINE.test(single)));
    if (boldQuestions && made.length === 1 && !made[0]?.label) {
      const block = made[0] as Block;
      if (boldQuestion) {
        answering = true;
        blocks.push({ ...block, label: { name: 'Q', note: null, bold: true, implicit: true } });
        return;
      }
      if (answering && block.kind === 'paragraph') {
        // Under "## Dana Whitfield" in a series of such sections, the answers are hers, whoever the report's introduction names.
        blocks.push({ ...block, label: sectionPerson ?? { name: 'A', note: null, bold: false, implicit: true } });
        return;
      }
    }
    for (const block of made) {
      // '"A working printer on ward 6." (Dan Hughes, pharmacist, 5 yrs)': a quotation cited to its source in brackets is theirs.
      const cited = !block.label && !quoted ? CITED_QUOTE.exec(block.text) : null;
      const citedSource = cited?.[1] ? quoteSource(cited[1]) : null;
      if (citedSource?.name) block.label = sourceLabel(citedSource);
      // "image omitted", "<This message was edited>": what a chat export says of a message, not anyone's words.
      if (CHAT_SYSTEM.test(block.label ? block.text : block.text.replace(/^\[[^\]]{4,30}\]\s*[^:]{1,60}:\s*/, ''))) continue;
      // Inside a turn, "One more item on modeling: …" is the speaker's words, not another label; "Hon. Members: Hear, hear!" is a part speaking.
      // "*Enter INSPECTOR ABARA, dripping.*", "[laughter]" inside a turn: a direction, no one's words.
      if (direction && !block.label) blocks.push({ ...block, direction: true });
      else if (quoted && sectionPerson && !block.label) blocks.push({ ...block, label: sectionPerson });
      else if (quoted && !turn && !block.label) {
        // The same block the quote keeps: a source line under it still gives it a label.
        block.quoted = true;
        blocks.push(block);
      }
      else if (turn && !block.label?.templated && !(block.label && isRoleWord(block.label.name.replace(/^(?:[\p{L}]+\.)\s+/u, '').replace(/s$/, '')))) blocks.push({ kind: block.kind, text: block.labelled ?? block.text, line: block.line, label: turn, ...(block.reply ? { reply: true } : {}) });
      else {
        // "MAYOR PARK: …" after a turn opened by "PUBLIC COMMENT – Teodora Ilić" on its own line: the floor has passed.
        if (turn && block.label?.templated && !block.label.source) {
          turn = null;
          formed = false;
        }
        blocks.push(block);
      }
    }
    quote = quoted ? [...quote, ...made] : [];
  };

  // A record printed as the GPO prints it: paragraphs hard-wrapped flush left, each opened by a two-space indent.
  const indentsParagraphs = indentedParagraphs(lines);
  lines.forEach((raw, i) => {
    const lineNo = firstLine + i;
    if (layout.times.has(i)) {
      flush();
      // "By Harriet Lowe on 12 March 2024" under an answer: the post is signed, and what follows is no longer hers.
      if (layout.ends.has(i)) {
        turn = null;
        breaks.add(blocks.length);
      }
      return;
    }
    // "{Reactions}", "{Reply to hazel}", "👍 (3)": a chat export's furniture around a message, no one's words.
    if (EXPORT_FURNITURE.test(raw)) return;
    // "15:52 -!- mkorvath has joined", "[09:14] * ovek waves": a chat log's events between its labelled lines are no one's words.
    if (layout.templated && !layout.labels.has(i) && CHAT_EVENT.test(raw)) {
      flush();
      turn = null;
      return;
    }
    // ">> NAME:" opens a turn in caption exports; only a line no template claims is a blockquote.
    const quoted = /^\s{0,3}>/.test(raw) && !layout.labels.has(i);
    const line = quoted ? raw.replace(BLOCKQUOTE, '') : raw;
    const offset = raw.length - line.length + (line.length - line.trimStart().length);
    if (!line.trim()) {
      flush();
      table = null;
      return;
    }
    const title = layout.titles.get(i);
    if (title) {
      flush();
      openSection(plainText(title), lineNo, undefined);
      return;
    }
    const own = layout.labels.get(i);
    // "Host" over "Tamsin Achebe-Ruiz, Programme Director, Northgate Innovation Hub": a roster's entry names who takes part,
    // no turn of theirs.
    // "Annette Coyle is a relationship counsellor with 20 years' experience" under "THE PANEL": who someone is, said of them.
    const introduces = own !== undefined && /^(?:is|was)\s+(?:a|an|the)\s/.test(own.fields[0] ?? '');
    const rosterEntry = own !== undefined && (introduces || (ROSTER_LINE.test(line.trim()) && [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.trim() !== '' && (GROUP_LINE.test(l) || ROSTER_LINE.test(l.trim())))));
    if (own && own.rest === null && !rosterEntry) {
      // "Questions & Answers:" alone on a line before a turn names a part of the transcript.
      flush();
      // "**Question**", "**Answer**" under a record's fields: parts of the record, still the person its form names.
      if (formed && !namesSomeone(own.name) && !isFullName(own.name)) return;
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'paragraph' && /^\p{Lu}[^:.!?]{1,50}:$/u.test(last.text) && last.text.split(/\s+/).length <= 4) {
        blocks[blocks.length - 1] = { kind: 'heading', text: last.text.replace(/:$/, ''), line: last.line };
      }
      quote = [];
      turn = labelFromTemplate(own);
      formed = false;
      turnStart = blocks.length;
      turnLevel = null;
      return;
    }
    // "---" between two comments: a thematic break, no one's words, and the end of the turn before it.
    if (THEMATIC_BREAK.test(line) && !(lines[i - 1] ?? '').trim()) {
      flush();
      turn = null;
      breaks.add(blocks.length);
      return;
    }
    const heading = headingOf(line);
    if (heading) {
      flush();
      const { level } = heading;
      const text = plainText(heading.text);
      readsRecord(text);
      // A heading right under a turn's label ("**fenwick-ada** commented …", then "### Describe the bug") is the
      // turn's own: headings of its level and below stay inside the turn until the next label.
      if (turn && turnStart === blocks.length) turnLevel = level;
      if (turn && turnLevel !== null && level >= turnLevel) {
        if (text) blocks.push({ kind: 'heading', text, line: lineNo });
        lastHeading = text || lastHeading;
        turnStart = blocks.length;
        return;
      }
      table = null;
      answering = false;
      if (!text) throw new KnowledgeError(file, lineNo, 'heading has no text');
      openSection(text, lineNo, people.get(i));
      return;
    }
    // A source line right under a blockquote: the quote is theirs, and the line is no passage.
    if (!quoted && !current && quote.length > 0 && ATTRIBUTION_LINE.test(line) && creditQuote(line, /[*_]+\s*$/)) return;
    if (!quoted && !current && quote.length === 0 && ATTRIBUTION_LINE.test(line) && signSection(line, lines[i + 1] ?? '')) return;
    // "… the children are.\n— Margery Tolliver, Fenby Cross": a letter signed on the last line of its last paragraph.
    if (!quoted && current?.kind === 'paragraph' && quote.length === 0 && SIGNATURE_DASH.test(line) && !(lines[i + 1] ?? '').trim()) {
      const letter = current.lines.map((l) => l.text).join(' ');
      // "*Our spaniel … should I be taking her in?*\n— M.T., Ballykeel": a letter set in italics is the one paragraph signed, however many letters the section holds.
      // '"Volunteers do a huge amount of unpaid work …"\n— Geoff Hanley, Chair': a quotation alone in its paragraph is the signer's.
      const italic = (ITALIC_PARAGRAPH.test(letter) && FIRST_PERSON.test(letter)) || WHOLE_QUOTATION.test(letter) ? quoteSource(line.replace(ATTRIBUTION_LINE, '')) : null;
      if (italic) {
        flush();
        const signed = blocks[blocks.length - 1];
        // A signature says whose the letter is, over the answer an interview's layout would have made it; under a quotation,
        // over the label a heading of the template gave ("**Brackendale Access Forum**" over its coordinator's words), which
        // then says whom the signer speaks for.
        const over = signed?.label && !signed.label.implicit && italic.name && WHOLE_QUOTATION.test(letter) ? signed.label.name : null;
        if (signed && (!signed.label || signed.label.implicit || over)) {
          signed.label = { ...sourceLabel(italic), ...(over ? { note: over } : {}) };
          return;
        }
      }
      const source = signer(line, [letter]);
      if (source) {
        flush();
        const section = blocks.slice(sectionStart);
        // A label inside the last paragraph made it a turn: the line is then a paragraph of its own, as any other.
        if (section.every((b) => !b.label)) {
          for (const block of section) block.label = sourceLabel(source);
          return;
        }
      }
    }
    if (table && isTableSeparator(line)) return;
    const row = table?.bare ? bareRow(line) : tableRow(line);
    if (row) {
      if (table) {
        flush();
        // "| Respondent | Organisation | Response |": each row is what that respondent said.
        const said = table.voices ? voicedRow(row, table.voices) : null;
        if (said) {
          blocks.push({ kind: 'paragraph', text: said.text, line: lineNo, label: { ...sourceLabel(said.source), note: said.organisation } });
          for (const answer of answersIn(row, table.voices as VoiceColumns)) blocks.push({ kind: 'paragraph', text: answer.text, line: lineNo, label: sourceLabel(answer.source) });
          return;
        }
        const text = row.map((cell) => plainText(cell)).filter(Boolean).join(' — ');
        if (text) blocks.push({ kind: 'list-item', text, line: lineNo, tableRow: true, cells: row.map((cell) => plainText(cell)), header: table.header, ...(table.finding ? { findingRow: true } : {}), ...(turn ? { label: turn } : {}) });
        return;
      }
      if (isTableSeparator(lines[i + 1] ?? '')) {
        flush();
        const finding = FINDING_HEADER.test(row.join(' '));
        const rows = rowsAfter(lines, i + 2);
        // A table of recommendations with an owner column states the report's findings; whose they are to carry out is no one's words.
        table = { header: row.map((cell) => plainText(cell)), finding, voices: finding ? null : (voiceColumns(row, rows) ?? voiceColumnsOfRows(rows)) };
        return;
      }
    }
    // "Question | Asker Name | Asker Email | Answer(s)" over rows of the same cells, as a webinar's report is exported.
    if (!table && bareTableAt(lines, i)) {
      flush();
      const header = bareRow(line) as string[];
      const rows = rowsAfter(lines, i + 1, bareRow);
      table = { header: header.map((cell) => plainText(cell)), finding: FINDING_HEADER.test(header.join(' ')), voices: voiceColumns(header, rows) ?? voiceColumnsOfRows(rows), bare: true };
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      // "- [ ] Freeze the requirements": a task list's box is no part of the task.
      const text = (item[1] ?? '').replace(TASK_BOX, '');
      const indent = raw.length - raw.trimStart().length;
      const reply = indent > itemIndent && blocks[blocks.length - 1]?.kind === 'list-item';
      if (!reply) itemIndent = indent;
      current = { kind: 'list-item', lines: [{ text, index: i, offset: raw.length - text.length, quoted, ...(reply ? { reply } : {}) }] };
      return;
    }
    const entry = { text: line.trim(), index: i, offset, quoted, ...(layout.events.has(i) ? { event: true } : {}) };
    // "  Mr. HARGROVE. Madam Speaker, …" after lines wrapped flush left: a record that opens each paragraph with an indent.
    if (current && indentsParagraphs && PARAGRAPH_INDENT.test(raw)) flush();
    // "3. The Town Trust grant" over "06/03/2026, 20:06 - Tom Ellery: Evening!": the report's own label opens the next turn, no line of the item.
    if (current?.kind === 'list-item' && (layout.labels.get(i)?.rest != null || entry.event)) flush();
    if (current) current.lines.push(entry);
    else current = { kind: 'paragraph', lines: [entry] };
  });
  flush();
  signOff(lines.length);
  for (const at of breaks) if (blocks[at]) (blocks[at] as Block).afterBreak = true;
  // A key's lines ("MEDIC 14 — Paramedic Corinne Fairweather, Kestrel County EMS") are its entries before any is read as signed.
  readTableTurns(blocks);
  readKeys(blocks, lines, firstLine);
  signFeet(blocks);
  readRunInHeadings(blocks);
  readFieldRecords(blocks);
  return withoutContents(blocks);
}

/** Entries of a contents list that give a heading of the report at least, before the list is read as its contents. */
const MIN_CONTENTS_ENTRIES = 3;

/**
 * "IN THIS ISSUE" over "The Loft on Ferris Street to close after nine years", the heading of a story below: a list of the
 * report's own headings is its contents, furniture that would answer a question before the story does. Its entries that
 * give a heading, in any case, are left out where three of them do.
 */
function withoutContents(blocks: Block[]): Block[] {
  const headings = new Set(blocks.filter((b) => b.kind === 'heading').map((b) => foldName(b.text)));
  const entries = new Set(blocks.filter((b) => b.kind !== 'heading' && !b.label && b.text.length <= 120 && headings.has(foldName(b.text))));
  return entries.size >= MIN_CONTENTS_ENTRIES ? blocks.filter((b) => !entries.has(b)) : blocks;
}

/** A line in braces ("{Attachments}", "{Embed}") or of emoji and their counts. */
const EXPORT_FURNITURE = /^\s*(?:\{[^{}\n]{1,60}\}|(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*(?:\(\d+\)|\d+)?\s*)+)\s*$/u;

/** A chat client's line for an event rather than a message, after its time: irssi's "-!-", an action's "*", "<--" and "-->" for parting and joining. */
const CHAT_EVENT = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?:-!-|\*{1,3}\s|<--|-->|=!=)/;

/** "Panel 1.", "Scene 12", "Page 4 (three panels)": a word and a number alone on a line. */
const DIVISION = /^\s{0,3}\p{Lu}\p{Ll}{2,12}\s+\d{1,3}\.?\s*(?:\([^()]{1,40}\))?\s*$/u;
/** A line underlined with "===" or "---" (at least three), on its own after a blank line: Markdown's other way to write a heading. */
const UNDERLINE = /^\s{0,3}(={3,}|-{3,})\s*$/;
/** What a heading underlined may say: a short line that opens no list, quote, table or label and ends no sentence. */
// "** COUNCIL APPROVES QUAYSIDE PARKLETS" over a rule: a mailing's plain text marks its headings with two stars, no list item.
const UNDERLINED_TEXT = /^\s{0,3}(?:\*\*\s[^*]{1,100}|(?![-*+>|#]|\d{1,3}[.)]\s)[^:]{1,80}(?<![.,;:]))\s*$/;

/**
 * The report's lines with each heading written in Setext's way ("Meeting summary" over a line of
 * dashes, as meeting bots, mail digests and reStructuredText write them) turned into `#`'s,
 * the underline left blank: line numbers stay the same.
 */
function underlinedHeadings(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    // "Panel 1.", "Scene 3" opening a paragraph: a numbered division of a script, whose text follows on the next line.
    if (DIVISION.test(lines[i] as string) && !(lines[i - 1] ?? '').trim() && (lines[i + 1] ?? '').trim()) {
      out ??= [...lines];
      out[i] = `### ${(lines[i] as string).trim().replace(/\.$/, '')}`;
      continue;
    }
    const underline = UNDERLINE.exec(lines[i] as string);
    if (!underline?.[1]) continue;
    if (i === 0 || (lines[i - 2] ?? '').trim() || !UNDERLINED_TEXT.test(lines[i - 1] as string)) {
      // "=====" that underlines no heading: a plain-text rule, which would otherwise run into the paragraph above.
      if (underline[1].startsWith('=')) (out ??= [...lines])[i] = '';
      continue;
    }
    out ??= [...lines];
    out[i - 1] = `${underline[1].startsWith('=') ? '#' : '##'} ${(lines[i - 1] as string).trim().replace(/^\*\*\s+/, '')}`;
    out[i] = '';
  }
  return out ?? lines;
}

/** A heading's level and text: `#` to `######`, or a script's scene heading ("INT. FERRY TERMINAL – DAY"), which ends the lines spoken before it. */
function headingOf(line: string): { level: number; text: string } | null {
  if (SCENE_HEADING.test(line)) return { level: 6, text: line.trim() };
  const heading = /^#{1,6}(\s|$)/.test(line) ? HEADING.exec(line) : null;
  // "# | Question | Asker Name |": a table's header whose first column is headed "#", no heading.
  if (heading?.[2]?.startsWith('| ')) return null;
  return heading ? { level: (heading[1] as string).length, text: heading[2] ?? '' } : null;
}

/** "**How did you end up on Caddis Peak?**": a question in bold on a line of its own. */
const BOLD_QUESTION = /^\s*(?:\*\*|__)[^*_]{3,300}\?\s*(?:\*\*|__)\s*$/;
/** Any line wholly in bold. */
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_]{3,300}(?:\*\*|__)\s*$/;

/** A question turn opening a line: "Q.", "Q:", "Question:". */
const QUESTION_NEXT = /^\s*(?:\*\*|__)?(?:Q|Question|QUESTION)\s*[.:]/;

function nextText(lines: string[], from: number): string {
  for (let i = from + 1; i < lines.length && i < from + 5; i++) if ((lines[i] as string).trim()) return lines[i] as string;
  return '';
}

/** A table's header that says its rows are findings: "| Finding | Evidence |", "| Key conclusion | … |". */
const FINDING_HEADER = /\b(?:(?:key\s+)?findings?|conclusions?|recommendations?|takeaways?|lessons?(?:\s+learned)?|key\s+points)\b/i;

/** A template's label as a speaker label: its fields say who the person is. */
/** A chat's badge after an app's name: "Jira Cloud APP", "Polly BOT". */
const APP_BADGE = /^(.+?)\s+(?:APP|BOT)$/;

function labelFromTemplate(label: LineLabel): SpeakerLabel {
  // "Jira Cloud  APP  8:00 AM", "Polly [BOT]": an app posting in a chat, no one among the people, described by its name.
  const app = APP_BADGE.exec(label.name)?.[1] ?? (label.fields.some((f) => /^(?:APP|BOT)$/.test(f)) ? label.name : null);
  if (app) return sourceLabel({ name: null, description: `${app} (app)`, fields: [] });
  // "Maren Holt / @marenholt_geo": the handle under a display name is another name for them, no part they play.
  const handles = label.fields.filter(isHandle);
  const aliases = [...(label.aliases ?? []), ...handles];
  const fields = handles.length ? label.fields.filter((f) => !isHandle(f)) : label.fields;
  return { name: label.name, note: null, bold: label.bold, fields, templated: true, ...(aliases.length ? { aliases } : {}) };
}


/** A line set apart in emphasis ("*…*"), or opening "Submitted by" / "Written by" / "Prepared by". */
const SIGNED_BY = String.raw`(?:submitted|written|prepared|compiled|presented)\s+by\s+`;
const BYLINE = new RegExp(String.raw`^\s*(?:[*_]{1,2}(?<emphasised>[^*_]{3,200})[*_]{1,2}|${SIGNED_BY}(?<plain>[^*_]{3,200}))\s*$`, 'iu');
const BY = new RegExp(`^${SIGNED_BY}`, 'i');
/** ", Jan 14, 2025", ", 21 January 2025": when the byline was signed, no part of who signed it. */
const SIGNED_ON = new RegExp(String.raw`,\s*${WRITTEN_DATE}\s*$`, 'u');

/** Who a section's byline names ("Prof. Theodore Ashgrove, Chair, …, Jan 21, 2025"), or null where it names no one. */
function sectionByline(line: string): QuoteSource | null {
  const m = BYLINE.exec(line);
  const text = (m?.groups?.emphasised ?? m?.groups?.plain)?.replace(BY, '').replace(SIGNED_ON, '').trim();
  if (!text || !/,/.test(text) && !m?.groups?.plain) return null;
  const source = quoteSource(text);
  // A person signs, with a title or a part ("Prof.", "Associate Professor", "Chair"); a line naming an organisation does not.
  const person = source?.name && isFullName(source.name) && (HONORIFIC.test(text) || source.fields.some((f) => f.split(/\s+/).some((w) => isRoleWord(w))));
  return person ? source : null;
}

function sourceLabel(source: QuoteSource): SpeakerLabel {
  return { name: source.name ?? source.description ?? '', note: null, bold: false, fields: source.fields, templated: true, source, ...(source.aliases ? { aliases: source.aliases } : {}) };
}

/**
 * One paragraph's lines as blocks: one block, or one per labelled line when two or more of its
 * lines open with a label (a transcript written without blank lines between turns).
 */
function toBlocks(kind: 'paragraph' | 'list-item', lines: Line[], firstLine: number, induced: Map<number, LineLabel>): Block[] {
  // A list item may open with a label too ("- **Webb:** read the matrix"); only a paragraph's lines split into turns.
  // The report's own template reads a label before any list does: it knows its names and its offices.
  const labels = lines.map((line, i) => (kind === 'paragraph' || i === 0 ? (inducedLabel(line, induced) ?? labelOf(line.text)) : null));
  // Minutes write "(JK) said …" line after line: each such line is a turn too, its text kept whole.
  // "Claimant: Ms Joanne Hartley" over "Respondent: Brackwater Logistics Ltd": a header of fields, a line each, never one run of words.
  // "Persons and units heard:" over "CALL-TAKER — Telecommunicator Rosa Baptiste", "CALLER — Janelle Ashdown, …": a key, a line an entry.
  const keyed = kind === 'paragraph' && lines.length >= 3 && lines.length <= MAX_KEY_LINES && lines.slice(/:\s*$/.test(lines[0]?.text ?? '') ? 1 : 0).every((line) => isKeyLine(line.text));
  const fields = kind === 'paragraph' && lines.length >= 2 && ((lines.length <= 12 && lines.every((line) => FIELD_LINE.test(line.text))) || keyed || rosterLines(lines) || programmeLines(lines));
  const opens = lines.map((line, i) => kind === 'paragraph' && (fields || labels[i] !== null || line.event === true || INITIALS_OPENER.test(line.text)));
  const turns = opens.filter(Boolean).length >= 2;
  const out: Block[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !(turns && opens[i])) continue;
    const block = makeBlock(
      kind,
      lines.slice(start, i).map((l) => l.text),
      labels[start] ?? null,
      firstLine + (lines[start] as Line).index,
    );
    if (block) out.push((lines[start] as Line).reply ? { ...block, reply: true } : block);
    start = i;
  }
  return out;
}

/** "Tribute – David Ashdown" over "Tribute – Pauline Mercer": a line of a programme or an agenda, short, capitalised, no sentence's end in it. */
const PROGRAMME_LINE = /^(?!.*[.!?…]\s)[\p{Lu}"“].{0,88}[^.,;:!?…\s]$/u;
/** How long a programme's line may be as written, its links and emphasis included, before it is read. */
const MAX_PROGRAMME_MARKUP = 400;
/** Lines a programme runs to at least: two short lines may be a wrapped title. */
const MIN_PROGRAMME_LINES = 3;

/** An order of service's or an agenda's lines, each its own entry: run together, "Tribute – David Ashdown Tribute – …" names no one. */
function programmeLines(lines: readonly Line[]): boolean {
  // A long line is let go before being made plain: most paragraphs' lines are prose.
  return lines.length >= MIN_PROGRAMME_LINES && lines.every((line) => line.text.length <= MAX_PROGRAMME_MARKUP && PROGRAMME_LINE.test(plainText(line.text).trim()));
}

/** The most lines a paragraph that is a key may hold. */
const MAX_KEY_LINES = 40;

/** "Priya Nandakumar, Co-founder and CEO, Loomwell": a name, then what the person is, a line of a roster. */
const ROSTER_LINE = new RegExp(`${ROSTER_ENTRY_START.source}[^.!?]{2,120}[.)]?$`, 'u');

/** "Finalists" over "Priya Nandakumar, Co-founder and CEO, Loomwell" line after line: a roster's entries, a line each, never one run of words. */
function rosterLines(lines: readonly Line[]): boolean {
  const grouped = GROUP_LINE.test(lines[0]?.text ?? '');
  const entries = lines.slice(grouped ? 1 : 0);
  return entries.length >= (grouped ? 1 : 2) && lines.length <= MAX_KEY_LINES && entries.every((line) => ROSTER_LINE.test(line.text));
}

/** A label the report's template found at the start of this line, as `labelOf` gives one. */
function inducedLabel(line: Line, induced: Map<number, LineLabel>): ReturnType<typeof labelOf> {
  const own = induced.get(line.index);
  if (!own || own.rest === null) return null;
  // The template's offset counts from the raw line's first character.
  return { label: labelFromTemplate(own), rest: Math.max(0, own.rest - line.offset) };
}

function makeBlock(kind: 'paragraph' | 'list-item', lines: string[], label: ReturnType<typeof labelOf>, line: number): Block | null {
  const raw = lines.join(' ');
  if (!label) {
    const text = plainText(raw);
    return text ? { kind, text, line } : null;
  }
  // "*Editor: The council says …*": the emphasis that opened before the label closes at the end.
  const closing = /^\s*[*_](?![*_])/.test(raw) ? /(?<=\S)[*_]\s*$/ : null;
  const text = plainText(closing ? raw.slice(label.rest).replace(closing, '') : raw.slice(label.rest));
  if (!text) return null;
  return { kind, text, line, label: label.label, labelled: plainText(raw) };
}

/** A line's text without Markdown's inline marks: links as their text, bold, italics and code as plain words. */
export function plainText(text: string): string {
  if (!/[*_`[]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
