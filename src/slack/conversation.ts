import type { ConversationSlot } from '../conversation/converse.ts';
import type { ConversationStore } from '../conversation/store.ts';

/** Where something was said in Slack: the workspace, the channel (a DM is one) and the thread, if any. */
export interface SlackPlace {
  team: string;
  channel: string;
  /** The thread's `thread_ts`; null outside a thread. */
  thread: string | null;
}

/** The start of every key of one person's conversations in a channel, its threads included. */
export function personIn({ team, channel }: Omit<SlackPlace, 'thread'>, user: string): string {
  return `slack:${team}:${channel}:${user}:`;
}

/**
 * The conversation of one person in one place: a DM, a channel, or a thread (a mention's
 * answer starts a thread: see events.ts). DMs, mentions, thread replies, slash commands and
 * the shortcut build it here, so that they meet in the same conversation.
 */
export function conversationSlot(store: ConversationStore, place: SlackPlace, user: string): ConversationSlot {
  return { store, key: `${personIn(place, user)}${place.thread ?? place.channel}` };
}
