import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `--knowledge DIR`, which every entry point takes and readConfig reads. */
const KNOWLEDGE = { knowledge: { type: 'string' } } as const;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>;

export type CommandLine<O extends Options> = ({ ok: true } & Pick<Parsed<O>, 'values' | 'positionals'>) | { ok: false; problem: string };

/** An entry point's command line: its own options and `--knowledge` (readOptions). */
export function readCommandLine<O extends Options>(argv: string[], options: O, allowPositionals = false): CommandLine<O & typeof KNOWLEDGE> {
  return readOptions(argv, { ...KNOWLEDGE, ...options }, allowPositionals);
}

/**
 * A command line, read strictly: an option it does not know, a value given to a flag, or an
 * argument where it takes none is a problem in words, not a thrown TypeError.
 */
export function readOptions<O extends Options>(argv: string[], options: O, allowPositionals = false): CommandLine<O> {
  try {
    const { values, positionals } = parseArgs({ args: emptyWhereMissing(argv, options), options, strict: true, allowPositionals });
    return { ok: true, values, positionals };
  } catch (error) {
    if (!isParseError(error)) throw error;
    const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknownOption(argv, options) : undefined;
    return { ok: false, problem: unknown ? `unknown option ${unknown} (the options are ${Object.keys(options).map((name) => `--${name}`).join(', ')})` : error.message };
  }
}

/**
 * `--name` with nothing after it (last, or before another `--option`) as `--name=`: the command
 * then says what the option needs ("--knowledge needs a folder after it") and still reads the
 * options around it, where parseArgs would stop at the first with a message about ambiguity.
 */
function emptyWhereMissing(argv: string[], options: Options): string[] {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  return argv.map((arg, i) => {
    const next = argv[i + 1];
    const takesValue = i < end && arg.startsWith('--') && options[arg.slice(2)]?.type === 'string';
    return takesValue && (next === undefined || next.startsWith('--')) ? `${arg}=` : arg;
  });
}

/**
 * The first option not known, as typed (`--titel`, `-x` out of `-hx`): the message names it and
 * lists the known ones, where parseArgs' own suggests `--`, which npm run takes for itself.
 */
function unknownOption(argv: string[], options: Options): string | undefined {
  const { tokens } = parseArgs({ args: emptyWhereMissing(argv, options), options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) if (token.kind === 'option' && !Object.hasOwn(options, token.name)) return token.rawName;
  return undefined;
}

function isParseError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS_');
}
