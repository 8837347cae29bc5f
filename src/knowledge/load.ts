import path from 'node:path';
import { detectLanguage, LANGUAGES, languageByCode } from '../language/index.ts';
import { attributePassages, relayedHandles, speaksInFirstPerson, type AttributedPassage, type DraftAttribution } from './attribution.ts';
import { quotedSpans } from './language.ts';
import { KnowledgeError } from './errors.ts';
import { reportFolder } from './folder.ts';
import { splitReport } from './frontMatter.ts';
import { subtitleLines } from './subtitles.ts';
import { captionLines } from './captions.ts';
import { greetedLetters, letterLines, signedEntries, signedLetters } from './letters.ts';
import { unnumberedLines } from './lineNumbers.ts';
import { cueSheetLines } from './cueSheets.ts';
import { wikitextLines } from './wikitext.ts';
import { recordLines } from './records.ts';
import { addSides } from './sides.ts';
import { parseBlocks, type Block } from './markdown.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, FolderBudget, readReport } from './read.ts';
import { detectSpeakers } from './speakerDetection.ts';
import { describeFirstNames, firstNamesSpeaking, namedBeforePronounCue, openedThenQuoted, surnamesSpeaking } from './firstNames.ts';
import { nameIndex, secondSurnames, titledSurnames, type NameIndex } from './fullNames.ts';
import { addFirstSurnames, addQuotedNicknames, foldName, mergeSpeakers, speakerNamed, type ReportSpeaker } from './speakerIdentity.ts';
import type { HeadingPerson } from './headingPeople.ts';
import { handedTurns } from './handovers.ts';
import { isCommonWord } from './wordnet.ts';
import { addSelfDescriptions, describedBy, findSpeaker, readTurns } from './turns.ts';
import type { Attribution, KnowledgeProblem, LoadedKnowledge, Passage, Report, Speaker } from './types.ts';
import { messageOf } from '../base/errorMessage.ts';

export interface ReportFile {
  /** Shown in messages, as the user would find the file. */
  file: string;
  /** The text, or how to read it: then only one report's text is in memory at a time. */
  content: string | (() => string);
}

export interface LoadOptions {
  /** The largest report read, in bytes (KNOWLEDGE_MAX_BYTES). */
  maxBytes?: number;
  /** The most all reports are read to together, in bytes (KNOWLEDGE_MAX_TOTAL_BYTES). */
  maxTotalBytes?: number;
}

/** Every report of a folder; a report that cannot be read is named in `problems`, not served. */
export async function loadKnowledge(dir: string, { maxBytes = DEFAULT_MAX_BYTES, maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES }: LoadOptions = {}): Promise<LoadedKnowledge> {
  const { files, skipped } = await reportFolder(dir);
  const budget = new FolderBudget(maxTotalBytes);
  const content = (file: string) => () => {
    const before = budget.before(file);
    if (before) throw before;
    const text = readReport(file, maxBytes);
    const past = budget.after(file, Buffer.byteLength(text));
    if (past) throw past;
    return text;
  };
  return { ...buildKnowledge(files.map((file) => ({ file, content: content(file) }))), skipped };
}

/** Turns report files into passages with sections, speakers, attribution and findings. */
export function buildKnowledge(files: Iterable<ReportFile>): LoadedKnowledge {
  const parts: ReportOutcome[] = [];
  for (const { file, content } of files) parts.push(reportOutcome(file, () => (typeof content === 'string' ? content : content())));
  return mergeReports(parts);
}

/**
 * One report as parsing leaves it, before it meets the other reports: its own speakers, and
 * its passages attributed by name. It depends on the file's name and text only, so a saved
 * copy stands for the report as long as neither changed.
 */
export interface ReportPart {
  frontMatter: Pick<Report, 'title' | 'author' | 'date' | 'event' | 'source' | 'language'>;
  speakers: ReportSpeaker[];
  passages: PartPassage[];
  /** Whether the author only tells the report: no turn of theirs, no "I" of theirs outside a quotation. */
  authorOnlyNarrates: boolean;
  /** A report written in capitals throughout (a live captioner's file, a telex): its people's names are shown as it writes them. */
  writtenInCapitals?: boolean;
}

export interface PartPassage {
  section: string | null;
  kind: Passage['kind'];
  text: string;
  line: number;
  isFinding: boolean;
  attribution: DraftAttribution;
  voices?: { start: number; end: number; attribution: DraftAttribution }[];
  context?: string;
}

/** A report parsed, or why it could not be. */
export type ReportOutcome = { file: string; part: ReportPart } | { file: string; problem: KnowledgeProblem };

/** Reads and parses one report; one bad report never stops the others, so a failure is an outcome too. */
export function reportOutcome(file: string, content: () => string): ReportOutcome {
  try {
    return { file, part: reportPart(file, content()) };
  } catch (error) {
    // An unexpected error is named like a broken file.
    return { file, problem: error instanceof KnowledgeError ? { file, line: error.line, problem: error.problem } : { file, line: null, problem: `could not be read: ${messageOf(error)}` } };
  }
}

function reportPart(file: string, content: string): ReportPart {
  const { frontMatter, language, drafts, turns, reportSpeakers, attributed } = parseReport(file, content);
  // The author takes part where the report gives them a part beside writing it ("author; secretary" of the minutes they
  // take), speaks in a turn of theirs, or in the first person; the first is enough, so only a story told in the third
  // person is read through.
  const author = reportSpeakers.find((s) => s.isAuthor);
  const authorSpeaks = (author?.role ?? 'author') !== 'author' || attributed.some((r, i) => r.attribution.kind === 'author' && (Boolean(turns.voices[i]) || speaksInFirstPerson((drafts[i] as Draft).text)));
  return {
    frontMatter: { title: frontMatter.title, author: frontMatter.author, date: frontMatter.date, event: frontMatter.event, source: frontMatter.source, language },
    authorOnlyNarrates: !authorSpeaks,
    ...(inCapitals(drafts) ? { writtenInCapitals: true } : {}),
    speakers: reportSpeakers,
    passages: attributed.map((result, i) => {
      const draft = drafts[i] as Draft;
      // A finding stated by its heading is that statement and what the paragraph says of it, as a findings table's row is its cells.
      const lead = result.heading ? `${result.heading} — ` : '';
      return {
        section: draft.section,
        kind: draft.kind,
        text: lead + ownText(draft, turns.voices[i]),
        line: draft.line,
        isFinding: result.isFinding,
        attribution: result.attribution,
        ...(result.voices ? { voices: result.voices.map((v) => ({ start: v.start && v.start + lead.length, end: v.end + lead.length, attribution: v.attribution })) } : {}),
        ...(result.context ? { context: result.context } : {}),
      };
    }),
  };
}

/** A report's language: as front matter names it (a language the bot does not read keeps its code), else detected from the text. */
function reportLanguage(given: string | null, content: string): string {
  if (given) return languageByCode(given)?.code ?? given.toLowerCase();
  return detectLanguage(content).code;
}

/** The reports together: one speaker across reports, ids unique across reports, in file order. */
export function mergeReports(outcomes: Iterable<ReportOutcome>): LoadedKnowledge {
  const reports: Report[] = [];
  const passages: Passage[] = [];
  const speakers = new Map<string, Speaker>();
  const usedIds = new Set<string>();
  const problems: KnowledgeProblem[] = [];

  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      continue;
    }
    const { file, part } = outcome;
    const reportId = uniqueId(slug(path.basename(file, path.extname(file))) || 'report', usedIds);
    const idOf = new Map<string, string>();
    // "COUNCILMEMBER OKAFOR" in a report all in capitals: how the name is cased is not known, so it is shown as written.
    for (const s of part.speakers) idOf.set(s.name, registerSpeaker(speakers, part.writtenInCapitals && !s.isAuthor ? { ...s, name: s.name.toUpperCase() } : s, reportId, usedIds).id);
    const authorName = part.speakers.find((s) => s.isAuthor)?.name;
    const authorId = authorName ? (idOf.get(authorName) ?? null) : null;
    // Someone who speaks in any report is among its people; an author only where they never do.
    const author = authorName ? speakers.get(authorName.toLowerCase()) : undefined;
    if (author) author.onlyNarrates = part.authorOnlyNarrates && author.onlyNarrates !== false;
    // A label's speaker may have merged into someone the text introduced ("MR. THOMPSON" is David
    // Thompson): a name is looked up as the merged speaker's, and registered if nobody has it.
    const idFor = (name: string): string => {
      const known = idOf.get(name) ?? idOf.get(findSpeaker(part.speakers, name)?.name ?? '');
      if (known) return known;
      const id = registerSpeaker(speakers, speakerNamed(name), reportId, usedIds).id;
      idOf.set(name, id);
      return id;
    };
    // One object per voice, shared by every passage and sentence it speaks: at 100,000 passages
    // a copy per sentence would be 8 MB.
    const interned = new Map<string, Attribution>();
    const globalOf = (a: DraftAttribution): Attribution => {
      const key = a.kind === 'speaker' ? `s:${a.name}:${a.via ?? ''}` : a.kind === 'author' ? 'a' : `u:${a.label}:${a.via ?? ''}`;
      let out = interned.get(key);
      if (!out) {
        out = a.kind === 'speaker' ? { kind: 'speaker', speakerId: idFor(a.name), ...(a.via ? { via: a.via } : {}) } : a.kind === 'author' ? { kind: 'author', speakerId: authorId } : { ...a };
        interned.set(key, out);
      }
      return out;
    };

    part.passages.forEach((p, i) => {
      passages.push({
        id: `${reportId}#${i + 1}`,
        reportId,
        section: p.section,
        paragraph: i + 1,
        kind: p.kind,
        text: p.text,
        line: p.line,
        isFinding: p.isFinding,
        attribution: globalOf(p.attribution),
        ...(p.voices ? { voices: p.voices.map((v) => ({ start: v.start, end: v.end, attribution: globalOf(v.attribution) })) } : {}),
        ...(p.context ? { context: p.context } : {}),
      });
    });
    reports.push({ id: reportId, file, ...part.frontMatter, passageCount: part.passages.length });
  }
  return { reports, passages, speakers: [...speakers.values()], problems, skipped: [] };
}

/** Characters that take no room: a zero-width space, a byte-order mark, a word joiner. */
const INVISIBLE = /[\u200B\uFEFF\u2060]/g;
/** The same, looked for once in the whole report: most reports hold none, and their lines are left as they are. */
const INVISIBLE_ANY = /[\u200B\uFEFF\u2060]/;

/** Words a table's cell runs to that is prose, read for who speaks in it: a record's observations, not a roster's part. */
const PROSE_CELL_WORDS = 12;

/** The lines at a report's head where a match report gives its result. */
const SCORE_LINES = 8;

/** Everything about one report that can fail, worked out before anything is added to the knowledge. */
function parseReport(file: string, content: string) {
  const { frontMatter, body, bodyStart } = splitReport(file, content);
  const language = reportLanguage(frontMatter.lang, content);
  // a zero-width space between a forum's posts, as a browser copies them: a line that shows nothing is blank.
  const visible = INVISIBLE_ANY.test(content) ? body.map((line) => line.replace(INVISIBLE, '')) : body;
  const source = wikitextLines(visible) ?? visible;
  const timed = subtitleLines(source) ?? captionLines(source) ?? unnumberedLines(source) ?? source;
  const lines = cueSheetLines(timed) ?? timed;
  const posts = recordLines(lines) ?? lines;
  const { drafts, people } = draftsOf(file, letterLines(posts) ?? greetedLetters(posts) ?? signedEntries(posts) ?? signedLetters(posts) ?? posts, bodyStart);
  if (drafts.length === 0) throw new KnowledgeError(file, bodyStart, 'the report has no paragraphs after its front matter');

  // Headings name people too ("## Student: Priya Nandakumar"): each section's heading once, beside the passages.
  const names = nameIndex(() => [...new Set(drafts.map((d) => d.section ?? ''))].concat(drafts.map((d) => d.text)));
  // A key's entries say who is who in their own order ("RT — Rosalind Thackeray-Obi, Curator …"): read as a key, not as prose.
  const described = secondSurnames(titledSurnames(detectSpeakers(drafts.filter((d) => !d.keyEntry).map((d) => ({ text: d.labelled ?? d.text, section: d.section, kind: d.kind, roster: d.rosterEntry ?? false, table: d.tableRow ?? false }))), names), names);
  // "Maya thought the ending was rushed, she said": people known by a first name alone.
  // "Callum: "…"" where a table of the players lists "Callum Reid": the full name the report gives the first name.
  const lone = firstNamesSpeaking(drafts.map((d) => d.labelled ?? d.text), described.map((s) => s.name)).map((name) => names.fullNameOf(name) ?? name);
  // "'…,' Penhallow said." after "Ruth Penhallow kneels …": the person the surname stands for.
  // Prose only: a labelled turn or a table row says whose it is already.
  const prose = drafts.filter((d) => !d.label && !d.tableRow);
  const bySurname = surnamesSpeaking(prose.map((d) => d.text), names, described.flatMap((s) => [s.name, s.organisation ?? '']));
  // "Zoé Marchetti tient une boulangerie … « … », poursuit-elle.": the person a pronoun cue goes back to.
  const byPronoun = namedBeforePronounCue(prose.map((d) => d.text), names, [...described.flatMap((s) => [s.name, s.organisation ?? '', s.role ?? '']), ...bySurname]);
  // "Next one is from river_kat: …": a chat's handle read out by a host is someone.
  const handles = relayedHandles(drafts.map((d) => d.text));
  // "**Chris Ocampo** opened a brewery … "We had a few complaints …"": the person a paragraph opens with and then quotes.
  const opened = openedThenQuoted(prose.map((d) => d.text), names, described.map((s) => s.name));
  const detected = withoutRunOnNames([...described, ...[...lone, ...bySurname, ...byPronoun, ...handles, ...opened].map((name) => speakerNamed(name))]);
  // A key to who is who names the people its codes stand for: "RA" is Rosalind Achebe.
  const keyed = drafts.flatMap((d) => (d.keyEntry ? [{ name: d.keyEntry.name, aliases: d.keyEntry.codes, organisation: d.keyEntry.organisation ?? null, role: d.keyEntry.role }] : []));
  // "## Dr Lena Ortiz, University of Calder": a section's person, and what the heading says they are.
  const headed = [...people.values()].map(({ name, about }) => ({ name, aliases: [], ...describedBy(about ? [about] : []) }));
  const known = mergeSpeakers(detected, [...frontMatter.speakers, ...keyed, ...headed], frontMatter.author);
  const turns = readTurns(drafts, known, frontMatter, names);
  const reportSpeakers = turns.added.length ? mergeSpeakers(known, [], null, turns.added) : known;
  describeFirstNames(reportSpeakers, () => drafts.map((d) => d.text));
  addQuotedNicknames(reportSpeakers, drafts.map((d) => d.text));
  if (languageByCode(language)?.firstSurnames) addFirstSurnames(reportSpeakers);
  const speeches = sectionSpeeches(drafts, people, reportSpeakers);
  const handed = handedVoices(drafts, turns.voices, names, reportSpeakers);
  const attributed = attributePassages(
    drafts.map((d, i) => {
      const turn = turns.voices[i] ?? (d.section ? speeches.get(d.section) : undefined) ?? handed.get(i) ?? null;
      return { kind: d.kind, section: d.section, text: ownText(d, turns.voices[i]), turn, ...(d.tableRow ? { table: { finding: d.findingRow ?? false, prose: d.cells?.some((c) => c.split(/\s+/).length >= PROSE_CELL_WORDS) ?? false } } : {}), ...(d.direction ? { direction: true } : {}), ...(d.quoted ? { quoted: true } : {}), ...(d.signed ? { signed: true } : {}), ...(d.reply ? { reply: true } : {}), ...(d.afterBreak ? { afterBreak: true } : {}) };
    }),
    reportSpeakers,
    languageByCode(language) ?? undefined,
    frontMatter.title,
    accountOf(drafts, turns.voices),
  );
  heldParts(attributed, reportSpeakers);
  // "I've been a nephrologist for twenty-two years," he said: what they call themselves is a part of theirs too.
  addSelfDescriptions(drafts, attributed, reportSpeakers);
  // "Harbour Town 1 Kestrel Athletic 3", in the title or a line under it: who is of the home side and who of the away side.
  addSides(reportSpeakers, [frontMatter.title ?? '', ...body.slice(0, SCORE_LINES)]);
  surnameOfWhoSpeaks(reportSpeakers, attributed);
  return { frontMatter, language, drafts, turns, reportSpeakers, attributed };
}

/**
 * Speeches handed over one to the next with no labels (a memorial service's tributes): each paragraph's voice, those
 * it names added to the report's speakers with the shorter names they give themselves.
 */
function handedVoices(drafts: readonly Draft[], labelled: readonly (DraftAttribution | null)[], names: NameIndex, speakers: ReportSpeaker[]): Map<number, DraftAttribution> {
  const found = handedTurns(drafts.map((d, i) => ({ text: d.text, section: d.section, labelled: labelled[i] != null, afterBreak: d.afterBreak ?? false })), names);
  const out = new Map<number, DraftAttribution>();
  for (const [i, name] of found.voices) {
    let speaker = findSpeaker(speakers, name);
    if (!speaker) speakers.push((speaker = speakerNamed(name)));
    for (const alias of found.aliases.get(name) ?? []) if (!speaker.aliases.includes(alias)) speaker.aliases.push(alias);
    out.set(i, { kind: 'speaker', name: speaker.name });
  }
  return out;
}

/**
 * "What did Carvalho say?" where the report names Ines Carvalho, who speaks, and her sister Lucia, who never does: a
 * surname two people share (and so neither kept) is the name of those of them who speak.
 */
/**
 * "Clementine Adjei Joins the Cast of …" among the related stories: a name read on into a headline's word is the person
 * the report names without it, not a second person, who would take her first name from her.
 */
function withoutRunOnNames(speakers: ReportSpeaker[]): ReportSpeaker[] {
  const names = new Set(speakers.map((s) => s.name));
  return speakers.filter((s) => {
    const words = s.name.split(/\s+/);
    return !(words.length >= 3 && names.has(words.slice(0, -1).join(' ')) && isCommonWord((words[words.length - 1] as string).toLowerCase()));
  });
}

/** The words a record's field gives the one it is the account of: "Interviewee:", "Entrevistada:". */
const ACCOUNT_FIELDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.interview.answers).filter((w) => w.length > 3).map(foldName));

/** Whose account a record summarises: the person its "Interviewee:" field names, if one is. */
function accountOf(drafts: readonly Draft[], voices: readonly (DraftAttribution | null | undefined)[]): string | null {
  const at = drafts.findIndex((d, i) => d.label !== undefined && ACCOUNT_FIELDS.has(foldName(d.label.name)) && voices[i]?.kind === 'speaker');
  const voice = voices[at];
  return voice?.kind === 'speaker' ? voice.name : null;
}

function surnameOfWhoSpeaks(speakers: ReportSpeaker[], attributed: readonly AttributedPassage[]): void {
  const speaking = new Set<string>();
  for (const p of attributed) for (const v of [p, ...(p.voices ?? [])]) if (v.attribution.kind === 'speaker') speaking.add(v.attribution.name);
  const bearers = new Map<string, ReportSpeaker[]>();
  for (const s of speakers) {
    const words = s.name.split(/\s+/);
    if (s.isOrganisation || words.length < 2) continue;
    const surname = words[words.length - 1] as string;
    bearers.set(surname, [...(bearers.get(surname) ?? []), s]);
  }
  for (const [surname, people] of bearers) {
    if (people.length < 2) continue;
    // "According to Hatchett" where Calvin and his sister Denise both speak: the surname is both of theirs, and the answer
    // says so with each one's words, rather than that no one is called so.
    for (const s of people) if (speaking.has(s.name) && !s.aliases.includes(surname)) s.aliases.push(surname);
  }
}

/**
 * "El Secretario da lectura al acta" where the attendance gives "Secretario no consejero: D. Tomás
 * Villalba Nieto": a part the text speaks by, that one named person holds, is that person.
 */
function heldParts(attributed: AttributedPassage[], speakers: ReportSpeaker[]): void {
  const holders = new Map<string, DraftAttribution | null>();
  for (const passage of attributed) {
    for (const voice of [passage, ...(passage.voices ?? [])]) {
      const { attribution } = voice;
      if (attribution.kind !== 'unnamed' || attribution.via) continue;
      if (!holders.has(attribution.label)) {
        const holder = findSpeaker(speakers, attribution.label);
        holders.set(attribution.label, holder && !holder.isOrganisation && !holder.isAuthor ? { kind: 'speaker', name: holder.name } : null);
      }
      const held = holders.get(attribution.label);
      if (held) voice.attribution = held;
    }
  }
}

/** A paragraph or list item of the body, with the heading above it. */
type Draft = Omit<Block, 'kind'> & { kind: 'paragraph' | 'list-item'; section: string | null };

/** A paragraph's words as read and shown: a label that opened its turn is no part of them; one that named nobody ("One:", "Note:") is. */
function ownText(draft: Draft, voice: DraftAttribution | null | undefined): string {
  return voice || !draft.labelled ? draft.text : draft.labelled;
}

/** The report body's paragraphs and list items, each with the heading above it. */
function draftsOf(file: string, body: string[], bodyStart: number): { drafts: Draft[]; people: Map<string, HeadingPerson> } {
  const drafts: Draft[] = [];
  /** Each heading named for a person, by its text: the sections of that person. */
  const people = new Map<string, HeadingPerson>();
  let section: string | null = null;
  for (const block of parseBlocks(file, body, bodyStart)) {
    if (block.kind === 'heading') {
      section = block.text;
      if (block.person) people.set(block.text, block.person);
      continue;
    }
    const draft: Draft = { ...block, kind: block.kind, section };
    // A paragraph of megabytes (text with no blank lines, a PDF whose pages ran together) is
    // passages of a bounded size, cut at sentence ends, each keeping the speaker's label.
    if (draft.text.length <= MAX_PASSAGE) drafts.push(draft);
    else for (const piece of pieces(draft.text)) drafts.push({ ...draft, text: piece, ...(draft.label ? { labelled: piece } : {}) });
  }
  return { drafts, people };
}

/**
 * "## Father of the bride — Desmond Farrow" over a speech in the first person: the section is its
 * person's words, as a letter is its signer's, the people it quotes included. A section that tells
 * of its person in the third person (a witness summary) stays the report's.
 */
function sectionSpeeches(drafts: Draft[], people: Map<string, HeadingPerson>, speakers: ReportSpeaker[]): Map<string, DraftAttribution> {
  const out = new Map<string, DraftAttribution>();
  if (people.size === 0) return out;
  for (const d of drafts) {
    const name = d.section ? people.get(d.section)?.name : undefined;
    // The person speaks in the section, in the first person or quoted whole under it ('On the slow start: "We couldn't …"').
    if (!name || out.has(d.section as string) || d.label || !(speaksInFirstPerson(d.text) || mostlyQuoted(d.text))) continue;
    const speaker = findSpeaker(speakers, name);
    if (speaker) out.set(d.section as string, { kind: 'speaker', name: speaker.name });
  }
  return out;
}

/** Share of a paragraph a quotation must hold for the paragraph to be that quotation, a short lead-in aside. */
const QUOTED_SHARE = 0.6;

function mostlyQuoted(text: string): boolean {
  return quotedSpans(text).reduce((sum, [start, end]) => sum + end - start, 0) >= text.length * QUOTED_SHARE;
}

/** The longest passage: an answer, its excerpt and its attribution read at most this much. */
export const MAX_PASSAGE = 4_000;

/** A long text in pieces of at most MAX_PASSAGE characters, cut after a sentence where one ends near the limit. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > MAX_PASSAGE) {
    const window = text.slice(start, start + MAX_PASSAGE);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (cut < MAX_PASSAGE / 2) cut = window.lastIndexOf(' ');
    let end = cut < MAX_PASSAGE / 4 ? MAX_PASSAGE : cut + 1;
    // Never half of a surrogate pair (an emoji) on each side of a cut.
    if (/[\uD800-\uDBFF]/.test(text.charAt(start + end - 1))) end--;
    out.push(text.slice(start, start + end).trim());
    start += end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Characters of a report weighed for its case: enough to tell, bounded however long it is. */
const CASE_SAMPLE = 20_000;
/** Capitals among its letters above which a report is written in capitals, a heading or a label in lower case aside. */
const CAPITALS_SHARE = 0.9;

function inCapitals(drafts: readonly Draft[]): boolean {
  let sample = '';
  for (const d of drafts) {
    if (sample.length >= CASE_SAMPLE) break;
    sample += d.text.slice(0, CASE_SAMPLE - sample.length);
  }
  const upper = sample.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = sample.match(/\p{Ll}/gu)?.length ?? 0;
  return upper + lower > 0 && upper >= (upper + lower) * CAPITALS_SHARE;
}

/** One speaker across all reports: the same name in two reports is one person. */
function registerSpeaker(speakers: Map<string, Speaker>, s: ReportSpeaker, reportId: string, usedIds: Set<string>): Speaker {
  const key = s.name.toLowerCase();
  const aliases = [...new Set([...s.aliases, ...s.shortNames])];
  const existing = speakers.get(key);
  if (existing) {
    existing.organisation ??= s.organisation;
    // The report that gives the role the reader sees also says whether it is the author's.
    if (existing.role === null) {
      existing.role = s.role;
      existing.isAuthor = s.isAuthor;
    }
    existing.aliases = [...new Set([...existing.aliases, ...aliases])];
    // Reports register their speakers one report after another: the last entry tells (includes() was quadratic).
    if (existing.reports[existing.reports.length - 1] !== reportId) existing.reports.push(reportId);
    return existing;
  }
  const speaker: Speaker = { id: uniqueId(slug(s.name) || 'speaker', usedIds), name: s.name, aliases, organisation: s.organisation, role: s.role, reports: [reportId], isOrganisation: s.isOrganisation, isAuthor: s.isAuthor };
  speakers.set(key, speaker);
  return speaker;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
