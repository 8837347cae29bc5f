import { about } from './about.ts';
import { findings } from './findings.ts';
import { makeHelp } from './help.ts';
import { newConversation } from './newConversation.ts';
import { quotes } from './quotes.ts';
import { search } from './search.ts';
import { speakers } from './speakers.ts';
import { summary } from './summary.ts';
import type { CommandInput, CommandSpec, Input } from './types.ts';
import type { CommandName } from '../language/types.ts';
import { whoSaid } from './whoSaid.ts';

const help = makeHelp(() => COMMANDS);

/** Every command, in the order help lists them. Adapters register exactly these. */
export const COMMANDS = [whoSaid, findings, search, quotes, speakers, about, summary, newConversation, help] as const;
/** Each language names every command (src/language/types.ts): a command not among these does not compile. */
export const COMMAND_NAMES: readonly CommandName[] = COMMANDS.map((c) => c.name);

type RefTo<C> = C extends CommandSpec<infer Name, infer Option, infer Hidden> ? { command: Name; input: Input<Option | Hidden> } : never;

/**
 * A command and the values it runs on, each command's input keyed by its own options: what a
 * typed line, a slash command or a button asks for, and enough to compute the answer again,
 * even after a restart.
 */
export type AnswerRef = RefTo<(typeof COMMANDS)[number]>;

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/**
 * The one way values found by option name (a slash command's options, a button's, a line's
 * "speaker:… topic:…" or text after the command) become a command's input: the compiler
 * cannot check names that arrive at run time, so only the command's own options are kept.
 */
export function refOf(spec: CommandSpec, values: CommandInput): AnswerRef {
  const input: CommandInput = {};
  for (const { name } of spec.options) if (name in values) input[name] = values[name];
  // The asker's language goes with the options, so that a page turned is in it too.
  if (values.lang) input.lang = values.lang;
  return { command: spec.name, input } as AnswerRef;
}
