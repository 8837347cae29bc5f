/**
 * `npm run check-knowledge [-- --knowledge DIR]`: reads every report the way the bot does and
 * prints every problem as `file:line: problem`, for the CI of a knowledge repository. Exits 1
 * when a report cannot be read (or the folder is missing or empty), 0 with a one-line summary
 * otherwise. Entries that are not reports are listed with LOG_LEVEL=debug.
 */
import dotenv from 'dotenv';
import { plural } from './commands/answers.ts';
import { readConfigFromArgv } from './runtime/config.ts';
import { describeProblem } from './knowledge/errors.ts';
import { loadKnowledge } from './knowledge/load.ts';
import type { Knowledge } from './knowledge/types.ts';
import { createLogger, redact } from './base/logger.ts';
import { messageOf } from './base/errorMessage.ts';

dotenv.config({ quiet: true });

const say = (line: string) => process.stdout.write(`${redact(line)}\n`);

async function main(): Promise<number> {
  // The Discord settings play no part here: a half-configured token is not this script's problem.
  const configured = readConfigFromArgv({ ...process.env, DISCORD_TOKEN: '' }, process.argv.slice(2));
  if (!configured.ok) {
    for (const problem of configured.problems) say(problem);
    return 1;
  }
  const { knowledgeDir: dir, knowledgeMaxBytes: maxBytes, knowledgeMaxTotalBytes: maxTotalBytes, logLevel } = configured.config;
  let knowledge: Knowledge;
  try {
    knowledge = await loadKnowledge(dir, { maxBytes, maxTotalBytes });
  } catch (error) {
    say(messageOf(error));
    return 1;
  }
  const logger = createLogger(logLevel);
  for (const { file, reason } of knowledge.skipped) logger.debug('not a report, skipped', { file, reason });
  const skipped = knowledge.skipped.length ? `; ${plural(knowledge.skipped.length, 'other entry', 'other entries')} skipped (LOG_LEVEL=debug lists them)` : '';
  for (const problem of knowledge.problems) say(describeProblem(problem));
  const unread = knowledge.problems.length;
  if (unread) {
    say(`${unread} of ${plural(unread + knowledge.reports.length, 'report')} in ${dir} could not be read${skipped}.`);
    return 1;
  }
  const { reports, passages, speakers } = knowledge;
  say(`${dir}: ${plural(reports.length, 'report')}, ${plural(passages.length, 'passage')}, ${plural(speakers.length, 'speaker')}; every report reads${skipped}.`);
  return 0;
}

process.exitCode = await main();
