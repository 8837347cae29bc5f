import { isUtf8 } from 'node:buffer';
import { KnowledgeError } from './errors.ts';

/**
 * A report's bytes as text: UTF-8 with or without a byte order mark, or UTF-16 with one.
 * Anything else is refused with the line of the first bad byte and how to convert the file,
 * rather than served garbled. Line endings are left alone (splitReport reads CR and CRLF as LF).
 */
export function decodeReport(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(file, bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(file, bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0 && looksLikeUtf16(bytes)) {
    throw new KnowledgeError(file, lineAt(bytes, nul), 'it looks like UTF-16 without a byte order mark: save it as UTF-8 (or as UTF-16 with a byte order mark)');
  }
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const byte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    const how = looksLikeWindows1252(bytes)
      ? `not UTF-8 (it looks like Latin-1/Windows-1252): convert it with \`${iconv(file)}\``
      : 'not UTF-8: save it as UTF-8, or convert it with `iconv -f <its encoding> -t UTF-8`';
    throw new KnowledgeError(file, lineAt(bytes, at), `${how} (byte ${byte} on this line is not UTF-8)`);
  }
  if (nul >= 0) throw new KnowledgeError(file, lineAt(bytes, nul), 'it holds NUL bytes, so it is not a text file');
  // TextDecoder drops a leading byte order mark.
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new KnowledgeError(file, null, `it starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}: save it as UTF-8`);
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF are caught by the second byte.
    const second = bytes[i + 1] as number;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** Windows-1252 leaves five bytes undefined; a file without them reads as Windows-1252 (and Latin-1). */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d || b === 0) return false;
  return true;
}

/** ASCII text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) odd++;
      else even++;
    }
  });
  return Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) < Math.max(even, odd) / 10;
}

/** The 1-based line of a byte offset, counting CR, LF and CRLF as one line end each. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** A command that converts the file in place, with the path quoted for a POSIX shell. */
function iconv(file: string): string {
  const quote = (text: string) => (/^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
  const [from, to] = [quote(file), quote(`${file}.utf8`)];
  return `iconv -f WINDOWS-1252 -t UTF-8 ${from} > ${to} && mv ${to} ${from}`;
}
