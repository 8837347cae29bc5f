import {
  CLAIM_OF_SUBJECT,
  FINDINGS_LEAD_IN,
  FINDING_SENTENCE,
  FIRST_PERSON_OTHER,
  FIRST_PERSON_SUBJECT,
  ORGANISATION,
  PRONOUN,
  SESSION_TOPIC,
  SOURCE_BEFORE,
  SPEECH_AFTER_SUBJECT,
  SPEECH_BEFORE,
  SPEECH_VERB,
  SUBJECT_OPENER,
  UNNAMED_NOUN,
  UNNAMED_SPEAKER,
  SESSION_WORD,
  sentences,
  withoutQuotations,
} from './language.ts';
import { nameFinder, type ReportSpeaker } from './speakers.ts';

export interface DraftPassage {
  kind: 'paragraph' | 'list-item';
  text: string;
  section: string | null;
}

/** Attribution before speakers get their global ids: a name, the author, or a description. */
export type DraftAttribution = { kind: 'speaker'; name: string } | { kind: 'author' } | { kind: 'unnamed'; label: string };

export interface AttributedPassage {
  attribution: DraftAttribution;
  isFinding: boolean;
}

/** Evidence points. A speech verb or a claim owned by the subject outweighs the author's "I". */
const SPEECH = 3;
const SOURCE = 3;
const SUBJECT = 2;
const BARE_SUBJECT = 1.5;
const MENTION = 0.5;
const FIRST_PERSON = 2;
const FIRST_PERSON_OBJECT = 1;
/** A named or unnamed speaker needs at least this much to take a passage from the author. */
const SPEAKER_MINIMUM = 2;

const ORG_TAIL = new RegExp(String.raw`^\s+of\s+${ORGANISATION}`);
/** What follows a description before its verb: "a spokeswoman *for the city council* said". */
const UNNAMED_QUALIFIER = new RegExp(String.raw`^(\s+(?:for|of|from|at|with)\s+(?:[\w'’-]+\s+){0,3}?)(?=${SPEECH_VERB}\b)`);

interface Mention {
  index: number;
  end: number;
  /** A speaker's name, 'author', or an unnamed speaker's label. */
  key: string;
  kind: 'speaker' | 'author' | 'unnamed';
}

/**
 * Attributes each passage the way a careful reader would. Per sentence, it scores each person
 * mentioned: as the subject of a speech or claim verb ("Crosby claims", "As he notes", "His
 * message is"), as a source ("given by Sam Ramji", "my conversation with Hanrahan"), or merely
 * mentioned; the author scores for "I", "me" and "my" outside quotations. he/his/she/her stand
 * for the last person named in the section. The highest score wins; without evidence for
 * anyone, the author is narrating. A list item inherits the paragraph that introduced its list.
 */
export function attributePassages(passages: DraftPassage[], speakers: ReportSpeaker[]): AttributedPassage[] {
  const names = nameFinder(speakers);
  const out: AttributedPassage[] = [];
  let section: string | null | undefined;
  let focus: ReportSpeaker | null = null;
  let sessionTopic: string | null = null;
  let listIntro: AttributedPassage | null = null;

  passages.forEach((passage, i) => {
    if (passage.section !== section) {
      section = passage.section;
      focus = null;
      sessionTopic = null;
      listIntro = null;
    }
    const scores = new Map<string, { points: number; mention: Mention }>();
    let authorPoints = 0;
    let namedSpeech = 0;

    const parts = sentences(passage.text);
    for (const sentence of parts) {
      const mentions: Mention[] = [];
      for (const m of sentence.matchAll(names.pattern)) {
        const speaker = names.speakerOf(m[0]) as ReportSpeaker;
        mentions.push({ index: m.index, end: m.index + m[0].length, key: speaker.name, kind: speaker.isAuthor ? 'author' : 'speaker' });
      }
      for (const m of sentence.matchAll(PRONOUN)) {
        mentions.push({ index: m.index, end: m.index + m[0].length, key: '', kind: 'speaker' });
      }
      // The full pattern is slow to try at every "the"; most sentences have none of its nouns.
      if (UNNAMED_NOUN.test(sentence)) for (const m of sentence.matchAll(UNNAMED_SPEAKER)) {
        // "analyst Tony Iams" names the person; only a description alone is unnamed.
        if (/^\s+[A-Z][a-z]/.test(sentence.slice(m.index + m[0].length))) continue;
        mentions.push({ index: m.index, end: m.index + m[0].length, key: m[0], kind: 'unnamed' });
      }
      mentions.sort((a, b) => a.index - b.index);

      for (const mention of mentions) {
        if (mention.kind === 'speaker' && mention.key === '') {
          const current: ReportSpeaker | null = focus;
          if (!current) continue;
          mention.key = current.name;
        } else if (mention.kind === 'speaker') {
          focus = speakers.find((s) => s.name === mention.key) ?? focus;
        }
        const points = evidence(sentence, mention);
        if (mention.kind === 'unnamed') {
          if (points < SPEECH) continue;
          mention.key = unnamedLabel(mention.key + (UNNAMED_QUALIFIER.exec(sentence.slice(mention.end))?.[1] ?? ''), sessionTopic);
        }
        if (mention.kind === 'author') {
          authorPoints += points;
          continue;
        }
        const entry = scores.get(mention.key) ?? { points: 0, mention };
        entry.points += points;
        scores.set(mention.key, entry);
        if (mention.kind === 'speaker' && points >= SPEECH) namedSpeech = Math.max(namedSpeech, points);
      }

      const spoken = withoutQuotations(sentence);
      if (FIRST_PERSON_SUBJECT.test(spoken)) authorPoints += FIRST_PERSON;
      else if (FIRST_PERSON_OTHER.test(spoken)) authorPoints += FIRST_PERSON_OBJECT;
      if (SESSION_WORD.test(sentence)) for (const m of sentence.matchAll(SESSION_TOPIC)) sessionTopic = `${m[1]?.toLowerCase()} on ${m[2]}`;
    }

    const best = [...scores.values()].sort((a, b) => b.points - a.points)[0];
    const isFinding = passage.kind === 'list-item' ? listIntro !== null && isFindingsLeadIn(passages, i) : parts.some((s) => FINDING_SENTENCE.test(s));
    let attribution: DraftAttribution;
    if (passage.kind === 'list-item' && listIntro && namedSpeech === 0) {
      attribution = (listIntro as AttributedPassage).attribution;
    } else if (best && best.points >= SPEAKER_MINIMUM && best.points >= authorPoints) {
      attribution = best.mention.kind === 'unnamed' ? { kind: 'unnamed', label: best.mention.key } : { kind: 'speaker', name: best.mention.key };
    } else if (authorPoints === 0 && /^["“]/.test(passage.text) && out[i - 1]?.attribution.kind === 'speaker' && passages[i - 1]?.section === section) {
      // A paragraph that is only a quotation continues the previous speaker, as news prose does.
      attribution = (out[i - 1] as AttributedPassage).attribution;
    } else {
      attribution = { kind: 'author' };
    }
    const result = { attribution, isFinding };
    out.push(result);
    if (passage.kind === 'paragraph') listIntro = result;
  });
  return out;
}

function evidence(sentence: string, mention: Mention): number {
  // The patterns look a few words either side; short windows keep long sentences cheap.
  const before = sentence.slice(Math.max(0, mention.index - 80), mention.index);
  const rawAfter = sentence.slice(mention.end, mention.end + 160);
  // Skip what describes the subject ("of XenSource", ", who runs ...,", "(OSDL)") to reach its verb.
  const after = rawAfter
    .replace(/^['’]s?/, '')
    .replace(ORG_TAIL, '')
    .replace(/^\s*(?:,\s*(?:who|which)\b[^,]*,|,[^,]{1,80},|\([^)]*\))/, '');
  const speaks = SPEECH_AFTER_SUBJECT.test(after) || CLAIM_OF_SUBJECT.test(rawAfter) || SPEECH_BEFORE.test(before);
  const isSubject = mention.index <= 80 && SUBJECT_OPENER.test(before);
  let points = 0;
  if (speaks) points += SPEECH + (isSubject ? SUBJECT : 0);
  else if (isSubject) points += BARE_SUBJECT;
  if (SOURCE_BEFORE.test(before)) points += SOURCE;
  return points || MENTION;
}

function unnamedLabel(description: string, sessionTopic: string | null): string {
  const label = description.toLowerCase().replace(/\s+/g, ' ').trim();
  if (sessionTopic && /speaker|presenter|panell?ist/.test(label)) return `${label} at the ${sessionTopic}`;
  return label;
}

function isFindingsLeadIn(passages: DraftPassage[], listItemIndex: number): boolean {
  for (let j = listItemIndex - 1; j >= 0; j--) {
    const p = passages[j];
    if (!p || p.section !== passages[listItemIndex]?.section) return false;
    if (p.kind === 'paragraph') return FINDINGS_LEAD_IN.test(p.text);
  }
  return false;
}
