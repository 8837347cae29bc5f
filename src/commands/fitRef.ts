import { encodeRef, type AnswerRef } from './answerRef.ts';
import type { CommandInput } from './types.ts';

/** The first `max` characters of a value, ending at a word boundary where there is one. */
function cutAtWord(value: string, max: number): string {
  const cut = value.slice(0, Math.max(0, max)).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * The ref as text of at most `room` characters: its longest value keeps its first words until
 * it fits. A search reads only the first words of a long query anyway, and a report's name cut
 * short still names it (/summary matches the opening of a title).
 */
export function fittedRef(ref: AnswerRef, room: number): string {
  let current: { command: string; input: CommandInput } = ref;
  let text = encodeRef(current);
  while (text.length > room) {
    const [name, value] = Object.entries(current.input).reduce<[string, string]>((a, [k, v]) => ((v?.length ?? 0) > a[1].length ? [k, v ?? ''] : a), ['', '']);
    if (!name) return text.slice(0, room);
    current = { ...current, input: { ...current.input, [name]: cutAtWord(value, value.length - (text.length - room)) } };
    text = encodeRef(current);
  }
  return text;
}
