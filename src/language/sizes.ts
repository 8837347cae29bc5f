const MB = 1024 * 1024;

/** How a language writes a size: its digits, its word for bytes and for megabytes ("4,650 bytes", "10,7 Mo"). */
export function sizeWriter(locale: string, bytesWord: string, mbWord: string): (bytes: number) => string {
  return (bytes) => (bytes < MB ? `${bytes.toLocaleString(locale)} ${bytesWord}` : `${(Math.round((bytes / MB) * 10) / 10).toLocaleString(locale, { useGrouping: false })} ${mbWord}`);
}

/** A size as English writes it, in `npm run import`'s messages and the logs: "4,650 bytes", "10.7 MB". */
export const sizeText = sizeWriter('en', 'bytes', 'MB');
