import { outsideQuotes } from './runInHeadings.ts';
import { DEFAULT_LANGUAGE, type Language } from '../language/index.ts';
import { POINTS, SPEAKER_MINIMUM, authorEvidence, evidenceFor, unnamedLabel } from './evidence.ts';
import { capitalised, either, SPEECH_VERB, WORD_END, ANNOUNCES_FINDINGS, OPENS_WITH_AND, COLON_SERIES, ENUMERATES, RECAPS, FINDINGS_HEADING, FINDINGS_NOUN, ONE_FINDING_HEADING, OPENS_AS_FINDING, SUBJECT_OPENER, FINDINGS_LEAD_IN, FINDING_SENTENCE, SUMS_UP, PRONOUN, statesOutcome, SESSION_TOPIC, SESSION_WORD, isOnlyQuotation, sentences, isQuotationSentence, quotedSpans, sentenceSpans, singular } from './language.ts';
import { mentionFinder, type Mention } from './mentions.ts';
import { Antecedents } from './pronouns.ts';
import { initialsOf, type ReportSpeaker } from './speakerIdentity.ts';
import type { DraftAttribution } from './turns.ts';

export type { DraftAttribution } from './turns.ts';

export interface DraftPassage {
  kind: 'paragraph' | 'list-item';
  text: string;
  section: string | null;
  /** The voice a speaker label gives the passage ("**Webb:** …"), or null. */
  turn: DraftAttribution | null;
  /** A table row, whether its table holds findings, and whether a cell of it is prose (a record's observations), read for who speaks in it. */
  table?: { finding: boolean; prose?: boolean };
  /** A stage direction inside a turn ("*Enter the inspector*"): the narrator's. */
  direction?: boolean;
  /** The first paragraph after a "---": the turn before it does not go on into it. */
  afterBreak?: boolean;
  /** Set in a blockquote with no source line of its own. */
  quoted?: boolean;
  /** A blockquote its source signs, whose voice ends with it. */
  signed?: boolean;
  /** A list item indented under the one before: a reply, whose context is the item it answers. */
  reply?: boolean;
}

/** A run of sentences of one voice: [start, end) in the passage text. */
export interface SentenceVoice {
  start: number;
  end: number;
  attribution: DraftAttribution;
}

export interface AttributedPassage {
  attribution: DraftAttribution;
  isFinding: boolean;
  /** Every sentence's voice, only where a passage mixes voices ("Roe warned… I am not sure she is right."). */
  voices?: SentenceVoice[];
  /** The question a turn answers, so that what was asked finds the answer. */
  context?: string;
  /** The finding its heading states ("Finding 3: Reputation worries outweigh hygiene worries"), which the passage's text opens with. */
  heading?: string;
}

/** What the evidence of a sentence, or of a whole passage, adds up to. */
export interface Tally {
  speakers: Map<string, { points: number; speaks: boolean; reported: boolean; attribution: DraftAttribution }>;
  author: number;
}

function emptyTally(): Tally {
  return { speakers: new Map(), author: 0 };
}

function addTo(total: Tally, part: Tally): void {
  total.author += part.author;
  for (const [key, entry] of part.speakers) {
    const sum = total.speakers.get(key);
    if (sum) {
      sum.points += entry.points;
      sum.speaks ||= entry.speaks;
      sum.reported ||= entry.reported;
    } else total.speakers.set(key, { ...entry });
  }
}

/**
 * The decision, apart from the scoring: the best-scoring speaker when their evidence reaches
 * the minimum and at least the author's; the author when only the author has evidence; else
 * null (nobody is marked as speaking). "I gleaned this from X" names both: X, as reported by the author.
 */
export function decide(tally: Tally): DraftAttribution | null {
  let best: { points: number; reported: boolean; attribution: DraftAttribution } | null = null;
  for (const entry of tally.speakers.values()) if (!best || entry.points > best.points) best = entry;
  if (best && best.points >= SPEAKER_MINIMUM && best.points >= tally.author) {
    return best.attribution.kind === 'speaker' && best.reported ? { ...best.attribution, via: 'author' } : best.attribution;
  }
  return tally.author > 0 ? { kind: 'author' } : null;
}

function sameVoice(a: DraftAttribution, b: DraftAttribution): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'speaker' && b.kind === 'speaker') return a.name === b.name && a.via === b.via;
  if (a.kind === 'unnamed' && b.kind === 'unnamed') return a.label === b.label && a.via === b.via;
  return true;
}

/** Where a passage stands while the report is read in order: the person in focus, the session, the list. */
interface Reading {
  section: string | null | undefined;
  focus: ReportSpeaker | null;
  /** Whether the passage being read named the one in focus, not a passage before it. */
  focusHere: boolean;
  /** Whom a pronoun stands for: the people named lately and their genders. */
  antecedents: Antecedents;
  /** Someone unnamed the text made its subject after the person in focus ("A forklift driver, who did not wish to be named, …"): "he" is them next. */
  unnamedFocus: string | null;
  sessionTopic: string | null;
  list: { voice: DraftAttribution | null; findings: boolean } | null;
  /** A spoken list of findings under way: "three things we learned. One, … Two, …", in this voice. */
  spokenList: DraftAttribution | null;
  /** The language's possessive pronouns: "her" in "her son said" is whose son, not who speaks. */
  possessives: ReadonlySet<string>;
  /** A sentence opened by a verb of saying whose subject the language leaves out. */
  verbFirst: RegExp | null;
  /** The one whose account a record summarises ("Interviewee: Thornley, Margaret"), and how its sentences open on a verb for them. */
  subject: string | null;
  noteForm: RegExp | null;
  /** Someone unnamed who last spoke, no one named with them: a quotation standing alone next is theirs. */
  lastQuoted: string | null;
}

/** A reading at a report's start: no section, no one in focus, no one named yet. */
function newReading(language: Language): Reading {
  const { verbFirst, noteForm } = openingsOf(language);
  return { section: undefined, focus: null, focusHere: false, antecedents: new Antecedents(new Set(language.speech.objectPronouns)), unnamedFocus: null, sessionTopic: null, list: null, spokenList: null, possessives: new Set(language.speech.possessives), verbFirst, subject: null, noteForm, lastQuoted: null };
}

/**
 * The sentence openings a language's reading looks for, made once per language: a reading is made for every passage that
 * quotes someone, and the patterns are the same for each.
 */
const OPENINGS = new Map<Language, Pick<Reading, 'verbFirst' | 'noteForm'>>();
function openingsOf(language: Language): Pick<Reading, 'verbFirst' | 'noteForm'> {
  let openings = OPENINGS.get(language);
  if (!openings) OPENINGS.set(language, (openings = { verbFirst: language.speech.dropsSubject ? opening(language.speech.verbs) : null, noteForm: opening(language.speech.noteForm ?? []) }));
  return openings;
}

/**
 * A sentence opened by one of `verbs`, capitalised: a verb of saying in a language that drops the subject ("Explicó que …"),
 * or a verb a summary of someone's account writes without its subject ("Recalls evacuees …"). Null for no verbs.
 */
function opening(verbs: readonly string[]): RegExp | null {
  return verbs.length ? new RegExp(String.raw`^\s*(?:${either(verbs.map(capitalised))})${WORD_END}`, 'u') : null;
}

/** "… the Lakies. (LAUGHTER)": a direction closing the paragraph, after the words that end as speech. */
const CLOSING_DIRECTION = /\s*[([][^()[\]]{1,40}[)\]]\s*$/;
/** Turns and people taking them that make a transcript, whatever else the report holds. */
const MANY_TURNS = 8;
const MANY_VOICES = 3;

/** Whether the text names the voice, by any of its names, rather than standing for it with a pronoun. */
function namedIn(text: string, voice: DraftAttribution, byName: ReadonlyMap<string, ReportSpeaker>): boolean {
  if (voice.kind !== 'speaker') return true;
  const person = byName.get(voice.name);
  return [voice.name, ...(person?.aliases ?? []), ...(person?.shortNames ?? [])].some((n) => n.length > 1 && text.includes(n));
}

/**
 * A paragraph that ends as speech does, a sentence closed: "Extract 3.2 (00:31:45) — asked about …" between an oral
 * history's extracts is the archive's heading, no words the narrator goes on with.
 */
const SAID_THROUGH = /[.!?…:;,-]["”’»)*_\]]*\s*$/u;

/**
 * Attributes each passage the way a careful reader would. A speaker label decides a turn. Other
 * passages are scored sentence by sentence (src/knowledge/evidence.ts): he/his/she/her stand
 * for the last person named in the section, an organisation for its person, "the chair" for
 * the one person with that role. The highest score wins; without evidence for anyone, the
 * author is narrating. A list item takes the voice of the paragraph that introduced its list.
 * Where sentences of one passage have different voices, each sentence's voice is kept.
 */
export function attributePassages(passages: DraftPassage[], speakers: ReportSpeaker[], language: Language = DEFAULT_LANGUAGE, title: string | null = null, subject: string | null = null): AttributedPassage[] {
  const finder = mentionFinder(speakers, language);
  // "# Project Meridian — Lessons Learned Report" over the document's fields: the title names the whole report, no section of findings.
  const findingsHeading = (section: string | null): section is string => section !== null && section !== title && FINDINGS_HEADING.test(section);
  const out: AttributedPassage[] = [];
  /** Whether a passage's own sentences named its voice: a findings lead-in without any credits a body. */
  const evidenced: boolean[] = [];
  const state = newReading(language);
  state.subject = subject;
  /** A transcript: most passages are turns, so an unlabelled paragraph among them goes on with the turn before it. */
  const turns = passages.filter((p) => p.turn).length;
  // Directions ("[Applause]", "(Slide 4)") are no one's passages: a talk's few turns run on between them. Only the sections
  // where someone has a turn are the transcript: a church's page around its service transcript (the order of service, the
  // key takeaways, the links) does not make its sermon's paragraphs the page's.
  const transcript = turns >= 4 && turns >= passages.filter((p) => !isDirection(p)).length / 3;
  const spokenIn = new Set(passages.flatMap((p) => (p.turn ? [p.section] : [])));
  // An awards night's monologues and speeches run over many paragraphs each: where many people take turns, the turns are
  // the transcript however long each runs.
  const voices = new Set(passages.flatMap((p) => (p.turn?.kind === 'speaker' ? [p.turn.name] : [])));
  // Looked up for every unlabelled paragraph of a transcript: by name, once, not by a walk of the speakers each time.
  const speakerByName = new Map(speakers.map((s) => [s.name, s]));
  const spokenPart = (turns >= 4 && turns >= passages.filter((p) => spokenIn.has(p.section) && !isDirection(p)).length / 3) || (turns >= MANY_TURNS && voices.size >= MANY_VOICES);
  const wentOn = new Set<number>();
  /** Findings sections that list nothing ("CONCLUSIONES" over the host's closing words): their prose states the findings. */
  const proseFindings = sectionsOfProse(passages, findingsHeading);
  /** The last list item that replies to none: what an indented item under it answers. */
  let parentItem: string | null = null;

  passages.forEach((passage, i) => {
    if (passage.section !== state.section) {
      state.section = passage.section;
      state.focus = null;
      state.antecedents.clear();
      state.unnamedFocus = null;
      state.lastQuoted = null;
      state.sessionTopic = null;
      state.list = null;
    }
    const previous = i > 0 && passages[i - 1]?.section === passage.section ? { draft: passages[i - 1] as DraftPassage, result: out[i - 1] as AttributedPassage } : null;
    const firstOfSection = previous === null;
    state.focusHere = false;
    const spans = sentenceSpans(passage.text);
    // A name inside a quotation is what the speaker talks about, not who speaks.
    const quotes = quotedSpans(passage.text);
    // A turn's attribution is its label's and a table row's the report's; what their sentences name matters only
    // to the passage after them (whom "he" stands for, whether a list is led in), so one followed by another is not read for names.
    // A table's row of prose is read as prose is: its cells may report who said what. A findings table's rows stay the
    // report's, and are not read (a table of 75,000 findings is read as fast as before).
    const read = (passage.table?.prose === true && !passage.table.finding) || !settled(passage) || !settled(passages[i + 1]);
    // A quotation of several sentences with no cue after it ('… neighbors. "We had complaints … panels. Now …" Chris has …').
    const standalone = read ? quotes.filter(([, e]) => STANDALONE_CLOSE.test(passage.text.slice(e, e + 3))) : [];
    const within = (list: [number, number][], start: number, end: number) => list.filter(([s, e]) => s < end && e > start).map(([s, e]) => [s - start, e - start] as [number, number]);
    const tallies = !read ? [] : spans.map(([start, end]) => scoreSentence(passage.text.slice(start, end), finder, state, within(quotes, start, end), within(standalone, start, end)));
    const total = emptyTally();
    for (const t of tallies) addTo(total, t);
    const own = decide(total);
    const findingsSection = findingsHeading(passage.section);

    let result: AttributedPassage;
    if (passage.turn) {
      // "We have a question from Anil in Leeds: what about noise?": the question read out is Anil's.
      const relayed = relayedVoices(passage.text, spans, passage.turn, speakers);
      // A speaker's own list after "three takeaways from the quarter:" is findings, as any list after such a lead-in.
      if (passage.kind === 'list-item') state.list ??= leadIn(previous, true, finder);
      result = {
        attribution: passage.turn,
        // "So we agree: the badge ships in all four languages." is a decision, whoever says it.
        // "Key takeaway one: flow temperature …", read out by the host, numbers its finding as a report's paragraph does.
        isFinding: passage.kind === 'list-item' ? (state.list?.findings ?? false) || findingsSection || (passage.table?.finding ?? false) || FINDING_SENTENCE.test(passage.text) : OPENS_AS_FINDING.test(passage.text) || spans.some(([s, e]) => FINDING_SENTENCE.test(passage.text.slice(s, e))),
      };
      if (relayed) result.voices = relayed;
      const asked = previous?.draft.turn && !sameVoice(previous.draft.turn, passage.turn) && ASKS.test(previous.draft.text);
      if (asked) result.context = previous.draft.text;
    } else if (passage.table) {
      // A table states the report's own figures: its rows are the author's, findings where the table says so. A row of a
      // record's observations ("| 14.05 | DR signale que … L'architecte (CB) refuse la variante … |") gives each one's words,
      // as a list item of notes does.
      const spoken = speechOnly(tallies);
      const speaks = passage.table.prose === true && !passage.table.finding && own?.kind === 'speaker' && [...total.speakers.values()].some((e) => e.speaks && e.points >= POINTS.speech);
      // The report speaks in the row up to the first sentence that gives someone words ("P1 and P4 would not save bank details
      // … P2 suggested …").
      const voices = speaks ? sentenceVoices(spans, spoken, { kind: 'author' }) : {};
      result = { attribution: voices.voices?.[0]?.attribution ?? { kind: 'author' }, isFinding: passage.table.finding || findingsSection, ...voices };
    } else if (passage.kind === 'list-item') {
      state.list ??= leadIn(previous, evidenced[i - 1] ?? false, finder);
      // Someone speaking in the item, named or not ("10. … The County Highways officer … He told me …"), outweighs the list's voice.
      const namedSpeech = [...total.speakers.values()].some((e) => e.speaks && e.points >= POINTS.speech);
      const listVoice = !namedSpeech ? state.list.voice : null;
      const attribution = listVoice || (own?.kind === 'speaker' ? own : undertaking(passage.text, finder)) || own || { kind: 'author' as const };
      // "**Budget**: Marcus Feld reported that … Dev Patel noted that …": an item of notes that names two speakers is each one's in turn.
      // Only speech splits an item: a numbered paragraph of a judgment that names a witness absent is still the tribunal's.
      const spoken = speechOnly(tallies);
      result = { attribution, isFinding: state.list.findings || findingsSection || FINDING_SENTENCE.test(passage.text), ...(listVoice ? {} : sentenceVoices(spans, spoken, attribution)) };
    } else {
      // "Tom Barr said:" or "Another reader writes:" and then a blockquote: the quote is theirs, as a quotation that runs on is.
      const introduced = passage.quoted === true && previous !== null && (previous.draft.quoted === true || CUE_BEFORE_QUOTE.test(previous.draft.text));
      // Inside such a quote "I" and "my" are the quoted person's, not the writer's.
      // A direction ("*Enter INSPECTOR ABARA*", "Nwosu, Adaeze stopped transcription") names people without giving them words.
      const voiced = (introduced && own?.kind === 'author') || passage.direction ? null : own;
      // In a transcript, a paragraph with no label and no one else named as speaking goes on with the turn before it
      // ("I beg to move …" / "It also gives councils new powers …"); a stage direction ("[Laughter]") does not.
      // A speaker who tells what someone else said ("He told me that …") still speaks: their "I" and "me" say so.
      // "He'll use a deacon …", "She had to give out of her little …": someone a turn only calls "he" or "she", and never by
      // name, with no verb of saying, does not end it.
      const speaksOn = () => !own || own.kind === 'author' || (![...total.speakers.values()].some((e) => e.speaks) && !namedIn(passage.text, own, speakerByName)) || speaksInFirstPerson(passage.text, quotes);
      // "(Slide 1)" between two paragraphs of a talk: the turn goes on past a direction to the paragraph before it.
      const before = previous && isDirection(previous.draft) && i >= 2 && passages[i - 2]?.section === passage.section ? { draft: passages[i - 2] as DraftPassage, result: out[i - 2] as AttributedPassage, at: i - 2 } : previous && { ...previous, at: i - 1 };
      // In a transcript set in a page of other things, only a paragraph that ends as speech does goes on.
      const inTranscript = transcript || (spokenPart && SAID_THROUGH.test(passage.text.replace(CLOSING_DIRECTION, '')));
      // A blockquote signed by its source ("> They gave us the letter …" over "(P03, carer, husband)") ends with the quote: the
      // paragraph after it is the report's again.
      const quoteEnded = before?.draft.signed === true && !passage.quoted;
      const turnGoesOn = inTranscript && before && !passage.afterBreak && !quoteEnded && (before.draft.turn || wentOn.has(before.at)) && speaksOn() && !isDirection(passage) && !RECORD_LINE.test(passage.text) ? before.result.attribution : null;
      if (turnGoesOn) wentOn.add(i);
      // "Comment from Ravi in Westgate: why are bins …?": a live blog reads out a reader, from the sentence that names them.
      // A line that only names them ("Reader comment from Janet in Ashby:") leads in what follows, and stays the report's.
      const readHere = !turnGoesOn && (!voiced || voiced.kind === 'author') && !CUE_BEFORE_QUOTE.test(passage.text) ? relayedVoices(passage.text, spans, { kind: 'author' }, speakers) : undefined;
      const attribution = turnGoesOn ?? (readHere?.length === 1 ? readHere[0]?.attribution : undefined) ?? voiced ?? carriedVoice(passage, previous, introduced, speakers) ?? { kind: 'author' as const };
      // Under a "Key findings" heading only the list is findings: the article's prose runs on below it.
      // Under "Theme 1: …" the first paragraph, in the report's voice, states that one finding.
      const statesTheme = firstOfSection && attribution.kind === 'author' && passage.section !== null && ONE_FINDING_HEADING.test(passage.section);
      const isFinding = statesTheme || OPENS_AS_FINDING.test(passage.text) || spans.some(([s, e]) => FINDING_SENTENCE.test(passage.text.slice(s, e)));
      const goesOn = !own || own.kind === 'author' ? findingsGoOn(passages, out, i) : null;
      // A turn that goes on is the speaker's throughout, as a labelled turn is: whom they quote is what they say.
      // A reader read out from the middle of the passage splits it; a turn that goes on, a reader read out throughout and a
      // quote a lead-in introduced are one voice; otherwise each sentence says whose it is.
      const whole = turnGoesOn || readHere || (introduced && attribution !== own);
      const voices = readHere && readHere.length > 1 ? { voices: readHere } : whole ? {} : sentenceVoices(spans, tallies, attribution);
      result = goesOn ? { attribution: goesOn, isFinding: true } : { attribution, isFinding, ...voices, ...(statesTheme && passage.section ? { heading: passage.section } : {}) };
    }
    if (!result.isFinding && passage.section && proseFindings.has(passage.section) && !isDirection(passage)) result.isFinding = true;
    if (passage.kind !== 'list-item') {
      state.list = null;
      // "Two, …" after "here are three things we learned": an item of the spoken list, a finding like a list item.
      const inList = state.spokenList !== null && sameVoice(state.spokenList, result.attribution) && ENUMERATES.test(passage.text);
      if (inList) result.isFinding = true;
      // "A recap of what the state audit found. First, … Second, … And third, …": the list within one paragraph.
      if (!result.isFinding && enumeratesFindings(passage.text, spans, previous?.draft.text)) result.isFinding = true;
      const last = spans[spans.length - 1];
      const lastSentence = last ? passage.text.slice(last[0], last[1]) : '';
      const announces = FINDINGS_NOUN.test(lastSentence) && ANNOUNCES_FINDINGS.test(lastSentence);
      state.spokenList = announces || inList || result.isFinding ? result.attribution : null;
    }
    // "  - 💬 NHV: same card as Sprint 40": a reply is about the item it answers, whose words find it too.
    if (passage.reply && parentItem && !result.context) result.context = parentItem;
    if (passage.kind !== 'list-item') parentItem = null;
    else if (!passage.reply) parentItem = passage.text;
    evidenced.push(own !== null);
    out.push(result);
  });
  // "As the CEO, Greta Solheim, told us, "We stopped chasing revenue."": in a letter or a turn (labelled or gone on), a sentence that quotes
  // someone it names is theirs; the writer goes on in the next. Read apart, with no one in focus, after the turns are known.
  // A timeline's row ("14:03 | Teodor Lindqvist joins: "Primary is fine."") is the report's, its quotations theirs likewise.
  passages.forEach((p, i) => {
    const result = out[i] as AttributedPassage;
    const voice = p.turn ?? (p.table || wentOn.has(i) ? result.attribution : null);
    if (!voice || result.voices) return;
    const quoted = quotedSpans(p.text);
    if (quoted.length === 0) return;
    const fresh = newReading(language);
    const voices = quotedVoices(p.text, sentenceSpans(p.text), quoted, voice, (sentence, inside) => scoreSentence(sentence, finder, fresh, inside));
    if (voices) result.voices = voices;
  });
  answersAddressed(passages, out, speakers);
  // A report that states no findings states what was decided ("The draft resolution has been adopted", "Se aprueba por
  // unanimidad") and sums itself up ("Recap for the VOD: …", "Summary for anyone scrolling: …", "Pues resumo …").
  if (!out.some((r) => r.isFinding)) {
    const summing = summingUp(passages);
    passages.forEach((p, i) => {
      if (summing.has(i) || (!isDirection(p) && sentenceSpans(p.text).some(([s, e]) => statesOutcome(p.text.slice(s, e))))) (out[i] as AttributedPassage).isFinding = true;
    });
    // Still none: the points someone counts off as the report closes ("Three things. One: … Two: …", "Primero: … Segundo: …").
    if (!out.some((r) => r.isFinding)) for (const i of closingPoints(passages, out)) (out[i] as AttributedPassage).isFinding = true;
  }
  return out;
}

/** Where a report's closing part begins, as a share of its passages: its summing up stands there, not in its first turns. */
const CLOSING_PART = 0.6;
/** A stop, then a word and a colon or a comma: where a sentence may open on a point ("… Three things. One: …"), a cheap first test. */
const POINT_AFTER_STOP = /[.!?]\s+["“«]?(?:\p{L}+\s+)?\p{L}+\s*[,:—–]/u;
/** Passages between two of one speaker's points counted off: another's reply ("Reprimanded. After thirty years.") may come between. */
const POINT_GAP = 4;

/**
 * The points one speaker counts off in the report's closing part: a paragraph that counts two or more off itself ("Three
 * things. One: test for bacteria … Two: …"), or paragraphs that each open on the next ("Primero: …", "Segundo: …"), a
 * reply or two between them. A report with no findings of its own closes on them; the last such series is taken.
 */
function closingPoints(passages: DraftPassage[], out: AttributedPassage[]): number[] {
  const from = Math.floor(passages.length * CLOSING_PART);
  let last: number[] = [];
  let run: number[] = [];
  for (let i = from; i < passages.length; i++) {
    const p = passages[i] as DraftPassage;
    if (isDirection(p)) continue;
    // A paragraph's sentences are read only where it opens on a point or holds a colon or a stop an item could follow.
    const opens = ENUMERATES.test(p.text);
    const counted = opens || POINT_AFTER_STOP.test(p.text) ? sentences(p.text).filter((sentence) => ENUMERATES.test(sentence)).length : 0;
    if (counted >= 2) last = [i];
    if (!opens) continue;
    const previous = run[run.length - 1];
    const voice = (out[i] as AttributedPassage).attribution;
    if (previous !== undefined && i - previous <= POINT_GAP && sameVoice((out[previous] as AttributedPassage).attribution, voice)) run.push(i);
    else run = [i];
    if (run.length >= 2) last = [...run];
  }
  return last;
}

/** The passages in which a report sums itself up, each with the list that follows it ("Decisions log —" over its items). */
function summingUp(passages: DraftPassage[]): Set<number> {
  const found = new Set<number>();
  passages.forEach((p, i) => {
    if (isDirection(p) || !sentences(p.text).some((s) => SUMS_UP.test(s))) return;
    found.add(i);
    for (let j = i + 1; passages[j]?.kind === 'list-item' && passages[j]?.section === p.section; j++) found.add(j);
  });
  return found;
}

/**
 * The findings sections with no list and no table in them: "## Conclusion" over an essay's last
 * paragraphs, "CONCLUSIONES" over the host's closing words. A heading that names more than its
 * findings ("Record of public comment cards, board deliberation and findings") is not one; under
 * "Theme 1: …" only the first paragraph states it.
 */
function sectionsOfProse(passages: DraftPassage[], findingsHeading: (section: string | null) => boolean): Set<string> {
  const listing = new Set<string>();
  const findings = new Set<string>();
  for (const p of passages) {
    if (!p.section) continue;
    if (p.kind === 'list-item' || p.table) listing.add(p.section);
    else if (PROSE_FINDINGS_HEADING.test(p.section) && findingsHeading(p.section) && !ONE_FINDING_HEADING.test(p.section)) findings.add(p.section);
  }
  // "— Ce qu'il faut retenir —" over "Merci à tous les deux…", then "Premièrement, … Deuxièmement, …", then "Au revoir": where one
  // paragraph counts the points off, that paragraph states them, and the others only lead in or close.
  const countsOff = new Set<string>();
  for (const p of passages) {
    if (p.section && findings.has(p.section) && p.kind !== 'list-item' && sentences(p.text).filter((s) => ENUMERATES.test(s)).length >= 2) countsOff.add(p.section);
  }
  return new Set([...findings].filter((section) => !listing.has(section) && !countsOff.has(section)));
}
/** A heading that lists no topics besides its findings. */
const PROSE_FINDINGS_HEADING = /^[^,;]*$/;

/** How far back a reply's question is looked for: a thread's replies stand near what they answer. */
export const REPLY_REACH = 40;
/** "@tobiasfenn yes, …", "@PriyaRamaswamy-Holt fair point": the handle a reply opens with. */
const OPENING_HANDLE = /^@([\p{L}\d_.-]{2,40})/u;
/** "Hi Declan, thanks for answering", "Thanks Linda.": a greeting and the first name it calls. */
const OPENING_GREETING = /^(?:hi|hello|hey|thanks|thank you|dear)\s+(\p{Lu}[\p{L}'’-]+)[,.!:\s]/iu;

/** A name as a handle writes it: "PriyaRamaswamy-Holt" is "Priya Ramaswamy-Holt". */
const handleFold = (name: string) => name.toLowerCase().replace(/[\s_.-]+/g, '');
/** Up to four capitalised words opening a turn: "Priya Ramanathan the fence question …". */
const OPENING_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?=\s+\p{Ll})/u;

/**
 * Who a turn opens by speaking to: "@tobiasfenn …", "Priya Ramanathan the fence question is …", "Hi Declan, …". The
 * report's speakers are looked up by name, not walked, so a long chat's every turn costs the same.
 */
function addresseeFinder(speakers: ReportSpeaker[]): (text: string) => ReportSpeaker | undefined {
  const byHandle = new Map<string, ReportSpeaker>();
  const byName = new Map<string, ReportSpeaker>();
  const byFirst = new Map<string, ReportSpeaker[]>();
  for (const s of speakers) {
    for (const n of [s.name, ...s.aliases]) if (!byHandle.has(handleFold(n))) byHandle.set(handleFold(n), s);
    if (!s.isAuthor && /\s/.test(s.name)) byName.set(s.name, s);
    const first = s.name.split(/\s+/)[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), s]);
  }
  return (text) => {
    const handle = OPENING_HANDLE.exec(text)?.[1];
    if (handle) return byHandle.get(handleFold(handle));
    const opening = OPENING_NAME.exec(text)?.[0].split(/\s+/) ?? [];
    for (let k = opening.length; k >= 2; k--) {
      const named = byName.get(opening.slice(0, k).join(' '));
      if (named) return named;
    }
    const called = byFirst.get(OPENING_GREETING.exec(text)?.[1] ?? '') ?? [];
    return called.length === 1 ? called[0] : undefined;
  };
}

/**
 * A turn that opens by speaking to someone ("@tobiasfenn yes, the build includes it", "Hi Declan, …") answers
 * what they last asked: that question is its context, as the question just before an answer is an interview's.
 */
function answersAddressed(passages: DraftPassage[], out: AttributedPassage[], speakers: ReportSpeaker[]): void {
  let addressee: ((text: string) => ReportSpeaker | undefined) | null = null;
  passages.forEach((p, i) => {
    const result = out[i] as AttributedPassage;
    if (result.context || !p.turn) return;
    const to = (addressee ??= addresseeFinder(speakers))(p.text);
    if (!to) return;
    for (let j = i - 1; j >= Math.max(0, i - REPLY_REACH); j--) {
      const asked = out[j]?.attribution;
      if (asked?.kind === 'speaker' && asked.name === to.name && ASKS.test((passages[j] as DraftPassage).text)) {
        result.context = (passages[j] as DraftPassage).text;
        // The turn that merely came next, speaking to no one, answered nothing: the reply that names the asker does.
        const next = out[j + 1];
        if (j + 1 !== i && next?.context === result.context) delete next.context;
        return;
      }
    }
  });
}

/** Whether a passage's voice is set whatever its sentences say: a labelled turn, a table's row. */
const settled = (passage: DraftPassage | undefined): boolean => passage !== undefined && (passage.turn !== null || passage.table !== undefined);

/**
 * A paragraph that announces what was found and then counts at least two of them off ("A recap of what the audit found.
 * First, … Second, …"; after a slide that says "Ce qu'il faut retenir", "Premièrement, … Deuxièmement, …"), or
 * that counts them in one sentence after a colon ("If you remember only three things: read …, carry …, and turn around.").
 */
/** Items a list said sentence by sentence holds, at most. */
const MAX_SPOKEN_ITEMS = 6;
/** Words of a sentence that announces such a list, at most: "Three things I'll take away." */
const ANNOUNCEMENT_WORDS = 12;

/** "Three things I'll take away.": a short sentence of its own that announces what is taken away. */
function announcesTakeaways(sentence: string): boolean {
  return sentence.split(/\s+/).length <= ANNOUNCEMENT_WORDS && FINDINGS_NOUN.test(sentence) && RECAPS.test(sentence) && ANNOUNCES_FINDINGS.test(sentence);
}

function enumeratesFindings(text: string, spans: [number, number][], before: string | undefined): boolean {
  const series = spans.some(([s, e]) => {
    const sentence = text.slice(s, e);
    const colon = sentence.indexOf(':');
    return colon > 0 && FINDINGS_NOUN.test(sentence) && RECAPS.test(sentence.slice(0, colon)) && ANNOUNCES_FINDINGS.test(sentence.slice(0, colon + 1)) && COLON_SERIES.test(sentence.slice(colon));
  });
  if (series) return true;
  // "Three things I'll take away. Insurance retreat may be … Landlords may matter … And the remedies …": announced as what
  // is taken away in a short sentence of its own, then said a sentence each, the last after "and".
  const announced = spans.findIndex(([s, e]) => announcesTakeaways(text.slice(s, e)));
  if (announced >= 0 && spans.slice(announced + 2, announced + MAX_SPOKEN_ITEMS + 1).some(([s, e]) => OPENS_WITH_AND.test(text.slice(s, e)))) return true;
  // Counted off first (a cheap test, and most paragraphs count nothing off), then announced as results:
  // "Two things. First, …" may be anything a speaker counts off.
  const counted = spans.map(([s, e]) => ENUMERATES.test(text.slice(s, e)));
  if (counted.filter(Boolean).length < 2) return false;
  const at = spans.findIndex(([s, e]) => RECAPS.test(text.slice(s, e)));
  // A recap the paragraph before ends with ("[Diapositive finale : « Ce qu'il faut retenir »]") leads in this one's count.
  const from = at >= 0 ? at + 1 : before !== undefined && RECAPS.test(sentences(before).pop() ?? '') ? 0 : -1;
  return from >= 0 && counted.slice(from).filter(Boolean).length >= 2;
}


/** Whether a text says "I", "me" or "my" outside the quotations it holds. */
export function speaksInFirstPerson(text: string, quotes: [number, number][] = quotedSpans(text)): boolean {
  for (const m of text.matchAll(/\b(?:I|me|my|myself)\b/g)) if (!quotes.some(([s, e]) => m.index >= s && m.index < e)) return true;
  return false;
}

/** "ACTION: Motion carried 3-0", "RESOLVED: …": the record's own line between the turns, not the last speaker's. */
/** A stage direction, or a paragraph that is only one: no one's words. */
const isDirection = (passage: DraftPassage) => passage.direction === true || DIRECTION_ONLY.test(passage.text);

/**
 * "[Laughter]", "*Pause*", "(Slide 4)" with nothing said after them: a direction; "[Editor's note]: …" a note; "(Slide 4) We
 * painted forty roofs …" goes on speaking.
 */
const DIRECTION_ONLY = /^\s*(?:\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|_[^_]*_)(?:[\s.]*$|\s*:)/;
// "✅ Decision: …": a notes app's mark before the word is no part of it.
const RECORD_LINE = /^\s*(?:[^\p{L}\p{N}\s]{1,3}\s*)?(?:actions?|decisions?|resolved|resolutions?|motions?|votes?|agreed|outcomes?|results?|note|vote taken|roll call)\s*:/iu;

/** "most of these users", "those companies": a paragraph that points back at what a list was about. */
const POINTS_BACK = /\b(?:these|those|the same)\s+(?:\w+\s+)?(\p{L}{3,})/giu;

/**
 * The voice of a speaker's findings list that the paragraph right after it carries on ("One
 * thing that was pretty interesting is that most of these users are not moving to storage
 * virtualization", after Iams' findings about the users he interviewed): the author reports
 * more of the same findings, so the paragraph is one of them, credited as reported. Null unless
 * the paragraph follows a findings list with a speaker's voice and points back at a noun of it.
 */
function findingsGoOn(passages: DraftPassage[], out: AttributedPassage[], i: number): DraftAttribution | null {
  const before = out[i - 1];
  const last = passages[i - 1];
  if (!before?.isFinding || last?.kind !== 'list-item' || last.section !== passages[i]?.section || before.attribution.kind !== 'speaker') return null;
  const items: string[] = [];
  for (let j = i - 1; j >= 0 && passages[j]?.kind === 'list-item' && out[j]?.isFinding; j--) items.push((passages[j] as DraftPassage).text.toLowerCase());
  const listText = items.join(' ');
  const text = (passages[i] as DraftPassage).text;
  for (const m of text.matchAll(POINTS_BACK)) {
    const noun = (m[1] as string).toLowerCase();
    if (new RegExp(`\\b${noun.replace(/s$/, '')}s?\\b`).test(listText)) return { ...before.attribution, via: 'author' };
  }
  return null;
}

/** A turn that asks: a question mark at its end (a written question's number after it, "… in 2025? [45321]"), a short question with one short remark after it ("Is there condensation? I run warm."), or the formula "To ask the Secretary of State …". */
const ASKS = /\?\s*(?:\[[^\]]{1,20}\]\s*)?$|^(?=.{1,240}$)[^?]{1,200}\?["”’)]*\s+[^?.!]{1,120}[.!]?$|^\s*To ask\b/;

/** "Anil in Leeds", "Mike Holt", "Janet from Ashby": someone a host or a blog reads out, by name and place. */
const PLACE = String.raw`\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/** "bilal_h92", "thao.ng": a chat's handle, read out as written. */
const HANDLE = String.raw`[\p{L}\d]+(?:[_.][\p{L}\d]+)+(?![\p{L}\d])`;
const READ_OUT = String.raw`${HANDLE}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,?${PLACE})?`;
/**
 * "a question from Anil in Leeds", "a comment by Priya Shah", "a comment from reader Mike Holt", "a text here from Sue in
 * Fellgate", "the next one is from river_kat", "From pipedreamer_eng:" opening a sentence: whose words are read out.
 */
const RELAYED_FROM = String.raw`(?:\b(?:${['question', 'comment', 'message', 'email', 'text', 'call', 'voicemail', 'note', 'one'].map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')})(?:s|['’]s)?\s+(?:is\s+)?(?:(?:here|in|just in)\s+)?(?:from|by)|(?:^|[.!?]\s+)From)\s+(?:\p{Ll}+\s+)?(${READ_OUT})`;
/**
 * "a question from Anil in Leeds:": the words read out follow; "Janet from Ashby writes:", "Reader Sue
 * Lane emailed:" opening a paragraph of a live blog: a first name and a place, or a full name.
 */
const RELAYED = new RegExp(
  String.raw`${RELAYED_FROM}\s*[:,—–-]|^[^\p{L}]*(?:\p{Lu}\p{Ll}+\s+)??(\p{Lu}[\p{L}'’-]+(?:${PLACE}|\s+\p{Lu}[\p{L}'’-]+))\s+${SPEECH_VERB}\s*:`,
  'u',
);

/**
 * The sentences of a turn that read out someone else's words: from the sentence that names them
 * ("We have a question from Anil in Leeds: what about noise?") to the turn's end. Null when the
 * turn reads out no one.
 */
function relayedVoices(text: string, spans: [number, number][], turn: DraftAttribution, speakers: ReportSpeaker[]): SentenceVoice[] | undefined {
  const relayed = relayedSource(text, speakers);
  if (!relayed) return undefined;
  const { voice, index } = relayed;
  const at = spans.findIndex(([, end]) => end > index);
  if (at < 0) return undefined;
  const voices: SentenceVoice[] = [];
  if (at > 0) voices.push({ start: 0, end: (spans[at - 1] as [number, number])[1], attribution: turn });
  voices.push({ start: (spans[at] as [number, number])[0], end: text.length, attribution: voice });
  return voices;
}

/**
 * The voice a passage carries on from the one before: a quotation that runs on from a speaker's, or a blockquote
 * the lead-in before it introduced (`introduced`) — the person "Reader comment from Janet in Ashby:" names, else
 * the lead-in's speaker, or the one person it describes ("another reader"); a group ("several nurses") introduces
 * quotes of its members, each someone else.
 */
function carriedVoice(passage: DraftPassage, previous: { draft: DraftPassage; result: AttributedPassage } | null, introduced: boolean, speakers: ReportSpeaker[]): DraftAttribution | null {
  if (!previous) return null;
  const readOut = introduced && !previous.draft.quoted ? relayedSource(previous.draft.text, speakers)?.voice : undefined;
  if (readOut) return readOut;
  if (!introduced && !isOnlyQuotation(passage.text)) return null;
  const before = previous.result.attribution;
  if (before.kind === 'speaker') return before;
  return introduced && before.kind === 'unnamed' && ONE_DESCRIBED.test(before.label) && !isPlural(before.label) ? before : null;
}

/** "another reader", "a parent", "the nurse": a description of one person. */
const ONE_DESCRIBED = /^(?:a|an|one|another|the)\s/i;

/** "the nurses", "two parents": a description whose last word is a plural. */
const isPlural = (description: string) => {
  const last = description.split(/\s+/).pop() ?? '';
  return singular(last) !== last && !/ss$/.test(last);
};

/** A lead-in that ends on its cue: "Tom Barr said:", "he told BBC Radio Marlow:", "Reader comment from Janet in Ashby:". */
const CUE_BEFORE_QUOTE = new RegExp(String.raw`(?:\b${SPEECH_VERB}(?:\s+\S+){0,4}|${RELAYED_FROM})\s*:\s*$`, 'u');

/** The chat handles whose words the texts read out ("The first one is from bilal_h92, who asks: …"): people, by the names they post under. */
export function relayedHandles(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const who = (RELAYED.exec(text)?.[1] ?? '').replace(/,$/, '');
    if (IS_HANDLE.test(who)) found.add(who);
  }
  return [...found];
}
const IS_HANDLE = new RegExp(`^${HANDLE}$`, 'u');

/** Whose words a text says it reads out ("a question from Anil in Leeds:"), and where it says so. */
function relayedSource(text: string, speakers: ReportSpeaker[]): { voice: DraftAttribution; index: number } | null {
  const m = RELAYED.exec(text);
  const who = (m?.[1] ?? m?.[2])?.replace(/,$/, '');
  if (!m || !who) return null;
  const known = speakers.find((s) => s.name === who || s.aliases.includes(who));
  return { voice: known ? { kind: 'speaker', name: known.name } : { kind: 'unnamed', label: who }, index: m.index };
}

/** The voice and findings flag a list takes from the paragraph that introduced it. */
function leadIn(previous: { draft: DraftPassage; result: AttributedPassage } | null, hadEvidence: boolean, finder: ReturnType<typeof mentionFinder>): NonNullable<Reading['list']> {
  if (!previous || previous.draft.kind !== 'paragraph') return { voice: null, findings: false };
  // "EDIT: A few things I took away from today:": a spoken announcement ending in a colon leads in a list too.
  const text = previous.draft.text;
  const findings = FINDINGS_LEAD_IN.test(text) || (/:\s*$/.test(text) && FINDINGS_NOUN.test(text) && ANNOUNCES_FINDINGS.test(text.slice(text.search(/[^.!?]*$/))));
  const body = findings && !hadEvidence ? creditedBody(previous.draft.text, finder) : null;
  return { voice: body ?? previous.result.attribution, findings };
}

/** Verbs with which a body puts out a list: "The organisers circulated these takeaways:". */
const PUTS_OUT = /^(?:circulated|listed|lists|agreed|published|issued|summari[sz]ed|summari[sz]es|set out|sets out|released|adopted|approved|produced|drew up|draws up|offered|shared|found|finds|concluded|concludes|recommended|recommends|identified|compiled|made)\b/i;
const FINDING_WORD = /^(?:key\s+)?(?:findings?|results?|conclusions?|takeaways?|points?|highlights|recommendations?|decisions?|lessons?|outcomes?|summary)$/i;

/**
 * The body a findings lead-in credits when it names no speaker: "The operator's own summary …
 * lists its key points:" → the operator; "The board agreed the following decisions:" → the board.
 */
function creditedBody(text: string, finder: ReturnType<typeof mentionFinder>): DraftAttribution | null {
  const spans = sentenceSpans(text);
  const last = spans[spans.length - 1];
  const sentence = last ? text.slice(last[0], last[1]) : text;
  const m = /^(?:the|our|its|their)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)(?:['’]s?\b|\s+(?=\S))(.*)$/iu.exec(sentence.trim());
  if (!m?.[1] || FINDING_WORD.test(m[1])) return null;
  const possessive = /['’]s?\b/.test(sentence.slice(0, sentence.indexOf(m[1]) + m[1].length + 2));
  if (!possessive && !PUTS_OUT.test((m[2] ?? '').trim())) return null;
  // "The Mayor made the following commitments:": a part the report gives someone is that person.
  const [first] = finder.find(sentence.trim(), null);
  if (first?.kind === 'speaker' && first.index === 0 && !first.speaker.isOrganisation) return { kind: 'speaker', name: first.speaker.name, via: 'author' };
  // The author passes the body's list on: "the operator, as reported by the author".
  return { kind: 'unnamed', label: `the ${m[1].toLowerCase()}`, via: 'author' };
}

const UNDERTAKING_WORD = /\s(?:will|shall|to)\s/;
/** "will set up", "to circulate", "agreed to trial": what the person opening an item undertakes to do. */
const UNDERTAKES = /^\s+(?:will|shall|to|agreed\s+to|offered\s+to|volunteered\s+to|undertook\s+to)\s+\p{Ll}/u;

/** "- Aiko Tan will set up the trial by Friday": an item of next steps opening with a person and what they undertake is that person's. */
function undertaking(text: string, finder: ReturnType<typeof mentionFinder>): DraftAttribution | null {
  // Most items undertake nothing: the names are looked for again only where a verb of undertaking stands near the start.
  const opening = text.slice(0, 200);
  if (!UNDERTAKING_WORD.test(opening)) return null;
  const [first] = finder.find(opening, null);
  if (first?.kind !== 'speaker' || first.via !== 'name' || first.index > 0 || first.speaker.isOrganisation || !UNDERTAKES.test(text.slice(first.end))) return null;
  // The record states it for them: theirs as the author passes it on, behind what they say themselves.
  return { kind: 'speaker', name: first.speaker.name, via: 'author' };
}

/** A verb of saying right after a quotation closes: ', declaró', ', explicó a pie de playa'. */
const VERB_AFTER_QUOTE = new RegExp(String.raw`^["”»’']?\s*,?\s*(?:${SPEECH_VERB})${WORD_END}`, 'iu');
/** How far past the quotation's close its verb is looked for. */
const VERB_REACH = 40;

/** The person whose initials stand in brackets right after a mention of someone else: "Rivault Couverture (DR)" is DR's; a unit's code ("(E12)") says no one. */
function bracketedAlias(sentence: string, mention: Extract<Mention, { kind: 'speaker' }>, mentions: readonly Mention[]): ReportSpeaker | null {
  if (sentence.charAt(mention.end) !== ' ' && sentence.charAt(mention.end) !== '(') return null;
  const next = mentions.find((m) => m.index > mention.end && m.index <= mention.end + 2);
  return next?.kind === 'speaker' && next.speaker !== mention.speaker && !next.speaker.isOrganisation && /^\s?\($/.test(sentence.slice(mention.end, next.index)) && sentence.charAt(next.end) === ')' && sentence.slice(next.index, next.end) === initialsOf(next.speaker.name) ? next.speaker : null;
}

/** Scores every mention of one sentence and the author's first person; moves the focus and the session. */
function scoreSentence(sentence: string, finder: ReturnType<typeof mentionFinder>, state: Reading, quotes: [number, number][], standalone: [number, number][] = []): Tally {
  const tally = emptyTally();
  const inQuote = (m: Mention) => quotes.some(([s, e]) => m.index >= s && m.end <= e);
  const mentions = state.antecedents.resolve(sentence, finder.find(sentence, state.focus).filter((m) => !inQuote(m)));
  // "he" and "she" next stand for this sentence's subject, else for the last person it names
  // ("Farmer Ruth Kellan disagrees with Marsh. '…,' she said." is Kellan).
  let subject: ReportSpeaker | null = null;
  // A pronoun that stands for someone unnamed the text last made its subject ("He said the ramp bounced").
  const unnamedBefore = state.unnamedFocus;
  // An unnamed mention's label, read once whether it becomes the focus, speaks, or both.
  const labels = new Map<Mention, string>();
  const labelOf = (mention: Extract<Mention, { kind: 'unnamed' }>) => {
    let label = labels.get(mention);
    if (label === undefined) labels.set(mention, (label = unnamedLabel(sentence, mention, state.sessionTopic)));
    return label;
  };
  const opensSentence = (index: number) => SUBJECT_OPENER.test(sentence.slice(0, index).replace(/\p{Lu}\p{Ll}+\s+$/u, ''));
  for (const mention of mentions) {
    if (mention.kind === 'speaker' && (mention.via === 'name' || mention.via === 'role') && !mention.speaker.isOrganisation) {
      setFocus(state, mention.speaker);
      state.unnamedFocus = null;
      if (!subject && opensSentence(mention.index)) subject = mention.speaker;
    } else if (mention.kind === 'unnamed' && !subject && opensSentence(mention.index)) state.unnamedFocus = labelOf(mention);
  }
  if (subject) setFocus(state, subject);
  let source: ReportSpeaker | null = null;
  let unnamedSource: string | null = null;
  for (const mention of mentions) {
    // "Her son, Tom Alderton, said": a possessive before a noun names whose son, a mention, never the one who speaks.
    const possessive = mention.kind === 'speaker' && mention.via === 'pronoun' && state.possessives.has(sentence.slice(mention.index, mention.end).toLowerCase()) && /^\s+\p{Ll}/u.test(sentence.slice(mention.end));
    const evidence = possessive ? { points: POINTS.mention, speaks: false, reported: false } : evidenceFor(sentence, mention);
    if (mention.kind === 'speaker' && mention.via === 'pronoun' && unnamedBefore && mention.speaker === state.focus && !subject) {
      if (evidence.points >= POINTS.speech) add(tally, `unnamed:${unnamedBefore}`, evidence, { kind: 'unnamed', label: unnamedBefore });
      continue;
    }
    if (mention.kind === 'unnamed') {
      if (evidence.points < POINTS.speech) continue;
      const label = labelOf(mention);
      add(tally, `unnamed:${label}`, evidence, { kind: 'unnamed', label });
      if (evidence.speaks) unnamedSource ??= label;
    } else if (mention.speaker.isAuthor) {
      tally.author += evidence.points;
    } else if (evidence.points > 0) {
      // "Rivault Couverture (DR) signale que …": someone else's initials in brackets after a firm say who of it speaks.
      const who = bracketedAlias(sentence, mention, mentions) ?? mention.speaker;
      add(tally, who.name, evidence, { kind: 'speaker', name: who.name });
      if (evidence.speaks && !subject && mention.via !== 'pronoun' && !who.isOrganisation) source ??= who;
    }
  }
  // "Counsel for the Employer, Mr. Tillotson, submitted that the grievor signed …. He argued …": the one who speaks in the
  // sentence, not the last person their words name, is whom the next sentence's "he" goes on with.
  if (source) setFocus(state, source);
  // "In a statement issued through police, Daniel's family said: "…"": someone unnamed who speaks, and no one named, is
  // whom a quotation standing alone next goes on with.
  if (source || tally.speakers.size > 0) state.lastQuoted = unnamedSource && ![...tally.speakers.values()].some((e) => e.speaks && e.attribution.kind === 'speaker') ? unnamedSource : null;
  // '"Twenty percent of my bonus …," he said.' after "A former operations manager …, who asked not to be named, …": where
  // the pronoun stands for no one named, it stands for the one the text last described.
  if (unnamedBefore && !subject && tally.speakers.size === 0) {
    for (const m of sentence.matchAll(PRONOUN)) {
      if (quotes.some(([s, e]) => m.index >= s && m.index < e)) continue;
      const evidence = evidenceFor(sentence, { kind: 'unnamed', description: m[0], index: m.index, end: m.index + m[0].length });
      if (evidence.points < POINTS.speech) continue;
      add(tally, `unnamed:${unnamedBefore}`, evidence, { kind: 'unnamed', label: unnamedBefore });
      break;
    }
  }
  // '"Los difusores funcionan …", declaró a este periódico.': a verb of saying right after the quotation, with no subject
  // (Spanish drops it), says it of the one this paragraph is about.
  if (tally.speakers.size === 0 && state.focus && state.focusHere && !state.focus.isOrganisation && quotes.some(([, e]) => VERB_AFTER_QUOTE.test(sentence.slice(e, e + VERB_REACH)))) {
    add(tally, state.focus.name, { points: POINTS.speech, speaks: true, reported: false }, { kind: 'speaker', name: state.focus.name });
  }
  // "Manifestó que «jamás autoricé …»" after "La testigo D.ª Marta Villaseñor … negó …": a sentence that opens with a verb of
  // saying, in a language that drops the subject, says it of the one this paragraph is about.
  if (tally.speakers.size === 0 && state.focus && state.focusHere && !state.focus.isOrganisation && state.verbFirst?.test(sentence)) {
    add(tally, state.focus.name, { points: POINTS.speech, speaks: true, reported: false }, { kind: 'speaker', name: state.focus.name });
  }
  // "Recalls a shuttle flying out of a loom …" in the summary of an interview: the interviewee's account, told.
  if (state.subject && state.noteForm?.test(sentence) && ![...tally.speakers.values()].some((e) => e.speaks)) {
    add(tally, state.subject, { points: POINTS.speech, speaks: true, reported: true }, { kind: 'speaker', name: state.subject });
  }
  setOffByName(sentence, tally);
  tally.author += authorEvidence(sentence, quotes);
  // A sentence that is only a quotation, right after someone is named, is theirs:
  // "Νίκος Αλεξίου … moved his crew's start. “We finish by one o'clock now.”"
  // A quotation that runs on past the sentence counts as one: '"We had a few complaints … panels. Now the only thing …"'.
  const opens = sentence.length - sentence.trimStart().length;
  const quotation = isQuotationSentence(sentence) || standalone.some(([s, e]) => s <= opens && e >= sentence.trimEnd().length);
  if (tally.speakers.size === 0 && state.lastQuoted && quotation) {
    add(tally, `unnamed:${state.lastQuoted}`, { points: POINTS.speech, speaks: true, reported: false }, { kind: 'unnamed', label: state.lastQuoted });
  } else if (tally.speakers.size === 0 && state.focus && !state.focus.isOrganisation && quotation) {
    add(tally, state.focus.name, { points: POINTS.speech, speaks: true, reported: false }, { kind: 'speaker', name: state.focus.name });
  }
  if (SESSION_WORD.test(sentence)) for (const m of sentence.matchAll(SESSION_TOPIC)) state.sessionTopic = `${m[1]?.toLowerCase()} on ${m[2]}`;
  return tally;
}

/**
 * "El acusado, D. Gonzalo Arrieta Benavent, reconoció …": a description and the name set off right after it speak as one
 * person, whom the name says; the description's score goes to the name.
 */
function setOffByName(sentence: string, tally: Tally): void {
  if (tally.speakers.size < 2) return;
  const lower = sentence.toLowerCase();
  for (const [key, entry] of tally.speakers) {
    if (entry.attribution.kind !== 'unnamed') continue;
    const at = lower.indexOf(`${entry.attribution.label.toLowerCase()}, `);
    if (at < 0) continue;
    const after = sentence.slice(at + entry.attribution.label.length + 2, at + entry.attribution.label.length + 2 + SET_OFF_REACH);
    const named = [...tally.speakers.values()].find((e) => e.attribution.kind === 'speaker' && e.speaks && after.includes(e.attribution.name.split(' ')[0] as string));
    if (!named) continue;
    named.points += entry.points;
    tally.speakers.delete(key);
  }
}
/** How far after a description its name may stand, an honorific between: "el acusado, D. Gonzalo". */
const SET_OFF_REACH = 12;

function setFocus(state: Reading, speaker: ReportSpeaker): void {
  state.focus = speaker;
  state.focusHere = true;
  state.antecedents.focus(speaker);
}

function add(tally: Tally, key: string, evidence: { points: number; speaks: boolean; reported: boolean }, attribution: DraftAttribution): void {
  const entry = tally.speakers.get(key);
  if (entry) {
    entry.points += evidence.points;
    entry.speaks ||= evidence.speaks;
    entry.reported ||= evidence.reported;
  } else tally.speakers.set(key, { ...evidence, attribution });
}

/**
 * Each sentence's own voice where the passage mixes them: a sentence with evidence speaks for
 * itself; one without continues the sentence before it (reported speech runs on); the first
 * sentences take the passage's voice. Nothing is kept when every sentence has the passage's voice.
 */
/** After a quotation's close, the end of the text or the next sentence: no cue gives the quotation to anyone. */
const STANDALONE_CLOSE = /^(?:\s*$|\s+\p{Lu})/u;
/** "Adaeze: "…"", "13:55 — Teodor Lindqvist: "…"": a name (a word of it) and a colon opening a sentence, then the quotation. */
const COLON_QUOTE = /^[\s\d:.—–|-]*(?:\p{Lu}[\p{L}'’-]+\s+)?(\p{Lu}[\p{L}'’-]+):\s*["“«„]/u;

/**
 * The sentences of a turn that quote someone they name, each in that person's voice; the rest in the turn's. Null where
 * no sentence does.
 */
function quotedVoices(
  text: string,
  spans: [number, number][],
  quoted: [number, number][],
  turn: DraftAttribution,
  score: (sentence: string, inside: [number, number][]) => Tally,
): SentenceVoice[] | undefined {
  const voices: SentenceVoice[] = [];
  let mixed = false;
  let previous = '';
  for (const [start, end] of spans) {
    const inside = quoted.filter(([s, e]) => s < end && e > start).map(([s, e]) => [Math.max(0, s - start), Math.min(end, e) - start] as [number, number]);
    const sentence = text.slice(start, end);
    let voice = turn;
    // "Sunniva notices `pool_wait_timeout` errors. "Every failed request is timing out."": a sentence with no quotation is
    // read too, for whom the next one's quotation follows.
    if (inside.length === 0) score(sentence, inside);
    else {
      const tally = score(sentence, inside);
      const spoken = decide({ ...tally, speakers: new Map([...tally.speakers].filter(([, e]) => e.speaks && e.points >= POINTS.speech)) });
      // Someone the sentence names, by a word of their name outside the quotation: no one "she" stands for, no one a speaker
      // quotes himself with.
      // "Sunniva notices the errors. "Every request is timing out."": or whom the sentence before opens with.
      const said = outsideQuotes(sentence, inside);
      const opened = /^[^\p{L}]*([\p{L}'’-]+)/u.exec(previous)?.[1] ?? '';
      const named = spoken?.kind === 'speaker' && spoken.name.split(/\s+/).some((w) => w.length > 2 && (said.includes(w) || w === opened));
      if (spoken && named && !sameVoice(spoken, turn)) voice = spoken;
      // "Adaeze: "Let's not roll back the whole train."": a name and a colon before the quotation.
      const opener = !named ? COLON_QUOTE.exec(sentence)?.[1] : undefined;
      const before = opener ? [...tally.speakers.values()].find((e) => e.attribution.kind === 'speaker' && e.attribution.name.split(/\s+/).includes(opener)) : undefined;
      if (before && !sameVoice(before.attribution, turn)) voice = before.attribution;
    }
    if (!sameVoice(voice, turn)) mixed = true;
    previous = sentence.trim();
    const last = voices[voices.length - 1];
    if (last && sameVoice(last.attribution, voice)) last.end = end;
    else voices.push({ start, end, attribution: voice });
  }
  return mixed ? voices : undefined;
}

/** Each sentence's tally with only the mentions that speak: a name a sentence merely mentions does not split a passage. */
function speechOnly(tallies: readonly Tally[]): Tally[] {
  return tallies.map((t) => ({ ...t, speakers: new Map([...t.speakers].filter(([, e]) => e.speaks)) }));
}

function sentenceVoices(spans: [number, number][], tallies: Tally[], passageVoice: DraftAttribution): { voices?: SentenceVoice[] } {
  if (spans.length < 2) return {};
  let current = passageVoice;
  let mixed = false;
  // Neighbouring sentences of one voice make one run: fewer entries to keep at 100,000 passages.
  const voices: SentenceVoice[] = [];
  spans.forEach(([start, end], i) => {
    const own = decide(tallies[i] as Tally);
    if (own) current = own;
    if (!sameVoice(current, passageVoice)) mixed = true;
    const last = voices[voices.length - 1];
    if (last && sameVoice(last.attribution, current)) last.end = end;
    else voices.push({ start, end, attribution: current });
  });
  return mixed ? { voices } : {};
}
