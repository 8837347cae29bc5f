/**
 * The search's shortcuts (a word scanner written by hand, fuse.js over the names that can match,
 * bitmaps for the longest posting lists, phrase runs by lookup) against the plain ways they
 * replace: same words, same names in the same order, same counts, same runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { forEachWord, stemsOf } from '../src/search/text.ts';
import { FuzzyNames, approximatelyIn } from '../src/search/fuzzyNames.ts';
import { PairIndex } from '../src/search/pairIndex.ts';
import { TermIndex } from '../src/search/termIndex.ts';
import { phraseMatch, phraseOf } from '../src/search/phrase.ts';
import { finish } from '../src/base/steps.ts';
import { BUNDLED, FIXTURES, contextOf } from './support/context.ts';
import { loadContext } from './support/knowledgeContext.ts';
import type { PassageSearch } from '../src/search/passageSearch.ts';
// Seeded, so that a failure repeats.
import { random } from '../bench/synthetic.ts';
import { randomLists } from './support/postingLists.ts';

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function reportTexts(): string[] {
  const texts: string[] = [];
  for (const dir of [BUNDLED, ...readdirSync(FIXTURES).map((d) => path.join(FIXTURES, d))]) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
    } catch {
      continue;
    }
    for (const file of files) texts.push(readFileSync(path.join(dir, file), 'utf8'));
  }
  return texts;
}

describe('the word scanner', () => {
  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  const scanned = (text: string) => {
    const spans: number[] = [];
    forEachWord(text, (start, end) => spans.push(start, end));
    return spans;
  };
  // A French elision ("l'école", "qu'il") is a word of its own, left out: the word starts after its apostrophe.
  const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;
  const matched = (text: string) => [...text.matchAll(WORD)].flatMap((m) => [m.index + (ELIDED.exec(m[0])?.[0].length ?? 0), m.index + m[0].length]);

  it('finds the words the regular expression finds in every report the tests hold', () => {
    const texts = reportTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(scanned(text)).toEqual(matched(text));
  });

  it('finds them in odd Unicode too: accents either way, astral letters, emoji, lone surrogates, apostrophes', () => {
    const pieces = ['a', 'Z', '9', "'", '’', ' ', '-', 'é', 'e\u0301', 'ß', '日本', '٣', '𝒜', '😀', '\ud800', '\udc00', 'Ⅻ', '_', 'ǅ', '\u00a0', "x'", "'y", '’’', 'İ', 'ﬁ', '\u200d'];
    const rand = random(11);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let i = Math.floor(rand() * 12); i > 0; i--) text += pick(rand, pieces);
      expect(scanned(text), JSON.stringify(text)).toEqual(matched(text));
    }
    expect(stemsOf("O’Brien's rock'n'roll 2cool4u")).toEqual(['obrien', 'rocknrol', '2cool4u']);
  });
});

describe('fuse.js over the names that can match', () => {
  type Entry = { key: string; names: string[] };
  const options = { keys: ['names'], includeScore: true, threshold: 0.35, ignoreLocation: true, ignoreFieldNorm: true };

  /** Speakers of every folder the tests hold, many authors sharing "author", long descriptions, accents, a blank name. */
  async function entries(): Promise<Entry[]> {
    const out: Entry[] = [];
    for (const dir of [BUNDLED, path.join(FIXTURES, 'interview'), path.join(FIXTURES, 'minutes'), path.join(FIXTURES, 'panel')]) {
      const { search } = await contextOf(dir);
      for (const s of search.knowledge.speakers) out.push({ key: `${dir}:${s.id}`, names: [s.name, ...s.aliases, ...(s.role === 'author' ? ['author', 'the author'] : [])] });
    }
    out.push({ key: 'a1', names: ['Zoë Ångström', 'Ångström', 'author', 'the author'] }, { key: 'a2', names: ['author', 'the author'] });
    out.push({ key: 'u1', names: ['the security experts at the session on virtualization and storage'] }, { key: 'u2', names: ['', 'Crosby', 'Crosby'] });
    return out;
  }

  it('gives what fuse.js over every entry gives, in the same order', async () => {
    const list = await entries();
    const full = new Fuse(list, options);
    const fast = new FuzzyNames(list);
    const rand = random(5);
    const patterns = new Set(['', ' ', 'x', 'xe', 'xen', 'kvm', 'aout', 'autor', 'the', 'crosbie', 'angstrom', 'ångström', 'a'.repeat(40), 'the security experts at the session on virtualisation']);
    for (const entry of list) {
      for (const name of entry.names) {
        if (!name) continue;
        patterns.add(name).add(name.toLowerCase()).add(name.slice(1)).add(name.slice(0, -1));
        const i = Math.floor(rand() * name.length);
        patterns.add(name.slice(0, i) + pick(rand, ['x', 'e', 'o', '']) + name.slice(i + 1));
        for (const word of name.split(/\s+/)) patterns.add(word);
      }
    }
    expect(patterns.size).toBeGreaterThan(200);
    let matchedSome = 0;
    for (const pattern of patterns) {
      for (const limit of [1, 3, 5]) {
        const want = full.search(pattern, { limit }).map((r) => r.item.key);
        expect(fast.search(pattern, limit).map((e) => e.key), `${JSON.stringify(pattern)} limit ${limit}`).toEqual(want);
        if (want.length > 0) matchedSome++;
      }
    }
    expect(matchedSome).toBeGreaterThan(300);
  });

  it('tells whether a pattern is within some errors of a part of a name', () => {
    expect(approximatelyIn('crosby', 'simon crosby', 0)).toBe(true);
    expect(approximatelyIn('crosbie', 'simon crosby', 1)).toBe(false);
    expect(approximatelyIn('crosbie', 'simon crosby', 2)).toBe(true);
    expect(approximatelyIn('xen', 'xe', 1)).toBe(true);
    expect(approximatelyIn('xen', 'ax', 1)).toBe(false);
  });
});

describe('the letter-pair index', () => {
  it('lists every text that holds a pair, each once and in order, as a scan of the texts does', () => {
    const rand = random(11);
    // Repeated pairs ("banana"), one letter, none, astral letters and accents, and more pairs than the index starts with room for.
    const texts = ['banana', 'a', '', '^aaa$', '𝒳en', 'Ångström', ...reportTexts().flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 0 && rand() < 0.03)];
    expect(texts.length).toBeGreaterThan(1000);
    const index = finish(PairIndex.build(texts.length, (i) => texts[i] as string));
    // Pairs as two-unit strings, found by `includes`: no part of the index's own arithmetic.
    const pairs = new Set(texts.flatMap((t) => Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2))));
    expect(pairs.size).toBeGreaterThan(200);
    for (const pair of [...pairs, '§§']) {
      const want = texts.flatMap((t, i) => (t.includes(pair) ? [i] : []));
      expect(Array.from(index.holders(PairIndex.pairsOf(pair)[0] as number)), pair).toEqual(want);
    }
    expect(PairIndex.pairsOf('banana')).toEqual(PairIndex.pairsOf('bana'));
    expect(PairIndex.pairsOf('banana')).toHaveLength(3);
  });
});

describe('bitmaps of the longest posting lists', () => {
  it('count a word in a document as the compressed list does', () => {
    const size = 5_000;
    // Word 0 in almost every document, word 1 in a third, word 2 in a few.
    const { postings } = randomLists(random(3), size, [0.95, 0.33, 0.01]);
    for (const id of [0, 1]) {
      const bitmap = postings.bitmap(id);
      expect(bitmap).not.toBeNull();
      for (let doc = 0; doc < size; doc++) expect(postings.countInBitmap(bitmap!, doc)).toBe(postings.countIn(id, doc));
    }
    expect(postings.bitmap(2)).toBeNull();
    // The same bitmap serves again.
    expect(postings.bitmap(0)).toBe(postings.bitmap(0));
  });

  it('are made again by the index that replaces theirs, before its first question', () => {
    const texts = Array.from({ length: 2_000 }, (_, i) => `virtualization hypervisor note ${i % 3 === 0 ? 'consolidation' : 'migration'} number${i}`);
    texts[1_234] = 'A zebra crossed the virtualization hypervisor consolidation';
    const serving = TermIndex.build(texts);
    expect(serving.commonStems()).toEqual([]);
    expect(serving.search('zebra virtualization hypervisor', { minCoverage: 0.5 }).hits[0]?.doc).toBe(1_234);
    const used = serving.commonStems();
    expect(used).toEqual(expect.arrayContaining([...serving.queryTerms('virtualization hypervisor').terms.map((t) => t.expansions[0]?.stem)]));
    const replacement = TermIndex.build([...texts, 'One passage more, about zebra migration.']);
    finish(replacement.prepareSteps(used));
    expect(replacement.commonStems()).toEqual(used);
    expect(TermIndex.build(texts).commonStems()).toEqual([]);
  });
});

describe('the speaker matchers', () => {
  /** What a search has built of its speaker matchers: private, and what these tests are about. */
  const builtOf = (search: PassageSearch) => Object.keys((search as unknown as { built: object }).built).sort();

  it('are made before the first question by a search that replaces one whose answers named someone, and not at a start', async () => {
    const start = (await loadContext(BUNDLED)).search;
    finish(start.prepareSteps());
    expect(builtOf(start)).toEqual([]);
    // A reload after answers that named nobody leaves them to the first question that does.
    const quiet = (await loadContext(BUNDLED)).search;
    finish(quiet.prepareSteps(start));
    expect(builtOf(quiet)).toEqual([]);
    expect(start.resolveSpeakers('Crosbie')?.speakers[0]?.name).toBe('Simon Crosby');
    expect(builtOf(start)).toEqual(['entries', 'fuse', 'matcher']);
    const replacement = (await loadContext(BUNDLED)).search;
    finish(replacement.prepareSteps(start));
    expect(builtOf(replacement)).toEqual(['entries', 'fuse', 'matcher']);
  });
});

describe('phrase runs', () => {
  /** The dynamic programme the lookups replace: the longest run of query words, in order, in the text. */
  function longestRun(text: string, phrase: Set<string>[]): number {
    if (phrase.length < 2) return 1;
    let best = 0;
    let previous = new Array<number>(phrase.length + 1).fill(0);
    for (const stem of stemsOf(text)) {
      const current = new Array<number>(phrase.length + 1).fill(0);
      for (let j = 1; j <= phrase.length; j++) current[j] = (phrase[j - 1] as Set<string>).has(stem) ? (previous[j - 1] as number) + 1 : 0;
      best = Math.max(best, ...current);
      previous = current;
    }
    return best / phrase.length;
  }

  it('are as long as the dynamic programme finds, with repeated and interchangeable words', () => {
    const rand = random(9);
    const words = ['the', 'xen', 'kvm', 'open', 'source', 'is', 'ahead', 'of', 'microsoft', 'vmware'];
    for (let n = 0; n < 3_000; n++) {
      const text = Array.from({ length: Math.floor(rand() * 30) }, () => pick(rand, words)).join(' ');
      const phrase = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => new Set(Array.from({ length: 1 + Math.floor(rand() * 2) }, () => stemsOf(pick(rand, words))[0] as string)));
      expect(phraseMatch(text, phraseOf(phrase)), `${text} / ${phrase.map((s) => [...s].join('|')).join(' ')}`).toBe(longestRun(text, phrase));
    }
  });
});
