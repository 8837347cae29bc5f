import { inflateSync, constants } from 'node:zlib';

const END = Buffer.from('end');
/** How far back from a stream's keyword its dictionary is looked for. */
const DICTIONARY_REACH = 4_096;

/** A stream whose filters cannot be known without reading the PDF as pdf.js does. */
export class UncountableStream extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UncountableStream';
  }
}

/**
 * The bytes a PDF's compressed streams unpack to, pictures left out, counted only up to
 * `limit + 1`: what pdf.js would have to read through for the text. A few hundred kilobytes of
 * PDF can hold a content stream that unpacks to gigabytes (a "flate bomb": 680 KB makes 200 MB
 * of text drawing, which pdf.js reads for 2 minutes 40 before the process runs out of memory at
 * 4.6 GB), and every decoder a text stream may use can be one: LZW and run-length as well as
 * Flate, and any of them behind ASCII85 or hex. Each stream goes through its filters in order,
 * each filter's output stopped at what is left of the limit, so the count itself never holds
 * more than the limit. A stream whose filters are named elsewhere in the file, where they
 * cannot be found by reading it as text, is UncountableStream.
 */
export function unpackedStreamBytes(bytes: Uint8Array, limit: number): number {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The whole file as text, made only if a stream's filters are named in an object of their own.
  let whole: string | undefined;
  const text = () => (whole ??= data.toString('latin1'));
  let total = 0;
  let at = data.indexOf('stream', 0, 'latin1');
  while (at >= 0 && total <= limit) {
    const keywordEnd = at + 'stream'.length;
    const isKeyword = !data.subarray(Math.max(0, at - 3), at).equals(END) && (data[keywordEnd] === 0x0a || data[keywordEnd] === 0x0d);
    if (isKeyword) {
      const start = keywordEnd + (data[keywordEnd] === 0x0d && data[keywordEnd + 1] === 0x0a ? 2 : 1);
      const end = data.indexOf('endstream', start, 'latin1');
      if (end < 0) break;
      const before = data.subarray(Math.max(0, at - DICTIONARY_REACH), at).toString('latin1');
      const dictionary = before.slice(before.lastIndexOf(' obj') + 1);
      if (!/\/Subtype\s*\/Image\b/.test(dictionary)) total += decodedLength(data.subarray(start, end), filtersOf(dictionary, text), dictionary, limit - total + 1);
      at = data.indexOf('stream', end + 'endstream'.length, 'latin1');
    } else {
      at = data.indexOf('stream', keywordEnd, 'latin1');
    }
  }
  return total;
}

const NAME = /\/([^\s/[\]<>()%{}]+)/g;

/** The stream's filters in the order they apply: `/Filter /F`, `/Filter [/A /B]`, or either behind a reference. */
function filtersOf(dictionary: string, text: () => string): string[] {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()%{}]+|(\d+)\s+(\d+)\s+R\b)/.exec(dictionary);
  if (!filter?.[1]) return [];
  if (filter[2] === undefined) return [...filter[1].matchAll(NAME)].map((name) => name[1] as string);
  // An object that is only a name or an array of names, where the file has it as text.
  const object = new RegExp(String.raw`(?:^|[\s>\]])${filter[2]}\s+${filter[3]}\s+obj\s*(\[[^\]]*\]|\/[^\s/[\]<>()%{}]+)\s*endobj`).exec(text());
  if (!object?.[1]) throw new UncountableStream(`a stream's filters are in object ${filter[2]} ${filter[3]}, which cannot be read without opening the PDF`);
  return [...object[1].matchAll(NAME)].map((name) => name[1] as string);
}

/** A filter's output, or null where it would reach `ceiling`. */
type Decoder = (input: Buffer, ceiling: number, dictionary: string) => Buffer | null;

const DECODERS: Record<string, Decoder> = {
  FlateDecode: inflated,
  Fl: inflated,
  LZWDecode: lzw,
  LZW: lzw,
  RunLengthDecode: runLength,
  RL: runLength,
  ASCII85Decode: ascii85,
  A85: ascii85,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
};

/** A picture's own codecs: its pixels are never read for the text. */
const PICTURE_CODECS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

/**
 * What a stream unpacks to through its filters, at most `ceiling`. A picture's is not read for
 * the text. A filter there is no decoder for (Crypt, a misspelt name) passes the bytes on as
 * they stand, as pdf.js does; bytes no decoder made are in the file as they are, within the
 * size limit already, as are a stream's with no filter.
 */
function decodedLength(stream: Buffer, filters: string[], dictionary: string, ceiling: number): number {
  if (filters.some((filter) => PICTURE_CODECS.has(filter))) return 0;
  let data: Buffer | null = stream;
  for (const filter of filters) {
    const decode = DECODERS[filter];
    if (!decode) continue;
    data = decode(data, ceiling, dictionary);
    if (!data) return ceiling;
  }
  return data === stream ? 0 : Math.min(data.length, ceiling);
}

/** Inflated, at most `ceiling` bytes; a damaged stream gives what it yields before the damage. */
function inflated(stream: Buffer, ceiling: number): Buffer | null {
  try {
    const out = inflateSync(stream, { maxOutputLength: ceiling, finishFlush: constants.Z_SYNC_FLUSH });
    return out.length < ceiling ? out : null;
  } catch (error) {
    // Node stops at the ceiling with a RangeError: the stream unpacks to more than is left.
    if (error instanceof RangeError) return null;
    return Buffer.alloc(0);
  }
}

/** Bytes written into a buffer that grows as needed, never past `ceiling`. */
class Output {
  private buffer: Buffer;
  length = 0;

  constructor(
    private readonly ceiling: number,
    expected: number,
  ) {
    this.buffer = Buffer.alloc(Math.max(16, Math.min(ceiling, expected)));
  }

  get full(): boolean {
    return this.length >= this.ceiling;
  }

  push(byte: number): void {
    if (this.full) return;
    if (this.length === this.buffer.length) {
      const grown = Buffer.alloc(Math.min(this.ceiling, this.buffer.length * 2));
      this.buffer.copy(grown);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }

  /** What was written, or null if it reached the ceiling. */
  bytes(): Buffer | null {
    return this.full ? null : this.buffer.subarray(0, this.length);
  }
}

/**
 * LZW as the PDF reference (7.4.4) and pdf.js read it: 9- to 12-bit codes, 256 clears the
 * table, 257 ends the data; EarlyChange 1 (the default) widens the codes one code early.
 * One code can stand for up to 4,096 bytes: a few hundred kilobytes can hold gigabytes.
 */
function lzw(input: Buffer, ceiling: number, dictionary: string): Buffer | null {
  const earlyChange = /\/EarlyChange\s+0\b/.test(dictionary) ? 0 : 1;
  const out = new Output(ceiling, input.length * 4);
  const prefix = new Int32Array(4097);
  const last = new Uint8Array(4097);
  const lengths = new Uint16Array(4097);
  for (let code = 0; code < 256; code++) {
    last[code] = code;
    lengths[code] = 1;
  }
  const sequence = new Uint8Array(4097);
  let sequenceLength = 0;
  let nextCode = 258;
  let codeLength = 9;
  let previous = -1;
  let bits = 0;
  let bitCount = 0;
  let at = 0;
  while (!out.full) {
    while (bitCount < codeLength && at < input.length) {
      bits = ((bits << 8) | (input[at++] as number)) & 0xffffff;
      bitCount += 8;
    }
    if (bitCount < codeLength) break;
    const code = (bits >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
    bitCount -= codeLength;
    if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      previous = -1;
      continue;
    }
    if (code === 257) break;
    if (code < 256) {
      sequence[0] = code;
      sequenceLength = 1;
    } else if (code < nextCode && code < 4097) {
      sequenceLength = lengths[code] as number;
      for (let i = sequenceLength - 1, q = code; i >= 0; i--, q = prefix[q] as number) sequence[i] = last[q] as number;
    } else if (previous >= 0 && sequenceLength < sequence.length) {
      // The code about to be made: the previous sequence and its own first byte.
      sequence[sequenceLength++] = sequence[0] as number;
    } else break;
    if (previous >= 0 && nextCode < 4097) {
      prefix[nextCode] = previous;
      lengths[nextCode] = Math.min(4096, (lengths[previous] as number) + 1);
      last[nextCode] = sequence[0] as number;
      nextCode++;
      const widthAt = nextCode + earlyChange;
      if ((widthAt & (widthAt - 1)) === 0) codeLength = Math.min(Math.log2(widthAt) + 1, 12);
    }
    previous = code;
    for (let i = 0; i < sequenceLength; i++) out.push(sequence[i] as number);
  }
  return out.bytes();
}

/** Run-length (7.4.5): a length byte, then that many bytes to copy or one byte to repeat up to 128 times. */
function runLength(input: Buffer, ceiling: number): Buffer | null {
  const out = new Output(ceiling, input.length * 2);
  for (let at = 0; at < input.length && !out.full; ) {
    const length = input[at++] as number;
    if (length === 128) break;
    if (length < 128) {
      for (let i = 0; i <= length && at < input.length; i++) out.push(input[at++] as number);
    } else {
      const byte = input[at++];
      if (byte === undefined) break;
      for (let i = 0; i < 257 - length; i++) out.push(byte);
    }
  }
  return out.bytes();
}

/** ASCII85 (7.4.3): five characters for four bytes, "z" for four zeros, "~>" to end. */
function ascii85(input: Buffer, ceiling: number): Buffer | null {
  const out = new Output(ceiling, input.length);
  let group = 0;
  let count = 0;
  for (let at = 0; at < input.length && !out.full; at++) {
    const c = input[at] as number;
    if (c === 0x7e) break;
    if (c <= 0x20) continue;
    if (c === 0x7a && count === 0) {
      for (let i = 0; i < 4; i++) out.push(0);
      continue;
    }
    if (c < 0x21 || c > 0x75) break;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      for (let shift = 24; shift >= 0; shift -= 8) out.push((group >>> shift) & 0xff);
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    // A last, short group is padded with the highest digit and gives one byte fewer than it has characters.
    for (let i = count; i < 5; i++) group = group * 85 + 84;
    for (let i = 0, shift = 24; i < count - 1; i++, shift -= 8) out.push((group >>> shift) & 0xff);
  }
  return out.bytes();
}

/** Hexadecimal (7.4.2): two digits a byte, white space skipped, ">" to end. */
function asciiHex(input: Buffer, ceiling: number): Buffer | null {
  const out = new Output(ceiling, input.length / 2);
  let high = -1;
  for (let at = 0; at < input.length && !out.full; at++) {
    const c = input[at] as number;
    if (c === 0x3e) break;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out.push((high << 4) | digit);
      high = -1;
    }
  }
  if (high >= 0) out.push(high << 4);
  return out.bytes();
}
