import type { Logger } from './logger.ts';

/**
 * How long a stop may take. A supervisor waits longer before it kills (systemd 90 s, Docker
 * 10 s), but an operator waiting on Ctrl-C or a deploy should not: closing a gateway, a server
 * and a watcher takes milliseconds when the other side answers, and when it does not, waiting
 * longer rarely helps.
 */
export const DEADLINE_MS = 3000;

/**
 * A signal this soon after the first is the same request delivered twice, not a second one:
 * Ctrl-C on `npm start` reaches the whole foreground group, npm and the bot, and npm then
 * passes its own copy on to the bot.
 */
export const ECHO_MS = 1000;

/**
 * One thing that must close. An HTTP server, for example: `close` resolves in the callback of
 * `server.close()` (which lets requests in flight finish and drops idle keep-alive
 * connections), and `force` is `server.closeAllConnections()`.
 */
export interface Part {
  /** Named in the log when it does not close: "discord gateway", "http server", "shard 1". */
  name: string;
  close(): Promise<void> | void;
  /** Ends it at once when the deadline passes (a child process: SIGKILL). */
  force?(): void;
}

export interface ShutdownOptions {
  deadlineMs?: number;
  echoMs?: number;
  /** Leaves the process; tests give a recorder. */
  exit?: (code: number) => void;
}

/**
 * Owns what must close before the process exits: the Discord gateway, the HTTP server, the
 * knowledge folder's watcher, shard processes. Each adapter adds its parts as it starts them,
 * and removes one that ends by itself (the terminal chat at the end of its input). Every other
 * way out (a signal, a failed start, the shard manager's request) goes through `stop`, which
 * closes them all at once and exits 0 when all closed.
 * A second signal, or the deadline passing, exits 1 at once, naming what did not close.
 */
export class Shutdown {
  private readonly parts = new Set<Part>();
  private readonly closing = new Set<Part>();
  private stopping: Promise<void> | null = null;
  private readonly deadlineMs: number;
  private readonly echoMs: number;
  private signalledAt: number | null = null;
  private readonly exit: (code: number) => void;
  private exited = false;

  constructor(
    private readonly logger: Logger,
    { deadlineMs = DEADLINE_MS, echoMs = ECHO_MS, exit = (code) => process.exit(code) }: ShutdownOptions = {},
  ) {
    this.deadlineMs = deadlineMs;
    this.echoMs = echoMs;
    this.exit = (code) => {
      // After the deadline the stop may still finish: the first exit is the one that counts.
      if (this.exited) return;
      this.exited = true;
      exit(code);
    };
  }

  /** Adds a part; the returned function removes it again (a part that ended by itself). */
  add(part: Part): () => void {
    this.parts.add(part);
    return () => this.parts.delete(part);
  }

  get started(): boolean {
    return this.stopping !== null;
  }

  /**
   * Stops on SIGINT and SIGTERM; a second signal exits at once. Only signals count as the
   * first: a shard asked to stop by its manager still stops gracefully on the terminal's Ctrl-C.
   */
  listen(signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
    for (const signal of signals) {
      process.on(signal, () => {
        const now = performance.now();
        if (this.signalledAt === null) {
          this.signalledAt = now;
          void this.stop({ signal });
        } else if (now - this.signalledAt >= this.echoMs) {
          this.abandon('second signal: exiting without waiting', { signal });
        }
      });
    }
  }

  /**
   * Closes every part, then exits: 0 when everything closed and `code` is 0, else 1. Parts added
   * while closing are closed too. Calling it again returns the stop already under way.
   */
  stop(why: Record<string, unknown>, code = 0): Promise<void> {
    if (this.stopping) return this.stopping;
    const startedAt = performance.now();
    this.logger.info('shutting down', { ...why, deadlineMs: this.deadlineMs });
    const deadline = setTimeout(() => this.abandon('shutdown deadline passed: exiting without waiting', { deadlineMs: this.deadlineMs }), this.deadlineMs);
    this.stopping = (async () => {
      const closed: string[] = [];
      let failed = false;
      while (this.parts.size) {
        const batch = [...this.parts];
        this.parts.clear();
        await Promise.all(
          batch.map(async (part) => {
            this.closing.add(part);
            try {
              await part.close();
              closed.push(part.name);
            } catch (error) {
              failed = true;
              this.logger.error('could not close', { part: part.name, error });
            } finally {
              this.closing.delete(part);
            }
          }),
        );
      }
      clearTimeout(deadline);
      this.logger.info('stopped', { closed, ms: Math.round(performance.now() - startedAt) });
      this.exit(failed || code !== 0 ? 1 : 0);
    })();
    return this.stopping;
  }

  /** Forces whatever has not closed and exits 1, saying what it was. */
  private abandon(message: string, context: Record<string, unknown>): void {
    const left = [...this.closing, ...this.parts];
    for (const part of left) {
      try {
        part.force?.();
      } catch {
        // Exiting anyway: a part that cannot even be forced is named below.
      }
    }
    this.logger.error(message, { ...context, notClosed: left.map((p) => p.name) });
    this.exit(1);
  }
}
