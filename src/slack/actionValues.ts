import { encodeRef, pageButton, parseButton, shareButton, type AnswerRef, type ButtonAction } from '../commands/answerRef.ts';
import { LIMITS } from './limits.ts';

/** Every button of an answer has an action id starting with this; one listener routes them. */
export const ACTION_PREFIX = 'answer.';
export const ACTIONS = { previous: `${ACTION_PREFIX}previous`, next: `${ACTION_PREFIX}next`, share: `${ACTION_PREFIX}share` } as const;

/** The first `max` characters of a value, ending at a word boundary where there is one. */
function cutAtWord(value: string, max: number): string {
  const cut = value.slice(0, Math.max(0, max)).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * The ref as text of at most `room` characters. A button's value holds 2,000 characters, so the
 * whole query rides in it and no server keeps anything; a longer query keeps its first words
 * (hundreds of them, far more than the search reads).
 */
function fittedRef(ref: AnswerRef, room: number): string {
  let current = ref;
  let text = encodeRef(current);
  while (text.length > room) {
    const [name, value] = Object.entries(current.input).reduce<[string, string]>((a, [k, v]) => ((v?.length ?? 0) > a[1].length ? [k, v ?? ''] : a), ['', '']);
    if (!name) return text.slice(0, room);
    current = { ...current, input: { ...current.input, [name]: cutAtWord(value, value.length - (text.length - room)) } };
    text = encodeRef(current);
  }
  return text;
}

export function pageValue(page: number, owner: string, ref: AnswerRef): string {
  const head = pageButton(page, owner, '');
  return head + fittedRef(ref, LIMITS.buttonValue - head.length);
}

export function shareValue(page: number, ref: AnswerRef): string {
  const head = shareButton(page, '');
  return head + fittedRef(ref, LIMITS.buttonValue - head.length);
}

export function parseValue(value: string): ButtonAction | null {
  return parseButton(value);
}
