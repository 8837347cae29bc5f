/**
 * `npm run ask -- "/who-said open source is ahead"`: answers one command and exits.
 * `--json` prints one JSON object per command; without a command it reads one per line, each
 * on its own, or, with `--conversation`, as one conversation ("what else did he say?").
 */
import dotenv from 'dotenv';
import { createInterface } from 'node:readline';
import type { BotContext } from './commands/types.ts';
import { answerJson } from './console/json.ts';
import { answerLine, useColour } from './console/chat.ts';
import { converse, turnAnswer, type ConversationSlot } from './conversation/converse.ts';
import { ConversationStore } from './conversation/store.ts';
import { logFormatOf, readConfig } from './runtime/config.ts';
import { readCommandLine } from './base/commandLine.ts';
import { KnowledgeBase, knowledgeOptions } from './runtime/knowledgeBase.ts';
import { createLogger } from './base/logger.ts';
import { startupProblem } from './base/startup.ts';
import { drained, onceGone, writeErr, writeOut } from './base/stdio.ts';
import { messageOf } from './base/errorMessage.ts';

dotenv.config({ quiet: true });
// A reader that leaves (`… | head -1`) ends the program quietly, as it would a Unix tool.
onceGone(process.stdout, () => process.exit(0));

const USAGE = 'Usage: npm run ask -- [--json] [--conversation] [--knowledge DIR] "/who-said open source is ahead"\n       (or pipe one command per line into it)\n';

function answerOne(ctx: BotContext, text: string, json: boolean, slot: ConversationSlot | null): string {
  if (!json) return answerLine(ctx, text, useColour(process.stdout), slot);
  try {
    return JSON.stringify(answerJson(turnAnswer(converse(ctx, text, slot))));
  } catch (error) {
    return JSON.stringify({ command: null, query: text, results: [], message: `Sorry, something went wrong: ${messageOf(error)}` });
  }
}

async function main(): Promise<number> {
  const commandLine = readCommandLine(process.argv.slice(2), { json: { type: 'boolean' }, conversation: { type: 'boolean' } }, true);
  if (!commandLine.ok) {
    writeErr(`${commandLine.problem}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = commandLine;
  const { json = false, conversation = false } = values;
  // The words of an unquoted command (`ask -- /who-said open source`) are one command.
  const text = positionals.join(' ').trim();
  const slot = conversation ? { store: new ConversationStore(), key: 'stdin' } : null;
  const problemOutput = json ? 'answer' : logFormatOf(process.env);
  const configured = readConfig({ ...process.env, DISCORD_TOKEN: '' }, values);
  if (!configured.ok) return startupProblem(configured.problems, problemOutput);
  const { config } = configured;
  let ctx: BotContext;
  try {
    ctx = (await KnowledgeBase.open(config.knowledgeDir, createLogger(config.logLevel, undefined, config.logFormat), knowledgeOptions(config))).current();
  } catch (error) {
    return startupProblem([messageOf(error)], problemOutput);
  }
  if (text) {
    writeOut(`${answerOne(ctx, text, json, slot)}\n`);
    return 0;
  }
  if (process.stdin.isTTY) {
    writeErr(USAGE);
    return 2;
  }
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    // A reader that is behind holds up the next answer: the output waits rather than piling up in memory.
    if (line.trim() && !writeOut(`${answerOne(ctx, line, json, slot)}${json ? '' : '\n'}\n`)) await drained(process.stdout);
  }
  return 0;
}

process.exitCode = await main();
