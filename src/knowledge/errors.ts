import type { KnowledgeProblem } from './types.ts';

/** `file:line: problem`, the way compilers name a place, so editors and CI logs link to it. */
export function describeProblem({ file, line, problem }: KnowledgeProblem): string {
  return line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`;
}

/** A knowledge file that cannot be read, with the place to fix it. */
export class KnowledgeError extends Error implements KnowledgeProblem {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(describeProblem({ file, line, problem }));
    this.name = 'KnowledgeError';
  }
}
