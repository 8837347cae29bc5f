import type { AnswerRef } from '../commands/answerRef.ts';
import type { Answer } from '../commands/types.ts';
import { ACTIONS, pageValue, shareValue, voteValue } from './actionValues.ts';
import { context, renderPage } from './answerBlocks.ts';
import { repliesOf } from '../commands/present.ts';
import type { ButtonElement, SlackMessage } from './limits.ts';

export interface MessageOptions {
  page?: number;
  /** The Slack user who asked: only they may turn the pages. */
  owner: string;
  /** A private answer: it carries the Share in channel button. */
  shareable?: boolean;
}

function button(actionId: string, text: string, value: string, style?: 'primary'): ButtonElement {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text }, value, ...(style ? { style } : {}) };
}

/**
 * The one way every answer becomes a Slack message: a page of blocks, Previous/Next when there
 * are more pages (their values carry the query and the asker, so they work after a restart and
 * on any copy of the app), Share in channel on a private answer, and 👍 👎 under passages.
 */
export function answerMessage(answer: Answer, ref: AnswerRef, { page = 0, owner, shareable = false }: MessageOptions): SlackMessage {
  const view = renderPage(answer, page);
  const blocks = [...view.blocks];
  const buttons: ButtonElement[] = [];
  const labels = repliesOf(answer).labels;
  if (view.pages > 1) {
    blocks.push(context(labels.page(view.page + 1, view.pages)));
    if (view.page > 0) buttons.push(button(ACTIONS.previous, `◀ ${labels.previous}`, pageValue(view.page - 1, owner, ref)));
    if (view.page < view.pages - 1) buttons.push(button(ACTIONS.next, `${labels.next} ▶`, pageValue(view.page + 1, owner, ref)));
  }
  if (shareable) buttons.push(button(ACTIONS.share, labels.share, shareValue(view.page, ref), 'primary'));
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  // Passages can be right or wrong; a list of speakers or reports is what it is.
  if (answer.kind === 'passages') blocks.push({ type: 'actions', elements: [button(ACTIONS.up, `👍 ${labels.helpful}`, voteValue('up', ref)), button(ACTIONS.down, `👎 ${labels.notHelpful}`, voteValue('down', ref))] });
  return { text: view.text, blocks };
}

/** A short private notice: errors, other people's buttons, expired lists. */
export function notice(text: string): SlackMessage {
  return { text, blocks: [] };
}
