import { interpret, knowsIn, runCommand, unknownCommand, usesIn } from './interpret.ts';
import { findCommand, refOf, type AnswerRef } from './registry.ts';
import type { Answer, Asker, BotContext, CommandInput } from './types.ts';

export type { AnswerRef };

/** What a page or share button asks for; `ref` is null when the button's query is lost. */
export type ButtonAction =
  | { kind: 'page'; page: number; owner: string; ref: AnswerRef | null }
  | { kind: 'share'; page: number; ref: AnswerRef | null };

export const SEPARATOR = '|';

/** `command|value|value`, values in the order of the command's options. */
export function encodeRef(ref: { command: string; input: CommandInput }): string {
  const spec = findCommand(ref.command);
  const values = (spec?.options ?? []).map((o) => (ref.input[o.name] ?? '').replace(/[|\n\r]/g, ' '));
  return [ref.command, ...values].join(SEPARATOR);
}

export function decodeRef(parts: string[]): AnswerRef | null {
  const [command = '', ...values] = parts;
  const spec = findCommand(command);
  if (!spec) return null;
  const input: CommandInput = {};
  spec.options.forEach((o, i) => {
    if (values[i]) input[o.name] = values[i];
  });
  return refOf(spec, input);
}

/** A page button's text: `page|N|owner|<ref>`, the ref already encoded by the platform. */
export function pageButton(page: number, owner: string, encodedRef: string): string {
  return ['page', String(page), owner, encodedRef].join(SEPARATOR);
}

export function shareButton(page: number, encodedRef: string): string {
  return ['share', String(page), encodedRef].join(SEPARATOR);
}

/** 👍 or 👎 under an answer. */
export type Vote = 'up' | 'down';

/** A vote button's text: `vote|up|<ref>`; the ref tells a vote which question it is about. */
export function voteButton(vote: Vote, encodedRef: string): string {
  return ['vote', vote, encodedRef].join(SEPARATOR);
}

/** Reads a vote button's text; null for anything else. */
export function parseVote(text: string): { vote: Vote; ref: AnswerRef | null } | null {
  const [kind, vote, ...ref] = text.split(SEPARATOR);
  if (kind !== 'vote' || (vote !== 'up' && vote !== 'down')) return null;
  return { vote, ref: decodeRef(ref) };
}

/**
 * Reads a page or share button's text; null for anything else. `readRef` turns the encoded
 * ref back into a ref (a platform may keep long ones elsewhere).
 */
export function parseButton(text: string, readRef: (parts: string[]) => AnswerRef | null = decodeRef): ButtonAction | null {
  const parts = text.split(SEPARATOR);
  const [kind, pageText] = parts;
  const page = Number(pageText);
  if (!Number.isInteger(page) || page < 0) return null;
  if (kind === 'page') return { kind, page, owner: parts[2] ?? '', ref: readRef(parts.slice(3)) };
  if (kind === 'share') return { kind, page, ref: readRef(parts.slice(2)) };
  return null;
}

/** Messages longer than this are read only up to here: a question, not a document. */
export const MAX_QUESTION = 6000;

/**
 * Answers a line as a user typed it (an empty one asks for help), with the ref its buttons
 * carry (help, for an unknown command). `unwrapped`: the line without its chat wrapping, where
 * the caller has read it so (see interpret). `asker`'s language, where a platform gives one,
 * outweighs the one the line's words are in.
 */
export function answerLine(ctx: BotContext, line: string, unwrapped?: string, asker: Asker = {}): { ref: AnswerRef; answer: Answer } {
  const typed = line.trim();
  const cut = typed.slice(0, MAX_QUESTION);
  // The reading of the whole line is not the reading of its opening part, nor of "help".
  const whole = cut !== '' && cut.length === typed.length;
  const parsed = interpret(cut || 'help', knowsIn(ctx), usesIn(ctx), whole ? unwrapped : undefined);
  if ('unknown' in parsed) return { ref: { command: 'help', input: {} }, answer: unknownCommand(parsed.unknown, asker) };
  return { ref: parsed, answer: runCommand(ctx, parsed.command, { ...parsed.input, ...asker }) };
}
