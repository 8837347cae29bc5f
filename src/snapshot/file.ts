import { createHash, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { CHECKSUM_AT, FORMAT_VERSION, MAGIC, PREAMBLE, SnapshotError, type SnapshotParts } from './format.ts';

function checksum(parts: SnapshotParts): Buffer {
  return createHash('sha256').update(parts.header).update(new Uint8Array(parts.body)).digest();
}

/** Writes a snapshot file (format.ts) to an open file. */
export function writeSnapshot(fd: number, parts: SnapshotParts): void {
  const preamble = Buffer.alloc(PREAMBLE);
  preamble.write(MAGIC, 0, 'latin1');
  preamble.writeUInt32LE(FORMAT_VERSION, 8);
  preamble.writeUInt32LE(parts.header.byteLength, 12);
  checksum(parts).copy(preamble, CHECKSUM_AT);
  for (const chunk of [preamble, parts.header, new Uint8Array(parts.body)]) {
    for (let written = 0; written < chunk.byteLength; ) written += writeSync(fd, chunk, written, chunk.byteLength - written);
  }
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let read = 0; read < into.byteLength; ) {
    const n = readSync(fd, into, read, into.byteLength - read, position + read);
    if (n === 0) throw new SnapshotError('truncated');
    read += n;
  }
}

/**
 * Reads a snapshot file, the body into a buffer of its own (what the bot keeps). Throws
 * SnapshotError when it is not a snapshot, is of another format, is cut short or does not
 * match its checksum: such a file is never trusted.
 */
export function readSnapshot(file: string): SnapshotParts {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < PREAMBLE) throw new SnapshotError('truncated');
    const preamble = Buffer.alloc(PREAMBLE);
    readFully(fd, preamble, 0);
    if (preamble.toString('latin1', 0, 8) !== MAGIC) throw new SnapshotError('not a snapshot');
    const format = preamble.readUInt32LE(8);
    if (format !== FORMAT_VERSION) throw new SnapshotError(`format ${format}, not ${FORMAT_VERSION}`);
    const headerLength = preamble.readUInt32LE(12);
    if (PREAMBLE + headerLength > size) throw new SnapshotError('truncated');
    const header = Buffer.alloc(headerLength);
    readFully(fd, header, PREAMBLE);
    const body = new ArrayBuffer(size - PREAMBLE - headerLength);
    readFully(fd, new Uint8Array(body), PREAMBLE + headerLength);
    const parts = { header, body };
    if (!timingSafeEqual(checksum(parts), preamble.subarray(CHECKSUM_AT, CHECKSUM_AT + 32))) throw new SnapshotError('checksum mismatch');
    return parts;
  } finally {
    closeSync(fd);
  }
}
