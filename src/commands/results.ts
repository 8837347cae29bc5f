import type { Attribution, Passage, Speaker } from '../knowledge/types.ts';
import { excerpt, type Marked } from '../search/excerpt.ts';
import { keyOf, type PassageSearch } from '../search/passageSearch.ts';
import { tokenize } from '../search/text.ts';
import type { Replies } from '../language/index.ts';
import type { AttributionKind, BotContext, PassageResult, SpeakerSummary, Suggestion } from './types.ts';

/** How the knowledge gives an author's role: "author", or "author; <their role>". */
const AUTHOR_ROLE = /^author\b/;

/** Longest excerpt a result carries; every adapter fits it within its own limits. */
export const EXCERPT_LENGTH = 300;

export function speakerLabel(speaker: Speaker): string {
  const detail = speaker.organisation ?? (speaker.role && speaker.role !== 'author' ? speaker.role : null);
  return detail ? `${speaker.name} (${detail})` : speaker.name;
}

/**
 * Who carries a passage (or one of its sentences), as a reader would say it in the asker's
 * language (`replies`, the table the answer's other sentences come from), and the speaker record
 * where there is one.
 */
export function describeAttribution(
  search: PassageSearch,
  replies: Replies,
  passage: Passage,
  a: Attribution = passage.attribution,
): { kind: AttributionKind; speaker: Speaker | null; label: string } {
  const said = replies.who;
  if (a.kind === 'unnamed') {
    const author = a.via === 'author' ? search.report(passage.reportId)?.author : null;
    return { kind: 'unnamed', speaker: null, label: said.unnamed(a.label, author ?? null) };
  }
  const speaker = a.speakerId ? (search.speaker(a.speakerId) ?? null) : null;
  if (a.kind === 'author') return { kind: 'author', speaker, label: said.author(speaker?.name ?? null) };
  const who = speaker ? speakerLabel(speaker) : said.unknown;
  if (a.via !== 'author') return { kind: 'speaker', speaker, label: who };
  return { kind: 'speaker', speaker, label: said.reportedBy(who, search.report(passage.reportId)?.author ?? null) };
}

/**
 * One passage as a result. `voice`, for a passage that mixes voices, is the sentence the
 * answer is about ("I am not sure she is right" is the author's, though Roe speaks the
 * passage): its attribution is the result's, and the excerpt opens on it.
 */
export function toResult(ctx: BotContext, replies: Replies, passage: Passage, stems: ReadonlySet<string>, score: number, voice?: { start: number; attribution: Attribution }): PassageResult {
  const report = ctx.search.report(passage.reportId);
  if (!report) throw new Error(`passage ${passage.id} has no report`);
  const { kind, speaker, label } = describeAttribution(ctx.search, replies, passage, voice?.attribution);
  let made: Marked | undefined;
  return {
    passage,
    report,
    speaker,
    attribution: kind,
    label,
    // Made when read: a search answers with 25 results, and Discord shows three a page.
    get excerpt() {
      return (made ??= excerpt(passage.text, stems, EXCERPT_LENGTH, voice?.start));
    },
    score: Math.round(score * 1000) / 1000,
  };
}

type SummaryTable = { list: SpeakerSummary[]; byKey: Map<string, SpeakerSummary> };
/** Per knowledge, per language: an unnamed voice's name is said in the asker's language. */
const summaries = new WeakMap<PassageSearch, Map<Replies, SummaryTable>>();

function summaryTable(search: PassageSearch, replies: Replies): SummaryTable {
  let tables = summaries.get(search);
  if (!tables) summaries.set(search, (tables = new Map()));
  let table = tables.get(replies);
  if (!table) {
    const list = countSpeakers(search, replies);
    tables.set(replies, (table = { list, byKey: new Map(list.map((s) => [s.key, s])) }));
  }
  return table;
}

/** Everyone who carries at least one passage, most passages first (counted once per knowledge and language). */
export function speakerSummaries(search: PassageSearch, replies: Replies): SpeakerSummary[] {
  return summaryTable(search, replies).list;
}

/** One speaker's summary by attribution key; autocomplete asks on every keystroke. */
export function speakerSummary(search: PassageSearch, replies: Replies, key: string): SpeakerSummary | undefined {
  return summaryTable(search, replies).byKey.get(key);
}

/** Everyone who carries at least one of `passages` (all of the knowledge's by default), most passages first. */
export function countSpeakers(search: PassageSearch, replies: Replies, passages: Iterable<Passage> = search.knowledge.passages): SpeakerSummary[] {
  const counts = new Map<string, { passage: Passage; attribution: Attribution; count: number }>();
  const count = (passage: Passage, attribution: Attribution, seen: Set<string>) => {
    const key = keyOf(attribution, passage.reportId);
    if (seen.has(key)) return;
    seen.add(key);
    const entry = counts.get(key) ?? { passage, attribution, count: 0 };
    entry.count++;
    counts.set(key, entry);
  };
  for (const passage of passages) {
    // Someone who speaks one sentence of a passage speaks in it too.
    const seen = new Set<string>();
    count(passage, passage.attribution, seen);
    if (passage.voices) for (const v of passage.voices) count(passage, v.attribution, seen);
  }
  return [...counts.entries()]
    .map(([key, { passage, attribution, count }]) => {
      const { kind, speaker, label } = describeAttribution(search, replies, passage, attribution);
      return {
        key,
        name: speaker?.name ?? label,
        organisation: speaker?.organisation ?? null,
        // "the author (not named in the report)" says its role already; a named author's role ("author", "author; editor") is said in the asker's language.
        role: speaker?.role?.replace(AUTHOR_ROLE, replies.who.role) ?? null,
        kind,
        named: speaker !== null,
        passages: count,
      };
    })
    .sort((a, b) => Number(!a.named) - Number(!b.named) || b.passages - a.passages || a.name.localeCompare(b.name));
}

/**
 * What to offer when nothing matched: speakers whose names look like the query's words, and
 * the query's words (or their closest spellings) that the report does contain, each with a
 * command that finds something: a word that is in the report but in no finding is offered to
 * /search, not back to /findings.
 */
export function suggestionsFor(search: PassageSearch, query: string, scope: 'all' | 'findings' = 'all'): Suggestion[] {
  const out: Suggestion[] = [];
  // The rarest few words say most about what was meant; a long query's every word would cost time.
  const words = tokenize(query)
    .filter((t) => !t.stopword && t.term.length >= 3)
    .sort((a, b) => search.index.documentFrequency(a.stem) - search.index.documentFrequency(b.stem))
    .slice(0, 4);
  for (const word of words) {
    for (const match of search.findSpeakers(word.term, 1)) out.push({ label: match.name, command: `/quotes ${match.name}` });
  }
  const vocabulary = search.index.vocabulary;
  const asked = query.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const word of words) {
    const known = search.index.documentFrequency(word.stem) > 0;
    const spelling = known ? word.term : vocabulary.corrections(word.term, 1)[0]?.word;
    if (!spelling) continue;
    const inFindings = scope === 'findings' && search.search(spelling, { scope: { kind: 'findings' }, limit: 1 }).hits.length > 0;
    const verb = inFindings ? '/findings' : '/search';
    if (scope === 'findings' ? !inFindings || spelling.toLowerCase() !== asked : true) out.push({ label: spelling, command: `${verb} ${spelling}` });
  }
  return [...new Map(out.map((s) => [s.command, s])).values()].slice(0, 5);
}

/** Quotes user text in a lead line, cut so that a 6,000-character query cannot fill a reply. */
export function quoted(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : flat}”`;
}
