import Fuse from 'fuse.js';
import type { Knowledge, Passage, Report, Speaker } from '../knowledge/types.ts';
import { TermIndex, type SearchOutcome } from './termIndex.ts';
import { topicsOf } from './topics.ts';

/**
 * Below this share of the query's information matched, a passage is not an answer: "blockchain
 * will replace the hypervisor" shares "hypervisor" with a passage, and that is not enough.
 */
export const MIN_COVERAGE = 0.5;

export type Scope = { kind: 'all' } | { kind: 'findings' } | { kind: 'speaker'; key: string };

export interface PassageHit {
  passage: Passage;
  score: number;
  coverage: number;
}

export interface PassageSearchResult {
  hits: PassageHit[];
  stems: Set<string>;
  ignoredWords: number;
}

/** Who a passage belongs to, as one key: a speaker id, "author:<report>" or "unnamed:<label>". */
export function attributionKey(passage: Passage): string {
  const a = passage.attribution;
  if (a.kind === 'speaker') return a.speakerId;
  if (a.kind === 'author') return a.speakerId ?? `author:${passage.reportId}`;
  return `unnamed:${a.label}`;
}

/** Search over the passages of a knowledge snapshot: the term index plus scopes and names. */
export class PassageSearch {
  readonly index: TermIndex;
  private readonly findings: Uint8Array;
  /** Passage indexes per attribution key; a mask per key is made only when searched. */
  private readonly byAttribution = new Map<string, number[]>();
  private readonly masks = new Map<string, Uint8Array>();
  private readonly speakerFuse: Fuse<{ key: string; names: string[] }>;
  /** Every name and alias, lower-cased without "the", to the speakers it names. */
  private readonly exactNames = new Map<string, { key: string; names: string[] }[]>();
  private readonly topicCache = new Map<string, string[]>();
  private readonly speakerById: Map<string, Speaker>;
  private readonly reportById: Map<string, Report>;

  constructor(readonly knowledge: Knowledge) {
    const speakerById = new Map(knowledge.speakers.map((s) => [s.id, s]));
    this.speakerById = speakerById;
    this.reportById = new Map(knowledge.reports.map((r) => [r.id, r]));
    // A passage is also found by the name of whoever carries it: list items never repeat the name.
    this.index = TermIndex.build(
      knowledge.passages.map((p) => p.text),
      knowledge.passages.map((p) => (p.attribution.kind !== 'unnamed' && p.attribution.speakerId ? speakerById.get(p.attribution.speakerId)?.name : undefined)),
    );
    this.findings = Uint8Array.from(knowledge.passages, (p) => (p.isFinding ? 1 : 0));
    knowledge.passages.forEach((p, i) => {
      const key = attributionKey(p);
      const list = this.byAttribution.get(key);
      if (list) list.push(i);
      else this.byAttribution.set(key, [i]);
    });
    const entries = this.speakerEntries();
    for (const entry of entries) {
      for (const name of new Set([entry.key, ...entry.names.map((n) => n.toLowerCase().replace(/^the\s+/, ''))])) {
        const list = this.exactNames.get(name) ?? [];
        list.push(entry);
        this.exactNames.set(name, list);
      }
    }
    this.speakerFuse = new Fuse(entries, {
      keys: ['names'],
      includeScore: true,
      threshold: 0.35,
      ignoreLocation: true,
      ignoreFieldNorm: true,
    });
  }

  search(query: string, options: { scope?: Scope; limit?: number; minCoverage?: number; partial?: boolean } = {}): PassageSearchResult {
    const scope = options.scope ?? { kind: 'all' };
    const only = scope.kind === 'findings' ? this.findings : scope.kind === 'speaker' ? this.maskOf(scope.key) : null;
    const outcome: SearchOutcome = this.index.search(query, {
      only,
      limit: options.limit ?? 10,
      minCoverage: options.minCoverage ?? MIN_COVERAGE,
      partialLastWord: options.partial ?? false,
    });
    return {
      hits: outcome.hits.map((h) => ({ passage: this.knowledge.passages[h.doc] as Passage, score: h.score, coverage: h.coverage })),
      stems: outcome.matchedStems,
      ignoredWords: outcome.ignoredWords,
    };
  }

  speaker(id: string): Speaker | undefined {
    return this.speakerById.get(id);
  }

  report(id: string): Report | undefined {
    return this.reportById.get(id);
  }

  /** Passages carried by one attribution key, in report order. */
  passagesOf(key: string): Passage[] {
    return (this.byAttribution.get(key) ?? []).map((i) => this.knowledge.passages[i] as Passage);
  }

  /** One byte per passage for a speaker's scope; the few most recent are kept. */
  private maskOf(key: string): Uint8Array {
    let mask = this.masks.get(key);
    if (!mask) {
      mask = new Uint8Array(this.knowledge.passages.length);
      for (const i of this.byAttribution.get(key) ?? []) mask[i] = 1;
      if (this.masks.size >= 16) this.masks.delete(this.masks.keys().next().value as string);
      this.masks.set(key, mask);
    }
    return mask;
  }

  /** What the passages in a scope are about, most salient first (computed once per scope). */
  topics(scope: Scope = { kind: 'all' }): string[] {
    const key = scope.kind === 'speaker' ? `speaker:${scope.key}` : scope.kind;
    let topics = this.topicCache.get(key);
    if (!topics) {
      const passages = scope.kind === 'findings' ? this.findingsList() : scope.kind === 'speaker' ? this.passagesOf(scope.key) : this.knowledge.passages;
      topics = topicsOf(passages.map((p) => p.text), (stem) => this.index.idf(stem));
      this.topicCache.set(key, topics);
    }
    return topics;
  }

  findingsList(): Passage[] {
    return this.knowledge.passages.filter((p) => p.isFinding);
  }

  /**
   * Speakers (named, the authors, and unnamed descriptions) whose names look like `text`, best
   * first. "author" finds the authors; "Crosbie" finds Simon Crosby.
   */
  findSpeakers(text: string, limit = 5): { key: string; name: string }[] {
    const wanted = text.trim().toLowerCase().replace(/^the\s+/, '');
    if (!wanted) return [];
    const exact = this.exactNames.get(wanted) ?? [];
    const fuzzy = this.speakerFuse.search(wanted.slice(0, 64), { limit }).map((r) => r.item);
    return [...new Map([...exact, ...fuzzy].map((e) => [e.key, { key: e.key, name: e.names[0] as string }])).values()].slice(0, limit);
  }

  private speakerEntries(): { key: string; names: string[] }[] {
    const withPassages = new Set(this.byAttribution.keys());
    const named = this.knowledge.speakers
      .filter((s) => withPassages.has(s.id))
      .map((s: Speaker) => ({ key: s.id, names: [s.name, ...s.aliases, ...(s.role === 'author' || s.role?.startsWith('author') ? ['author', 'the author'] : [])] }));
    const others = [...withPassages]
      .filter((key) => key.startsWith('unnamed:') || key.startsWith('author:'))
      .map((key) => ({ key, names: key.startsWith('author:') ? ['the author', 'author'] : [key.slice('unnamed:'.length)] }));
    return [...named, ...others];
  }
}
