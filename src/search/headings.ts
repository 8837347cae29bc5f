/**
 * Section headings as a passage's context: "who was in the room for the security talk?" holds
 * "security", which the heading "Security: Could virtualization be dangerous?" says and its
 * passages may not. Searched only when a passage's own words find nothing, so a heading's words
 * always rank below a passage's own text.
 */
import { finish, type Steps } from '../base/steps.ts';
import type { Passage } from '../knowledge/types.ts';
import type { PassageSearch, PassageSearchResult } from './passageSearch.ts';
import { stemsOf, tokenize } from './text.ts';

interface Section {
  stems: Set<string>;
  /** Where its passages are in the knowledge: [first, end). */
  first: number;
  end: number;
}

/** Most passages a heading alone brings back. */
const FROM_HEADING = 10;
/** A question of more words than this is not a heading's: no pass over the sections for it. */
const MAX_WORDS = 8;
/** Searches of the words the headings leave, at most, however many sections there are. */
const MAX_SEARCHES = 4;

/** The sections, and those whose heading holds each stem: a query looks only at those its words name. */
interface Sections {
  list: Section[];
  byStem: Map<string, Section[]>;
}

const sectionsOf = new WeakMap<PassageSearch, Sections>();

/** How many passages a step of finding the sections reads: a few milliseconds at 100,000. */
const PASSAGES_PER_STEP = 5_000;

/** The sections of the knowledge, once per version: made at a reload's steps, or here when not. */
function sections(search: PassageSearch): Sections {
  return sectionsOf.get(search) ?? finish(sectionSteps(search));
}

/**
 * Finds the runs of passages under one heading, a piece per step: reading 100,000 stored
 * passages' sections at once would hold an answer up 130 ms. PassageSearch runs it among its
 * preparation steps.
 */
export function* sectionSteps(search: PassageSearch): Steps<Sections> {
  const known = sectionsOf.get(search);
  if (known) return known;
  const list: Section[] = [];
  const { passages } = search.knowledge;
  let open = null as Section | null;
  let key = '';
  for (let i = 0; i < passages.length; i++) {
    if (i % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    const p = passages.at(i) as Passage;
    const section = p.section;
    const here = `${p.reportId}\u0000${section ?? ''}`;
    if (open && here === key) continue;
    if (open) open.end = i;
    key = here;
    open = section ? { stems: new Set(stemsOf(section)), first: i, end: passages.length } : null;
    if (open) list.push(open);
  }
  const byStem = new Map<string, Section[]>();
  for (const section of list) {
    for (const stem of section.stems) {
      const holding = byStem.get(stem);
      if (holding) holding.push(section);
      else byStem.set(stem, [section]);
    }
  }
  const made = { list, byStem };
  sectionsOf.set(search, made);
  return made;
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
  const { byStem } = sections(search);
  for (const section of new Set(words.flatMap((t) => byStem.get(t.stem) ?? []))) {
    const rest = words.filter((t) => !section.stems.has(t.stem));
    if (rest.length === words.length) continue;
    let hits: PassageSearchResult['hits'];
    let found: PassageSearchResult | null = null;
    const key = rest.map((t) => t.stem).join(' ');
    if (rest.length > 0 && !searched.has(key)) searched.set(key, searched.size < MAX_SEARCHES ? search.search(rest.map((t) => t.term).join(' '), { limit: 200 }) : null);
    if (rest.length === 0) {
      hits = [];
      for (let at = section.first; at < Math.min(section.end, section.first + FROM_HEADING); at++) hits.push({ passage: search.knowledge.passages.at(at) as Passage, score: 0.5, coverage: 1 });
    } else {
      found = searched.get(key) ?? null;
      if (!found) continue;
      let at = positions.get(found);
      if (!at) positions.set(found, (at = found.hits.map((h) => search.indexOf(h.passage))));
      const where = at;
      hits = found.hits.filter((_, i) => (where[i] as number) >= section.first && (where[i] as number) < section.end);
    }
    if (hits.length > 0 && (!best || hits.length > best.hits.length)) best = { hits, found };
  }
  if (!best) return null;
  const base = best.found ?? { hits: [], stems: new Set(words.map((t) => t.stem)), ignoredWords: 0, substitutions: [], terms: [] };
  return { ...base, hits: best.hits.slice(0, 25) };
}
