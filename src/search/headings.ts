/**
 * Section headings as a passage's context: "who was in the room for the security talk?" holds
 * "security", which the heading "Security: Could virtualization be dangerous?" says and its
 * passages may not. Searched only when a passage's own words find nothing, so a heading's words
 * always rank below a passage's own text.
 */
import type { Passage, PassageList } from '../knowledge/types.ts';
import type { PassageSearch, PassageSearchResult } from './passageSearch.ts';
import { stemsOf, tokenize } from './text.ts';
import { IntList } from './intList.ts';

/** Most passages a heading alone brings back. */
const FROM_HEADING = 10;
/** A question of more words than this is not a heading's: no pass over the sections for it. */
const MAX_WORDS = 8;
/** Searches of the words the headings leave, at most, however many sections there are. */
const MAX_SEARCHES = 4;

/**
 * The runs of passages under one heading, and the runs whose heading holds each stem: a query
 * looks only at those its words name. Numbers in typed arrays rather than an object and a set
 * per section: at 100,000 passages there are tens of thousands of sections, whose objects held
 * 8 MB of heap. Found when the knowledge is built and saved with its snapshot (PassageTables):
 * finding them as the bot starts made a passage object and a heading string for each of the
 * 100,000 passages, 20 MB of garbage that grew the young generation, which stays as large at rest.
 */
export interface Sections {
  /** Section `s` is passages `first[s]` to `end[s]` (excluded). */
  first: Int32Array;
  end: Int32Array;
  /** Each stem of a heading, numbered. */
  stemNumbers: Map<string, number>;
  /** The sections whose heading holds stem number `n`, ascending: `holders[holderStart[n]]` to `holders[holderStart[n + 1] - 1]`. */
  holderStart: Int32Array;
  holders: Int32Array;
}

/** The sections of a knowledge's passages, in one pass: where each run under one heading starts and ends, and the stems of its heading. */
export function sectionsOf(passages: PassageList): Sections {
  const first = new IntList();
  const end = new IntList();
  const stemNumbers = new Map<string, number>();
  // Section after section, the numbers of its heading's stems.
  const stemStart = new IntList();
  const stems = new IntList();
  let openReport = '';
  let openSection: string | null = null;
  for (let i = 0; i < passages.length; i++) {
    const p = passages.at(i) as Passage;
    const section = p.section;
    const report = p.reportId;
    if (openSection && section === openSection && report === openReport) continue;
    if (openSection) end.push(i);
    openSection = section || null;
    if (!openSection) continue;
    openReport = report;
    first.push(i);
    const from = stems.length;
    stemStart.push(from);
    for (const stem of stemsOf(openSection)) {
      let n = stemNumbers.get(stem);
      if (n === undefined) stemNumbers.set(stem, (n = stemNumbers.size));
      if (!stems.includes(n, from)) stems.push(n);
    }
  }
  if (openSection) end.push(passages.length);
  stemStart.push(stems.length);
  const holderStart = new Int32Array(stemNumbers.size + 1);
  for (let k = 0; k < stems.length; k++) holderStart[stems.at(k) + 1] = (holderStart[stems.at(k) + 1] as number) + 1;
  for (let n = 0; n < stemNumbers.size; n++) holderStart[n + 1] = (holderStart[n + 1] as number) + (holderStart[n] as number);
  const fill = holderStart.slice(0, stemNumbers.size);
  const holders = new Int32Array(stems.length);
  for (let s = 0; s < first.length; s++) {
    for (let k = stemStart.at(s); k < stemStart.at(s + 1); k++) {
      const n = stems.at(k);
      holders[fill[n] as number] = s;
      fill[n] = (fill[n] as number) + 1;
    }
  }
  return { first: first.toArray(), end: end.toArray(), stemNumbers, holderStart, holders };
}

/** Whether section `s`'s heading holds `stem`: a binary search of the sections that hold it. */
function headingHolds(sections: Sections, s: number, stem: string): boolean {
  const n = sections.stemNumbers.get(stem);
  if (n === undefined) return false;
  let lo = sections.holderStart[n] as number;
  let hi = sections.holderStart[n + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sections.holders[mid] as number) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo < (sections.holderStart[n + 1] as number) && sections.holders[lo] === s;
}

/** The sections whose heading holds some of `stems`, each once, those of the first stem first. */
function sectionsNaming(sections: Sections, stems: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const stem of stems) {
    const n = sections.stemNumbers.get(stem);
    if (n === undefined) continue;
    for (let k = sections.holderStart[n] as number; k < (sections.holderStart[n + 1] as number); k++) found.add(sections.holders[k] as number);
  }
  return found;
}

/**
 * Passages whose heading holds some of the query's words and whose text holds the rest (all of
 * the passages of the section when its heading holds every word). Empty when no heading helps.
 */
export function searchWithHeadings(search: PassageSearch, query: string): PassageSearchResult | null {
  const words = tokenize(query).filter((t) => !t.stopword);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  let best: { hits: PassageSearchResult['hits']; found: PassageSearchResult | null } | null = null;
  // One search per set of words left, however many sections leave it: thousands of reports
  // share headings ("Introduction"), and a search each would be seconds.
  const searched = new Map<string, PassageSearchResult | null>();
  // Where each found passage stands, once per search rather than once per section.
  const positions = new Map<PassageSearchResult, number[]>();
  const known = search.sections;
  for (const s of sectionsNaming(known, words.map((t) => t.stem))) {
    const first = known.first[s] as number;
    const end = known.end[s] as number;
    const rest = words.filter((t) => !headingHolds(known, s, t.stem));
    if (rest.length === words.length) continue;
    let hits: PassageSearchResult['hits'];
    let found: PassageSearchResult | null = null;
    const key = rest.map((t) => t.stem).join(' ');
    if (rest.length > 0 && !searched.has(key)) searched.set(key, searched.size < MAX_SEARCHES ? search.search(rest.map((t) => t.term).join(' '), { limit: 200 }) : null);
    if (rest.length === 0) {
      hits = [];
      for (let at = first; at < Math.min(end, first + FROM_HEADING); at++) hits.push({ passage: search.knowledge.passages.at(at) as Passage, score: 0.5, coverage: 1 });
    } else {
      found = searched.get(key) ?? null;
      if (!found) continue;
      let at = positions.get(found);
      if (!at) positions.set(found, (at = found.hits.map((h) => search.indexOf(h.passage))));
      const where = at;
      hits = found.hits.filter((_, i) => (where[i] as number) >= first && (where[i] as number) < end);
    }
    if (hits.length > 0 && (!best || hits.length > best.hits.length)) best = { hits, found };
  }
  if (!best) return null;
  const base = best.found ?? { hits: [], stems: new Set(words.map((t) => t.stem)), ignoredWords: 0, substitutions: [], terms: [] };
  return { ...base, hits: best.hits.slice(0, 25) };
}
