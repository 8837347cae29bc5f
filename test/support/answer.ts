import { interpret, knowsIn, runCommand, unknownCommand, usesIn } from '../../src/commands/interpret.ts';
import type { Answer, BotContext } from '../../src/commands/types.ts';

/** Answers one line of text as the bot reads it, outside a conversation: what the tests and `npm run pass-rates` ask. */
export function answerText(ctx: BotContext, line: string): Answer {
  const parsed = interpret(line, knowsIn(ctx), usesIn(ctx));
  if ('unknown' in parsed) return unknownCommand(parsed.unknown, {});
  return runCommand(ctx, parsed.command, parsed.input);
}
