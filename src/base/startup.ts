import type { LogFormat } from './logger.ts';
import { createLogger, redact } from './logger.ts';
import { writeErr, writeOut } from './stdio.ts';

/**
 * Where a start-up problem is told: the log format in use (readable lines, or one JSON log line
 * per problem for a log collector), or `answer`, one JSON object on stdout for `ask --json`.
 */
export type ProblemOutput = LogFormat | 'answer';

/** Prints why the bot cannot start, one line per problem, and returns the exit code. */
export function startupProblem(problems: string[], output: ProblemOutput = 'text'): number {
  if (output === 'answer') {
    writeOut(`${JSON.stringify({ error: problems.map(redact) })}\n`);
  } else if (output === 'json') {
    const logger = createLogger('error', undefined, 'json');
    for (const problem of problems) logger.error('report-bot cannot start', { problem });
  } else {
    writeErr(`report-bot cannot start:\n${problems.map((p) => `  - ${redact(p)}`).join('\n')}\n`);
  }
  return 1;
}
