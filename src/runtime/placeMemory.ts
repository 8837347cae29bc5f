/**
 * The places whose knowledge is in memory, least recently used first, each weighed in bytes:
 * past the budget the least recently used are let go of, never the one just added, so a place
 * larger than the whole budget still answers (alone). Knows nothing of knowledge: what it holds
 * is whoever uses it's to close.
 */
export class PlaceMemory<T> {
  /** A Map iterates in insertion order: a use moves the place to the end, the most recent. */
  private readonly held = new Map<string, { value: T; bytes: number }>();
  private total = 0;

  constructor(readonly budgetBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.held.size;
  }

  keys(): string[] {
    return [...this.held.keys()];
  }

  has(place: string): boolean {
    return this.held.has(place);
  }

  /** The place's value without counting it as a use (a reload, a watcher). */
  peek(place: string): T | undefined {
    return this.held.get(place)?.value;
  }

  /** The place's value, now the most recently used. */
  use(place: string): T | undefined {
    const entry = this.held.get(place);
    if (!entry) return undefined;
    this.held.delete(place);
    this.held.set(place, entry);
    return entry.value;
  }

  /** Holds (or weighs again) a place as the most recently used; what no longer fits is returned, let go of. */
  set(place: string, value: T, bytes: number): T[] {
    const dropped: T[] = [];
    const before = this.held.get(place);
    if (before) {
      this.held.delete(place);
      this.total -= before.bytes;
      if (before.value !== value) dropped.push(before.value);
    }
    this.held.set(place, { value, bytes });
    this.total += bytes;
    for (const [other, entry] of this.held) {
      if (this.total <= this.budgetBytes || other === place) break;
      this.held.delete(other);
      this.total -= entry.bytes;
      dropped.push(entry.value);
    }
    return dropped;
  }

  /** Lets go of a place (no report left); its value, if it was held. */
  delete(place: string): T | undefined {
    const entry = this.held.get(place);
    if (!entry) return undefined;
    this.held.delete(place);
    this.total -= entry.bytes;
    return entry.value;
  }

  /** Lets go of every place. */
  clear(): T[] {
    const all = [...this.held.values()].map((e) => e.value);
    this.held.clear();
    this.total = 0;
    return all;
  }
}
