import type { Message, MessageReplyOptions } from 'discord.js';
import { converse, turnParts } from '../conversation/converse.ts';
import type { HandlerDeps } from './interactions.ts';
import { conversationSlot } from './conversation.ts';
import { cooldownNotice } from './cooldown.ts';
import { NO_MENTIONS, answerMessage } from './reply.ts';
import { placeOf } from './respond.ts';
import { withReportHelp } from '../commands/report.ts';
import { noticesFor } from '../commands/notices.ts';
import { messageAsker } from '../language/index.ts';

/** Why a message is a question to the bot. */
type Addressed = 'dm' | 'mention' | 'reply' | 'thread';

/**
 * Whether a message is for the bot: every DM; in a server, a message that mentions it (not
 * @everyone, not a role), a reply to one of its messages (with or without the reply's ping),
 * and, with the Message Content intent, a message in a thread where the bot is talking with its
 * writer (answered them there within the last 15 minutes). Null: someone else's talk.
 */
function addressed(message: Message, me: string, deps: HandlerDeps, active: () => boolean): Addressed | null {
  if (!message.inGuild()) return 'dm';
  if (message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return 'mention';
  if (message.mentions.repliedUser?.id === me) return 'reply';
  // A channel the client has not cached (it should have: threads come with the Guilds intent) is not a thread it answered in.
  const channel = message.channel as Message['channel'] | null;
  if (deps.threads && channel?.isThread() && active()) return 'thread';
  return null;
}

/**
 * Free text, answered in the writer's conversation in that place (a DM, a channel, a thread),
 * so that "what else did he say?" follows the answer before it. Never throws.
 */
export async function handleMessage(message: Message, deps: HandlerDeps): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !me) return;
  const slot = conversationSlot(deps.conversations, { guild: message.guildId, channel: message.channelId }, message.author.id);
  const via = addressed(message, me.id, deps, () => slot.store.active(slot.key));
  if (!via) return;
  const context = { message: message.id, user: message.author.id, guild: message.guildId ?? undefined, channel: message.channelId, via };
  const text = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ');
  // A reply whose ping was turned off reaches a bot without the Message Content intent with no
  // text: there is nothing to answer (an empty mention or DM still gets the help).
  if ((via === 'reply' || via === 'thread') && !text.trim()) {
    deps.logger.debug('message without its text not answered', context);
    return;
  }
  // Discord gives a message no user's locale: the question's language, else the server's.
  const asker = messageAsker(text, message.guild?.preferredLocale);
  try {
    const wait = deps.cooldown.take(message.author.id);
    if (wait > 0) {
      deps.logger.debug('message refused by cooldown', context);
      // One notice per window: a flood of messages must not become a flood of replies.
      if (deps.cooldown.shouldTell(message.author.id)) await message.reply({ content: cooldownNotice(wait, asker), allowedMentions: NO_MENTIONS });
      return;
    }
    if (deps.ready && !(await deps.ready(placeOf(message.guildId)))) {
      await message.reply({ content: noticesFor(asker).placeLoading, allowedMentions: NO_MENTIONS });
      return;
    }
    const ctx = deps.context(placeOf(message.guildId));
    const turn = converse(ctx, text, slot, asker);
    // A two-part question: each part a reply of its own, with its own page buttons.
    for (const { ref, answer } of turnParts(turn)) {
      deps.feedback?.unanswered(placeOf(message.guildId), answer);
      await message.reply(answerMessage(withReportHelp(answer, placeOf(message.guildId)), ref, { ctx, owner: message.author.id }) as MessageReplyOptions);
    }
  } catch (error) {
    deps.logger.error('message failed', { ...context, error });
  }
}
