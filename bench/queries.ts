/**
 * Queries drawn from known passages, as people type them: the distinctive words they remember
 * (short), a phrase (medium), a sentence or so (long); some with a typo.
 */
import type { Passage, PassageList } from '../src/knowledge/types.ts';
import { tokenize } from '../src/search/text.ts';
import { random } from './synthetic.ts';

export type Length = 'short' | 'medium' | 'long';
export const LENGTHS: Length[] = ['short', 'medium', 'long'];

export interface Query {
  text: string;
  length: Length;
  /** The passage the query was drawn from. */
  target: string;
  typo: boolean;
}

const TYPO_RATE = 0.3;

/** One typo in a word of five letters or more: two letters swapped, one dropped, or one changed. */
function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const kind = Math.floor(rand() * 3);
  if (kind === 0) return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  const letter = 'etaoinsrhl'[Math.floor(rand() * 10)] as string;
  return word.slice(0, i) + (letter === word[i] ? 'x' : letter) + word.slice(i + 1);
}

function withTypo(text: string, rand: () => number): { text: string; typo: boolean } {
  if (rand() >= TYPO_RATE) return { text, typo: false };
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (long.length === 0) return { text, typo: false };
  const [word, at] = long[Math.floor(rand() * long.length)] as readonly [string, number];
  words[at] = typo(word, rand);
  return { text: words.join(' '), typo: true };
}

/** `count` queries of each length, from passages chosen at random with `seed`. */
export function drawQueries(passages: PassageList, df: (stem: string) => number, count: number, seed = 7): Query[] {
  const rand = random(seed);
  const out: Query[] = [];
  for (const length of LENGTHS) {
    for (let n = 0; n < count; n++) {
      const passage = passages.at(Math.floor(rand() * passages.length)) as Passage;
      const words = passage.text.split(/\s+/).filter(Boolean);
      let text: string;
      if (length === 'short') {
        // The one or two rarest words of the passage: what a reader remembers of it.
        const rare = tokenize(passage.text)
          .filter((t) => !t.stopword && t.term.length >= 4 && /^[a-z]+$/.test(t.term))
          .sort((a, b) => df(a.stem) - df(b.stem) || a.start - b.start);
        const take = rand() < 0.5 ? 1 : 2;
        text = [...new Set(rare.map((t) => passage.text.slice(t.start, t.end)))].slice(0, take).join(' ');
      } else if (length === 'medium') {
        const size = 4 + Math.floor(rand() * 3);
        const start = Math.floor(rand() * Math.max(1, words.length - size));
        text = words.slice(start, start + size).join(' ');
      } else {
        const target = 60 + Math.floor(rand() * 61);
        let start = Math.floor(rand() * Math.max(1, words.length - 12));
        text = '';
        while (start < words.length && text.length + (words[start]?.length ?? 0) + 1 <= 120) {
          text += (text ? ' ' : '') + words[start++];
          if (text.length >= target) break;
        }
      }
      if (!text.trim()) {
        n--;
        continue;
      }
      const cleaned = text.replace(/[“”"()]/g, '');
      const mutated = withTypo(cleaned, rand);
      out.push({ text: mutated.text, length, target: passage.id, typo: mutated.typo });
    }
  }
  return out;
}
