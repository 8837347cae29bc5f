/**
 * A per-user pause between commands: one user's flood meets a polite notice while everyone
 * else is answered as usual. Entries older than the pause are dropped as the map grows.
 */
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may go ahead (and the use is recorded), else the milliseconds left. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const window = this.seconds * 1000;
    const previous = this.last.get(userId);
    if (previous !== undefined && now - previous < window) return window - (now - previous);
    this.last.set(userId, now);
    if (this.last.size > 10_000) {
      for (const [user, at] of this.last) if (now - at >= window) this.last.delete(user);
    }
    return 0;
  }
}
