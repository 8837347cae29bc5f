import { inflateRawSync } from 'node:zlib';
import { sizeText } from '../language/sizes.ts';
import { errorCode, messageOf } from '../base/errorMessage.ts';

/**
 * Reading a zip archive (a .docx) without trusting it: the central directory is read first,
 * and its entry count and the sizes it states are checked before a byte is unpacked; an entry
 * is then inflated with its stated size as a hard ceiling, so one that lies about it stops
 * there. JSZip trusts both, and a 612 KB file can unpack to 200 MB of XML.
 */

/** An archive that cannot be read (`damaged`) or that is refused for its size. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly damaged: boolean,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As the central directory states it: checked, never believed, when unpacking. */
  size: number;
  localHeader: number;
}

/** Far more than a Word file holds (a few dozen parts, plus its pictures). */
export const MAX_ZIP_ENTRIES = 10_000;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = (why: string) => new ZipError(why, true);

/** The entries the central directory lists, at most `maxEntries` of them. */
export function zipEntries(bytes: Buffer, maxEntries = MAX_ZIP_ENTRIES): ZipEntry[] {
  const { count, offset, size } = centralDirectory(bytes);
  if (count > maxEntries) throw new ZipError(`the archive holds ${count.toLocaleString('en')} entries, more than the ${maxEntries.toLocaleString('en')} allowed`, false);
  if (offset + size > bytes.length) throw damaged('the zip directory runs past the end of the file');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw damaged('the zip directory is broken');
    const flags = bytes.readUInt16LE(p + 8);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw damaged('the zip directory is broken');
    const sizes = { size: bytes.readUInt32LE(p + 24), compressedSize: bytes.readUInt32LE(p + 20), localHeader: bytes.readUInt32LE(p + 42) };
    zip64Sizes(bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), sizes);
    entries.push({
      name: bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      method: bytes.readUInt16LE(p + 10),
      encrypted: (flags & 1) === 1,
      ...sizes,
    });
    p = end;
  }
  return entries;
}

/** An entry's bytes, never more than the size the directory states for it. */
export function unpack(bytes: Buffer, entry: ZipEntry): Buffer {
  if (entry.encrypted) throw damaged(`${entry.name} is encrypted`);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw damaged(`${entry.name} is missing`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw damaged(`${entry.name} is cut short`);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw damaged(`${entry.name} is not the size the directory states`);
    return data;
  }
  if (entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}, unknown here`);
  const tooLarge = () => new ZipError(`${entry.name} unpacks to more than the ${sizeText(entry.size)} the zip directory states (a zip bomb, or a damaged file)`, false);
  let unpacked: Buffer;
  try {
    unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if (errorCode(error) === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw damaged(`${entry.name} does not unpack (${messageOf(error)})`);
  }
  if (unpacked.length > entry.size) throw tooLarge();
  return unpacked;
}

function centralDirectory(bytes: Buffer): { count: number; offset: number; size: number } {
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (bytes.readUInt32LE(p) === EOCD && p + 22 + bytes.readUInt16LE(p + 20) <= bytes.length) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw damaged('no zip directory found');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { count, offset, size };
  // Zip64: the real values are in a record the locator before the end record points to.
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damaged('the zip64 directory is missing');
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) throw damaged('the zip64 directory is broken');
  return {
    count: safeNumber(bytes.readBigUInt64LE(record + 32)),
    size: safeNumber(bytes.readBigUInt64LE(record + 40)),
    offset: safeNumber(bytes.readBigUInt64LE(record + 48)),
  };
}

/** Sizes too large for 32 bits are 0xFFFFFFFF in the directory, the real ones in a zip64 extra field. */
function zip64Sizes(extra: Buffer, sizes: { size: number; compressedSize: number; localHeader: number }): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      for (const key of ['size', 'compressedSize', 'localHeader'] as const) {
        if (sizes[key] !== 0xffffffff) continue;
        if (q + 8 > p + 4 + length) throw damaged('the zip64 sizes are broken');
        sizes[key] = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
      }
      return;
    }
    p += 4 + length;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('the zip directory states impossible sizes');
  return Number(value);
}
