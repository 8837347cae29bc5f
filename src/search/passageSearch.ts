import type { Attribution, Knowledge, LoadedKnowledge, Passage, Report, Speaker } from '../knowledge/types.ts';
import { sectionsOf, type Sections } from './headings.ts';
import { TermIndex, type QueryTerm, type SearchOutcome } from './termIndex.ts';
import { stemsOf } from './text.ts';
import { reportWords, useReportWords } from './reportWords.ts';
import { sentenceSpans } from '../knowledge/language.ts';
import { REPLY_REACH } from '../knowledge/attribution.ts';
import { topicsOf } from './topics.ts';
import { Recent } from './recent.ts';
import { FuzzyNames } from './fuzzyNames.ts';
import { finish, type Steps } from '../base/steps.ts';
import { AUTHOR_NAMES } from '../language/index.ts';
import { DESCRIBING, PeopleNames, describedSpeaker, descriptionOf, type Description } from './describedInText.ts';
import { speakerQuerySteps, type SpeakerMatch, type SpeakerMatcher } from './speakerQuery.ts';

/** The most scopes whose topics are kept. */
const TOPIC_SCOPES = 64;

export type { SpeakerMatch } from './speakerQuery.ts';

/**
 * Below this share of the query's information matched, a passage is not an answer: "blockchain
 * will replace the hypervisor" shares "hypervisor" with a passage, and that is not enough.
 */
/** A speaker (or an attribution with passages) by every name a question may use. */
type SpeakerEntry = { key: string; names: string[] };

export const MIN_COVERAGE = 0.5;
/** Descriptions whose speaker a version remembers. */
const DESCRIPTIONS_KEPT = 64;
/** Words remembered from a quotation sit within two neighbouring sentences holding this share of them. */
export const MIN_CLOSENESS = 0.4;
/** Sentences of a passage looked at for closeness: the work per answer is bounded. */
const MAX_SENTENCES = 200;

/** Which passages a search looks at: all, the findings, or what some speakers say. */
export type Scope = { kind: 'all' } | { kind: 'findings'; keys?: string[] } | { kind: 'speakers'; keys: string[] };

export interface PassageHit {
  passage: Passage;
  score: number;
  coverage: number;
}

/** A query word the report never uses, and the synonyms that stood in for it. */
export interface Substitution {
  word: string;
  synonyms: string[];
}

export interface PassageSearchResult {
  hits: PassageHit[];
  stems: Set<string>;
  ignoredWords: number;
  substitutions: Substitution[];
  /** The query's words as searched, with their weights and what each may match. */
  terms: QueryTerm[];
}

/** How many of a list's items stand in for its lead-in line when the lead-in is what a search found. */
const LEAD_IN_ITEMS = 3;

/** Who an attribution belongs to, as one key: a speaker id, "author:<report>" or "unnamed:<label>". */
export function keyOf(a: Attribution, reportId: string): string {
  if (a.kind === 'speaker') return a.speakerId;
  if (a.kind === 'author') return a.speakerId ?? `author:${reportId}`;
  return `${UNNAMED}${a.label}`;
}

const UNNAMED = 'unnamed:';

/** An unnamed voice's description, read from the key keyOf gives it ("unnamed:the district health officer"); null for anyone else. */
export function unnamedDescription(key: string): string | null {
  return key.startsWith(UNNAMED) ? key.slice(UNNAMED.length) : null;
}

/** Who a passage belongs to, as one key. */
export function attributionKey(passage: Passage): string {
  return keyOf(passage.attribution, passage.reportId);
}

/** Everyone who speaks in a passage: its voice, and the voice of any of its sentences. */
export function voiceKeys(passage: Passage): string[] {
  const main = attributionKey(passage);
  if (!passage.voices) return [main];
  return [...new Set([main, ...passage.voices.map((v) => keyOf(v.attribution, passage.reportId))])];
}

/**
 * The term index of a knowledge snapshot. A passage is also found by the name of whoever
 * carries it (list items never repeat the name), and an answer by the question it answers.
 */
export function buildIndex(knowledge: LoadedKnowledge, words = reportWords(knowledge)): TermIndex {
  // A French report's words are stemmed as French before any is indexed.
  useReportWords(words);
  const speakerById = new Map(knowledge.speakers.map((s) => [s.id, s]));
  return TermIndex.build(
    knowledge.passages.map((p) => p.text),
    knowledge.passages.map((p) => {
      const name = p.attribution.kind !== 'unnamed' && p.attribution.speakerId ? speakerById.get(p.attribution.speakerId)?.name : undefined;
      return p.context ? `${name ?? ''} ${p.context}` : name;
    }),
  );
}

/**
 * What PassageSearch works out from each passage once. A saved index keeps it (as flat
 * arrays), so that a saved knowledge is searched without a pass over its passages.
 */
export interface PassageTables {
  /** 1 for a finding, per passage: the mask of the findings scope. */
  findings: Uint8Array;
  /** Passage indexes per attribution key (any sentence's voice counts), in report order. */
  byAttribution: Map<string, Int32Array>;
  /** A question turn's index to the index of the turn that answers it. */
  answers: Map<number, number>;
  /** Where each report's passages start: a passage is found from its id without a map of every id. */
  reportStart: Map<string, number>;
  /** Whether every id is `<report id>#<paragraph>`, the report's passages together and in order. */
  regularIds: boolean;
  /** The runs of passages under one heading, and which headings hold each stem. */
  sections: Sections;
}

export function passageTables(knowledge: LoadedKnowledge): PassageTables {
  const byAttribution = new Map<string, number[]>();
  const answers = new Map<number, number>();
  const reportStart = new Map<string, number>();
  let regularIds = true;
  knowledge.passages.forEach((p, i) => {
    let start = reportStart.get(p.reportId);
    if (start === undefined) reportStart.set(p.reportId, (start = i));
    if (p.id !== `${p.reportId}#${i - start + 1}`) regularIds = false;
    // The question a turn answers stands just before it, or a few passages back in a thread ("@tobiasfenn yes, …").
    if (p.context) {
      for (let j = i - 1; j >= Math.max(0, i - REPLY_REACH); j--) {
        const asked = knowledge.passages[j];
        if (asked?.reportId !== p.reportId) break;
        if (asked.text === p.context) {
          if (!answers.has(j)) answers.set(j, i);
          break;
        }
      }
    }
    for (const key of voiceKeys(p)) {
      const list = byAttribution.get(key);
      if (list) list.push(i);
      else byAttribution.set(key, [i]);
    }
  });
  return {
    findings: Uint8Array.from(knowledge.passages, (p) => (p.isFinding ? 1 : 0)),
    byAttribution: new Map([...byAttribution].map(([key, list]) => [key, Int32Array.from(list)])),
    answers,
    reportStart,
    regularIds,
    sections: sectionsOf(knowledge.passages),
  };
}

/** "Author", "original poster", "OP": the part a thread's page gives whoever started it. */
const POSTER_PART = /(?:^|;\s*)(?:author|original poster|op)(?:$|;)/i;

/** Search over the passages of a knowledge snapshot: the term index plus scopes and names. */
export class PassageSearch {
  readonly index: TermIndex;
  private readonly findings: Uint8Array;
  /** A mask per scope is made only when searched. */
  private readonly byAttribution: Map<string, Int32Array>;
  private readonly masks = new Map<string, Uint8Array>();
  private readonly built: { entries?: SpeakerEntry[]; matcher?: SpeakerMatcher; fuse?: FuzzyNames<SpeakerEntry>; people?: PeopleNames } = {};
  /** Topics per scope: a scope is a set of speakers a question named, so their number is bounded here, not by the questions. */
  private readonly topicCache = new Recent<string, string[]>(TOPIC_SCOPES);
  /** Descriptions looked for in the report's sentences: a question tries several of its openings, and asks again. */
  private readonly describedCache = new Recent<string, { match: SpeakerMatch | null }>(DESCRIPTIONS_KEPT);
  private readonly speakerById: Map<string, Speaker>;
  private readonly reportById: Map<string, Report>;
  private readonly reportStart: Map<string, number>;
  /** Every passage's position by id, only for knowledge whose ids do not follow `<report id>#<paragraph>`. */
  private readonly positionById: Map<string, number> | null;
  private readonly answers: Map<number, number>;
  readonly sections: Sections;

  /** `index` and `tables` are `buildIndex` and `passageTables` of the knowledge, read from its snapshot. */
  constructor(
    readonly knowledge: Knowledge,
    index: TermIndex,
    tables: PassageTables,
  ) {
    this.speakerById = new Map(knowledge.speakers.map((s) => [s.id, s]));
    this.reportById = new Map(knowledge.reports.map((r) => [r.id, r]));
    this.index = index;
    this.findings = tables.findings;
    this.byAttribution = tables.byAttribution;
    this.answers = tables.answers;
    this.reportStart = tables.reportStart;
    this.sections = tables.sections;
    this.positionById = tables.regularIds ? null : new Map(Array.from(knowledge.passages, (p, i) => [p.id, i]));
  }

  /**
   * The speaker matchers take tens of milliseconds at 100,000 passages: built on first use, or
   * one at a time by `prepareSteps` while a reload, whose answers used them, goes on answering.
   */
  private get matcher(): SpeakerMatcher {
    return this.built.matcher ?? this.buildMatcher();
  }

  private get speakerFuse(): FuzzyNames<SpeakerEntry> {
    return this.built.fuse ?? this.buildFuse();
  }

  private buildMatcher(): SpeakerMatcher {
    return (this.built.matcher = finish(this.matcherSteps()));
  }

  private matcherSteps(): Steps<SpeakerMatcher> {
    // Everyone the reports name, even someone who says nothing ("Apologies: Peter Blackwood"): a question may ask who they are.
    return speakerQuerySteps(this.knowledge.speakers, this.entries(), new Map([...this.byAttribution].map(([key, list]) => [key, list.length])));
  }

  private buildFuse(): FuzzyNames<SpeakerEntry> {
    return (this.built.fuse = new FuzzyNames(this.entries()));
  }

  private entries(): SpeakerEntry[] {
    return (this.built.entries ??= this.speakerEntries());
  }

  /**
   * Builds, a piece per step, what is otherwise built at the first question: a reload runs the
   * steps between answers. `previous`, the search this one replaces, says what its answers used
   * most; the speaker matchers only when they had used them. A start has answered nothing: the
   * matchers' 6 MB of short-lived objects at 100,000 passages, made before any question, grew
   * V8's young generation and stayed in the memory at rest, for 20 ms saved on the first
   * question that names someone.
   */
  *prepareSteps(previous?: PassageSearch): Steps<void> {
    yield* this.index.prepareSteps(previous?.index.commonStems());
    yield;
    if (!this.built.matcher && previous?.built.matcher) {
      const matcher = yield* this.matcherSteps();
      this.built.matcher ??= matcher;
    }
    yield;
    if (!this.built.fuse && previous?.built.fuse) this.buildFuse();
  }

  search(query: string, options: { scope?: Scope; limit?: number; minCoverage?: number; partial?: boolean; related?: boolean } = {}): PassageSearchResult {
    const scope = options.scope ?? { kind: 'all' };
    const outcome: SearchOutcome = this.index.search(query, {
      only: this.maskOf(scope),
      limit: options.limit ?? 10,
      minCoverage: options.minCoverage ?? MIN_COVERAGE,
      partialLastWord: options.partial ?? false,
      related: options.related ?? false,
    });
    const substitutions = outcome.terms
      .filter((t) => t.expansions.length > 0 && t.expansions.every((e) => e.via === 'synonym'))
      .map((t) => ({ word: t.word, synonyms: t.expansions.map((e) => e.word) }));
    const hits = outcome.hits.map((h) => ({ passage: this.knowledge.passages.at(h.doc) as Passage, score: h.score, coverage: h.coverage }));
    // An answer found only through the question it answers ranks below one that says the words itself.
    for (const hit of hits) if (hit.passage.context && !stemsOf(hit.passage.text).some((s) => outcome.matchedStems.has(s))) hit.score *= 0.85;
    hits.sort((a, b) => b.score - a.score);
    return {
      hits: this.withoutLeadIns(hits),
      stems: outcome.matchedStems,
      ignoredWords: outcome.ignoredWords,
      substitutions,
      terms: outcome.terms,
    };
  }

  /**
   * A list's lead-in line ("The key findings he presented:") is never a result of its own: the
   * first items it introduces that are not found already stand after what was found.
   */
  private withoutLeadIns(hits: PassageSearchResult['hits']): PassageSearchResult['hits'] {
    if (!hits.some((h) => this.isLeadIn(h.passage))) return hits;
    const seen = new Set(hits.map((h) => h.passage.id));
    const out = hits.filter((h) => !this.isLeadIn(h.passage));
    // Below what the search found in the items' own words.
    let floor = Math.min(...out.map((h) => h.score), Infinity);
    for (const hit of hits) {
      if (!this.isLeadIn(hit.passage)) continue;
      const at = this.indexOf(hit.passage);
      for (let i = at + 1; i <= at + LEAD_IN_ITEMS; i++) {
        const item = this.knowledge.passages.at(i);
        if (!item || item.kind !== 'list-item' || item.reportId !== hit.passage.reportId) break;
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        floor = Math.min(floor, hit.score) * 0.99;
        out.push({ passage: item, score: floor, coverage: hit.coverage });
      }
    }
    return out.slice(0, Math.max(hits.length, 1));
  }

  /** One short sentence ending in a colon, followed by a list ("Roe surveyed 200 buyers. The survey found:" says something of its own). */
  private isLeadIn(passage: Passage): boolean {
    if (passage.kind !== 'paragraph' || passage.text.length > 200 || !/:\s*$/.test(passage.text) || /[.!?]\s/.test(passage.text)) return false;
    const next = this.knowledge.passages.at(this.indexOf(passage) + 1);
    return next?.kind === 'list-item' && next.reportId === passage.reportId;
  }

  /**
   * The share of the query's weight that two neighbouring sentences of the passage hold, at
   * best: words remembered from one quotation sit together, while the same words spread over
   * a long paragraph are its topic, not what was said.
   */
  closeness(found: PassageSearchResult, passage: Passage): number {
    const { terms } = found;
    const total = terms.reduce((sum, t) => sum + t.weight, 0);
    if (total === 0) return 0;
    // A passage of one or two sentences holds them all together: nothing to measure.
    const spans = sentenceSpans(passage.text);
    if (spans.length <= 2) return 1;
    // Each sentence's stems once; a window is two neighbours.
    const sentences = spans.slice(0, MAX_SENTENCES).map(([start, end]) => new Set(stemsOf(passage.text.slice(start, end))));
    let best = 0;
    for (let i = 0; i < sentences.length; i++) {
      const one = sentences[i] as Set<string>;
      const two = sentences[i + 1] ?? one;
      let got = 0;
      for (const t of terms) {
        const e = t.expansions.find((x) => one.has(x.stem) || two.has(x.stem));
        if (e) got += t.weight * e.weight;
      }
      best = Math.max(best, got / total);
    }
    return best;
  }

  /** The turn that answers a question turn, in a transcript or an interview. */
  answerTo(passage: Passage): Passage | undefined {
    const index = this.indexOf(passage);
    const answer = index >= 0 ? this.answers.get(index) : undefined;
    return answer === undefined ? undefined : this.knowledge.passages.at(answer);
  }

  /** A passage's position in the knowledge, or -1 when it is not one of its passages. */
  indexOf(passage: Passage): number {
    return this.positionOf(passage.id) ?? -1;
  }

  speaker(id: string): Speaker | undefined {
    return this.speakerById.get(id);
  }

  report(id: string): Report | undefined {
    return this.reportById.get(id);
  }

  passage(id: string): Passage | undefined {
    const at = this.positionOf(id);
    return at === undefined ? undefined : this.knowledge.passages.at(at);
  }

  /** Where the passage with this id stands in the knowledge. */
  private positionOf(id: string): number | undefined {
    if (this.positionById) return this.positionById.get(id);
    const hash = id.lastIndexOf('#');
    const start = this.reportStart.get(id.slice(0, hash));
    const paragraph = Number(id.slice(hash + 1));
    if (start === undefined || !Number.isInteger(paragraph) || paragraph < 1) return undefined;
    const at = start + paragraph - 1;
    return this.knowledge.passages.at(at)?.id === id ? at : undefined;
  }

  /** Passages in which any of these keys speaks, in report order. */
  passagesOf(keys: string | string[]): Passage[] {
    const list = typeof keys === 'string' ? [keys] : keys;
    if (list.length === 1) return Array.from(this.byAttribution.get(list[0] as string) ?? [], (i) => this.knowledge.passages.at(i) as Passage);
    // Many keys ("the author" of 2,000 reports): marked, then read in order, rather than merged
    // through a set and sorted (35 ms at 100,000 passages).
    const marked = new Uint8Array(this.knowledge.passages.length);
    for (const key of list) for (const i of this.byAttribution.get(key) ?? []) marked[i] = 1;
    const out: Passage[] = [];
    for (let i = 0; i < marked.length; i++) if (marked[i]) out.push(this.knowledge.passages.at(i) as Passage);
    return out;
  }

  /** One byte per passage for a scope; the few most recent are kept. */
  private maskOf(scope: Scope): Uint8Array | null {
    if (scope.kind === 'all') return null;
    if (scope.kind === 'findings' && !scope.keys) return this.findings;
    const keys = scope.keys ?? [];
    const id = `${scope.kind}:${keys.join('\u0000')}`;
    let mask = this.masks.get(id);
    if (!mask) {
      mask = new Uint8Array(this.knowledge.passages.length);
      for (const key of keys) for (const i of this.byAttribution.get(key) ?? []) mask[i] = scope.kind === 'findings' ? (this.findings[i] as number) : 1;
      if (this.masks.size >= 16) this.masks.delete(this.masks.keys().next().value as string);
      this.masks.set(id, mask);
    }
    return mask;
  }

  /** What the passages in a scope are about, most salient first (computed once per scope). */
  topics(scope: Scope = { kind: 'all' }): string[] {
    const key = scope.kind === 'all' ? 'all' : `${scope.kind}:${(scope.keys ?? []).join('\u0000')}`;
    let topics = this.topicCache.get(key);
    if (!topics) {
      const passages = scope.kind === 'findings' ? this.findingsList(scope.keys) : scope.kind === 'speakers' ? this.passagesOf(scope.keys) : this.knowledge.passages;
      topics = topicsOf(Array.from(passages, (p) => p.text), (stem) => this.index.idf(stem));
      this.topicCache.set(key, topics);
    }
    return topics;
  }

  /** The findings, all or those some speakers present, in report order. */
  findingsList(keys?: string[]): Passage[] {
    if (keys) return this.passagesOf(keys).filter((p) => p.isFinding);
    const list: Passage[] = [];
    this.findings.forEach((finding, i) => {
      if (finding) list.push(this.knowledge.passages.at(i) as Passage);
    });
    return list;
  }

  /**
   * Who a name, an organisation or a role in a question stands for: "Crosby", "Crosbie",
   * "XenSource" (its people), "the analyst", "the head of signalling", "the author", "the
   * speaker". Null for words that name no speaker ("the report", "anyone").
   */
  resolveSpeakers(text: string): SpeakerMatch | null {
    // "what did she say about insurance?": in an interview, the one person who speaks most.
    if (/^\s*(?:he|she|him|her)\s*$/i.test(text)) return this.mainSpeaker();
    return this.matcher.resolve(text, (wanted, limit) => this.speakerFuse.search(wanted.slice(0, 64), limit)) ?? this.describedInText(text);
  }

  /** "the treasurer", "the retired librarian": the one named speaker whom the report's sentences describe so (describedInText). */
  private describedInText(text: string): SpeakerMatch | null {
    const description = descriptionOf(text);
    if (!description) return null;
    const known = this.describedCache.get(description.query);
    if (known) return known.match;
    const match = this.describedSpeaker(description);
    this.describedCache.set(description.query, { match });
    return match;
  }

  private describedSpeaker(description: Description): SpeakerMatch | null {
    let found = this.search(description.query, { limit: DESCRIBING.passages, minCoverage: DESCRIBING.coverage });
    // "the prosecutor" where the report says who "prosecutes": the description in its other forms.
    if (found.hits.length === 0) found = this.search(description.query, { limit: DESCRIBING.passages, minCoverage: DESCRIBING.coverage, related: true });
    this.built.people ??= new PeopleNames(this.knowledge.speakers.filter((s) => !s.isAuthor && !s.isOrganisation && this.byAttribution.has(s.id)));
    const id = describedSpeaker(description, found.hits.map((h) => h.passage), this.built.people);
    const speaker = id ? this.speakerById.get(id) : undefined;
    return speaker ? { speakers: [{ key: speaker.id, name: speaker.name }], how: 'description' } : null;
  }

  /** The named speaker (not the author) with the most passages, when one clearly leads. */
  private mainSpeaker(): SpeakerMatch | null {
    const counts = this.knowledge.speakers
      .filter((s) => !s.isOrganisation && !s.isAuthor)
      .map((s) => ({ s, n: this.byAttribution.get(s.id)?.length ?? 0 }))
      .sort((a, b) => b.n - a.n);
    const [first, second] = counts;
    if (!first || first.n === 0 || (second && second.n * 2 > first.n)) return null;
    return { speakers: [{ key: first.s.id, name: first.s.name }], how: 'name' };
  }

  /**
   * Speakers (named, the authors, and unnamed descriptions) whose names look like `text`, best
   * first: for autocomplete and suggestions.
   */
  findSpeakers(text: string, limit = 5): { key: string; name: string }[] {
    const wanted = text.trim().toLowerCase().replace(/^the\s+/, '');
    if (!wanted) return [];
    // One fuse.js search serves both: the close spellings listed after the exact matches.
    const fuzzy = this.speakerFuse.search(wanted.slice(0, 64), limit);
    const match = this.matcher.resolve(text, () => [], false);
    const close = fuzzy.map((e) => ({ key: e.key, name: e.names[0] as string }));
    return [...new Map([...(match?.speakers ?? []), ...close].map((e) => [e.key, e])).values()].slice(0, limit);
  }

  private speakerEntries(): SpeakerEntry[] {
    const withPassages = new Set(this.byAttribution.keys());
    // A thread whose poster the page badges "Author" or "OP" (a merge request, a Facebook post): "the author" is that poster,
    // not the report's writer, whom the report does not name.
    const poster = this.knowledge.speakers.some((s) => !s.isAuthor && POSTER_PART.test(s.role ?? ''));
    const named = this.knowledge.speakers.map((s: Speaker) => ({ key: s.id, names: [s.name, ...s.aliases, ...(s.isAuthor ? AUTHOR_NAMES : [])] }));
    const others = [...withPassages]
      .filter((key) => key.startsWith('unnamed:') || (key.startsWith('author:') && !poster))
      .map((key) => ({ key, names: key.startsWith('author:') ? [...AUTHOR_NAMES] : [unnamedDescription(key) as string] }));
    return [...named, ...others];
  }
}
