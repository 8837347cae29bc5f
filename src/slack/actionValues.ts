import { pageButton, parseButton, shareButton, voteButton, type AnswerRef, type ButtonAction, type Vote } from '../commands/answerRef.ts';
import { fittedRef } from '../commands/fitRef.ts';
import { LIMITS } from './limits.ts';

/** Every button of an answer has an action id starting with this; one listener routes them. */
export const ACTION_PREFIX = 'answer.';
export const ACTIONS = { previous: `${ACTION_PREFIX}previous`, next: `${ACTION_PREFIX}next`, share: `${ACTION_PREFIX}share`, up: `${ACTION_PREFIX}vote_up`, down: `${ACTION_PREFIX}vote_down` } as const;

/**
 * A button's value holds 2,000 characters, so the whole query rides in it and no server keeps
 * anything; a longer query keeps its first words (hundreds of them, far more than the search reads).
 */
export function pageValue(page: number, owner: string, ref: AnswerRef): string {
  const head = pageButton(page, owner, '');
  return head + fittedRef(ref, LIMITS.buttonValue - head.length);
}

export function shareValue(page: number, ref: AnswerRef): string {
  const head = shareButton(page, '');
  return head + fittedRef(ref, LIMITS.buttonValue - head.length);
}

/** 👍 or 👎: the query rides along, as in a page button, for the question a 👎 records. */
export function voteValue(vote: Vote, ref: AnswerRef): string {
  return voteButton(vote, fittedRef(ref, LIMITS.buttonValue - voteButton(vote, '').length));
}

export function parseValue(value: string): ButtonAction | null {
  return parseButton(value);
}
