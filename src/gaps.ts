/**
 * `npm run gaps`: every place's most frequent unanswered and 👎 questions within FEEDBACK_DAYS,
 * for the operator (a server's managers see their own with /report gaps). Reads PostgreSQL with
 * DATABASE_URL, else the feedback file under the knowledge folder.
 */
import { DEFAULT_LANGUAGE } from './language/index.ts';
import dotenv from 'dotenv';
import { gapsAnswer, reportText } from './commands/report.ts';
import { readConfigFromArgv } from './runtime/config.ts';
import type { Gap } from './commands/report.ts';
import { Feedback } from './runtime/feedback.ts';
import { feedbackFileOf, FileFeedbackStore } from './runtime/feedbackFile.ts';
import { createLogger, redact, type Logger } from './base/logger.ts';
import { messageOf } from './base/errorMessage.ts';

/** The operator reads the gaps in the bot's default language. */
const OPERATOR = DEFAULT_LANGUAGE.replies.report;
import { startupProblem } from './base/startup.ts';

dotenv.config({ quiet: true });

/** Enough to see the pattern across places; one place's own list is /report gaps. */
const SHOWN = 50;

async function main(): Promise<number> {
  // The platforms' settings play no part here: a half-configured token is not this script's problem.
  const configured = readConfigFromArgv({ ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' }, process.argv.slice(2));
  if (!configured.ok) return startupProblem(configured.problems);
  const { config } = configured;
  const logger = createLogger(config.logLevel);
  let feedback: Feedback;
  try {
    feedback = await openFeedback(config.databaseUrl, config.knowledgeDir, logger, config.feedback.days);
  } catch (error) {
    return startupProblem([messageOf(error)]);
  }
  try {
    const gaps = await feedback.gaps(undefined, SHOWN);
    if (!config.feedback.enabled) process.stdout.write('FEEDBACK=off: nothing new is recorded; what was recorded before is shown.\n');
    const places = new Map<string, Gap[]>();
    for (const gap of gaps) places.set(gap.place ?? 'direct messages', [...(places.get(gap.place ?? 'direct messages') ?? []), gap]);
    if (!places.size) process.stdout.write(`${reportText(gapsAnswer([], OPERATOR))}\n`);
    for (const [place, own] of places) process.stdout.write(`${place}\n${gapsAnswer(own, OPERATOR).lines.join('\n')}\n`);
    return 0;
  } finally {
    await feedback.close();
  }
}

async function openFeedback(url: string | null, knowledgeDir: string, logger: Logger, days: number): Promise<Feedback> {
  if (!url) return new Feedback(new FileFeedbackStore(feedbackFileOf(knowledgeDir)), logger, { days });
  const { openDatabase } = await import('./runtime/database.ts');
  const { PgFeedbackStore } = await import('./runtime/feedbackPg.ts');
  const pool = await openDatabase(url, logger);
  return new Feedback(new PgFeedbackStore(pool, true), logger, { days });
}

process.exitCode = await main().catch((error: unknown) => startupProblem([redact(messageOf(error))]));
