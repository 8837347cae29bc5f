import { about } from './about.ts';
import { findings } from './findings.ts';
import { makeHelp } from './help.ts';
import { newConversation } from './newConversation.ts';
import { quotes } from './quotes.ts';
import { search } from './search.ts';
import { speakers } from './speakers.ts';
import { summary } from './summary.ts';
import type { CommandSpec } from './types.ts';
import { whoSaid } from './whoSaid.ts';

const help = makeHelp(() => COMMANDS);

/** Every command, in the order help lists them. Adapters register exactly these. */
export const COMMANDS: CommandSpec[] = [whoSaid, findings, search, quotes, speakers, about, summary, newConversation, help];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
