import { inflateSync, constants } from 'node:zlib';

const END = Buffer.from('end');
/** How far back from a stream's keyword its dictionary is looked for. */
const DICTIONARY_REACH = 4_096;

/**
 * The bytes a PDF's compressed streams unpack to, pictures left out, counted only up to
 * `limit + 1`: what pdf.js would have to read through for the text. A few hundred kilobytes of
 * PDF can hold a content stream that unpacks to gigabytes (a "flate bomb": 680 KB made 200 MB
 * of text drawing, which pdf.js read for 2 minutes 40 before the process ran out of memory at
 * 4.6 GB). Each stream is inflated with Node's own ceiling on its output, so the count itself
 * never holds more than the limit. A stream that is not plain Flate (LZW, or a chain of filters)
 * is not counted.
 */
export function unpackedStreamBytes(bytes: Uint8Array, limit: number): number {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
      if (isPlainFlate(dictionary) && !/\/Subtype\s*\/Image\b/.test(dictionary)) total += inflatedLength(data.subarray(start, end), limit - total + 1);
      at = data.indexOf('stream', end + 'endstream'.length, 'latin1');
    } else {
      at = data.indexOf('stream', keywordEnd, 'latin1');
    }
  }
  return total;
}

function isPlainFlate(dictionary: string): boolean {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dictionary)?.[1] ?? '';
  return /^(?:\/(?:FlateDecode|Fl)|\[\s*\/(?:FlateDecode|Fl)\s*\])$/.test(filter.trim());
}

/** What one stream inflates to, at most `ceiling` bytes; a damaged stream counts what it yields before the damage. */
function inflatedLength(stream: Buffer, ceiling: number): number {
  try {
    return inflateSync(stream, { maxOutputLength: ceiling, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    // Node stops at the ceiling with a RangeError: the stream unpacks to more than is left.
    if (error instanceof RangeError) return ceiling;
    return 0;
  }
}
