/** A document that cannot become a report: names the file or URL and what is wrong with it. */
export class ImportError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'ImportError';
  }
}

const MB = 1024 * 1024;

/** A size as the messages give it: "4,650 bytes", "10.7 MB". */
export function sizeText(bytes: number): string {
  return bytes < MB ? `${bytes.toLocaleString('en')} bytes` : `${Math.round((bytes / MB) * 10) / 10} MB`;
}
