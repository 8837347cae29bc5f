import type { Memory } from './memory.ts';

/** A conversation ends after this long without a message (the 15 minutes). */
export const CONVERSATION_MS = 15 * 60 * 1000;
/** Bounded: the oldest conversations are forgotten first when this many are open. */
const MAX_CONVERSATIONS = 10_000;

/**
 * The conversations a bot is having, each under a key for a person in a place (a DM, a channel,
 * a thread): what its last answer left behind. In memory only, bounded in count and in time; a
 * restart forgets them, as a person would expect of a chat.
 */
export class ConversationStore {
  private readonly open = new Map<string, { memory: Memory; at: number }>();

  constructor(
    private readonly ttlMs = CONVERSATION_MS,
    private readonly max = MAX_CONVERSATIONS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Memory | null {
    const entry = this.open.get(key);
    if (!entry) return null;
    if (this.now() - entry.at > this.ttlMs) {
      this.open.delete(key);
      return null;
    }
    return entry.memory;
  }

  set(key: string, memory: Memory): void {
    // Re-inserted, so that the Map's order is the order of last use.
    this.open.delete(key);
    this.open.set(key, { memory, at: this.now() });
    while (this.open.size > this.max) this.open.delete(this.open.keys().next().value as string);
  }

  forget(key: string): void {
    this.open.delete(key);
  }

  get size(): number {
    return this.open.size;
  }
}
