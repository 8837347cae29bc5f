import type { Memory } from './memory.ts';

/** A conversation ends after this long without a message (the 15 minutes). */
export const CONVERSATION_MS = 15 * 60 * 1000;
/** Bounded: the oldest conversations are forgotten first when this many are open. */
const MAX_CONVERSATIONS = 10_000;

/**
 * The conversations a bot is having, each under a key for a person in a place (a DM, a channel,
 * a thread): what its last answer left behind. In memory only, bounded in count and in time; a
 * restart forgets them, as a person would expect of a chat.
 *
 * A conversation can be open with nothing remembered (after `/new`): the bot is still talking
 * with that person there, which is what lets a thread go on without a mention (`active`).
 */
export class ConversationStore {
  private readonly open = new Map<string, { memory: Memory | null; at: number }>();

  constructor(
    private readonly ttlMs = CONVERSATION_MS,
    private readonly max = MAX_CONVERSATIONS,
    private readonly now: () => number = Date.now,
  ) {}

  private entry(key: string): { memory: Memory | null; at: number } | null {
    const entry = this.open.get(key);
    if (!entry) return null;
    if (this.now() - entry.at > this.ttlMs) {
      this.open.delete(key);
      return null;
    }
    return entry;
  }

  get(key: string): Memory | null {
    return this.entry(key)?.memory ?? null;
  }

  /** Whether the bot has answered this person in this place within the last 15 minutes (`/new` too). */
  active(key: string): boolean {
    return this.entry(key) !== null;
  }

  set(key: string, memory: Memory | null): void {
    // Re-inserted, so that the Map's order is the order of last use.
    this.open.delete(key);
    this.open.set(key, { memory, at: this.now() });
    while (this.open.size > this.max) this.open.delete(this.open.keys().next().value as string);
  }

  /** A message answered without leaving anything new: the conversation goes on, its 15 minutes from now. */
  touch(key: string): void {
    const entry = this.entry(key);
    if (entry) this.set(key, entry.memory);
  }

  /** `/new`: nothing remembered, the conversation still open. */
  forget(key: string): void {
    this.set(key, null);
  }

  /** Forgets every conversation whose key starts with `prefix` (a person's, in a place and all its threads). */
  forgetStartingWith(prefix: string): void {
    for (const [key, entry] of this.open) if (key.startsWith(prefix)) entry.memory = null;
  }

  get size(): number {
    return this.open.size;
  }
}
