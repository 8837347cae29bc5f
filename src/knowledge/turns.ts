import { ANSWERING_PARTS, ARTICLE, ASKING_PARTS, LANGUAGES, OF, ROLE_EQUIVALENTS } from '../language/index.ts';
import type { FrontMatter } from './frontMatter.ts';
import type { SpeakerLabel } from './markdown.ts';
import { rolePhrases } from './mentions.ts';
import { ROLE_LABELS } from './roleWords.ts';
import { foldName, isKindOfPerson, isOrganisationName, personName, speakerNamed, type ReportSpeaker } from './speakerIdentity.ts';
import { isRoleHead } from './speakerPatterns.ts';
import { titleCase } from './byline.ts';
import { surnamesTitled } from './speakerDetection.ts';
import { numberedVoiceNames } from './numberedVoices.ts';
import { FUNCTION_WORDS, isDescription, isFullName, isOfficeName, isRoleWord, namesSomeone, numberedPart, UNKNOWN_VOICE } from './labelTemplate.ts';
import { isCommonWord, isNoun, isPersonNoun, usageCount } from './wordnet.ts';
import { either, FINDINGS_HEADING, FIRST_PERSON_SUBJECT, FIRST_PERSON_WORD, HONORIFIC, ROLE_NOUN_WORDS, TITLE_PARTS } from './language.ts';
import { fullFormOf, INITIALS, nameIndex, type NameIndex } from './fullNames.ts';
import { CODE } from './keys.ts';
import { personIn } from './fieldRecords.ts';

/** An article before a label's role: "la" Maire. English's "The Chair:" is a part of the conversation (ROLE_LABEL), read later. */
const LEADING_ARTICLE = new RegExp(`^(?!the\\s)${ARTICLE}`, 'i');
/** An article of any language opening a name: "Journaliste (Le Dauphiné)" is from a paper, "El País" or "The Herald" too, no one named. */
const OPENING_ARTICLE = new RegExp(`^${ARTICLE}`, 'i');
/** The role nouns as names are compared, accents and case removed: "prefet" for "préfet". */
const ROLE_NOUNS_FOLDED: ReadonlySet<string> = new Set([...ROLE_NOUN_WORDS].map(foldName));
/** Where a part says whose it is, in any language: " de vaunieres", " du sdis", " d'enedis", " of the board". */
const OF_TAIL = new RegExp(`\\s+${OF}`);

/** The words a record's labels call the one who presides ("president", "chairman", "présidente"), and the part "chaired by" gives them. */
const PRESIDING_PARTS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.presiding.parts.map((w) => foldName(w))));
const PRESIDING_ROLES: ReadonlySet<string> = new Set(LANGUAGES.map((l) => foldName(l.presiding.role)));

/** A word that names a thing or an act in WordNet ("Meeting", "Venue"), not a kind of person; "Sam" and "Tom" are also nouns, so the caller checks the report uses the word in lower case. */
function isThing(word: string): boolean {
  return (isNoun(word) || isCommonWord(word)) && !isPersonNoun(word);
}

/** Who speaks a passage, before speakers get their global ids. */
export type DraftAttribution =
  | { kind: 'speaker'; name: string; via?: 'author' }
  | { kind: 'author' }
  | { kind: 'unnamed'; label: string; via?: 'author' };

export interface LabelledDraft {
  text: string;
  label?: SpeakerLabel;
  kind?: 'paragraph' | 'list-item';
  /** Who asks from here on, where a label stood alone before the questions ("BY MS. FARROW:"). */
  examiner?: string;
  /** Who answers from here on, where the record names the witness. */
  witness?: string;
  section?: string | null;
}

/** Labels that open a line but name no speaker: "Note:", "Present:", "Action:". */
const NOT_SPEAKER_LABELS = new Set([
  'note', 'notes', 'nb', 'ps', 'update', 'summary', 'source', 'sources', 'warning', 'tip', 'disclaimer', 'correction',
  'background', 'context', 'bottom line', 'takeaway', 'takeaways', 'key takeaway', 'key takeaways', 'step', 'example',
  'result', 'results', 'finding', 'findings', 'key findings', 'action', 'actions', 'action item', 'action items', 'decision', 'decisions',
  'agenda', 'present', 'apologies', 'absent', 'location', 'venue', 'date', 'time', 'subject', 're', 'title', 'topic',
  'attendees', 'in attendance', 'minutes', 'next meeting', "editor's note", 'editor’s note', 'caption', 'photo', 'image',
  'figure', 'table', 'chart', 'credit', 'credits', 'transcript', 'status', 'quote', 'fact', 'definition', 'important',
  'reminder', 'conclusion', 'conclusions', 'recommendation', 'recommendations', 'outcome', 'outcomes', 'price', 'cost',
  'tags', 'category', 'also present', 'resolved', 'agreed', 'motion', 'proposal', 'vote', 'votes', 'item', 'team', 'legend', 'key',
  // A broadcast script's directions: what is seen and heard, no one's words.
  'picture', 'pictures', 'sfx', 'fx', 'graphic', 'graphics', 'music', 'gvs', 'atmos', 'tx',
  // A help desk's own events ("System — Mar 3, 09:04 / Status changed: New → Open"): the tool's, no one's words.
  'system',
  // A script's cues for what is heard, no one's words: "SFX: GALE AGAINST THE GLASS".
  'sfx', 'fx', 'music', 'grams', 'atmos', 'sound', 'sound effect', 'sound effects', 'sting',
  ...LANGUAGES.flatMap((l) => l.labelWords.map(foldName)),
]);
/** A label that names no speaker: one of those above, or a note to someone ("NOTE TO ARTIST:", "Notes for the letterer:"). */
const namesNoSpeaker = (key: string) => NOT_SPEAKER_LABELS.has(key) || /^notes?\s+(?:to|for)\b/.test(key);
/** Labels that name a part in a conversation rather than a person. */
/** Offices a record speaks by, and the part of whoever holds them. */
const OFFICE_HELD_BY: Record<string, string> = { court: 'judge', bench: 'judge' };
const ASKS = ASKING_PARTS;
const ANSWERS = ANSWERING_PARTS;
const ROLE_LABEL = new RegExp(String.raw`^(?:the\s+)?(?:${ROLE_LABELS.join('|')}|unidentified(?:\s+\w+)?|unknown(?:\s+\w+)?)s?(?:\s+\d+)?$`, 'i');
/** Capitalised words (with name particles) or one block of capitals: what a person's name label looks like. */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|der|den|de|la|le|da|di|du|del|della|dos|das|bin|ibn|al|el)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|[\p{Script=Han}\p{Script=Hangul}]{1,4})$/u;

const THE_OFFICE = /^the\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}$/iu;
/** "WOMAN IN AUDIENCE", "Voice from the floor", "Man at the back": one word for a person, then where they are. */
const PLACED_PERSON = /^(\p{L}+)\s+(?:in|at|from|on)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?$/iu;

/** "The Chair", "THE COURT", "The Executive Secretary": "the" and a word for a person or an office at the end. */
function isOffice(name: string): boolean {
  return THE_OFFICE.test(name) && isOfficeName(name);
}

/**
 * "Method:", "Dated:", "OUT:": one word of the language that is no word for a person, as common
 * as "method" or "dated" are. Used once as a label, over text that does not speak as "I", it is a
 * record's field ("Method: 412 staff responded"), whatever list of fields the report keeps.
 */
function fieldWord(name: string): boolean {
  if (!/^\p{L}+$/u.test(name)) return false;
  const lower = name.toLowerCase();
  return !isPersonNoun(lower) && (isCommonWord(lower) || usageCount(lower) >= 20);
}

/** A text that opens with a figure, signed or not: "70°52.4'N", "−21 °C", "1,140 m". */
const FIGURE_OPENING = /^\s*[−+-]?\d/u;

/** "44WM/0317/24 …", "KB-24-0918/A …": a reference of letters, figures and strokes opening a text. */
const CODE_OPENING = /^\s*(?=\S*\d)(?=\S*[\p{L}/])[\p{L}\d/.-]{4,}(?:\s|$)/u;

/** "Route", "Tea table and sign-in", "Bag count for the council": words of the dictionary that name no part someone plays. */
function namesAThing(name: string): boolean {
  return name.toLowerCase().split(/[\s-]+/).every((w) => FUNCTION_WORDS.has(w) || isThing(w));
}

/**
 * The list items that stand among fields: a run of labelled items ("- Route: …", "- Skip: …",
 * "- Tea table and sign-in: …") two thirds of whose labels name things.
 */
function listsOfFields(drafts: readonly LabelledDraft[]): Set<number> {
  const out = new Set<number>();
  for (let start = 0; start < drafts.length; ) {
    let end = start;
    while (end < drafts.length && drafts[end]?.kind === 'list-item') end++;
    if (end === start) {
      start++;
      continue;
    }
    const labelled = drafts.slice(start, end).flatMap((d, k) => (d.label ? [{ name: d.label.name, index: start + k }] : []));
    const fields = labelled.filter(({ name }) => namesAThing(name)).length;
    if (fields >= 2 && fields * 3 >= labelled.length * 2) for (const { index } of labelled) out.add(index);
    start = end;
  }
  return out;
}

/** Who asks and who answers in a Q:/A: interview. */
export interface InterviewParts {
  asks: DraftAttribution;
  answers: DraftAttribution;
}

export interface Turns {
  /** The voice of each draft that opens with a speaker's label, else null. */
  voices: (DraftAttribution | null)[];
  /** Speakers known only from labels or the front matter, to add to the report's speakers. */
  added: ReportSpeaker[];
}

/**
 * Whether one of the parts a speaker's role lists ("chair; senior lecturer") is `part`, in any case, or the first half
 * of one ("alcalde-presidente" is the alcalde; a vice-president is no president).
 */
const holdsPart = (speaker: ReportSpeaker, part: string) => {
  const wanted = part.toLowerCase();
  return (speaker.role ?? '').toLowerCase().split(/\s*;\s*/).some((p) => p === wanted || p.split('-')[0] === wanted);
};

/** "CAM-1", "HOT-2", "RDO-1": a source and the number of the voice, as a recorder's transcript writes who speaks. */
const CODED_VOICE = /^\p{Lu}{2,5}(-\d)$/u;
/** "-1      Voice identified as the Captain": a legend's entry for a voice's number. */
const VOICE_ENTRY = /(?:^|\s)(-\d)\s+(?:[Vv]oice\s+identified\s+as\s+)?(?:the\s+)?(\p{L}[\p{L}]*(?:\s\p{L}[\p{L}]*){0,2}?)(?=\s+(?:-\d|[*#(]|\p{Lu}{2,5}\s)|\s*[.;,]|\s*$)/gu;

/** "TWR", "APR": a source written as a code of capitals. */
const SOURCE_CODE = /^\p{Lu}{2,5}$/u;
/** "TWR     Radio transmission from Port Caldera tower controller": a legend's entry for a source that is someone. */
const SOURCE_ENTRY = /(?:^|\s)(\p{Lu}{2,5})\s+[^.;]{0,60}?\bfrom\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,4}?([\p{Ll}-]+))(?=\s+\p{Lu}{2,5}\s|\s+-\d|\s*[.;]|\s*$)/gu;

/** How often a part keyed to a person must open turns besides its key's line. */
const KEYED_TURNS = 2;

/**
 * "Subject: Calvin Hatchett, M, 34": a word that usually heads no one's words ("Subject:", "Source:") given a person by the
 * report's header, keyed by its label to them when it then opens turns ("SUBJECT: What."). Part → the person's name, read once.
 */
function keyedParts(drafts: readonly LabelledDraft[], uses: ReadonlyMap<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  // The key stands before the turns: only a part's first line can be it.
  const seen = new Set<string>();
  for (const d of drafts) {
    const key = d.label ? foldName(d.label.name) : null;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    // A part the bot reads as a person anyway ("Suspect:", "A:") is found through its holder's role, not keyed here.
    if (!namesNoSpeaker(key) || (uses.get(key) ?? 0) < KEYED_TURNS + 1) continue;
    const person = personIn(d.text)?.name;
    if (person && isFullName(person)) out.set(key, person);
  }
  // "Team: Lucy Harrow, Sam Ode" over each entry of a list is a field every time: the part must open words said, ended as sentences are.
  const said = new Map<string, number>();
  for (const d of drafts) {
    const key = d.label ? foldName(d.label.name) : null;
    if (key && out.has(key) && /[.!?…]["”’)]*\s*$/.test(d.text)) said.set(key, (said.get(key) ?? 0) + 1);
  }
  for (const key of out.keys()) if ((said.get(key) ?? 0) < KEYED_TURNS) out.delete(key);
  return out;
}

/** The parts a recorder transcript's legend gives the numbers of its voices ("-1" → "Captain") and its sources ("TWR" → "tower controller"), read once. */
function voiceLegend(drafts: readonly LabelledDraft[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of drafts) {
    if (d.label || !/(?:^|\s)-\d\s/.test(d.text)) continue;
    for (const m of d.text.matchAll(VOICE_ENTRY)) if (m[1] && m[2] && isRoleWord(m[2].split(/\s+/).pop() ?? '')) out.set(m[1], m[2]);
    for (const m of d.text.matchAll(SOURCE_ENTRY)) if (m[1] && m[2] && m[3] && isRoleWord(m[3])) out.set(m[1], m[2]);
  }
  return out;
}

/**
 * Reads the speaker labels of a transcript or an interview. A label names a known person (by
 * full name, surname, first name or initials, in any case and with or without accents), a part
 * (Q and A, whose people the front matter or the introduction gives), a role ("Moderator",
 * "Audience member"), or a new person when it looks like a name and is used as a label at least
 * twice or in bold, or beside other speakers' labels. Anything else ("Note:", "The big news:")
 * is part of the text.
 */
export function readTurns(drafts: LabelledDraft[], speakers: ReportSpeaker[], front: FrontMatter, names: NameIndex = nameIndex(() => drafts.map((d) => d.text))): Turns {
  const added: ReportSpeaker[] = [];
  const all = () => [...speakers, ...added];
  const uses = new Map<string, number>();
  for (const d of drafts) if (d.label) uses.set(foldName(d.label.name), (uses.get(foldName(d.label.name)) ?? 0) + 1);
  // "Pos: 70°52.4'N …", "Wx: −21 °C, wind NE": a label whose every line opens with a figure is a log's field, entry after entry.
  const counted = new Map<string, boolean>();
  for (const d of drafts) if (d.label) counted.set(foldName(d.label.name), (counted.get(foldName(d.label.name)) ?? true) && FIGURE_OPENING.test(d.text));
  const distinct = [...uses.keys()].filter((l) => !namesNoSpeaker(l)).length;

  let parts: InterviewParts | null = null;
  let legend: Map<string, string> | undefined;
  let voiceNames: Map<string, string> | undefined;
  let keyed: Map<string, string> | undefined;
  const partsOf = () => (parts ??= interviewParts(drafts, all(), front, added));

  const decided = new Map<string, DraftAttribution | null>();
  const templated = drafts.some((d) => d.label?.templated && !d.label.source);
  // "Tobias Wren @twren · 2 days ago Maintainer" five times, "Tobias Wren @twren requested changes" once: what a name's
  // labels say most often is what they are, and the rare fields what they did once.
  const fieldsKey = (label: SpeakerLabel) => `template:${foldName(label.name)}:${label.fields?.join('|') ?? ''}:${label.note ?? ''}`;
  // Only labels that give fields are weighed: "Priya Shah (Chair):" once, then "Priya Shah:" twenty times, is still the chair.
  const fieldsUses = new Map<string, number>();
  const mostFields = new Map<string, number>();
  for (const d of drafts) {
    if (!d.label?.templated || !d.label.fields?.length) continue;
    const key = fieldsKey(d.label);
    const uses = (fieldsUses.get(key) ?? 0) + 1;
    fieldsUses.set(key, uses);
    const name = foldName(d.label.name);
    if (uses > (mostFields.get(name) ?? 0)) mostFields.set(name, uses);
  }
  let turned = false;
  // "Narrator: Mabel Ocheng (MO).", "Interpreter: Selam Abraha (Tigrinya-English), accredited …": a roster of parts, not a turn.
  const listsWhoPlays = (label: SpeakerLabel, text: string) => {
    const opening = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}|[PR]\d{1,3}|(?:Participant|Respondent)\s+\d{1,3})\s*(?:\(|[.,;]|$)/u.exec(text.replace(HONORIFIC, ''))?.[1];
    const listed = opening !== undefined ? findSpeaker(all(), opening) : undefined;
    // "Chair: Dr Orr, what changed?" asks someone by name: a roster asks nothing.
    // "Secretaria-Interventora: Dña. Pilar Etxeberria Solana": the part the roster gave the one it names, in any language.
    return listed !== undefined && (ROLE_LABEL.test(personName(label.name)) || isRoleWord(label.name) || holdsPart(listed, personName(label.name))) && text.length < 200 && !/[?!]/.test(text);
  };
  const fieldLists = listsOfFields(drafts);
  // "TRACK:" turn after turn, a word for a kind of clip that names no one and no part: a voice to be named by what it says.
  const nameless = (name: string) => (uses.get(foldName(name)) ?? 0) >= 3 && /^\p{L}+$/u.test(name.trim()) && !namesSomeone(name) && !isRoleWord(name) && !findSpeaker(all(), name);
  const outnumbered = (label: SpeakerLabel, key: string) => (label.fields?.length ?? 0) > 0 && (fieldsUses.get(key) ?? 0) * 2 < (mostFields.get(foldName(label.name)) ?? 0);
  // "**Comment 1.3:**" under "## REVIEWER 1", then "**Response:**": a response letter's comments are the section's
  // commenter's, its responses the writers'.
  const commenters = new Map<string, DraftAttribution | null>();
  const commenter = (index: number) => {
    const section = drafts[index]?.section ?? '';
    if (!commenters.has(section)) commenters.set(section, commenterOf(section, all, added, names));
    return commenters.get(section) ?? null;
  };
  const commented = (d: LabelledDraft, index: number) => (COMMENT_OPENING.test(d.text) ? commenter(index) : null);
  const voiceOf = (label: SpeakerLabel, text: string, inList: boolean, index: number): DraftAttribution | null => {
    const key = foldName(label.name);
    if (label.source?.description) return { kind: 'unnamed', label: label.source.description };
    // "ACUERDO: Se aprueba …", "DECISION: …": what a meeting decided, under the word for it, is no one's turn.
    if (!label.source && FINDINGS_HEADING.test(label.name)) return null;
    // "Unidentified Analyst" / "Thanks. Priya Ramaswamy, Beckett Langley Securities. Gwen, on the …": a record that did not
    // know who spoke gives the floor to whoever says who they are as they open.
    const introduced = UNKNOWN_VOICE.test(label.name) ? SELF_INTRODUCED.exec(text) : null;
    if (introduced?.[1] && namesSomeone(introduced[1]) && !isRoleWord(introduced[1])) {
      const voice = knownOrAdded(introduced[1], all, added);
      const person = findSpeaker(all(), introduced[1]);
      if (person && introduced[2]) person.organisation ??= introduced[2].trim();
      return voice;
    }
    const part = RECORD_TURN.exec(label.name)?.[1]?.toLowerCase();
    if (part && RESPONDS.has(part)) return { kind: 'author' };
    if (part && COMMENTS.has(part)) return commenter(index);
    if (counted.get(key) && (uses.get(key) ?? 0) >= 2 && !ASKS.has(key) && !ANSWERS.has(key) && !findSpeaker(all(), label.name)) return null;
    // "Speaker 1" who opened with "I'm Maren Solvik": the person the transcript's own words name.
    const voiced = (voiceNames ??= numberedVoiceNames(drafts, nameless)).get(key);
    if (voiced) return knownOrAdded(voiced, all, added);
    // "SPEAKER 4 (parent, Bramwell Primary School)": what the brackets say of them is who they are, read below.
    const numbered = label.note || label.fields?.length ? null : numberedPart(label.name);
    if (numbered) return knownOrAdded(numbered, all, added);
    // "URN: 44WM/0317/24   Page 1 of 5": a word once, then a code, is a field of a record's header.
    if ((uses.get(key) ?? 0) <= 1 && !/\s/.test(label.name) && CODE_OPENING.test(text) && !findSpeaker(all(), label.name)) return null;
    // "- Van: Sam collects …", "- Poster: Dev, up by Monday": among a list's fields, a part named once is one more field.
    if (inList && fieldLists.has(index) && (uses.get(key) ?? 0) <= 1 && isRoleWord(label.name)) return null;
    if (fieldWord(label.name) && !label.fields?.length && !label.note && (uses.get(key) ?? 0) <= 1 && !FIRST_PERSON_WORD.test(text) && !findSpeaker(all(), label.name)) return null;
    // "Subject: Calvin Hatchett, M, 34" in the header, then "SUBJECT: What." turn after turn: the report's own key makes the
    // part a person, whatever the word usually heads; the key's line lists who plays it.
    const keyHolder = (keyed ??= keyedParts(drafts, uses)).get(key);
    if (keyHolder) return personIn(text)?.name === keyHolder ? null : knownOrAdded(keyHolder, all, added);
    if (label.templated) {
      // "Case reference: MLSO/2026/0417": a field holding one code or number is no one's words, in a template too.
      // A roster of parts stands before the turns: after them, "CAPTAIN: Anders Holmqvist, good luck" calls someone by name.
      if (namesNoSpeaker(key) || /^\S*\d\S*$/.test(text.trim()) || (!turned && listsWhoPlays(label, text))) return null;
      const decidedKey = fieldsKey(label);
      if (decided.has(decidedKey)) return decided.get(decidedKey) ?? null;
      // "Q (Reuters):" at a briefing: a questioner the record knows only by where they are from;
      // "Q (journaliste de Sud-Adour Matin):" by what they are, in the report's own words.
      const qa = ASKS.has(key) || ANSWERS.has(key);
      // "A (Hector Villanueva, Budget Director):", "Q (Tanya, Northgate):": a summary's question or answer under the name of
      // who gave it, then what they are or where they are from; "Q (Reuters):" alone names where a questioner is from.
      const giver = qa ? givenBy(label.fields ?? []) : null;
      if (giver) {
        const voice = resolveLabel({ ...label, ...giver }, all(), true, added, names, true);
        decided.set(decidedKey, voice);
        return voice;
      }
      const from = ASKS.has(key) ? label.fields?.[0] : undefined;
      // "HOT-1" under a legend that says "-1  Voice identified as the Captain": the captain, whoever the report says that is.
      // "TWR" beside "TWR     Radio transmission from Port Caldera tower controller": that controller, unnamed.
      const legendPart = CODED_VOICE.exec(label.name)?.[1] ?? (SOURCE_CODE.test(label.name) ? label.name : undefined);
      const part = legendPart ? (legend ??= voiceLegend(drafts)).get(legendPart) : undefined;
      if (part && legendPart === label.name) {
        const voice = { kind: 'unnamed' as const, label: `the ${part}` };
        decided.set(decidedKey, voice);
        return voice;
      }
      // The first the report names with that part: a recorder's crew list stands before whoever else bears the title.
      const holder = part ? all().find((s) => holdsPart(s, part)) : undefined;
      const voice = from ? { kind: 'unnamed' as const, label: /^\p{Ll}/u.test(from) ? from : `the questioner from ${from}` } : ASKS.has(key) ? partsOf().asks : ANSWERS.has(key) ? partsOf().answers : holder ? voiceFor(holder) : resolveLabel(part ? { ...label, name: part } : outnumbered(label, decidedKey) ? { ...label, fields: [] } : label, all(), true, added, names, (uses.get(key) ?? 0) >= 2);
      decided.set(decidedKey, voice);
      return voice;
    }
    // Where the report has a template of its own, "Duration: 58 minutes" is a line of text unless it names someone known.
    // "**Helen (Upper Tarrow):**" as an advice column's letter is labelled by its signature: a name and where they write from
    // is someone, "Helen" a noun or not.
    const placed = label.note !== null && (namesSomeone(label.name) || (label.bold && /^\p{Lu}\p{Ll}+$/u.test(label.name))) && /^\p{Lu}/u.test(label.note);
    if (templated && !placed && !ASKS.has(key) && !ANSWERS.has(key) && !findSpeaker(all(), label.name) && !ROLE_LABEL.test(personName(label.name)) && !isOffice(label.name)) return null;
    if (ASKS.has(key)) return examinerOf(examiner) ?? partsOf().asks;
    if (ANSWERS.has(key)) return witnessOf(witness) ?? partsOf().answers;
    // "The big news:" is text; "THE CHAIR:", "The Executive Secretary:" are offices.
    if (namesNoSpeaker(key) || (/^(?:the|a|an|in|on|at|for|next|last|this|our|my)\s/.test(key) && !isOffice(label.name))) return null;
    // "Reference: RTC/2024/0412", "Date: 12/03/2024": a field holding one code or number is no one's words.
    if (/^\S*\d\S*$/.test(text.trim())) return null;
    // "Chair: Helen Ashworth" lists who had a part; it is not something Helen said.
    if (text.split(/\s+/, 5).length <= 4 && findSpeaker(all(), text)) return null;
    if (listsWhoPlays(label, text)) return null;
    // In a list, a label must name someone known: "- Cost: £650" is an item, not a new speaker.
    if (inList) return resolveLabel(label, all(), false, added, names);
    // "Observer note (Matteo Brandt):", then "Observer note (Lena Okafor):": whom the brackets name decides, each time.
    const noted = label.note ? `${key}(${foldName(label.note)})` : key;
    if (decided.has(noted)) return decided.get(noted) ?? null;
    const voice = resolveLabel(label, all(), (uses.get(key) ?? 0) >= 2 || label.bold || distinct >= 2, added, names);
    decided.set(noted, voice);
    return voice;
  };
  // "INTERPRETER (for Mr Haile):", "THE INTERPRETER:" rendering an answer: the words in the first person are the one interpreted
  // for, the witness where the label says no one; the interpreter's own remarks ("The interpreter asks …") are the interpreter's.
  const interpreted = (label: SpeakerLabel, text: string): DraftAttribution | null => {
    if (!INTERPRETER.test(label.name)) return null;
    const forWhom = FOR_WHOM.exec([label.note ?? '', ...(label.fields ?? [])].join(' '))?.[1]?.trim();
    if (forWhom) {
      const known = findSpeaker(all(), forWhom);
      if (known) return voiceFor(known);
      const person = speakerNamed(personName(forWhom));
      added.push(person);
      return voiceFor(person);
    }
    return FIRST_PERSON_SUBJECT.test(text) && !INTERPRETER_ITSELF.test(text) ? partsOf().answers : null;
  };
  // "BY MS. FARROW:" alone before the questions: she asks them, until another takes over; "ELSA NORD, called as a witness": she answers.
  let examiner: string | undefined;
  let witness: string | undefined;
  const examinerOf = partHolder((name) => name.replace(/^(?:by|examined by|questioned by)\s+/i, '').trim(), 'examiner', all, added);
  const witnessOf = partHolder(personName, 'witness', all, added);
  const voices = answersEndInNarration(drafts, namedByThemselves(
    drafts,
    drafts.map((d, i) => {
      examiner = d.examiner ?? examiner;
      witness = d.witness ?? witness;
      const voice = d.label ? (interpreted(d.label, d.text) ?? voiceOf(d.label, d.text, d.kind === 'list-item', i)) : commented(d, i);
      turned ||= voice !== null;
      return voice;
    }),
    all,
    added,
  ));
  describedByThemselves(drafts, voices, all());
  const renamed = handlesNamed(drafts, all(), added);
  surnamesIntroduced(drafts, voices, all(), added, renamed);
  const named = renamed.size ? voices.map((v) => (v?.kind === 'speaker' && renamed.has(v.name) ? { ...v, name: renamed.get(v.name) as string } : v)) : voices;
  namedByReplies(drafts, named, all());
  return { voices: answersAfterQuestions(drafts, named, partsOf, all, added, names), added };
}

/**
 * "Q. Any update on Sami Rahal?" and then a paragraph with no label: a press conference's
 * transcript labels only the questions, and what follows each is the answer, by whoever the
 * section is headed for ("COACH MARIA ESTEVES", "DAMIEN OKAFOR"), else by the one answering;
 * what such a section opens with before its first question is that person's statement. The
 * layout is the report's when most of its question labels are followed so.
 */
function answersAfterQuestions(drafts: readonly LabelledDraft[], voices: (DraftAttribution | null)[], partsOf: () => InterviewParts, all: () => ReportSpeaker[], added: ReportSpeaker[], names: NameIndex): (DraftAttribution | null)[] {
  const unlabelledAfter = (i: number) => drafts[i + 1] !== undefined && !drafts[i + 1]?.label && drafts[i + 1]?.section === drafts[i]?.section;
  const questions = drafts.flatMap((d, i) => (d.label && !d.label.implicit && ASKS.has(foldName(d.label.name)) ? [i] : []));
  const answered = questions.filter(unlabelledAfter);
  // Where several are on the dais, their answers are labelled ("JORDAN VESELY: …") and only a lone coach's are not: the
  // layout holds where questions answered under no label outnumber those answered under one, or where a name answered last.
  const layout = answered.length >= MIN_ANSWERED && answered.length * 3 >= questions.length * 2;
  if (answered.length < MIN_ANSWERED) return voices;
  const headed = new Map<string, DraftAttribution | null>();
  const personOf = (section: string | null | undefined) => {
    if (!section) return null;
    if (!headed.has(section)) headed.set(section, sectionPerson(section, all, added, names));
    return headed.get(section) ?? null;
  };
  const after = new Set(answered.map((i) => i + 1));
  // "MS. ALVARADO: Go ahead, Kenji." / "Q Is the President going to travel?" / "I don't have any travel to announce": where
  // named turns come between the questions, the one who spoke last before the question answers it.
  let named: DraftAttribution | null = null;
  return voices.map((voice, i) => {
    const d = drafts[i] as LabelledDraft;
    if (voice?.kind === 'speaker' && !(d.label && ASKS.has(foldName(d.label.name)))) named = voice;
    if (voice) return voice;
    if (after.has(i)) return layout ? (personOf(d.section) ?? named ?? partsOf().answers) : named;
    // The section's opening words, before anyone else's label: "Opening statement: Thank you. Well, what a night."
    const opens = i === 0 || drafts[i - 1]?.section !== d.section;
    return opens && layout ? personOf(d.section) : voice;
  });
}
/** Questions followed by an unlabelled answer that make the layout. */
const MIN_ANSWERED = 2;

/** "Response", "Réponse 2": the answering part of a record of comments and responses, numbered or not. */
const RECORD_TURN = /^(\p{L}+)(?:\s+(?:[A-Z]\.?)?\d{0,3}(?:\.\d{1,3})*)?$/u;
/** "Comment E.1: "…"", "Comment 2.3 — …": a numbered comment opening a paragraph. */
const COMMENTS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.responseLetter.comments));
const COMMENT_OPENING = new RegExp(
  String.raw`^(?:${either([...COMMENTS])})\s+(?:[A-Z]\.?)?\d{0,3}(?:\.\d{1,3})*\s*[:—–-]\s`,
  'iu',
);
const RESPONDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.responseLetter.responses));

/**
 * How someone opens a turn by saying who they are and where they are from: "Thanks. Priya Ramaswamy, Beckett Langley
 * Securities.", "Daniel Kessler from Norwood & Finch.", "Hi, it's Hannah Lau at Castlebridge.": their name, then the firm.
 */
const SELF_INTRODUCED = new RegExp(
  String.raw`^(?:(?:[Tt]hanks|[Tt]hank you|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening)|[Yy]es|[Yy]eah|[Ss]ure|[Oo]kay|OK)(?:,?\s+(?:everyone|all|everybody))?[,.!]?\s+)*(?:(?:[Ii]t['’]s|[Tt]his is|I['’]m|[Mm]y name is)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s*|\s+(?:from|with|at|of)\s+)((?:the\s+)?\p{Lu}[^.?!,]{1,60}?)[.?!,]`,
  'u',
);

/** The speaker the report knows by `name`, else one added under it: a section's reviewer, a juror known by number. */
function knownOrAdded(name: string, all: () => ReportSpeaker[], added: ReportSpeaker[]): DraftAttribution {
  const known = findSpeaker(all(), name);
  if (known) return voiceFor(known);
  const person = speakerNamed(name);
  added.push(person);
  return voiceFor(person);
}

/**
 * Who makes the comments of a section: the person the heading names ("Reviewer 2", "Dr Leonie Marchetti"), a part and its
 * number ("REVIEWER 1"), or the part whose comments they are ("EDITOR'S COMMENTS": the editor).
 */
function commenterOf(section: string, all: () => ReportSpeaker[], added: ReportSpeaker[], names: NameIndex): DraftAttribution | null {
  const numbered = /^(\p{L}+)\s+(\d{1,3}|[A-Z])$/u.exec(section);
  if (numbered?.[1] && isKindOfPerson(numbered[1])) {
    return knownOrAdded(`${titleCase(numbered[1])} ${numbered[2]}`, all, added);
  }
  const whose = /^(?:the\s+)?(\p{L}+)['’]s?\s+comments?$/iu.exec(section)?.[1];
  if (whose && isPersonNoun(whose.toLowerCase())) return { kind: 'unnamed', label: `the ${whose.toLowerCase()}` };
  return section ? sectionPerson(section, all, added, names) : null;
}

function sectionPerson(section: string, all: () => ReportSpeaker[], added: ReportSpeaker[], names: NameIndex): DraftAttribution | null {
  const known = findSpeaker(all(), section);
  if (known) return voiceFor(known);
  const words = section.split(/\s+/);
  const surname = words[words.length - 1] ?? '';
  if (words.length < 2 || words.length > 5 || !namesSomeone(section)) return null;
  const full = names.fullNameOf(surname.charAt(0).toUpperCase() + surname.slice(1));
  if (!full || !foldName(section).endsWith(foldName(full))) return null;
  const person = speakerNamed(full);
  added.push(person);
  return voiceFor(person);
}

/**
 * Answers read off a layout (plain paragraphs under a bold question) end where the text turns to
 * narration: a paragraph that names the one answering ("Fennimore's superiors are more
 * diplomatic") is the writer's again, and so is everything after it until the next question.
 */
function answersEndInNarration(drafts: LabelledDraft[], voices: (DraftAttribution | null)[]): (DraftAttribution | null)[] {
  let narrating = false;
  return voices.map((voice, i) => {
    const label = drafts[i]?.label;
    if (!label?.implicit) return voice;
    if (label.name === 'Q') {
      narrating = false;
      return voice;
    }
    if (!narrating && voice?.kind === 'speaker') {
      const names = [voice.name, voice.name.split(/\s+/).pop() ?? ''].filter((n) => n.length >= 3);
      narrating = names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(drafts[i]?.text ?? ''));
    }
    return narrating ? null : voice;
  });
}

/** A speaker's first passages read for what they say of themselves: a first turn may run over several paragraphs. */
const SELF_DESCRIBED_DRAFTS = 6;

/** "I'm your host", "I'm the product manager for …": a role the speaker gives themselves. */
const I_AM = /\bI(?:['’]m|\s+am|['’]ve\s+been|\s+have\s+been|\s+was|\s+work\s+as|['’]m\s+working\s+as)\s+(?:your|the|a|an|our)\s+((?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+|\p{Lu}{2,5}))(?=\s*(?:[,.;!?]|$)|\s+(?:and|for|at|of|on|with|in|here|today|this|who|so)\b)/u;
/** "I'm one of the maintainers": one of a kind of person. */
const ONE_OF = /\bI(?:['’]m|\s+am)\s+one\s+of\s+the\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+?)s\b/u;
/** "Security team here.", "Ops desk here:": the part of an organisation someone writes for. */
const WRITES_FOR = /^(?:(?:hi|hello|hey)[,!.]?\s+)?((?:\p{Lu}[\p{Ll}-]*|[\p{Ll}-]+)(?:\s+[\p{Ll}-]+){0,2}\s+(?:team|desk|office|department|group))\s+here\b/u;
/** "I'm moderating today", "I'll be chairing": the part the speaker plays. */
const I_RUN_THE_ROOM = /\bI(?:['’]m|\s+am|['’]ll\s+be|\s+will\s+be)\s+(moderating|hosting|chairing|presenting|facilitating|interviewing)\b/i;
const RUNS_AS: Record<string, string> = { moderating: 'moderator', hosting: 'host', chairing: 'chair', presenting: 'presenter', facilitating: 'facilitator', interviewing: 'interviewer' };
/** "I lead the mobile engineering team", "I run customer support at Fernwood Transit": a role stated as what they do. */
const I_DO = /\bI\s+(lead|run|head|manage|chair|coordinate|direct|drive|teach|edit|host|own|oversee|supervise)\s+((?:the\s+|our\s+|a\s+)?[^,.;!?]{3,50}?)(?=\s*[,.;!?]|\s+(?:so|and|at|for|since|which)\b)(?:\s+(?:at|for)\s+((?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*))?/u;

/**
 * Speakers of a transcript who say who they are in their first turns, when the report has not
 * said it: "I'm your host, Dee Okafor", "Sofia, product designer.", "I lead the mobile
 * engineering team". Only a word for a kind of person is taken as a role.
 */
function describedByThemselves(drafts: LabelledDraft[], voices: (DraftAttribution | null)[], speakers: ReportSpeaker[]): void {
  const turnsOf = new Map<string, string[]>();
  voices.forEach((v, i) => {
    if (v?.kind !== 'speaker') return;
    const list = turnsOf.get(v.name) ?? [];
    if (list.length < SELF_DESCRIBED_DRAFTS) list.push((drafts[i]?.text ?? '').slice(0, 400));
    turnsOf.set(v.name, list);
  });
  for (const [name, turns] of turnsOf) {
    const speaker = speakers.find((s) => s.name === name);
    if (!speaker || speaker.isOrganisation) continue;
    // "u/old_keeper_tom": "Hi all, I'm Tom Brennagh." The handle's person answers to their name too.
    if (HANDLE.test(speaker.name)) {
      const real = turns.map((t) => [...t.matchAll(SELF_INTRODUCTION)].map((m) => m[1] as string).find(namesSomeone)).find(Boolean);
      if (real) speaker.aliases = [...new Set([...speaker.aliases, real, real.split(/\s+/).pop() as string])];
    }
    if (speaker.role) {
      // "I'm Priya Raman, programme lead …, and I'll be moderating today's session": the room's part is hers beside her role.
      const running = turns.map((t) => I_RUN_THE_ROOM.exec(t)?.[1]?.toLowerCase()).find(Boolean);
      const part = running ? (RUNS_AS[running] ?? running) : null;
      if (part && !holdsPart(speaker, part)) speaker.role = `${speaker.role}; ${part}`;
      continue;
    }
    const names = [speaker.name, ...speaker.shortNames].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const opener = new RegExp(String.raw`^(?:(?:hi|hello|hey)(?:\s+(?:all|everyone|there))?[.,!]\s+)?(?:I['’]m\s+)?(?:${names})[,.]\s+(?:I['’]m\s+)?(?:the\s+|a\s+|an\s+)?(\p{Ll}[\p{Ll} -]{2,40}?)[.,]`, 'iu');
    for (const text of turns) {
      const said = I_AM.exec(text);
      const named = opener.exec(text);
      const does = I_DO.exec(text);
      const running = I_RUN_THE_ROOM.exec(text)?.[1]?.toLowerCase();
      const oneOf = ONE_OF.exec(text)?.[1];
      const writesFor = WRITES_FOR.exec(text)?.[1];
      if (said?.[1] && said[2] && (isRoleHead(said[2]) || /^\p{Lu}{2,5}$/u.test(said[2]))) speaker.role = said[1];
      else if (oneOf && isRoleHead(oneOf.split(/\s+/).pop() ?? '')) speaker.role = oneOf;
      else if (writesFor) speaker.role = writesFor.toLowerCase();
      else if (named?.[1] && isRoleHead(named[1].trim().split(/\s+/).pop() ?? '')) speaker.role = named[1].trim();
      // "I'm the product manager …, and I'm chairing this": both parts are hers.
      if (running) speaker.role = [speaker.role, RUNS_AS[running] ?? running].filter(Boolean).join('; ');
      else if (does?.[1] && does[2]) {
        speaker.role = `${does[1].replace(/(?:ch|sh|s|x)$/, '$&e')}s ${does[2].trim()}`;
        speaker.organisation ??= does[3]?.replace(/^the\s+/, '') ?? null;
      }
      if (speaker.role) break;
    }
  }
}

/**
 * What a speaker says they are in words the report gives them, in a turn or a quotation ("I've
 * been a nephrologist for twenty-two years," he said): a part beside any the report gave them,
 * so that "the nephrologist" finds them. Only a word for a kind of person is taken.
 */
export function addSelfDescriptions(texts: readonly { text: string }[], voices: readonly { attribution: DraftAttribution }[], speakers: ReportSpeaker[]): void {
  for (const [i, { attribution }] of voices.entries()) {
    const name = attribution.kind === 'speaker' ? attribution.name : null;
    const text = texts[i]?.text ?? '';
    const m = name ? I_AM.exec(text) : null;
    if (!m?.[1] || !m[2] || !isRoleHead(m[2])) continue;
    const speaker = speakers.find((s) => s.name === name);
    const part = m[1].trim();
    if (!speaker || speaker.isOrganisation || (speaker.role ?? '').toLowerCase().includes(part.toLowerCase())) continue;
    speaker.role = speaker.role ? `${speaker.role}; ${part}` : part;
  }
}

/** A sender a chat export knows only by number: "+44 7700 900123". */
const PHONE_NAME = /^\+?\d[\d\s()-]{6,}\d$/;
/** "Thanks Dev!", "Dev, can you …", "Cheers Dev.": a reply that opens by naming whom it answers. */
const ADDRESSED = new RegExp(
  String.raw`^(?:(?:${['thanks', 'thank you', 'cheers', 'ta', 'hi', 'hey', 'ok', 'okay', 'great', 'nice one', 'sure', 'yes', 'no'].map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})[,!]?\s+)?(\p{Lu}\p{Ll}{1,15})\s*[!,.?]`,
  'u',
);

/**
 * A sender known only by their number is named by whoever answers them: "+44 7700 900123: I can
 * look at it Saturday." then "Ruth Ames: Thanks Dev! …". The name becomes theirs to be asked by.
 */
function namedByReplies(drafts: LabelledDraft[], voices: (DraftAttribution | null)[], speakers: ReportSpeaker[]): void {
  const numbered = new Map(speakers.filter((s) => PHONE_NAME.test(s.name)).map((s) => [s.name, s]));
  if (numbered.size === 0) return;
  const taken = new Set(speakers.flatMap((s) => [s.name, ...s.aliases, ...s.shortNames]));
  voices.forEach((voice, i) => {
    const sender = voice?.kind === 'speaker' ? numbered.get(voice.name) : undefined;
    const next = voices[i + 1];
    if (!sender || next?.kind !== 'speaker' || next.name === sender.name) return;
    const name = ADDRESSED.exec(drafts[i + 1]?.text ?? '')?.[1];
    if (name && !taken.has(name) && namesSomeone(name) && !sender.aliases.includes(name)) sender.aliases = [...sender.aliases, name];
  });
}

/** A name written as an account's handle: "u/old_keeper_tom", "@jo_b", "rosa_firelab". */
const HANDLE = /^(?:@|u\/)|^[\p{Ll}\d]+[_.][\p{Ll}\d_.]+$/u;

/** A name written all in lower case ("mkorvath", "tobble"): an account's, the way chat logs label turns. */
const LOWER_HANDLE = /^[\p{Ll}\d_.|-]{2,30}$/u;
/** A person's name beside a handle: two to four capitalised words. */
const BESIDE = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})`;
const HANDLE_WORD = String.raw`@?([\p{L}\d_.|-]{1,30})`;
/** "mkorvath 'Mira Korvath'", "tobble (Tobias Brennecke)", "kestrelbyte (Ruby Vance, solo developer of Lanternfall)". */
const HANDLE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}\d_@])${HANDLE_WORD}\s*[('"‘“]\s*${BESIDE}\s*(?:,\s*(\p{Ll}[^)'"’”]{2,80}))?[)'"’”]`, 'gu');
/** "Jaxon Ilunga (jxn)", "Saffron Reyes [@saffi_r]". */
const NAME_THEN_HANDLE = new RegExp(String.raw`${BESIDE}\s*[([]\s*${HANDLE_WORD}\s*[)\]]`, 'gu');

/**
 * Accounts the report says whose they are: "mkorvath 'Mira Korvath' <mira@…>" (a chat bot's
 * roll call), "tobble (Tobias Brennecke)", "Jaxon Ilunga (jxn)", "Saffron Reyes [@saffi_r]": the
 * handle is that person, named so, and answers to the handle too. One pass over the text, for
 * the handles the labels use; returns each renamed speaker's new name by its old one.
 */
function handlesNamed(drafts: LabelledDraft[], speakers: ReportSpeaker[], added: ReportSpeaker[]): Map<string, string> {
  const renamed = new Map<string, string>();
  const named = (speaker: ReportSpeaker | undefined, name: string, role?: string) => {
    if (!speaker || renamed.has(speaker.name) || !(namesSomeone(name) || isFullName(name))) return;
    if (role) speaker.role ??= role.trim();
    // "Interviewing Officer: Ms Clodagh Ferriter (IO)": a code for someone the report names already is that person.
    const known = findSpeaker(speakers, name);
    if (known === speaker) return;
    const person = known ?? speaker;
    renamed.set(speaker.name, known?.name ?? name);
    person.aliases = [...new Set([...person.aliases, speaker.name, ...(known ? [] : [name.split(/\s+/).pop() as string])])];
    if (known) added.splice(added.indexOf(speaker), 1);
    else speaker.name = name;
  };
  const handles = new Map(speakers.filter((s) => !s.isOrganisation && added.includes(s) && (HANDLE.test(s.name) || LOWER_HANDLE.test(s.name) || CODE.test(s.name))).map((s) => [s.name.replace(/^@/, '').toLowerCase(), s]));
  if (handles.size === 0) return renamed;
  // Any word beside a name is looked up among the handles, whatever case it is written in ("(IO)"): one pattern
  // however many handles a log has, where an alternation of them all would be tried at every place of every line.
  for (const d of drafts) {
    for (const m of d.text.matchAll(HANDLE_THEN_NAME)) named(handles.get((m[1] as string).toLowerCase()), m[2] as string, m[3]);
    for (const m of d.text.matchAll(NAME_THEN_HANDLE)) named(handles.get((m[2] as string).toLowerCase()), m[1] as string);
  }
  return renamed;
}

/** How far into their first turns a speaker known by a surname gives their full name: "Good evening. Evelyn Sato, 1207 East Linden." */
const INTRODUCED_WITHIN = 200;
/** A capitalised run of two or three words, as a name is written: what a self-introduction is searched for. */
const WRITTEN_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?![\p{L}'’-])/gu;

/**
 * "MS. SATO: Good evening. Evelyn Sato, 1207 East Linden Avenue.": a speaker the labels know by
 * a surname alone, who gives their full name as their first turn opens, is known by it; and a
 * surname that labels in capitals made "Mcallister" is written as the text writes it ("McAllister").
 */
function surnamesIntroduced(drafts: readonly LabelledDraft[], voices: readonly (DraftAttribution | null)[], speakers: ReportSpeaker[], added: ReportSpeaker[], renamed: Map<string, string>): void {
  const single = added.filter((s) => !s.isOrganisation && !renamed.has(s.name) && !/\s/.test(s.name) && !isRoleWord(s.name));
  if (single.length === 0) return;
  const firstTurns = new Map<string, string>();
  voices.forEach((v, i) => {
    if (v?.kind === 'speaker' && !firstTurns.has(v.name)) firstTurns.set(v.name, drafts[i]?.text.slice(0, INTRODUCED_WITHIN) ?? '');
  });
  let spellings: Map<string, string> | undefined;
  for (const speaker of single) {
    const surname = foldName(speaker.name);
    const full = [...(firstTurns.get(speaker.name) ?? '').matchAll(WRITTEN_NAME)].map((m) => m[0]).find((n) => foldName(n.split(/\s+/).pop() ?? '') === surname && isFullName(n));
    // The text is read for such spellings once, however many surnames are looked up.
    const casing = full ? null : ((spellings ??= innerCapitals(drafts)).get(surname) ?? null);
    const name = full ?? casing;
    if (!name || name === speaker.name || findSpeaker(speakers.filter((s) => s !== speaker), name)) continue;
    renamed.set(speaker.name, name);
    speaker.aliases = [...new Set([...speaker.aliases, speaker.name, ...(full ? [full.split(/\s+/).pop() as string] : [])])];
    speaker.name = name;
  }
}

/** "McAllister" for "mcallister": the first spelling the text gives each word with a capital inside it, by the word folded. */
function innerCapitals(drafts: readonly LabelledDraft[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of drafts) {
    for (const m of d.text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+\p{Lu}[\p{L}'’-]*/gu)) if (!out.has(foldName(m[0]))) out.set(foldName(m[0]), m[0]);
  }
  return out;
}

/** "I'm Priya Raman", "my name is …", "this is … for …": a host or moderator saying who they are. */
const SELF_INTRODUCTION = /\b(?:I['’]m|I am|[Mm]y name is|[Tt]his is|I['’]m your host,?|(?:here )?with me,?(?: as always,?)?)\s+((?:[\p{Lu}][\p{L}\p{M}'’-]+)(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){1,2})/gu;

const INTERPRETER = /^(?:the\s+)?(?:interpreter|translator)\b/i;
/** "for Mr Haile", "on behalf of the witness": whom an interpreter speaks for. */
const FOR_WHOM = /\b(?:for|on behalf of)\s+(.{2,60})$/i;
/** "The interpreter asks to clarify", "interpreter's note": an interpreter speaking as themselves. */
const INTERPRETER_ITSELF = /\b(?:the\s+)?interpreter(?:['’]s)?\b|\binterpreting\b/i;

/** "Hello, Declan. Gareth Pennick. I was …": a full name as the turn's first sentence, or its second after a greeting. */
const NAME_SENTENCE = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening)|[Tt]hanks|[Tt]hank you)[^.!?]{0,30}[.!]\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\.\s/u;

/** A voice a transcription tool could not name: "Speaker 2", "Unknown Speaker". */
const GENERIC_VOICE = /^(?:unknown\s+|unidentified\s+)?speaker(?:\s+\d{1,3})?$/i;
/** "Um, Janelle Brooks, I own …", "Hank Dorsey. I'm here for …", "Hank Dorsey, president of …": a turn that opens with the speaker's name, after a greeting or a filler. */
const NAMED_OPENING_START = String.raw`^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening))[^.!?]{0,30}[.!,]\s+)?(?:(?:[Uu]m|[Uu]h|[Ee]r|[Ee]rm|[Ss]o|[Yy]eah|[Oo]kay),?\s+)*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})`;
const NAMED_OPENING = new RegExp(String.raw`${NAMED_OPENING_START}(?:\.\s|,\s+(?:I|I'm|I’m|I've|and I)\b)`, 'u');
/** The same, where what follows the name is what they are ("Hank Dorsey, president of …"): read only in a numbered voice, which no one addresses. */
const NAMED_APPOSITION = new RegExp(String.raw`${NAMED_OPENING_START}(?:\.\s|,\s+(?:I|I'm|I’m|I've|and I)\b|,\s+(?=\p{Ll}))`, 'u');

/** A part's first turns, where its person says who they are. */
const INTRODUCING_TURNS = 5;

/**
 * A part known only by its label ("HOST:", "Moderator") whose first turns name the person
 * ("Welcome back. I'm Priya Raman.") is that person, in that role.
 */
function namedByThemselves(drafts: LabelledDraft[], voices: (DraftAttribution | null)[], all: () => ReportSpeaker[], added: ReportSpeaker[]): (DraftAttribution | null)[] {
  const byPart = new Map<string, DraftAttribution>();
  const byTurn = new Map<number, DraftAttribution>();
  const seen = new Map<string, number>();
  /** Whom each numbered voice last named itself as. */
  const lastNamed = new Map<string, DraftAttribution>();
  voices.forEach((voice, i) => {
    // "AUDIENCE MEMBER (man near the aisle): Hello, Declan. Gareth Pennick. I was harbourmaster …": a turn that says a
    // name as a sentence of its own, after a greeting at most, is that person's, whoever else the part's turns are.
    // "Speaker 2  14:05" / "Hi. Um, Janelle Brooks, I own Brooks Hardware": a transcription tool's numbered voice is whoever names themselves.
    const floor = (voice?.kind === 'unnamed' && !voice.via) || (voice?.kind === 'speaker' && GENERIC_VOICE.test(voice.name));
    const numbered = voice?.kind === 'speaker';
    const said = floor ? (NAME_SENTENCE.exec(drafts[i]?.text ?? '') ?? (numbered ? NAMED_APPOSITION : NAMED_OPENING).exec(drafts[i]?.text ?? ''))?.[1] : undefined;
    if (said && isFullName(said) && !isRoleWord(said)) {
      let speaker = findSpeaker(all(), said);
      if (!speaker) {
        speaker = speakerNamed(said);
        added.push(speaker);
      }
      byTurn.set(i, voiceFor(speaker));
      if (voice?.kind === 'speaker') lastNamed.set(voice.name, voiceFor(speaker));
    } else if (voice?.kind === 'speaker' && lastNamed.has(voice.name)) {
      // "Speaker 3  47:14 / We could live with a phase in.": the voice goes on being whoever last named themselves in it.
      byTurn.set(i, lastNamed.get(voice.name) as DraftAttribution);
    }
    if (voice?.kind !== 'unnamed' || voice.via || byPart.has(voice.label) || (seen.get(voice.label) ?? 0) >= INTRODUCING_TURNS) return;
    // Only a part's first turns are read: a host introduces themselves at the start, a witness when asked their name.
    seen.set(voice.label, (seen.get(voice.label) ?? 0) + 1);
    // "this is Morning Call with me, Sandra Vey": the first introduction that names someone.
    const name = [...(drafts[i]?.text.slice(0, 400) ?? '').matchAll(SELF_INTRODUCTION)].map((m) => m[1] as string).find(namesSomeone);
    if (!name) return;
    let speaker = findSpeaker(all(), name);
    if (!speaker) {
      speaker = speakerNamed(name);
      added.push(speaker);
    }
    speaker.role ??= voice.label;
    byPart.set(voice.label, voiceFor(speaker));
  });
  if (byPart.size === 0 && byTurn.size === 0) return voices;
  return voices.map((v, i) => byTurn.get(i) ?? (v?.kind === 'unnamed' && !v.via ? (byPart.get(v.label) ?? v) : v));
}

/** Whether every word of `text`, without its honorific, is a word of `name`: "M. Bilodeau" and "Geneviève" of Geneviève Bilodeau. */
function partOfName(text: string, name: string): boolean {
  const words = new Set(name.split(/\s+/).map(foldName));
  const parts = personName(text).split(/\s+/).filter(Boolean);
  return parts.length > 0 && parts.every((w) => words.has(foldName(w)));
}

/** Every personal name of two to four words in `texts`, by its last word folded: "marchetti" → Solène Marchetti. */
/**
 * "INMATE TULLIS", "Inmate Tullis" where the roster names "DESMOND RAY TULLIS, Inmate": a word for a kind of person, then
 * the surname of one speaker the report names in full, is that speaker, the word their part.
 */
function partAndSurname(name: string, speakers: readonly ReportSpeaker[]): ReportSpeaker | undefined {
  const words = name.split(/\s+/);
  if (words.length !== 2 || !isKindOfPerson((words[0] as string).toLowerCase())) return undefined;
  const surname = foldName(words[1] as string);
  const bearers = speakers.filter((s) => !s.isOrganisation && s.name.split(/\s+/).length >= 2 && foldName(s.name.split(/\s+/).pop() ?? '') === surname);
  if (bearers.length !== 1) return undefined;
  const person = bearers[0] as ReportSpeaker;
  person.role ??= (words[0] as string).toLowerCase();
  return person;
}

/**
 * The person a question's or answer's brackets name first, with what the rest says of them: a full name ("Chief Lorraine
 * Mbatha": the chief, Lorraine Mbatha), or a single name followed by more of them ("Tanya, Northgate").
 */
function givenBy(fields: string[]): { name: string; fields: string[] } | null {
  const first = fields[0]?.trim();
  if (!first || isOrganisationName(first) || isRoleWord(first) || /\d/.test(first)) return null;
  const [word = '', ...others] = first.split(/\s+/);
  const person = others.join(' ');
  if (isRoleWord(word) && isFullName(person) && namesSomeone(person)) return { name: person, fields: [word.toLowerCase(), ...fields.slice(1)] };
  if (isFullName(first) && !isNoun((first.split(/\s+/).pop() ?? '').toLowerCase())) return { name: first, fields: fields.slice(1) };
  // "Mei" is a rare noun too: a single name need only be no everyday word.
  return fields.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(first) && !isCommonWord(first.toLowerCase()) ? { name: first, fields: fields.slice(1) } : null;
}

function resolveLabel(label: SpeakerLabel, speakers: ReportSpeaker[], looksLikeTurns: boolean, added: ReportSpeaker[], names: NameIndex, recurring = false): DraftAttribution | null {
  // "Sra. Concejala de Hacienda (Alarcón Gil):": a part, then in brackets the surnames of one person the report names in full.
  const partWords = (text: string) => personName(text).split(/[\s-]+/).some((w) => ROLE_NOUN_WORDS.has(w.toLowerCase()) || isRoleWord(w));
  // "El señor MINISTRO DE TRANSPORTES (Echevarría Lluch):" may come read as the part's head, then "DE TRANSPORTES" as the
  // name: a name that opens with "de" or "of" is the rest of the part.
  const headParts = /^(?:de|del|du|des|of|for)\s/i.test(label.name) ? (label.fields ?? []).filter((f) => !/\s/.test(f) && partWords(f)) : [];
  // "LA DOCTORANDA (D.ª Lucía Montalbán Ortega):": an article opens a part in capitals, whatever its word.
  const titledPart = partWords(label.name) || headParts.length > 0 || (label.name === label.name.toUpperCase() && /^(?:THE|EL|LA|LOS|LAS|LE|LES|L['’])\s*\p{Lu}/u.test(label.name));
  const notedPart = [...headParts, personName(label.name)].join(' ').toLowerCase();
  const notes = titledPart ? [label.note, ...(label.fields ?? [])].filter((n): n is string => n !== null && /\s/.test(n)) : [];
  const noted = notes.map((n) => findSpeaker(speakers, n)).find(Boolean);
  if (noted && !noted.isAuthor && !noted.isOrganisation && foldName(noted.name) !== foldName(personName(label.name))) {
    noted.role ??= notedPart;
    return voiceFor(noted);
  }
  // "JOURNALISTE (Claire Vasseur) :": a part, then the full name of one the report names nowhere else.
  // A person's name ends in a word that is no noun: "Lough Carra Field Station" is where someone is from.
  const player = notes.find((n) => isFullName(n) && !isOrganisationName(n) && !OPENING_ARTICLE.test(n) && !/\d/.test(n) && !isNoun((n.split(/\s+/).pop() ?? '').toLowerCase()));
  if (player && !noted) {
    const person = speakerNamed(player, { role: notedPart });
    added.push(person);
    return voiceFor(person);
  }
  const known = findSpeaker(speakers, label.name) ?? partAndSurname(label.name, speakers);
  // "Le Président (M. Bilodeau) :", "Mme Thériault (Geneviève) :": what gives the speaker's own name says nothing else of them.
  const own = (field: string) => partOfName(field, known?.name ?? label.name);
  const described = label.fields ? describedBy(label.fields.filter((f) => !own(f))) : { organisation: null, role: null };
  if (known) {
    if (label.note && !own(label.note)) known.organisation ??= label.note;
    // A label of the report's template is how the report itself titles its speaker: it wins over prose.
    if (label.templated && (described.organisation || described.role)) {
      known.organisation = described.organisation ?? (known.organisation && described.role?.includes(known.organisation) ? null : known.organisation);
      // "GUEST (Marcus Vell)" beside "Marcus Vell, a housing economist": a part in the room adds to what the prose says they are.
      const part = described.role !== null && !/\s/.test(described.role) && known.role !== null && !known.role.toLowerCase().includes(described.role.toLowerCase());
      // "…, ministre." after "…, ministre de la santé et de l'accès aux soins.": the short form says less, not otherwise.
      const shorter = described.role !== null && known.role !== null && foldName(known.role).startsWith(`${foldName(described.role)} `);
      if (!shorter) known.role = part ? `${described.role}; ${known.role}` : (described.role ?? known.role);
    }
    return voiceFor(known);
  }
  // "Mr Speaker", "Hon. Members": a part, with or without the honorific the label gives it.
  // "The Executive Secretary:", "THE COURT:": an office, held by whoever the report gives it to.
  const office = isOffice(label.name) && !/\d/.test(label.name);
  if ((office || ROLE_LABEL.test(personName(label.name)) || ROLE_LABEL.test(label.name)) && !(label.templated && /\d/.test(label.name))) {
    // "THE COURT:" is the judge's voice in a court's record.
    const role = OFFICE_HELD_BY[label.name.toLowerCase().replace(/^the\s+/, '')] ?? label.name.toLowerCase().replace(/^the\s+/, '');
    // "The Minister for Transport" is whoever the report titles so, or failing that whoever is "minister".
    const titled = speakers.filter((s) => holdsPart(s, role));
    const holders = titled.length ? titled : speakers.filter((s) => rolePhrases(s).includes(role) || rolePhrases(s).includes(role.replace(/\s+(?:of|for|at)\s+.*$/, '')));
    // "CHAIR:" is the meeting's chair, not the chair of an association who addresses it.
    const holder = holders.length > 1 ? holders.filter((s) => s.organisation === null) : holders;
    if (holder.length === 1) return voiceFor(holder[0] as ReportSpeaker);
    // "Host (Carlos Mendes):": a part, then the person who plays it; a firm in the brackets is where an unnamed speaker is from.
    const played = label.note ?? (label.fields?.length === 1 ? label.fields[0] : label.fields?.length === 2 ? label.fields.join(', ') : null);
    // "Caller (Raj, Fenby)": a phone-in gives a first name and where they call from.
    const [called, calledFrom] = /^\p{Lu}[\p{Ll}'’-]+,\s+\p{Lu}[\p{L}\s'’-]{1,40}$/u.test(played ?? '') ? (played as string).split(/,\s+/) : [];
    const player = played && isFullName(played) && !isOrganisationName(played) ? personName(played) : called && !isCommonWord(called.toLowerCase()) && !isRoleWord(called) ? called : null;
    if (player) {
      const known = findSpeaker(speakers, player);
      if (known) return voiceFor(known);
      const person = speakerNamed(player, { role, ...(calledFrom ? { organisation: calledFrom } : {}) });
      added.push(person);
      return voiceFor(person);
    }
    // "Audience member (University of Esk Vale):": where an unnamed speaker is from is part of who they are.
    const from = label.note ?? described.organisation;
    const unnamed = role === 'audience' ? 'a member of the audience' : role;
    return { kind: 'unnamed', label: from ? `${unnamed} (${from})` : unnamed };
  }
  // "Editor:" on a page "edited by Siobhan Arkwright-Nunes": a part one person the report names plays, whatever the word.
  // "First Officer:" beside "First officer: Amara Nwosu-Berg, 29, …": a part of a few words, as one.
  const bare = personName(label.name);
  const part = /^\p{L}[\p{L}-]+(?:\s[\p{L}-]+){0,2}$/u.test(bare) ? bare.toLowerCase() : null;
  const playing = part ? speakers.filter((s) => holdsPart(s, part)) : [];
  if (playing.length === 1) return voiceFor(playing[0] as ReportSpeaker);
  // "REP:" beside "Legal representative: Ms Annika Solheim": a part written short, the start of one person's part.
  const short = part && /^\p{Lu}{3,5}$/u.test(label.name) ? speakers.filter((s) => (s.role ?? '').toLowerCase().split(/[\s;,]+/).some((w) => w.length > part.length && w.startsWith(part))) : [];
  if (short.length === 1) return voiceFor(short[0] as ReportSpeaker);
  // "**A backer from Leeds**": a commenter the report describes and does not name.
  if (label.templated && isDescription(label.name)) return { kind: 'unnamed', label: `${label.name.charAt(0).toLowerCase()}${label.name.slice(1)}` };
  // "WOMAN IN AUDIENCE:", "Voice from the floor:": a kind of person and where they are, in any case, is no one's name.
  const placed = PLACED_PERSON.exec(personName(label.name));
  if (placed?.[1] && isPersonNoun(placed[1].toLowerCase())) return { kind: 'unnamed', label: `${placed[0].charAt(0).toUpperCase()}${placed[0].slice(1).toLowerCase()}` };
  if (!looksLikeTurns || (!label.templated && !NAME_LIKE.test(label.name))) return null;
  // "MARCHETTI :" where the introduction says "Notre invitée ce matin est Solène Marchetti": the one full name it ends.
  // A label of a surname alone ("MARCHETTI", "FELL"), a first name ("MARGERY") or initials ("GH") is the one person the text names in full so.
  // "**Ms Adeyemi:**" under "Rowena Adeyemi KC finished …": a courtesy title and the surname are that person too.
  const written = fullFormOf(label.name, names) ?? (/\s/.test(bare) ? null : names.fullNameOf(bare));
  // "IO" is no "Interviewing Officer": a part's words with those initials name no one.
  const full = written && !isRoleWord(written) ? written : null;
  // "**Meeting:** 21 March": a single word WordNet knows as a thing, not a person, and no one's name in the text, is no name.
  // A chat's handle that labels turns again and again ("tomb — Yesterday at 21:06") is someone, whatever the word means.
  if (!full && !recurring && !/\s/.test(label.name) && isThing(label.name) && names.lowerWords().has(label.name.toLowerCase())) return null;
  // "GH" for Grace Holloway, whom the text names: the person, known by their initials too.
  if (full && INITIALS.test(label.name)) {
    const person = findSpeaker(speakers, full) ?? speakerNamed(full, { organisation: described.organisation, role: described.role });
    if (!speakers.includes(person)) added.push(person);
    person.aliases = [...new Set([...person.aliases, label.name])];
    return voiceFor(person);
  }
  // "WEBB", "Ms. OKAFOR": a name in capitals is written as a name.
  // "OM", "IO": two capitals are a code, written as it is; so is a call sign with figures in it ("SKH211", "N482TR").
  const name = full ?? (bare === bare.toUpperCase() && /\p{Lu}{3}|\p{Lu}{2}\s/u.test(bare) && !/\p{L}\d|\d\p{L}/u.test(bare) ? titleCase(bare) : surnamesTitled(label.name));
  const note = label.note;
  const speaker = speakerNamed(name, note ? (/^\p{Lu}/u.test(note) ? { organisation: note, role: described.role } : { role: note.toLowerCase() }) : { organisation: described.organisation, role: described.role });
  // "Cllr Dave Rusk", "Insp Amir Dale": a title written short says the part.
  speaker.role ??= TITLE_PARTS.get(/^\S+/.exec(label.name)?.[0]?.replace(/\.$/, '') ?? '') ?? null;
  if (label.aliases) speaker.aliases = [...new Set([...speaker.aliases, ...label.aliases])];
  added.push(speaker);
  return voiceFor(speaker);
}

/** The voice of whoever the record names for a part, each name found among the speakers or added once. */
function partHolder(clean: (name: string) => string, role: string, all: () => ReportSpeaker[], added: ReportSpeaker[]): (name: string | undefined) => DraftAttribution | null {
  const voices = new Map<string, DraftAttribution>();
  return (name) => {
    const wanted = name ? clean(name) : '';
    if (!wanted) return null;
    let voice = voices.get(wanted);
    if (!voice) {
      const known = findSpeaker(all(), wanted);
      const person = known ?? speakerNamed(/\p{Ll}/u.test(wanted) ? wanted : titleCase(wanted), { role });
      if (!known) added.push(person);
      person.role ??= role;
      voice = voiceFor(person);
      voices.set(wanted, voice);
    }
    return voice;
  };
}

function voiceFor(speaker: ReportSpeaker): DraftAttribution {
  return speaker.isAuthor ? { kind: 'author' } : { kind: 'speaker', name: speaker.name };
}

/** A speaker by any of their names, in any case, accents or not: "WEBB", "Priya", "Tomas Ortega", "RI". */
export function findSpeaker(speakers: ReportSpeaker[], text: string): ReportSpeaker | undefined {
  const wanted = foldName(personName(text));
  if (!wanted) return undefined;
  const matches = (names: string[]) => names.some((n) => foldName(n) === wanted);
  const exact = speakers.find((s) => matches([s.name])) ?? speakers.find((s) => matches(s.aliases)) ?? speakers.find((s) => matches(s.shortNames));
  if (exact || wanted.length < 3) return exact;
  const role = wanted.replace(LEADING_ARTICLE, '');
  const holding = (forms: ReadonlySet<string>) => speakers.filter((s) => !s.isOrganisation && s.role !== null && foldName(s.role).split(/[^\p{L}-]+/u).some((w) => forms.has(w)));
  // "President. –", "The Chairman:": the part of whoever the record says presides ("IN THE CHAIR: Katrin VALLANDER").
  if (PRESIDING_PARTS.has(role)) {
    const presiding = holding(PRESIDING_ROLES);
    if (presiding.length === 1) return presiding[0];
  }
  // "Mme la Maire :": a role, for the one person the roster gives it to.
  if (role !== wanted) {
    // "M. le commandant du groupement de gendarmerie :": the whole of the start of one person's part.
    const opening = speakers.filter((s) => !s.isOrganisation && s.role !== null && foldName(s.role).split(/\s*;\s*/).some((r) => r.startsWith(role)));
    if (opening.length === 1) return opening[0];
    // "M. le maire de Vaunières :", "M. le directeur territorial d'Enedis :": the part before whose it is, then its first word,
    // for the one who holds it ("préfet" for "préfet du Haut-Guiers"); among several, the one whose part says whose it is.
    const [part = role, whose = ''] = role.split(OF_TAIL);
    for (const form of new Set([role, part, part.split(' ')[0] as string])) {
      // "la présidente" for the one "Présidence de" made "président": the part in another form when no one has it in this one.
      const exact = ROLE_NOUNS_FOLDED.has(form) ? holding(new Set([form])) : [];
      const holders = exact.length ? exact : holding(new Set(ROLE_EQUIVALENTS.get(form) ?? []));
      const owned = holders.length > 1 && whose ? holders.filter((s) => foldName(`${s.role} ${s.organisation ?? ''}`).includes(whose)) : holders;
      if (owned.length === 1) return owned[0];
      if (holders.length > 1) break;
    }
  } else if (ROLE_NOUN_WORDS.has(role)) {
    // "MINISTER:" in a transcript whose header gives "Minister for Water Security …" to one person: the office she holds,
    // as it opens what she is ("shadow minister" is another office).
    const heads = holding(new Set([role])).filter((s) => foldName(s.role ?? '').startsWith(`${role} `));
    if (heads.length === 1) return heads[0];
  }
  if (/\s/.test(wanted)) {
    // "CITY MANAGER PLATT", "COUNCILMEMBER MARSH": a title, then the person the roster gave it to.
    const words = wanted.split(' ');
    for (let k = 1; k < words.length; k++) {
      // A listed title ("manager", "councilmember"), not any word WordNet files under people ("Quin" is a quintuplet).
      if (!words.slice(0, k).some((w) => ROLE_NOUN_WORDS.has(w))) continue;
      const rest = words.slice(k).join(' ');
      const titled = speakers.find((s) => !s.isOrganisation && [s.name, ...s.aliases].some((n) => foldName(n) === rest));
      if (titled) return titled;
    }
    // "Quintanar Ibarra" for Noelia Quintanar Ibarra: the last words of one person's full name, as Spanish records give both surnames.
    const tail = speakers.filter((s) => !s.isOrganisation && foldName(personName(s.name)).endsWith(` ${wanted}`));
    return tail.length === 1 ? tail[0] : undefined;
  }
  // "Sam:" for Samira Haddad: a short form of exactly one person's first name.
  const short = speakers.filter((s) => !s.isOrganisation && [...s.shortNames, s.name.split(/\s+/)[0] ?? ''].some((n) => foldName(n).startsWith(wanted)));
  return short.length === 1 ? short[0] : undefined;
}

/**
 * What a label's fields say of its speaker: "Chief Financial Officer" and "Analyst" are roles
 * (a word for a kind of person or a job), "Larkspur Securities" an organisation, "community
 * nurse" (lower case) a role.
 */
/** A word for someone's part, whatever punctuation or case it is written with. */
const isPartWord = (word: string) => isRoleHead(word.replace(/[^\p{L}-]/gu, '').toLowerCase());

/** "on behalf of the Renew Group", "au nom du groupe Écologiste": a field naming the body the speaker speaks for. */
const ON_BEHALF = new RegExp(String.raw`^(?:${LANGUAGES.flatMap((l) => l.behalf).join('|')})\s+(?:the\s+)?(\p{L}.{1,80})$`, 'iu');

/** A note of how or to whom someone speaks: "by phone", "on video", "off mic", "to camera". */
const STAGE_NOTE = /^(?:by|on|off|over|from|to|into|after|during|while|still|aside|via|through|in)\b/;

/** "arrives on bridge", "laughing", "(Privately)": a lower-case verb or an adverb, no noun, opening a field. */
function doing(field: string): boolean {
  const first = /^\p{Ll}+/u.exec(field)?.[0] ?? '';
  const manner = /^\p{L}+ly$/u.test(field.trim()) ? field.trim().toLowerCase() : '';
  return ((/(?:s|ing)$/.test(first) && !isNoun(first) && isCommonWord(first)) || (manner !== '' && !isNoun(manner) && isCommonWord(manner)));
}

export function describedBy(fields: string[]): { organisation: string | null; role: string | null } {
  const roles: string[] = [];
  let organisation: string | null = null;
  for (const field of fields) {
    // "Following", "Connect": a social network's buttons beside the name, nothing about the person.
    if (/^(?:following|follow|connect|message)$/i.test(field)) continue;
    // "on behalf of the PPE Group": the body the speaker speaks for.
    const behalf = ON_BEHALF.exec(field)?.[1];
    if (behalf) {
      organisation ??= behalf;
      continue;
    }
    // "(arrives on bridge)", "(by phone)": what the speaker is doing, a note of the record, no part they have.
    if (STAGE_NOTE.test(field) || doing(field)) continue;
    // "Version 3.2.1", "Issue 212": a numbered thing beside the name, no part and no firm.
    if (/^\p{L}+\s+[\d.]+$/u.test(field)) continue;
    // "Chief Operating Officer at Vantor Logistics": a headline, the part and then the firm.
    const headline = /^(.+?)\s+(?:at|@)\s+(\p{Lu}.{1,60})$/u.exec(field);
    if (headline?.[1] && headline[2] && isPartWord(headline[1].split(/\s+/).pop() ?? '')) {
      roles.push(headline[1]);
      organisation ??= headline[2];
      continue;
    }
    const words = field.split(/[\s,]+/).filter(Boolean);
    // "Keel Street Partners" and "Greyfriars & Co." are firms, though a partner is a person.
    // A phrase's head names what it is: "Harbour Pilots Guild" is a guild, "Head of Infrastructure" a head, "Vice President, Investor Relations" a president.
    const first = field.split(/\s*,\s*/)[0] ?? field;
    const head = (/^(.*?)\s+(?:of|for|at|to|in)\s/i.exec(first)?.[1] ?? first).split(/\s+/).pop() ?? '';
    // A singular head names a person's part even beside a word firms use ("Service Engineer"); a firm named for people says them in the plural ("Keel Street Partners").
    const headIsPart = isPartWord(head);
    const singularPart = headIsPart && !/s$/i.test(head);
    const shortPart = words.length <= 2 && words.some(isPartWord);
    const isRole = !/^\p{Lu}/u.test(field) || singularPart || (!isOrganisationName(field) && ((headIsPart && !/[^s]s$/i.test(head)) || shortPart));
    if (isRole) roles.push(field);
    else organisation ??= field;
  }
  return { organisation, role: roles.length ? roles.join('; ') : null };
}

/** "X spoke with Y", "X interviewed Y": X asks. "Y was interviewed by X", "Y answered our questions", "an interview with Y": Y answers. */
const ASKER_AFTER = /^\s+(?:spoke|speaks|talked|talks|sat down|sits down|chatted|chats)\s+(?:with|to)\b|^\s+interview(?:s|ed)\s+\p{Lu}/u;
const ASKER_BEFORE = /\binterviewed\s+by\s+$/i;
const ANSWERER_AFTER = /^\s+(?:was|is)\s+interviewed\b|^[^.]{0,80}?\b(?:answered|answers|took|takes|responded to)\s+(?:\S+\s+)?questions\b/u;
const ANSWERER_BEFORE = /(?:interview|conversation|chat|q&a|questions?)\s+(?:with|for)\s+$|(?:examination|cross-examination|deposition|testimony|evidence|statement)\s+(?:of|from|by)\s+$|(?:spoke|speaks|talked|talks|sat down|chatted)\s+(?:with|to)\s+$|interview(?:s|ed)\s+$/i;

/** A headline that quotes someone: their full name, a colon, and the quotation ("Baptiste Lavergne : « Je n'ai plus peur … »"). */
const HEADLINE_QUOTE = /(?:^|·\s|\.\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s?:\s*[«"“]/u;

/** Times an introduction names the one an interview is with, at least, where nothing else says who answers. */
const SUBJECT_MENTIONS = 3;

/** Questions heading a signed letter each, at least: one may be an interview's question that quotes a letter. */
const MIN_LETTERS = 2;

/**
 * Who asks and who answers. The front matter says so with `interviewer:` and `interviewee:`;
 * otherwise the introduction does ("Tom Achterberg spoke with Ines Carvalho"). Without either,
 * the author asks and the one person the introduction names answers; failing that, they are
 * "the interviewer" and "the interviewee", never a guess.
 */
function interviewParts(drafts: LabelledDraft[], speakers: ReportSpeaker[], front: FrontMatter, added: ReportSpeaker[]): InterviewParts {
  const byFront = (name: string | null): ReportSpeaker | null => {
    if (!name) return null;
    const known = findSpeaker(speakers, name);
    if (known) return known;
    const speaker = speakerNamed(name);
    added.push(speaker);
    return speaker;
  };
  let asks = byFront(front.interviewer);
  let answers = byFront(front.interviewee);
  // An advice column: its questions head readers' letters signed under them ("— M.T., Ballykeel"), and its author answers.
  const author = speakers.find((s) => s.isAuthor);
  const letters = drafts.filter((d, i) => d.label?.implicit && drafts[i + 1]?.label?.source?.name).length;
  if (!asks && !answers && author && letters >= MIN_LETTERS) return { asks: { kind: 'unnamed', label: 'a reader' }, answers: voiceFor(author) };

  const firstTurn = drafts.findIndex((d) => d.label && (ASKS.has(foldName(d.label.name)) || ANSWERS.has(foldName(d.label.name))));
  // The introduction is what comes before the first question; its first pages are enough.
  // The introduction's headings count: "## EXAMINATION OF HAROLD PIKE" says whom the questions are put to.
  const before = drafts.slice(0, firstTurn < 0 ? drafts.length : firstTurn + 1);
  const intro = before
    .flatMap((d, i) => [...(d.section && d.section !== before[i - 1]?.section ? [`${d.section}.`] : []), ...(i < before.length - 1 || firstTurn < 0 ? [d.text] : [])])
    // Paragraphs apart: "DEPOSITION OF KAREN OSEI" then "APPEARANCES:" names no "Karen Osei Appearances".
    .join(' · ')
    .slice(0, 20_000);
  // "Mathilde Carrasco : « Nous n'avons plus les moyens de démolir »": the headline quoting someone names whom the questions are put to.
  if (!answers) {
    // Read as a label, the headline is a quotation alone under the name.
    const labelled = before.find((d) => d.label && !d.label.implicit && /^\s*[«"“].{3,200}[»"”]\s*$/u.test(d.text))?.label?.name;
    const headline = labelled ?? HEADLINE_QUOTE.exec(intro)?.[1];
    if (headline && namesSomeone(headline) && !isOrganisationName(headline)) {
      answers = findSpeaker(speakers, headline) ?? speakerNamed(headline);
      if (!speakers.includes(answers)) added.push(answers);
    }
  }
  const introduced: ReportSpeaker[] = [];
  for (const speaker of speakers) {
    for (const name of [speaker.name, ...speaker.aliases]) {
      let at = intro.indexOf(name);
      while (at >= 0) {
        introduced.push(speaker);
        const before = intro.slice(Math.max(0, at - 60), at);
        const after = intro.slice(at + name.length, at + name.length + 100);
        if (!asks && (ASKER_AFTER.test(after) || ASKER_BEFORE.test(before))) asks = speaker;
        else if (!answers && (ANSWERER_BEFORE.test(before) || ANSWERER_AFTER.test(after))) answers = speaker;
        at = intro.indexOf(name, at + name.length);
      }
    }
  }
  // "EXAMINATION OF HAROLD PIKE", "An interview with Mabel Ocheng": whom the questions are put to, named in capitals or not.
  if (!answers) {
    // The name in its own case ("deposition of Gordon A. Pell in the matter of …" ends at "Pell"): only the words before it are read in either case.
    const cue = /\b(examination|cross-examination|deposition|testimony|evidence|interview|conversation)\s+(?:of|with)\s+/i.exec(intro);
    const after = cue ? intro.slice(cue.index + cue[0].length) : '';
    // A heading in capitals is read in lower case ("Deposition of karen osei."): there the name runs to the stop.
    const whose = cue ? (/^((?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|MR\.?|MRS\.?|MS\.?|DR\.?)?\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u.exec(after) ?? /^(\p{Ll}[\p{L}'’-]+(?:\s+\p{Ll}[\p{L}'’-]+){1,2})(?=[.,:;]|\s*$)/u.exec(after)) : null;
    const named = cue && whose?.[1] ? [cue[0], cue[1], whose[1].replace(/(\p{L}{2,})\.$/u, '$1')] : null;
    // "HAROLD PIKE, having been first duly sworn, testified as follows:" names the witness too.
    const sworn = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:having\s+been|being|was)\s+(?:first\s+)?(?:duly\s+)?(?:sworn|affirmed)/u.exec(intro)?.[1];
    // "DEPOSITION OF HAROLD PIKE Taken on …": a name in capitals ends where the capitals do.
    const capitalsOnly = (text: string) => (/^\P{Ll}+\s/u.test(text) ? (/^(?:[\p{Lu}'’.-]+(?:\s+|$))+/u.exec(text)?.[0] ?? text).trim() : text);
    const raw = named?.[2] ?? sworn;
    const name = raw ? personName(capitalsOnly(raw)) : null;
    if (name) {
      // Questions put to someone in an examination make them its witness.
      const role = /^(?:interview|conversation)$/i.test(named?.[1] ?? '') ? 'interviewee' : 'witness';
      // A heading in capitals is read in lower case ("Deposition of karen osei"): a name in one case is written as a name.
      answers = findSpeaker(speakers, name) ?? speakerNamed(/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name) ? name : titleCase(name), { role });
      answers.role ??= role;
      if (!speakers.includes(answers)) added.push(answers);
    }
  }
  // A profile's subject: the person the introduction names most, whether or not the prose quotes them.
  if (!answers && drafts.some((d) => d.label?.implicit)) {
    const counts = new Map<string, number>();
    for (const m of intro.matchAll(/(?<![\p{L}'’])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}])/gu)) {
      const name = m[1] as string;
      // "on top of Caddis Peak", "in Dunmore": a place after a preposition is no one.
      const place = /\b(?:on|in|at|of|to|from|near|into|across|above|below)\s+(?:the\s+)?$/i.test(intro.slice(Math.max(0, m.index - 12), m.index));
      if (!place && namesSomeone(name) && !/^(?:The|A|An|In|On|At|For|When|She|He|They)\s/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (top && top !== asks?.name) {
      answers = findSpeaker(speakers, top) ?? speakerNamed(top);
      if (!speakers.includes(answers)) added.push(answers);
    }
  }
  if (asks && asks === answers) answers = null;
  // "Interviewer: Ruth Calloway, Senior Investigator" in the record's header: the one whose part it is asks.
  const interviewers = speakers.filter((s) => /\binterview(?:er|ing)\b/i.test(s.role ?? ''));
  if (interviewers.length === 1) asks ??= interviewers[0] as ReportSpeaker;
  asks ??= author ?? null;
  if (!answers) {
    const others = [...new Set(introduced)].filter((s) => s !== asks && !s.isAuthor && !s.isOrganisation);
    if (others.length === 1) answers = others[0] as ReportSpeaker;
    // "Consuelo Ibarra: «…»" over "Consuelo Ibarra Mendía (Almuédano, 1970) lleva …" and "Ibarra recibe a este periódico":
    // the one the introduction names far more often than anyone else is whom the questions are put to.
    // "Consuelo Ibarra" and "Consuelo Ibarra Mendía" are one person, named both ways.
    const same = (a: ReportSpeaker, b: ReportSpeaker) => a === b || a.name.startsWith(`${b.name} `) || b.name.startsWith(`${a.name} `);
    const times = others.map((s) => ({ s, n: introduced.filter((x) => same(x, s)).length })).sort((a, b) => b.n - a.n || b.s.name.length - a.s.name.length);
    const first = times[0];
    const second = times.find((t) => first && !same(t.s, first.s));
    if (!answers && first && first.n >= SUBJECT_MENTIONS && first.n >= (second?.n ?? 0) * 2) answers = first.s;
  }
  return {
    asks: asks ? voiceFor(asks) : { kind: 'unnamed', label: 'the interviewer' },
    answers: answers ? voiceFor(answers) : { kind: 'unnamed', label: 'the interviewee' },
  };
}
