import { repliesOf } from '../commands/present.ts';
import type { Labels } from '../language/types.ts';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer, BotContext } from '../commands/types.ts';
import { BUTTON_STYLE, COMPONENT, EPHEMERAL, NO_MENTIONS } from './api.ts';
import { renderPage } from './answerView.ts';
import { pageButtonIds, shareId, voteIds, type AnswerRef } from './customIds.ts';

export { NO_MENTIONS };

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A message as the API takes it (with discord.js's spelling of allowed mentions). */
export interface MessagePayload {
  /** Absent in a page turn that leaves the message's text as it is. */
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_MENTIONS;
}

export type ReplyPayload = MessagePayload & { flags?: number };

export interface ReplyOptions {
  /** The knowledge the answer came from: a page button may refer to its passages. */
  ctx: BotContext;
  page?: number;
  /** Who may turn the pages. */
  owner: string;
  /** Only the asker sees it; it then carries a Share button. */
  ephemeral?: boolean;
}

function button(customId: string, label: string, options: { emoji?: string; disabled?: boolean; primary?: boolean } = {}): APIButtonComponent {
  return {
    type: COMPONENT.button,
    custom_id: customId,
    label,
    style: options.primary ? BUTTON_STYLE.primary : BUTTON_STYLE.secondary,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
    ...(options.disabled ? { disabled: true } : {}),
  };
}

/**
 * The one way every answer becomes a Discord message, over the gateway and over HTTP: a page,
 * its buttons, no mentions. `ref` is the command the answer came from, or null when it is a
 * page rebuilt from a button's state (the message's text then stays as it is).
 */
export function answerMessage(answer: Answer, ref: AnswerRef | null, { ctx, page = 0, owner, ephemeral = false }: ReplyOptions): MessagePayload {
  const view = renderPage(answer, page);
  const labels = repliesOf(answer).labels;
  const buttons: APIButtonComponent[] = [];
  if (view.pages > 1) {
    const ids = pageButtonIds(view.page, owner, ref, () => ({ ctx, answer }));
    buttons.push(
      button(ids.previous, labels.previous, { emoji: '◀️', disabled: view.page === 0 }),
      button(ids.counter, `${view.page + 1} / ${view.pages}`, { disabled: true }),
      button(ids.next, labels.next, { emoji: '▶️', disabled: view.page >= view.pages - 1 }),
    );
  }
  if (ephemeral) buttons.push(button(shareId(view.page), labels.share, { primary: true }));
  const rows: ButtonRow[] = buttons.length ? [{ type: COMPONENT.row, components: buttons }] : [];
  // Passages can be right or wrong; a list of speakers or reports is what it is.
  if (ref && answer.kind === 'passages') rows.push(voteRow(ref, labels));
  return { ...(ref ? { content: view.content } : {}), embeds: view.embeds, components: rows, allowedMentions: NO_MENTIONS };
}

/** 👍 and 👎 on a row of their own: the page row may already hold five buttons' worth. */
function voteRow(ref: AnswerRef, labels: Labels): ButtonRow {
  const ids = voteIds(ref);
  return { type: COMPONENT.row, components: [button(ids.up, labels.helpful, { emoji: '👍' }), button(ids.down, labels.notHelpful, { emoji: '👎' })] };
}

/** An answer as an interaction reply: the message, ephemeral when asked. */
export function answerPayload(answer: Answer, ref: AnswerRef, options: ReplyOptions): ReplyPayload {
  return { ...answerMessage(answer, ref, options), ...(options.ephemeral ? { flags: EPHEMERAL } : {}) };
}

/** A short private notice: errors, cooldowns, other people's buttons. */
export function notice(content: string): ReplyPayload {
  return { content, embeds: [], components: [], flags: EPHEMERAL, allowedMentions: NO_MENTIONS };
}
