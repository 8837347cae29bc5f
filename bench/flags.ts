import type { ParseArgsConfig } from 'node:util';
import { readOptions } from '../src/base/commandLine.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A bench script's command line, read as the bot's are: an option it does not know ("--quik")
 * stops it with the options it takes and exit code 2, not a run that measures something else.
 */
export function readFlags<O extends Options>(options: O, allowPositionals = false) {
  const commandLine = readOptions(process.argv.slice(2), options, allowPositionals);
  if (commandLine.ok) return commandLine;
  process.stderr.write(`${commandLine.problem}\n`);
  process.exit(2);
}
