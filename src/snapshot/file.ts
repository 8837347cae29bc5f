import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { writeSync } from 'node:fs';
import { BODY_SUM_AT, FORMAT_VERSION, HEADER_SUM_AT, MAGIC, PREAMBLE, SnapshotError, type SnapshotParts, type SnapshotPieces } from './format.ts';
import { parseHeader, type SnapshotHeader } from './header.ts';

/**
 * Reads and hashes a file in slices of this size: the reads wait on the thread pool and each
 * slice's hashing takes about a millisecond, so checking a 60 MB snapshot never holds up the
 * answers for longer than that.
 */
const SLICE = 1 << 20;

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** Writes a snapshot file (format.ts) to an open file. */
export function writeSnapshot(fd: number, { header, body }: SnapshotPieces): void {
  const preamble = Buffer.alloc(PREAMBLE);
  preamble.write(MAGIC, 0, 'latin1');
  preamble.writeUInt32LE(FORMAT_VERSION, 8);
  preamble.writeUInt32LE(header.byteLength, 12);
  sha256(header).copy(preamble, HEADER_SUM_AT);
  const bodySum = createHash('sha256');
  for (const piece of body) bodySum.update(piece);
  bodySum.digest().copy(preamble, BODY_SUM_AT);
  for (const chunk of [preamble, header, ...body]) {
    for (let written = 0; written < chunk.byteLength; ) written += writeSync(fd, chunk, written, chunk.byteLength - written);
  }
}

/** The preamble and header of a snapshot file, checked; the body is read only when asked for. */
async function readHeaderOf(handle: FileHandle, size: number): Promise<{ preamble: Buffer; header: Buffer }> {
  if (size < PREAMBLE) throw new SnapshotError('cut short');
  const preamble = Buffer.alloc(PREAMBLE);
  await readFully(handle, preamble, 0);
  if (preamble.toString('latin1', 0, 8) !== MAGIC) throw new SnapshotError('not a snapshot');
  const format = preamble.readUInt32LE(8);
  if (format !== FORMAT_VERSION) throw new SnapshotError(`format ${format}, not ${FORMAT_VERSION}`);
  const headerLength = preamble.readUInt32LE(12);
  if (PREAMBLE + headerLength > size) throw new SnapshotError('cut short');
  const header = Buffer.alloc(headerLength);
  await readFully(handle, header, PREAMBLE);
  if (!sha256(header).equals(preamble.subarray(HEADER_SUM_AT, HEADER_SUM_AT + 32))) throw new SnapshotError('checksum mismatch');
  return { preamble, header };
}

/** Fills `into` from `position` on, slice by slice, each slice added to `hash` as it arrives. */
async function readFully(handle: FileHandle, into: Uint8Array, position: number, hash?: Hash): Promise<void> {
  for (let read = 0; read < into.byteLength; ) {
    const { bytesRead } = await handle.read(into, read, Math.min(SLICE, into.byteLength - read), position + read);
    if (bytesRead === 0) throw new SnapshotError('cut short');
    hash?.update(into.subarray(read, read + bytesRead));
    read += bytesRead;
  }
}

/**
 * A snapshot file's header, checked, without reading its body: enough to tell whether it was
 * built from the reports and code at hand. Throws SnapshotError as readSnapshot does.
 */
export async function readSnapshotHeader(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    return (await readHeaderOf(handle, (await handle.stat()).size)).header;
  } finally {
    await handle.close();
  }
}

/**
 * Reads a snapshot file without holding up the event loop, the body into a buffer of its own
 * (what the bot keeps). Throws SnapshotError when it is not a snapshot, is of another format,
 * is cut short or does not match its checksums: such a file is never trusted.
 */
export async function readSnapshot(file: string): Promise<SnapshotParts> {
  return (await readSnapshotIf(file, () => true)) as SnapshotParts;
}

/**
 * `readSnapshot`, but null without reading the body when `wanted` refuses the header (built by
 * other code, from other reports). The header is parsed once, here, and read from the same open
 * file as the body, so that a snapshot saved meanwhile cannot pair one file's header with
 * another's body.
 */
export async function readSnapshotIf(file: string, wanted: (header: SnapshotHeader) => boolean): Promise<SnapshotParts | null> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const { preamble, header: headerBytes } = await readHeaderOf(handle, size);
    const header = parseHeader(headerBytes);
    if (!wanted(header)) return null;
    const bytes = size - PREAMBLE;
    const body = new ArrayBuffer(bytes - headerBytes.byteLength);
    const hash = createHash('sha256');
    await readFully(handle, new Uint8Array(body), PREAMBLE + headerBytes.byteLength, hash);
    if (!hash.digest().equals(preamble.subarray(BODY_SUM_AT, BODY_SUM_AT + 32))) throw new SnapshotError('checksum mismatch');
    return { header, body, bytes };
  } finally {
    await handle.close();
  }
}
