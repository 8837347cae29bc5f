import { english } from '../language/en.ts';
import { problemSaid, type ImportProblem } from '../language/importProblems.ts';

/**
 * A document that cannot become a report: names the file or URL and what is wrong with it,
 * `reason` as data (it crosses the import worker's thread, and chat words it in the asker's
 * language); `problem` and the message are its English, for `npm run import` and the logs.
 */
export class ImportError extends Error {
  readonly problem: string;

  constructor(
    readonly source: string,
    readonly reason: ImportProblem,
  ) {
    const problem = problemSaid(english.replies.importProblems, reason);
    super(`${source}: ${problem}`);
    this.problem = problem;
    this.name = 'ImportError';
  }
}
