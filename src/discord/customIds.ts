import { encodeRef, pageButton, parseButton, parseVote, voteButton, type AnswerRef, type ButtonAction, type Vote } from '../commands/answerRef.ts';
import { fittedRef } from '../commands/fitRef.ts';
import type { Answer, BotContext } from '../commands/types.ts';
import { encodeState, stateOf } from './answerState.ts';
import { LIMITS } from './limits.ts';

export type { AnswerRef };

/**
 * What a button of ours asks for. A page button carries its command and query in its custom
 * id; when they do not fit Discord's 100 characters, `inMessage`: the answer's passages are
 * in the message's own buttons instead (answerState.ts), spread over the three page buttons.
 * Either way no process keeps anything: any copy of the bot answers any button.
 */
export type DiscordButton = ButtonAction | { kind: 'page'; page: number; owner: string; ref: null; inMessage: true };

/** Marks a custom id's part of an answer's state: `~` and the part's number, 0 to 2. */
const STATE = '~';
const STATE_PART = /\|~(?<part>[0-2])(?<text>[^|]*)$/;

const SHARE = 'share|';

const noop = (page: number, state = '') => `noop|${page}${state}`;

/**
 * The custom ids of a page's Previous, counter and Next buttons. `ref` null, or too long for
 * an id: the state of `answer` instead, cut in three (the counter is disabled, but its id
 * still comes back with the message); an answer with no passages carries its ref cut short.
 */
export function pageButtonIds(page: number, owner: string, ref: AnswerRef | null, answer: () => { ctx: BotContext; answer: Answer }): { previous: string; counter: string; next: string } {
  if (ref) {
    const previous = pageButton(page - 1, owner, encodeRef(ref));
    const next = pageButton(page + 1, owner, encodeRef(ref));
    if (previous.length <= LIMITS.customId && next.length <= LIMITS.customId) return { previous, counter: noop(page), next };
    // No passages to carry (a /summary of a report named by its long title): the query, cut to
    // its first words, which still name the report.
    if (answer().answer.kind !== 'passages') {
      const room = LIMITS.customId - Math.max(pageButton(page - 1, owner, '').length, pageButton(page + 1, owner, '').length);
      const text = fittedRef(ref, room);
      return { previous: pageButton(page - 1, owner, text), counter: noop(page), next: pageButton(page + 1, owner, text) };
    }
  }
  const heads = [noop(page, `|${STATE}0`), pageButton(page - 1, owner, `${STATE}1`), pageButton(page + 1, owner, `${STATE}2`)];
  const [a, b, c] = heads.map((h) => LIMITS.customId - h.length) as [number, number, number];
  const { ctx, answer: shown } = answer();
  const state = stateOf(ctx, shown);
  let text = state ? encodeState(state, ctx) : '';
  // Rather than no page at all: the turned pages without bold words, then only the passages that fit.
  if (state && text.length > a + b + c) text = encodeState({ ...state, stems: [] }, ctx);
  while (state && text.length > a + b + c && state.passages.length > 1) {
    state.passages.pop();
    state.voices = state.voices.filter(([r]) => r < state.passages.length);
    text = encodeState({ ...state, stems: [] }, ctx);
  }
  return { counter: heads[0] + text.slice(0, a), previous: heads[1] + text.slice(a, a + b), next: heads[2] + text.slice(a + b, a + b + c) };
}

/** The answer state a message's page buttons carry, put back together from their custom ids. */
export function stateInMessage(customIds: string[]): string {
  const parts: string[] = [];
  for (const id of customIds) {
    const { part, text } = STATE_PART.exec(id)?.groups ?? {};
    if (part !== undefined && text !== undefined) parts[Number(part)] = text;
  }
  return parts.join('');
}

/** A share button shows again what its message shows: it needs no query. */
export function shareId(page: number): string {
  return `${SHARE}${page}`;
}

export function isShareId(id: string): boolean {
  return id.startsWith(SHARE);
}

export function parseButtonId(id: string): DiscordButton | null {
  const action = parseButton(id);
  if (action?.kind === 'page' && id.split('|')[3]?.startsWith(STATE)) return { kind: 'page', page: action.page, owner: action.owner, ref: null, inMessage: true };
  return action;
}

/**
 * The ids of an answer's 👍 and 👎: the command and its query, cut to its first words when the
 * whole does not fit 100 characters. A vote is then recorded by any copy of the bot, with the
 * question, and the passages the query finds (the answer's, while the reports are unchanged).
 */
export function voteIds(ref: AnswerRef): Record<Vote, string> {
  const text = fittedRef(ref, LIMITS.customId - voteButton('down', '').length);
  return { up: voteButton('up', text), down: voteButton('down', text) };
}

export function isVoteId(id: string): boolean {
  return parseVote(id) !== null;
}
