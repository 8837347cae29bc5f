/**
 * `npm run --silent import -- <file or URL> [--knowledge DIR] [--title T] [--author A] [--force]`:
 * turns a web page, PDF, Word file, text or Markdown file into a report in the knowledge folder.
 */
import dotenv from 'dotenv';
import { readCommandLine } from './base/commandLine.ts';
import { readConfig } from './runtime/config.ts';
import { startupProblem } from './base/startup.ts';
import { writeErr, writeOut } from './base/stdio.ts';
import { ImportError } from './import/errors.ts';
import type { ImportSummary } from './import/importer.ts';
import { importInWorker } from './import/importWorkerClient.ts';
import { DEFAULT_IMPORT_LIMITS } from './import/limits.ts';
import { messageOf } from './base/errorMessage.ts';

dotenv.config({ quiet: true });

const USAGE = `Usage: npm run --silent import -- <file or URL> [--knowledge DIR] [--title T] [--author A] [--force] [--max-bytes N] [--max-pages N]
  <file or URL>   a web page (.html or an http(s) address), a PDF, a Word .docx, a .txt or .md file
  --knowledge DIR  where to write the report (default: KNOWLEDGE_DIR, else knowledge/)
  --title T        the report's title, instead of the one the document states
  --author A       its author, instead of the one the document states
  --force          replace a report of the same name
  --max-bytes N    the largest file or page read, in bytes (default ${DEFAULT_IMPORT_LIMITS.maxBytes}, 10 MB)
  --max-pages N    the most pages of a PDF read (default ${DEFAULT_IMPORT_LIMITS.maxPages}); a longer one is refused
`;

interface Args {
  input: string;
  knowledge: string | undefined;
  title: string | null;
  author: string | null;
  force: boolean;
  maxBytes: number;
  maxPages: number;
}

const OPTIONS = {
  title: { type: 'string' },
  author: { type: 'string' },
  force: { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'max-pages': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The document and options asked for, `help`, or what is wrong with the command line. */
function readArgs(argv: string[]): Args | 'help' | { problem: string } {
  const commandLine = readCommandLine(argv, OPTIONS, true);
  if (!commandLine.ok) return { problem: commandLine.problem };
  const { values, positionals } = commandLine;
  if (values.help) return 'help';
  const empty = (['knowledge', 'title', 'author', 'max-bytes', 'max-pages'] as const).find((name) => values[name] === '');
  if (empty) return { problem: `--${empty} needs a value` };
  for (const [name, unit] of [['max-bytes', 'bytes'], ['max-pages', 'pages']] as const) {
    const text = values[name];
    if (text !== undefined && (!/^\d+$/.test(text) || Number(text) < 1)) return { problem: `--${name} must be a whole number of ${unit}, 1 or more; it is "${text}"` };
  }
  const [input, second] = positionals;
  if (input === undefined) return { problem: 'which document? Give a file or a URL' };
  if (second !== undefined) return { problem: `one document at a time (got "${input}" and "${positionals.at(-1)}")` };
  return {
    input,
    knowledge: values.knowledge,
    title: values.title ?? null,
    author: values.author ?? null,
    force: values.force ?? false,
    maxBytes: Number(values['max-bytes'] ?? DEFAULT_IMPORT_LIMITS.maxBytes),
    maxPages: Number(values['max-pages'] ?? DEFAULT_IMPORT_LIMITS.maxPages),
  };
}

function summaryLine(summary: ImportSummary): string {
  const named = summary.speakers.length;
  const speakers = named || summary.unnamedSpeakers
    ? `speakers found: ${[...summary.speakers, ...(summary.unnamedSpeakers ? [`${summary.unnamedSpeakers} unnamed`] : [])].join(', ')}`
    : 'no speakers found besides the author';
  return [
    `“${summary.title}”${summary.author ? ` by ${summary.author}` : ''}${summary.date ? `, ${summary.date}` : ''}`,
    `${summary.format}`,
    `${summary.sections} ${summary.sections === 1 ? 'section' : 'sections'}, ${summary.passages} ${summary.passages === 1 ? 'passage' : 'passages'}`,
    speakers,
  ].join(' · ');
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (args === 'help') {
    writeOut(USAGE);
    return 0;
  }
  if ('problem' in args) {
    writeErr(`${args.problem}\n${USAGE}`);
    return 2;
  }
  const configured = readConfig({ ...process.env, DISCORD_TOKEN: '' }, args);
  if (!configured.ok) return startupProblem(configured.problems);
  try {
    const summary = await importInWorker(args.input, {
      knowledgeDir: configured.config.knowledgeDir,
      title: args.title,
      author: args.author,
      force: args.force,
      limits: { maxBytes: args.maxBytes, maxPages: args.maxPages },
      maxReportBytes: configured.config.knowledgeMaxBytes,
    });
    writeOut(`Wrote ${summary.path}\n  ${summaryLine(summary)}\n`);
    if (summary.dropped.length) writeOut(`  Left out: ${summary.dropped.join('; ')}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof ImportError ? error.message : `${args.input}: cannot be imported (${messageOf(error)})`;
    writeErr(`Cannot import ${message}\n`);
    return 1;
  }
}

process.exitCode = await main();
