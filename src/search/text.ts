import { LANGUAGES, DEFAULT_LANGUAGE } from '../language/index.ts';
import { foreignStem, wordChanges } from '../language/wordLanguages.ts';

export interface Token {
  /** Lower-case, accents removed: what the vocabulary holds. */
  term: string;
  /** Porter stem of the term: what the index matches on. */
  stem: string;
  /** Offsets in the original text, for highlighting. */
  start: number;
  end: number;
  stopword: boolean;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Characters outside ASCII, by code point: 1 a number, 2 a letter, 0 neither. */
const unicodeKinds = new Map<number, number>();

/** 2 for a letter, 1 for a number, 0 for anything else. */
function unicodeKind(code: number): number {
  let kind = unicodeKinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = LETTER.test(char) ? 2 : LETTER_OR_NUMBER.test(char) ? 1 : 0;
    if (unicodeKinds.size < 10_000) unicodeKinds.set(code, kind);
  }
  return kind;
}

/** ASCII's kinds, by code: 2 a letter, 1 a digit. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => ((code | 32) >= 97 && (code | 32) <= 122 ? 2 : code >= 48 && code <= 57 ? 1 : 0));

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Calls `visit` with the start and end of each word of `text`: letters and digits, with
 * apostrophes inside ("don't", "O’Brien"), the words that /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/u
 * finds. Scanned by hand, ASCII by table: the re-ranking and the excerpts read 25 to 40
 * passages per query, and a regular expression's match objects cost more than the words.
 */
/** A web address, to its first space or closing bracket. */
const ADDRESS = /\bhttps?:\/\/[^\s)\]>]+/g;

/**
 * The words of `text` outside its web addresses: "(https://harbourledger.news/2025/03/the-loft-closing)" is where a link
 * goes, none of the passage's words. Most texts hold no address, and pay one search for "://".
 */
export function forEachSaidWord(text: string, visit: (start: number, end: number) => void): void {
  if (!text.includes('://')) {
    forEachWord(text, visit);
    return;
  }
  const addresses = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  forEachWord(text, (start, end) => {
    if (!addresses.some(([from, to]) => start >= from && start < to)) visit(start, end);
  });
}

export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  // The kind of the character at `at`, and in `width` how many code units it takes.
  let width = 1;
  const kindAt = (at: number): number => {
    const code = text.charCodeAt(at);
    if (code < 128) {
      width = 1;
      return ASCII_KINDS[code] as number;
    }
    const point = text.codePointAt(at) as number;
    width = point > 0xffff ? 2 : 1;
    return unicodeKind(point);
  };
  let i = 0;
  while (i < n) {
    if (kindAt(i) === 0) {
      i += width;
      continue;
    }
    const start = i;
    // Letters and digits.
    while (i < n && kindAt(i) !== 0) i += width;
    // Then any number of apostrophes, each followed by letters.
    let elided = start;
    while (i + 1 < n && (text.charCodeAt(i) === APOSTROPHE || text.charCodeAt(i) === RIGHT_QUOTE) && kindAt(i + 1) === 2) {
      // "l'école", "qu'il", "d'après": an elided article or pronoun is a word of its own, the rest another.
      if (elided === start && isElision(text, start, i)) elided = i + 1;
      i++;
      while (i < n && kindAt(i) === 2) i += width;
    }
    visit(elided, i);
  }
}


const stemCache = new Map<string, string>();
/** The stems cached were made with the words of other languages as they stood then. */
let cachedAt = -1;

function fresh(): void {
  if (cachedAt === wordChanges()) return;
  cachedAt = wordChanges();
  stemCache.clear();
  surfaces.clear();
}

/** Number words as the digits they stand for. */
const NUMBERS = new Map<string, string>(
  [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  ]
    .map((w, i): [string, string] => [w, String(i)])
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'], ['hundred', '100'], ['thousand', '1000'], ['million', '1000000'], ['billion', '1000000000']]),
);

/** Stems once per distinct word: a large knowledge folder repeats the same few thousand words. */
export function stem(term: string): string {
  fresh();
  let stemmed = stemCache.get(term);
  if (stemmed === undefined) {
    // "five" and "5", "twelve" and "12" are one word to a reader; a word of a French report is stemmed as French.
    stemmed = NUMBERS.get(term) ?? foreignStem(term) ?? DEFAULT_LANGUAGE.stem(term);
    if (stemCache.size < 200_000) stemCache.set(term, stemmed);
  }
  return stemmed;
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

export function normalizeTerm(word: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is most of the indexing time.
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** The stop words of every language the bot reads: a French report's "les" and "dans" carry no topic either. */
/** French elisions before an apostrophe: l', d', qu', jusqu' … */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)$/i;

function isElision(text: string, start: number, apostrophe: number): boolean {
  return apostrophe - start <= 7 && ELISION.test(text.slice(start, apostrophe));
}

export const STOPWORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.stopWords.map(normalizeTerm)));

/** Stop words as written, accents kept: "été", "où". */
const WRITTEN_STOPWORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.stopWords));

/** "maïs" (maize) is no "mais" (but): a word whose accents its stop word lacks is a word of its own. */
function accentedAway(word: string, term: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  return lower !== term && !WRITTEN_STOPWORDS.has(lower);
}

/** What a word as written (any case, accents) stands for: its term ('' for none), stem, and whether it is a stop word. */
interface Surface {
  term: string;
  stem: string;
  stopword: boolean;
}

const surfaces = new Map<string, Surface>();

/**
 * Worked out once per word as written: indexing reads every passage, and a query re-ranks and
 * excerpts 25 to 40, in which the same few thousand words come back.
 */
function surfaceOf(word: string): Surface {
  fresh();
  let known = surfaces.get(word);
  if (known === undefined) {
    const term = normalizeTerm(word);
    known = { term, stem: term ? stem(term) : '', stopword: STOPWORDS.has(term) && !accentedAway(word, term) };
    if (surfaces.size < 200_000) surfaces.set(word, known);
  }
  return known;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachSaidWord(text, (start, end) => {
    const { term, stem: stemmed, stopword } = surfaceOf(text.slice(start, end));
    if (term) tokens.push({ term, stem: stemmed, start, end, stopword });
  });
  return tokens;
}

/** Calls `visit` for each word of `text`, stop words flagged: indexing without a token object per word. */
export function forEachTerm(text: string, visit: (term: string, stem: string, stopword: boolean) => void): void {
  forEachSaidWord(text, (start, end) => {
    const { term, stem: stemmed, stopword } = surfaceOf(text.slice(start, end));
    if (term) visit(term, stemmed, stopword);
  });
}

/** The stems of every word of `text`, in order, stop words included. */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  forEachSaidWord(text, (start, end) => {
    const { stem: stemmed } = surfaceOf(text.slice(start, end));
    if (stemmed) out.push(stemmed);
  });
  return out;
}

/** Where the words of `text` with one of `stems` are, stop words left out: what an excerpt marks. */
export function wordsWithStems(text: string, stems: ReadonlySet<string>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  forEachSaidWord(text, (start, end) => {
    const word = surfaceOf(text.slice(start, end));
    if (!word.stopword && stems.has(word.stem)) out.push({ start, end });
  });
  return out;
}
