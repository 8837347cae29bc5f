import { stemmer } from 'stemmer';

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
    while (i + 1 < n && (text.charCodeAt(i) === APOSTROPHE || text.charCodeAt(i) === RIGHT_QUOTE) && kindAt(i + 1) === 2) {
      i++;
      while (i < n && kindAt(i) === 2) i += width;
    }
    visit(start, i);
  }
}

export const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves s t d ll m re ve eh oh also ' +
    'anyone anybody someone somebody everyone everybody anything something everything nothing nobody ' +
    'thing things stuff lot lots kind sort bit'
  ).split(' '),
);

const stemCache = new Map<string, string>();

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
  let stemmed = stemCache.get(term);
  if (stemmed === undefined) {
    // "five" and "5", "twelve" and "12" are one word to a reader.
    stemmed = NUMBERS.get(term) ?? (term.length > 2 && /^[a-z]+$/.test(term) ? stemmer(term) : term);
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
  let known = surfaces.get(word);
  if (known === undefined) {
    const term = normalizeTerm(word);
    known = { term, stem: term ? stem(term) : '', stopword: STOPWORDS.has(term) };
    if (surfaces.size < 200_000) surfaces.set(word, known);
  }
  return known;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (start, end) => {
    const { term, stem: stemmed, stopword } = surfaceOf(text.slice(start, end));
    if (term) tokens.push({ term, stem: stemmed, start, end, stopword });
  });
  return tokens;
}

/** Calls `visit` for each word of `text`, stop words flagged: indexing without a token object per word. */
export function forEachTerm(text: string, visit: (term: string, stem: string, stopword: boolean) => void): void {
  forEachWord(text, (start, end) => {
    const { term, stem: stemmed, stopword } = surfaceOf(text.slice(start, end));
    if (term) visit(term, stemmed, stopword);
  });
}

/** The stems of every word of `text`, in order, stop words included. */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => {
    const { stem: stemmed } = surfaceOf(text.slice(start, end));
    if (stemmed) out.push(stemmed);
  });
  return out;
}

/** Where the words of `text` with one of `stems` are, stop words left out: what an excerpt marks. */
export function wordsWithStems(text: string, stems: ReadonlySet<string>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  forEachWord(text, (start, end) => {
    const word = surfaceOf(text.slice(start, end));
    if (!word.stopword && stems.has(word.stem)) out.push({ start, end });
  });
  return out;
}

/** The distinct pairs of adjacent letters in `text`: what a typo changes little of. */
export function letterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}
