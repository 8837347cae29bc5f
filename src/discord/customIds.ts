import { createHash } from 'node:crypto';
import { decodeRef, encodeRef, pageButton, parseButton, shareButton, SEPARATOR, type AnswerRef, type ButtonAction } from '../commands/answerRef.ts';
import { LIMITS } from './limits.ts';

export type { AnswerRef, ButtonAction };

/**
 * Queries too long for a 100-character custom id are kept here by hash. They do not survive a
 * restart; the button then says the list has expired. Short queries (most) ride in the id.
 */
const longRefs = new Map<string, AnswerRef>();
const MAX_LONG_REFS = 10_000;

/** The ref as it fits in a custom id whose other parts take `headLength` characters. */
function refText(ref: AnswerRef, headLength: number): string {
  const encoded = encodeRef(ref);
  if (headLength + SEPARATOR.length + encoded.length <= LIMITS.customId) return encoded;
  const key = createHash('sha256').update(JSON.stringify(ref)).digest('base64url').slice(0, 16);
  if (longRefs.size >= MAX_LONG_REFS) longRefs.delete(longRefs.keys().next().value as string);
  longRefs.set(key, ref);
  return `#${key}`;
}

function readRef(parts: string[]): AnswerRef | null {
  const [first = ''] = parts;
  return first.startsWith('#') ? (longRefs.get(first.slice(1)) ?? null) : decodeRef(parts);
}

export function pageId(page: number, owner: string, ref: AnswerRef): string {
  return pageButton(page, owner, refText(ref, pageButton(page, owner, '').length - 1));
}

export function shareId(page: number, ref: AnswerRef): string {
  return shareButton(page, refText(ref, shareButton(page, '').length - 1));
}

export function parseButtonId(id: string): ButtonAction | null {
  return parseButton(id, readRef);
}
