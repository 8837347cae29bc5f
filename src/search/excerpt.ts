import { lowerBound, upperBound } from '../base/sorted.ts';
import { wordsWithStems } from './text.ts';

/** Text with the ranges [start, end) that matched the query. */
export interface Marked {
  text: string;
  marks: [number, number][];
}

const ELLIPSIS = '…';
/** Context kept before the first match, so an excerpt does not open on the matched word. */
const LEAD_CONTEXT = 60;

/**
 * The part of a passage around the words that matched, at most `maxLength` characters, cut at
 * word boundaries with an ellipsis, with the matched words' ranges. Neighbouring matches
 * ("open source") become one range. `opening`, when given, is where the excerpt starts (the
 * start of the sentence an answer is about).
 */
export function excerpt(text: string, stems: ReadonlySet<string>, maxLength = 300, opening?: number): Marked {
  const matched = wordsWithStems(text, stems);
  let start = 0;
  let end = text.length;
  if (text.length > maxLength && opening !== undefined) {
    // The sentence the answer is about opens the excerpt.
    start = opening > 0 ? opening : 0;
    end = wordEnd(text, Math.min(text.length, start + maxLength - 2 * ELLIPSIS.length));
    if (end <= start) end = Math.min(text.length, start + maxLength - 2 * ELLIPSIS.length);
  } else if (text.length > maxLength) {
    const budget = maxLength - 2 * ELLIPSIS.length;
    let bestCount = -1;
    const lead = Math.min(LEAD_CONTEXT, Math.floor(budget / 4));
    // Words are in order and do not overlap, so the matches a window holds are found by two
    // binary searches: linear in the matches, not quadratic (which takes minutes on a 5 MB paragraph).
    const starts = matched.map((t) => t.start);
    const ends = matched.map((t) => t.end);
    for (const first of matched.length ? matched : [{ start: 0 }]) {
      const from = openingOf(text, first.start, lead);
      const count = Math.max(0, upperBound(ends, from + budget) - lowerBound(starts, from));
      if (count > bestCount) {
        bestCount = count;
        start = from;
      }
    }
    start = start === 0 ? 0 : wordStart(text, start);
    end = wordEnd(text, Math.min(text.length, start + budget));
    if (end <= start) end = Math.min(text.length, start + budget);
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const body = text.slice(start, end).trim();
  const offset = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length) - prefix.length;
  const marks: [number, number][] = [];
  for (const token of matched) {
    if (token.start < start || token.end > end) continue;
    const range: [number, number] = [token.start - offset, token.end - offset];
    const last = marks[marks.length - 1];
    if (last && /^[\s-]*$/.test(text.slice(last[1] + offset, token.start))) last[1] = range[1];
    else marks.push(range);
  }
  return { text: `${prefix}${body}${end < text.length ? ELLIPSIS : ''}`, marks };
}

/** Cuts text to `maxLength` at a word boundary, with an ellipsis when anything was cut. */
export function truncateWords(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = wordEnd(text, maxLength - ELLIPSIS.length);
  const head = (cut > maxLength / 2 ? text.slice(0, cut) : text.slice(0, maxLength - ELLIPSIS.length)).trimEnd();
  // Never leave half of a surrogate pair (an emoji cut in two) at the end.
  return `${head.replace(/[\uD800-\uDBFF]$/, '')}${ELLIPSIS}`;
}

/** Where an excerpt showing `index` opens: its sentence's start if close enough, else `lead` before. */
function openingOf(text: string, index: number, lead: number): number {
  const window = text.slice(Math.max(0, index - lead), index);
  const sentence = window.search(/[.!?]["”’)]*\s+(?=\S)[^.!?]*$/);
  if (sentence >= 0) return Math.max(0, index - lead) + sentence + (/^[.!?]["”’)]*\s+/.exec(window.slice(sentence))?.[0].length ?? 0);
  return Math.max(0, index - lead);
}



const SPACE = /\s/;
/** How far a word boundary is looked for: a word longer than this is cut where it stands. */
const WORD_REACH = 200;

/** The first word start at or after `index`, looked for nearby only. */
function wordStart(text: string, index: number): number {
  if (index > 0 && SPACE.test(text[index - 1] ?? '')) return index;
  for (let i = index; i < text.length && i < index + WORD_REACH; i++) if (SPACE.test(text[i] as string)) return i + 1;
  return index;
}

/** The last word end at or before `index`, looked for nearby only. */
function wordEnd(text: string, index: number): number {
  if (index >= text.length || SPACE.test(text[index] ?? '')) return index;
  for (let i = index - 1; i >= 0 && i > index - WORD_REACH; i--) if (SPACE.test(text[i] as string)) return i;
  return index;
}
