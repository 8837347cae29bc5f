import { createHash } from 'node:crypto';
import { findCommand } from '../commands/registry.ts';
import type { CommandInput } from '../commands/types.ts';
import { LIMITS } from './limits.ts';

/** Which answer a button belongs to: enough to compute the page again, even after a restart. */
export interface AnswerRef {
  command: string;
  input: CommandInput;
}

export type ButtonAction =
  | { kind: 'page'; page: number; owner: string; ref: AnswerRef | null }
  | { kind: 'share'; page: number; ref: AnswerRef | null };

const SEPARATOR = '|';
/**
 * Queries too long for a 100-character custom id are kept here by hash. They do not survive a
 * restart; the button then says the list has expired. Short queries (most) ride in the id.
 */
const longRefs = new Map<string, AnswerRef>();
const MAX_LONG_REFS = 10_000;

function encodeRef(ref: AnswerRef): string {
  const spec = findCommand(ref.command);
  const values = (spec?.options ?? []).map((o) => (ref.input[o.name] ?? '').replace(/[|\n\r]/g, ' '));
  return [ref.command, ...values].join(SEPARATOR);
}

function decodeRef(parts: string[]): AnswerRef | null {
  const [command = '', ...values] = parts;
  if (command.startsWith('#')) return longRefs.get(command.slice(1)) ?? null;
  const spec = findCommand(command);
  if (!spec) return null;
  const input: CommandInput = {};
  spec.options.forEach((o, i) => {
    if (values[i]) input[o.name] = values[i];
  });
  return { command, input };
}

function withRef(head: string[], ref: AnswerRef): string {
  const id = [...head, encodeRef(ref)].join(SEPARATOR);
  if (id.length <= LIMITS.customId) return id;
  const key = createHash('sha256').update(JSON.stringify(ref)).digest('base64url').slice(0, 16);
  if (longRefs.size >= MAX_LONG_REFS) longRefs.delete(longRefs.keys().next().value as string);
  longRefs.set(key, ref);
  return [...head, `#${key}`].join(SEPARATOR);
}

export function pageId(page: number, owner: string, ref: AnswerRef): string {
  return withRef(['page', String(page), owner], ref);
}

export function shareId(page: number, ref: AnswerRef): string {
  return withRef(['share', String(page)], ref);
}

export function parseButtonId(id: string): ButtonAction | null {
  const parts = id.split(SEPARATOR);
  const [kind, pageText] = parts;
  const page = Number(pageText);
  if (!Number.isInteger(page) || page < 0) return null;
  if (kind === 'page') return { kind, page, owner: parts[2] ?? '', ref: decodeRef(parts.slice(3)) };
  if (kind === 'share') return { kind, page, ref: decodeRef(parts.slice(2)) };
  return null;
}
