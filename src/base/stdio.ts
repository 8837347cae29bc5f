/**
 * Standard output and error whose reader may go away: a pipe to a log collector that restarts,
 * `npm start 2>&1 | head`, a terminal that closes. A write then fails with EPIPE, which Node
 * reports as an 'error' event on the stream; unheard, that becomes an uncaught exception, and
 * reporting it writes to the same broken stream again. Here a failed stream is marked gone and
 * every later write to it is dropped at no cost.
 */
import type { Writable } from 'node:stream';

const gone = new WeakSet<Writable>();
const guarded = new WeakSet<Writable>();

function guard(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', () => gone.add(stream));
}

/** Calls `onGone` once when `stream` can no longer be written (its reader left). */
export function onceGone(stream: Writable, onGone: () => void): void {
  guard(stream);
  stream.once('error', onGone);
}

/**
 * Writes `text`, or drops it when the stream's reader has gone; never throws. False when the
 * reader is behind (the stream's buffer is full): who writes more should wait for 'drain', or
 * a reader that never reads would have the output pile up in memory.
 */
export function writeTo(stream: Writable, text: string): boolean {
  guard(stream);
  if (gone.has(stream) || stream.destroyed) return true;
  try {
    return stream.write(text);
  } catch {
    // A synchronous failure (a file descriptor closed under us): the same as a reader gone.
    gone.add(stream);
    return true;
  }
}

/** Resolves when the reader has caught up with what was written, or has gone. */
export function drained(stream: Writable): Promise<void> {
  if (gone.has(stream) || stream.destroyed || !stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done).once('error', done).once('close', done);
  });
}

export const writeOut = (text: string): boolean => writeTo(process.stdout, text);
export const writeErr = (text: string): boolean => writeTo(process.stderr, text);
