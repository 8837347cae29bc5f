import type { ConversationSlot } from '../conversation/converse.ts';
import type { ConversationStore } from '../conversation/store.ts';

/** Where something was said in Discord: the server (none in a DM) and the channel, a thread being a channel of its own. */
export interface DiscordPlace {
  guild: string | null;
  channel: string | null;
}

/**
 * The conversation of one person in one place: a DM, a channel (replies to the bot there
 * included) or a thread. Messages over the gateway and slash commands over the gateway or over
 * HTTP build it here, so that they meet in the same conversation.
 */
export function conversationSlot(store: ConversationStore, { guild, channel }: DiscordPlace, user: string): ConversationSlot {
  return { store, key: `discord:${guild ?? 'dm'}:${channel ?? 'unknown'}:${user}` };
}
