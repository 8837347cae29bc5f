import { describe, expect, it } from 'vitest';
import { TermIndex } from '../src/search/termIndex.ts';
import { excerpt, truncateWords } from '../src/search/excerpt.ts';
import { Recent } from '../src/search/recent.ts';
import { stem } from '../src/search/text.ts';
import { BUNDLED, ask, contextOf, resultsOf } from './support/context.ts';

const topText = async (query: string) => resultsOf(await ask(BUNDLED, `/search ${query}`))[0]?.passage.text ?? '';

describe('fuzzy search over the report', () => {
  it('forgives typos', async () => {
    expect(await topText('fragmentaton of efort')).toContain('fragmentation of effort');
    expect(await topText('hypervisr')).toContain('hypervisor');
    expect(await topText('Crosbie innovaton')).toContain('rapid innovation');
  });

  it('ignores word order', async () => {
    expect(await topText('product not project open source Xen')).toContain('not a product');
  });

  it('finds partial words and phrases', async () => {
    expect(await topText('interop Novell')).toContain('interoperate');
    expect(await topText('storage alloc')).toContain('storage allocations');
  });

  it('finds the right passage for a long query, past fuse.js 32-character patterns', async () => {
    const long = 'the primary driver for x86 virtualization is consolidation while Unix virtualization responds to variable workloads';
    expect(long.length).toBeGreaterThan(100);
    expect(await topText(long)).toContain('primary driver for x86');
  });

  it('answers with nothing rather than a weak match', async () => {
    for (const query of ['blockchain quantum kubernetes', 'zzzz', 'pizza recipes with hypervisor']) {
      const answer = await ask(BUNDLED, `/search ${query}`);
      expect(answer.kind, query).toBe('none');
    }
  });

  it('suggests close speakers and words when nothing matches', async () => {
    const answer = await ask(BUNDLED, '/who-said Crosbyy blockchain');
    expect(answer.kind).toBe('none');
    if (answer.kind !== 'none') return;
    expect(answer.suggestions.map((s) => s.command)).toContain('/quotes Simon Crosby');
  });

  it('marks the matched words in the excerpt', async () => {
    const [top] = resultsOf(await ask(BUNDLED, '/who-said glue layers GPL'));
    const marked = top!.excerpt.marks.map(([a, b]) => top!.excerpt.text.slice(a, b));
    expect(marked).toEqual(['glue layers', 'GPL']);
  });

  it('ranks with BM25 and stops at a coverage threshold', () => {
    const index = TermIndex.build(['the cat sat on the mat', 'a dog and a cat', 'dogs chase cats and cats chase mice', 'nothing here']);
    const { hits } = index.search('cat chase', { minCoverage: 0.9 });
    expect(hits.map((h) => h.doc)).toEqual([2]);
    expect(index.search('cat', {}).hits.map((h) => h.doc).sort()).toEqual([0, 1, 2]);
    expect(index.search('elephant', {}).hits).toEqual([]);
  });
});

describe('excerpts', () => {
  const text = 'One two three four five six seven eight nine ten. The important word is hypervisor, said someone. Eleven twelve thirteen fourteen fifteen sixteen seventeen.';

  it('keep short passages whole', () => {
    expect(excerpt('A short passage.', new Set(['short']))).toEqual({ text: 'A short passage.', marks: [[2, 7]] });
  });

  it('trim around the match at word boundaries with an ellipsis', () => {
    const cut = excerpt(text, new Set(['hypervisor']), 60);
    expect(cut.text.length).toBeLessThanOrEqual(60);
    expect(cut.text).toContain('hypervisor');
    expect(cut.text.startsWith('…') || cut.text.startsWith('The')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    const [mark] = cut.marks;
    expect(cut.text.slice(mark![0], mark![1])).toBe('hypervisor');
    // No word is cut in half.
    for (const word of cut.text.replace(/…/g, '').split(/\s+/)) expect(text).toContain(word);
  });

  it('never cut an emoji in half', () => {
    const out = truncateWords('😀'.repeat(50), 21);
    expect(out.length).toBeLessThanOrEqual(21);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('typo corrections', () => {
  const texts = ['Virtualization and security at the summit.', 'The hypervisor performance was measured.'];

  it('are worked out once per index: a repeated typo gets what the first one got', () => {
    const { vocabulary } = TermIndex.build(texts);
    const corrected = vocabulary.corrections('virtualizaton');
    expect(corrected[0]?.word).toBe('virtualization');
    expect(vocabulary.corrections('virtualizaton')).toBe(corrected);
    const expanded = vocabulary.expand('hypervisr', stem('hypervisr'));
    expect(expanded.map((e) => [e.word, e.via])).toEqual([['hypervisor', 'fuzzy']]);
    expect(vocabulary.expand('hypervisr', stem('hypervisr'))).toBe(expanded);
    // Another index (a reload's) has its own words: nothing carries over.
    expect(TermIndex.build(texts).vocabulary.corrections('virtualizaton')).not.toBe(corrected);
  });

  it('are kept for the most recently asked words, up to a bound', () => {
    const recent = new Recent<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect(recent.get('b')).toBeUndefined();
    expect(recent.keys()).toEqual(['a', 'c']);
    recent.set('a', 4);
    expect(recent.keys()).toEqual(['c', 'a']);
    expect(recent.get('a')).toBe(4);
  });
});

describe('scale of the index', () => {
  it('touches only posting lists: a query on a 20,000-passage index still finds its passage', async () => {
    const { knowledge } = (await contextOf(BUNDLED)).search;
    const texts = Array.from({ length: 20_000 }, (_, i) => `${knowledge.passages.at(i % knowledge.passages.length)!.text} copy${i}`);
    texts[12_345] = 'A unique sentence about zebra migration patterns in the Serengeti.';
    const index = TermIndex.build(texts);
    expect(index.search('zebra migraton serengeti', { minCoverage: 0.5 }).hits[0]?.doc).toBe(12_345);
  });
});

describe('long lists', () => {
  it('show the first 100 passages, give the whole count and say how to narrow', async () => {
    const { buildKnowledge } = await import('../src/knowledge/load.ts');
    const { contextFor } = await import('./support/knowledgeContext.ts');
    const { runCommand } = await import('../src/commands/interpret.ts');
    const items = Array.from({ length: 150 }, (_, i) => `- Finding number ${i + 1} about storage.`).join('\n');
    const ctx = contextFor(buildKnowledge([{ file: 'long.md', content: `---\ntitle: Long\nauthor: Ann Writer\n---\n\nThe key findings:\n\n${items}\n` }]));
    const answer = runCommand(ctx, 'findings', {});
    expect(answer.lead).toBe('150 findings in 1 report.');
    expect(resultsOf(answer)).toHaveLength(100);
    expect(answer.kind === 'passages' && answer.note).toMatch(/first 100; add a topic/);
    expect(resultsOf(runCommand(ctx, 'quotes', { speaker: 'author' }))).toHaveLength(100);
  });
});

describe('topics per scope', () => {
  it('are remembered for a bounded number of scopes, however many different sets of speakers questions name', async () => {
    const ctx = await contextOf(BUNDLED);
    const keys = ctx.search.knowledge.speakers.map((s) => s.id);
    const first = ctx.search.topics({ kind: 'speakers', keys: [keys[0] as string] });
    // Every three speakers in order are a scope of their own.
    for (const a of keys) for (const b of keys) for (const c of keys) ctx.search.topics({ kind: 'speakers', keys: [a, b, c] });
    expect(keys.length ** 3).toBeGreaterThan(64);
    expect((Reflect.get(ctx.search, 'topicCache') as Recent<string, string[]>).keys().length).toBeLessThanOrEqual(64);
    expect(ctx.search.topics({ kind: 'speakers', keys: [keys[0] as string] })).toEqual(first);
  });
});
