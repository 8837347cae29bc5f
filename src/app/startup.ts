import { redact } from './logger.ts';

/** Prints why the bot cannot start, one line per problem, and returns the exit code. */
export function startupProblem(problems: string[], json = false): number {
  if (json) {
    process.stdout.write(`${JSON.stringify({ error: problems.map(redact) })}\n`);
  } else {
    process.stderr.write(`report-bot cannot start:\n${problems.map((p) => `  - ${redact(p)}`).join('\n')}\n`);
  }
  return 1;
}
