/** Bytes 0x80-0x9F in Windows-1252: curly quotes, dashes, the euro sign and a few letters. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decode(bytes: Uint8Array, label: string): string {
  const decoder = (() => {
    try {
      return new TextDecoder(label);
    } catch {
      return new TextDecoder('utf-8');
    }
  })();
  const text = decoder.decode(bytes);
  // Node 20 decodes windows-1252 (and "latin1", which means it on the web) as ISO-8859-1,
  // which turns its curly quotes and dashes into invisible control characters.
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c: string) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** A page in the charset its server names, else the one its <meta> names, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType = ''): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  return decode(bytes, label).replace(/^\uFEFF/, '');
}

/** UTF-8 (a BOM dropped), or Windows-1252 for older files that are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decode(bytes, 'windows-1252');
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
