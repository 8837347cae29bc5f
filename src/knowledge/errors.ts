/** A knowledge file that cannot be read, with the place to fix it. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}
