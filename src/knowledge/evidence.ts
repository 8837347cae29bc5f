import { LANGUAGES, OF } from '../language/index.ts';
import {
  either,
  CLAIM_OF_SUBJECT,
  FIRST_PERSON_OTHER,
  FIRST_PERSON_SUBJECT,
  ORGANISATION,
  REPORTED_BY_AUTHOR,
  ROLE_NOUN,
  SOURCE_BEFORE,
  SPEECH_AFTER_SUBJECT,
  SPEECH_BEFORE,
  CUE_AFTER_COMMA,
  SPEECH_VERB,
  SUBJECT_OPENER,
  WHO_BEFORE_VERB,
  HONORIFIC_BEFORE,
  withoutQuotations,
  NOTE_FORM_BEFORE,
} from './language.ts';
import type { Mention } from './mentions.ts';
import { APPOSITIVE_BEFORE } from './speakerPatterns.ts';
import { isPersonNoun } from './wordnet.ts';

const SILENT_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:(?:has|have|had|did|does|do|was|were|is|could|would)\s+(?:not|never)|declined|refused|never|no\s+longer)\b/;
/** A short predicate, then a colon and a quotation: "opened the debate: "…"", "had a warning for the board: "…"". */
const COLON_QUOTE = /^[^.;:!?"“„«]{1,60}:\s*["“„«]/;
/**
 * "Callum: "…"": a name, a colon and a quotation, the cue where no verb of saying after the quotation gives it to
 * someone else ("United Nations: "Now the hard part begins," Secretary-General Amara Quist told reporters").
 */
const NAME_COLON_QUOTE = new RegExp(String.raw`^\s*:\s*["“„«](?![^"”»]*["”»][^"“„«]*\b${SPEECH_VERB}\b)`, 'u');
/** After initials that sign a card: its counts ("— 4 votes", "· 👍 3", "[+2]"), and nothing else. */
const CODED_CLOSE = /^\s*\)\s*[.!?]?\s*(?:(?:[—–·•|-]\s*)?[[(]?\s*(?:[+×x]?\d{1,4}\s*(?:votes?|likes?|points?|upvotes?|dots?)?|[\p{Extended_Pictographic}\uFE0F]+\s*[×x]?\d{0,4})\s*[\])]?\s*)*$/u;
/** "would again be told", "were asked": spoken to, not speaking. */
const SPOKEN_TO = /^\s*(?:[a-z]+\s+){0,3}?(?:be|been|being|was|were|is|are|get|got|gets)\s+(?:[a-z]+ly\s+)?(?:told|asked|informed|warned|advised|reminded|assured|promised|instructed|ordered)\b/;

/** A verb right after a name: the name is the subject of reported content ("said Adeyemi could be …"). */
const CONTENT_AFTER = /^\s+(?:could|would|should|will|was|is|were|are|had|has|have|did|does|do|can|might|must|may|[a-z]+ed|[a-z]+s)\b(?!\s*[,.])/;

/** Evidence points. A speech verb or a claim owned by the subject outweighs the author's "I". */
export const POINTS = {
  speech: 3,
  source: 3,
  subject: 2,
  bareSubject: 1.5,
  mention: 0.5,
  firstPerson: 2,
  firstPersonObject: 1,
} as const;
/** A named or unnamed speaker needs at least this much to take a sentence from the author. */
export const SPEAKER_MINIMUM = 2;

/** What one mention earns in its sentence, and whether the author passes it on ("I gleaned this from X"). */
export interface Evidence {
  points: number;
  speaks: boolean;
  reported: boolean;
}

/** "une riveraine de la rue des Tanneurs, qui …, résumait": where a described person is from, in a language that says it with "de". */
const FROM_PLACE = new RegExp(String.raw`^\s+${OF}[^,.;:!?"“”«»]{1,60}(?=\s*,)`);
const ORG_TAIL = new RegExp(String.raw`^\s+(?:of|from|at)\s+${ORGANISATION}`, 'u');
/** The last word of a title or a descriptor before a subject: "Analyst", "Stratavault analyst", "Cartridge maker". */
const TITLE_WORD = new RegExp(String.raw`^(?:${ROLE_NOUN}|maker|company|firm|vendor|provider|group)$`, 'i');

/**
 * `before` without a title that ends right before the subject (up to three capitalised words,
 * two lower-case ones and the title word), word by word: a pattern anchored at the end was
 * tried at every position and cost a sixteenth of the loading time.
 */
function withoutTitle(before: string): string {
  const words = before.trimEnd().split(/\s+/);
  let i = words.length - 1;
  // "Analyst", "Stratavault analyst", "Farmer": a job title, or any capitalised word for a kind of person.
  const last = words[i] ?? '';
  if (i < 0 || !(TITLE_WORD.test(last) || (/^\p{Lu}\p{Ll}+$/u.test(last) && isPersonNoun(last.toLowerCase())))) return before;
  i--;
  for (let lower = 0; i >= 0 && lower < 2 && /^[\p{Ll}-]+$/u.test(words[i] ?? ''); lower++) i--;
  for (let upper = 0; i >= 0 && upper < 3 && /^\p{Lu}/u.test(words[i] ?? ''); upper++) i--;
  return i < 0 ? '' : `${words.slice(0, i + 1).join(' ')} `;
}

/** The comma that closes a name set off after its part, right before its verb of saying: ", stated that", ", also wrote". */
const SET_OFF_VERB = new RegExp(String.raw`^\s*,(?!\s+(?:who|which)\b)(?=\s+(?:\p{Ll}+\s+){0,2}?${SPEECH_VERB}(?![\p{L}]))`, 'u');

/**
 * Scores one mention in its sentence: the subject of a speech or claim verb ("Crosby claims",
 * "As he notes", "His message is that"), a source ("given by Sam Ramji", "my conversation with
 * Hanrahan"), or merely mentioned. An organisation counts only as the speaking subject: a
 * company named in passing says nothing.
 */
export function evidenceFor(sentence: string, mention: Mention): Evidence {
  // The patterns look a few words either side; short windows keep long sentences cheap.
  // "said Dr. Ian Marsh": the honorific stands between the cue and the name.
  const before = sentence.slice(Math.max(0, mention.index - 80), mention.index).replace(HONORIFIC_BEFORE, '');
  const next = sentence.slice(mention.end, mention.end + 160);
  // "Its chair, Tobias Wrenfield, stated that …": a name set off after its part closes with a comma, and the verb is theirs.
  // The comma and the verb first: most mentions have neither, and the part before is not looked for.
  const setOff = mention.kind === 'speaker' && SET_OFF_VERB.test(next) && APPOSITIVE_BEFORE.test(before) && SUBJECT_OPENER.test(before.replace(APPOSITIVE_BEFORE, ''));
  const rawAfter = setOff ? next.replace(SET_OFF_VERB, '') : next;
  // Skip what describes the subject ("of XenSource", ", who runs ...,", "(OSDL)") to reach its verb.
  const after = rawAfter
    // "(JK) said": the initials' brackets close before the verb.
    .replace(/^[)\]]/, '')
    .replace(/^['’]s?/, '')
    .replace(ORG_TAIL, '')
    .replace(QUALIFIER, '')
    .replace(WHO_BEFORE_VERB, '')
    .replace(FROM_PLACE, '')
    // An appositive holds no quotation: ", opened the debate and said the proposal was "a pilot, not …"" is the verb, not a
    // description, and ", a précisé que l’équipement « ne fonctionne pas, faute … »" too.
    // "Hilda Brannock, 79, who has lived in the village for fifty years, told": an age may stand before it.
    .replace(/^(?:\s*,\s*\d{1,3}(?=\s*,))?\s*(?:,\s*(?:who|which)\b[^,]*,|,[^,"“”«»„]{1,80},|\([^)]*\))/, '');
  // "“Tape is only as good as your last restore test.” — Jürgen Müller, Énergie Suisse": a quote signed with a dash.
  const signed = /[—–]\s*$/.test(before) && /^\s*(?:,[^.!?]{0,80})?[.!?]?\s*$/.test(rawAfter);
  // '"I bought the good curtains first." (Participant 7, nurse)': a quotation cited to its source in brackets.
  const cited = /(?:[”"’']\s*|^\s*)\(\s*$/.test(before) && /^\s*(?:,[^()]{0,80})?\)/.test(rawAfter);
  // "Deploys were calmer this sprint (JK) — 4 votes": initials in brackets closing a statement sign it, whatever counts follow.
  const coded = mention.index > 20 && /\(\s*$/.test(before) && /^\p{Lu}{2,4}$/u.test(sentence.slice(mention.index, mention.end)) && CODED_CLOSE.test(rawAfter);
  // "Quarantine the flaky tests — owner: MO", "(assigned to Tom Brandt)": an action is its owner's to answer for.
  const owns = /\b(?:owners?|assigned\s+to|assignee|responsible|lead)\s*[:=—–-]?\s*$/i.test(before) && /^\s*\)?\s*[.;]?\s*$/.test(rawAfter.replace(/\s*[—–-]\s*(?:due|by)\b.*$/i, ''));
  // "said Adeyemi could be impatient": the name opens what was said, it does not say it.
  // "according to Trade Minister Lucia Prado": a title may stand between the cue and the name.
  const verbBefore = SPEECH_BEFORE.test(before) || (/\p{Lu}\p{Ll}*\s*$/u.test(before) && SPEECH_BEFORE.test(withoutTitle(before)));
  const cueBefore = verbBefore && !CONTENT_AFTER.test(rawAfter);
  // "has not commented", "declined to comment": a source that says nothing.
  const silent = SILENT_AFTER.test(after) || SPOKEN_TO.test(after);
  const isSubject = mention.index <= 80 && (SUBJECT_OPENER.test(before) || SUBJECT_OPENER.test(withoutTitle(before)));
  // "Cllr Priya Hallam opened the debate: "Nobody wants …"": a colon that opens a quotation is the cue, whatever the verb.
  const introduces = (isSubject || NOTE_FORM_BEFORE.test(before)) && (COLON_QUOTE.test(after) || NAME_COLON_QUOTE.test(after));
  // "Quotes him: "If you can't keep four going …"": the one a quoting verb takes is the source of the quotation after it.
  const quoted = QUOTING_BEFORE.test(before) && QUOTATION_NEXT.test(rawAfter);
  // "an email she sent to Mr Hulme warning that …": whom words were sent to does not say them.
  const addressed = /\bto\s+$/i.test(before) && !/\baccording\s+to\s+$/i.test(before);
  // "Tom Alderton said she had asked for no flowers": right after a verb of saying, the subject of what was said, not a speaker.
  const reportedSubject = verbBefore && CONTENT_AFTER.test(rawAfter);
  // "below a target, according to internal documents": the cue after the comma names the source; what comes before it is said.
  // "the company's publicly reported injury rate": a possessive owns the words after it, whose verb is not its own.
  const spokenOf = CUE_AFTER_COMMA.test(rawAfter) || /^['’]s?\s/.test(rawAfter);
  const speaks = !silent && ((!addressed && !reportedSubject && ((SPEECH_AFTER_SUBJECT.test(after) && !spokenOf) || CLAIM_OF_SUBJECT.test(rawAfter))) || cueBefore || signed || cited || coded || owns || introduces || quoted);
  const source = SOURCE_BEFORE.test(before);
  if (mention.kind === 'speaker' && mention.via === 'organisation') {
    return { points: speaks && isSubject ? POINTS.speech + POINTS.subject : 0, speaks: speaks && isSubject, reported: false };
  }
  let points = 0;
  if (speaks) points += POINTS.speech + (isSubject ? POINTS.subject : 0);
  else if (isSubject) points += POINTS.bareSubject;
  if (source) points += POINTS.source;
  return { points: points || POINTS.mention, speaks: speaks || source, reported: source && REPORTED_BY_AUTHOR.test(sentence) };
}

/** A quoting verb right before a mention, in any language: "Quotes him", "citant le maire". */
const QUOTING_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:${either(LANGUAGES.flatMap((l) => l.speech.quoting))})\s+$`, 'iu');
/** A quotation opening right after the mention, a colon or a comma between: what the quoting verb gives them. */
const QUOTATION_NEXT = /^\s*[:,]?\s*["“«„]/u;

/** The author speaking: "I" as a subject outside quotations, or "me"/"my". */
export function authorEvidence(sentence: string, quotes: [number, number][] = []): number {
  // An "I" inside a quotation is the quoted person's, even in a quotation that does not close here.
  let spoken = sentence;
  for (const [start, end] of quotes) spoken = spoken.slice(0, Math.max(0, start)) + ' '.repeat(Math.max(0, Math.min(end, sentence.length) - Math.max(0, start))) + spoken.slice(Math.min(end, sentence.length));
  spoken = withoutQuotations(spoken);
  if (FIRST_PERSON_SUBJECT.test(spoken)) return POINTS.firstPerson;
  if (FIRST_PERSON_OTHER.test(spoken)) return POINTS.firstPersonObject;
  return 0;
}

/** What follows a description before its verb: "a spokeswoman *for the city council* said". */
/** "for the city council", "from the acute medical unit": where someone is from, a preposition and up to five words. */
const FROM_WORDS = String.raw`\s+(?:for|of|from|at|with|on|in)\s+(?:[\w'’-]+\s+){0,4}?`;
const UNNAMED_QUALIFIER = new RegExp(String.raw`^(${FROM_WORDS})(?=${SPEECH_VERB}\b)`);
/**
 * What stands between a subject and its verb to say where they are from: "a spokeswoman for the
 * city council said", "a nurse from the acute medical unit, who asked not to be named, said" (the
 * clause after the comma is read next).
 */
const QUALIFIER = new RegExp(String.raw`^${FROM_WORDS}(?:(?=${SPEECH_VERB}\b)|[\w'’-]+(?=\s*,))`);

const PLACE_OF_DESCRIPTION = new RegExp(String.raw`^(\s+(?:(?:at|in|from|of|for|with)\s+(?:the\s+|a\s+)?|${OF}(?:la\s+|l['’])?)(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s*,)`, 'u');

/** A readable label for an unnamed speaker: the description, its qualifier, and the session it spoke at. */
export function unnamedLabel(sentence: string, mention: Extract<Mention, { kind: 'unnamed' }>, sessionTopic: string | null): string {
  const after = sentence.slice(mention.end);
  // "a senior official at the transport ministry, who spoke on condition of anonymity, said": where they are from is part of who they are.
  const from = PLACE_OF_DESCRIPTION.exec(after)?.[1] ?? '';
  const description = mention.description + (UNNAMED_QUALIFIER.exec(after)?.[1] ?? WHO_BEFORE_VERB.exec(after)?.[1] ?? from);
  // "a senior diplomat in Lossberg who asked not to be named said": a relative pronoun left at the end opens no description.
  // "one person who was queuing at the taxi rank, and who asked not to be named": the first clause says who they are.
  const label = description.toLowerCase().replace(/\s+/g, ' ').replace(/,\s+and\s+who\b.*$/, '').trim().replace(/\s+(?:who|which|that)$/, '');
  if (sessionTopic && /speaker|presenter|panell?ist/.test(label)) return `${label} at the ${sessionTopic}`;
  return label;
}
