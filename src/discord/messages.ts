import type { Message, MessageReplyOptions } from 'discord.js';
import { answerLine } from '../commands/answerRef.ts';
import type { HandlerDeps } from './interactions.ts';
import { cooldownNotice } from './cooldown.ts';
import { NO_MENTIONS, answerMessage } from './reply.ts';

/**
 * Free text: in a DM every message is a question; in a server only a message that mentions
 * the bot (not @everyone, not a reply's ping). Never throws.
 */
export async function handleMessage(message: Message, deps: HandlerDeps): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !me) return;
  const direct = !message.inGuild();
  if (!direct && !message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return;
  const context = { message: message.id, user: message.author.id, guild: message.guildId ?? undefined, channel: message.channelId };
  try {
    const wait = deps.cooldown.take(message.author.id);
    if (wait > 0) {
      deps.logger.debug('message refused by cooldown', context);
      // One notice per window: a flood of messages must not become a flood of replies.
      if (deps.cooldown.shouldTell(message.author.id)) await message.reply({ content: cooldownNotice(wait), allowedMentions: NO_MENTIONS });
      return;
    }
    const text = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ');
    const ctx = deps.context();
    const { ref, answer } = answerLine(ctx, text);
    await message.reply(answerMessage(answer, ref, { ctx, owner: message.author.id }) as MessageReplyOptions);
  } catch (error) {
    deps.logger.error('message failed', { ...context, error });
  }
}
