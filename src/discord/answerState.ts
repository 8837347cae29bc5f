import { repliesOf } from '../commands/present.ts';
import { toResult } from '../commands/results.ts';
import type { Replies } from '../language/index.ts';
import type { Answer, BotContext, PassageResult } from '../commands/types.ts';
import { tokenize } from '../search/text.ts';

/**
 * The passages an answer shows, as a compact text: what a page button carries when the query
 * is too long for Discord's 100-character custom id. Any copy of the bot serving the same
 * knowledge turns the page from it alone; nothing is kept in memory. It holds the knowledge
 * version (another version: the passages may have moved), the command, each result's passage
 * by its position, the matched words (stems) shown in bold, and the sentence a result is about
 * where a passage mixes voices. Rebuilt, the results render exactly as the first time.
 */
export interface AnswerState {
  version: string;
  command: string;
  passages: number[];
  stems: number[];
  /** [result, voice]: result `result` is about its passage's voice `voice`. */
  voices: [number, number][];
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VERSION_LENGTH = 8;

function widthFor(count: number): number {
  let width = 1;
  while (64 ** width < count) width++;
  return width;
}

function number(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 64)) out = (DIGITS[n % 64] as string) + out;
  return out;
}

function numbers(text: string, width: number): number[] | null {
  if (text.length % width !== 0) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += width) {
    let n = 0;
    for (const char of text.slice(i, i + width)) {
      const digit = DIGITS.indexOf(char);
      if (digit < 0) return null;
      n = n * 64 + digit;
    }
    out.push(n);
  }
  return out;
}

/** The stems of the words shown in bold: every stem that decides how the results' excerpts read. */
function shownStems(results: PassageResult[]): Set<string> {
  const stems = new Set<string>();
  for (const { excerpt } of results) {
    for (const [start, end] of excerpt.marks) for (const token of tokenize(excerpt.text.slice(start, end))) if (!token.stopword) stems.add(token.stem);
  }
  return stems;
}

/** How a result reads, for telling which of its passage's voices it was made with. */
const reading = (r: PassageResult) => JSON.stringify([r.label, r.attribution, r.speaker?.id, r.excerpt]);

/** The state of a passages answer, or null for any other answer or one whose passages this knowledge cannot place. */
export function stateOf(ctx: BotContext, answer: Answer): AnswerState | null {
  if (answer.kind !== 'passages') return null;
  const passages = answer.results.map((r) => ctx.search.indexOf(r.passage));
  if (passages.some((i) => i < 0)) return null;
  const stemSet = shownStems(answer.results);
  // Each result's voice is told by its reading, label and all: made again in the answer's language.
  const replies = repliesOf(answer);
  const stems = [...stemSet].map((s) => ctx.search.index.stemNumber(s));
  if (stems.some((n) => n === undefined)) return null;
  const voices: [number, number][] = [];
  answer.results.forEach((r, i) => {
    const wanted = reading(r);
    if (reading(toResult(ctx, replies, r.passage, stemSet, r.score)) === wanted) return;
    const k = (r.passage.voices ?? []).findIndex((v) => reading(toResult(ctx, replies, r.passage, stemSet, r.score, v)) === wanted);
    if (k >= 0) voices.push([i, k]);
  });
  return { version: ctx.version.slice(0, VERSION_LENGTH), command: answer.command, passages, stems: stems as number[], voices };
}

/** `version command.widths.passages.stems.voices`, in base64url digits; `.` never occurs in a digit. */
export function encodeState(state: AnswerState, ctx: BotContext): string {
  const passageWidth = widthFor(ctx.search.knowledge.passages.length);
  const stemWidth = widthFor(ctx.search.index.stemCount);
  return [
    `${state.version}${state.command}`,
    `${passageWidth}${stemWidth}`,
    state.passages.map((p) => number(p, passageWidth)).join(''),
    state.stems.map((s) => number(s, stemWidth)).join(''),
    state.voices.map(([r, v]) => number(r, 2) + number(v, 2)).join(''),
  ].join('.');
}

export function decodeState(text: string): { state: AnswerState; widths: [number, number] } | null {
  const [head = '', widths = '', passages = '', stems = '', voices = '', ...rest] = text.split('.');
  const passageWidth = Number(widths[0]);
  const stemWidth = Number(widths[1]);
  if (rest.length || head.length <= VERSION_LENGTH || !(passageWidth >= 1 && passageWidth <= 5) || !(stemWidth >= 1 && stemWidth <= 5)) return null;
  const p = numbers(passages, passageWidth);
  const s = numbers(stems, stemWidth);
  const v = numbers(voices, 2);
  if (!p || !s || !v || v.length % 2 !== 0) return null;
  const pairs: [number, number][] = [];
  for (let i = 0; i < v.length; i += 2) pairs.push([v[i] as number, v[i + 1] as number]);
  return { state: { version: head.slice(0, VERSION_LENGTH), command: head.slice(VERSION_LENGTH), passages: p, stems: s, voices: pairs }, widths: [passageWidth, stemWidth] };
}

/**
 * The answer a state stands for, in this knowledge, or null when it was made from another
 * version of it (the reports changed) or does not fit it. Lead and note are the message's own:
 * a page turn leaves the message's text as it is.
 */
export function answerOf(ctx: BotContext, replies: Replies, text: string): Answer | null {
  const decoded = decodeState(text);
  if (!decoded) return null;
  const { state } = decoded;
  const { passages } = ctx.search.knowledge;
  if (state.version !== ctx.version.slice(0, VERSION_LENGTH)) return null;
  const stems = new Set(state.stems.map((n) => ctx.search.index.stemAt(n) ?? ''));
  const voiceOf = new Map(state.voices);
  const results: PassageResult[] = [];
  for (const [i, at] of state.passages.entries()) {
    const passage = passages.at(at);
    if (!passage) return null;
    const k = voiceOf.get(i);
    results.push(toResult(ctx, replies, passage, stems, 0, k === undefined ? undefined : passage.voices?.[k]));
  }
  return { kind: 'passages', command: state.command, query: '', lead: '', results };
}
