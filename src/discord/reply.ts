import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type APIEmbed } from 'discord.js';
import type { Answer } from '../commands/types.ts';
import { renderPage } from './answerView.ts';
import { pageId, shareId, type AnswerRef } from './customIds.ts';

/** No reply pings anyone: not users, roles, @everyone, nor the author of a replied message. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

export interface MessagePayload {
  content: string;
  embeds: APIEmbed[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: typeof NO_MENTIONS;
}

export type ReplyPayload = MessagePayload & { flags?: MessageFlags.Ephemeral };

export interface ReplyOptions {
  page?: number;
  /** Who may turn the pages. */
  owner: string;
  /** Only the asker sees it; it then carries a Share button. */
  ephemeral?: boolean;
}

/** The one way every answer becomes a Discord message: a page, its buttons, no mentions. */
export function answerMessage(answer: Answer, ref: AnswerRef, { page = 0, owner, ephemeral = false }: ReplyOptions): MessagePayload {
  const view = renderPage(answer, page);
  const buttons: ButtonBuilder[] = [];
  if (view.pages > 1) {
    buttons.push(
      new ButtonBuilder().setCustomId(pageId(view.page - 1, owner, ref)).setLabel('Previous').setEmoji('◀️').setStyle(ButtonStyle.Secondary).setDisabled(view.page === 0),
      new ButtonBuilder().setCustomId(`noop|${view.page}`).setLabel(`${view.page + 1} / ${view.pages}`).setStyle(ButtonStyle.Secondary).setDisabled(true),
      new ButtonBuilder().setCustomId(pageId(view.page + 1, owner, ref)).setLabel('Next').setEmoji('▶️').setStyle(ButtonStyle.Secondary).setDisabled(view.page >= view.pages - 1),
    );
  }
  if (ephemeral) buttons.push(new ButtonBuilder().setCustomId(shareId(view.page, ref)).setLabel('Share to channel').setStyle(ButtonStyle.Primary));
  return {
    content: view.content,
    embeds: view.embeds,
    components: buttons.length ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [],
    allowedMentions: NO_MENTIONS,
  };
}

/** An answer as an interaction reply: the message, ephemeral when asked. */
export function answerPayload(answer: Answer, ref: AnswerRef, options: ReplyOptions): ReplyPayload {
  return { ...answerMessage(answer, ref, options), ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** A short private notice: errors, cooldowns, other people's buttons. */
export function notice(content: string): { content: string; flags: MessageFlags.Ephemeral; allowedMentions: typeof NO_MENTIONS } {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}
