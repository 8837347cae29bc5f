/**
 * `npm run --silent import -- <file or URL> [--knowledge DIR] [--title T] [--author A] [--force]`:
 * turns a web page, PDF, Word file, text or Markdown file into a report in the knowledge folder.
 */
import dotenv from 'dotenv';
import { readConfig } from './app/config.ts';
import { startupProblem } from './app/startup.ts';
import { writeErr, writeOut } from './app/stdio.ts';
import { ImportError } from './import/errors.ts';
import { importReport, type ImportSummary } from './import/importer.ts';
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
  input: string | null;
  title: string | null;
  author: string | null;
  force: boolean;
  maxBytes: number;
  maxPages: number;
  help: boolean;
  problem: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { input: null, title: null, author: null, force: false, maxBytes: DEFAULT_IMPORT_LIMITS.maxBytes, maxPages: DEFAULT_IMPORT_LIMITS.maxPages, help: false, problem: null };
  const valueFlags = new Set(['--knowledge', '--title', '--author', '--max-bytes', '--max-pages']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--force') args.force = true;
    else if (valueFlags.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) args.problem = `${flag} needs a value`;
      else if (flag === '--title') args.title = value;
      else if (flag === '--author') args.author = value;
      else if (flag === '--max-bytes' || flag === '--max-pages') {
        const unit = flag === '--max-bytes' ? 'bytes' : 'pages';
        if (!/^\d+$/.test(value) || Number(value) < 1) args.problem = `${flag} must be a whole number of ${unit}, 1 or more; it is "${value}"`;
        else if (flag === '--max-bytes') args.maxBytes = Number(value);
        else args.maxPages = Number(value);
      }
    } else if (arg.startsWith('--')) args.problem = `unknown option ${arg}`;
    else if (args.input === null) args.input = arg;
    else args.problem = `one document at a time (got "${args.input}" and "${arg}")`;
  }
  if (!args.help && !args.problem && args.input === null) args.problem = 'which document? Give a file or a URL';
  return args;
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
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  if (args.help) {
    writeOut(USAGE);
    return 0;
  }
  if (args.problem || args.input === null) {
    writeErr(`${args.problem}\n${USAGE}`);
    return 2;
  }
  const configured = readConfig({ ...process.env, DISCORD_TOKEN: '' }, argv);
  if (!configured.ok) return startupProblem(configured.problems);
  try {
    const summary = await importReport(args.input, {
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
