import { repliesFor } from '../commands/answers.ts';
import type { Asker } from '../commands/types.ts';

/**
 * A per-user allowance: `burst` commands in any `seconds`-second window. People ask two or
 * three things in a row; a flood beyond that meets a polite notice while everyone else is
 * answered as usual. Users whose window has passed are dropped as the map grows.
 */
export class Cooldown {
  private readonly uses = new Map<string, number[]>();
  private readonly told = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly burst = 1,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may go ahead (and the use is recorded), else the milliseconds until they may. */
  take(userId: string): number {
    if (this.seconds <= 0 || this.burst <= 0) return 0;
    const now = this.now();
    const window = this.seconds * 1000;
    const recent = (this.uses.get(userId) ?? []).filter((at) => now - at < window);
    if (recent.length >= this.burst) {
      this.uses.set(userId, recent);
      return window - (now - (recent[0] as number));
    }
    recent.push(now);
    this.uses.set(userId, recent);
    if (this.uses.size > 10_000) this.forget(now, window);
    return 0;
  }

  /** True the first time in a window that a refused user is told so: one notice, not one per message of a flood. */
  shouldTell(userId: string): boolean {
    const now = this.now();
    const last = this.told.get(userId);
    if (last !== undefined && now - last < this.seconds * 1000) return false;
    this.told.set(userId, now);
    return true;
  }

  private forget(now: number, window: number): void {
    for (const [user, times] of this.uses) if (now - (times[times.length - 1] as number) >= window) this.uses.delete(user);
    for (const [user, at] of this.told) if (now - at >= window) this.told.delete(user);
  }
}

/** What a user who asks too fast is told, in their language where the platform gives it. */
export function cooldownNotice(waitMs: number, asker: Asker): string {
  return repliesFor(asker).slowDown(Math.ceil(waitMs / 1000));
}
