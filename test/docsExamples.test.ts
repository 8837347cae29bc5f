/**
 * The examples the README and the command reference show (`$ npm run --silent ask -- "…"` and
 * the output under it) are answered again here, on the bundled report, and must read the same:
 * a change to an answer that leaves the docs behind fails here rather than misleading a reader.
 * Examples against a folder the reader made themselves (`--knowledge my-reports`) are left out.
 * The flags of docs/configuration.md are checked against what each command says it takes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../src/commands/types.ts';
import { answerLine } from '../src/console/chat.ts';
import { loadContext } from './support/knowledgeContext.ts';
import { runTs } from './support/run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOCS = ['README.md', 'docs/commands.md'];
const ASK = /^\$ npm run --silent ask -- "(.+)"$/;

interface Example {
  doc: string;
  line: string;
  output: string;
}

/** Each example: the command on its `$` line, and every line after it up to the next `$` line or the block's end. */
function examplesIn(doc: string): Example[] {
  const lines = readFileSync(path.join(ROOT, doc), 'utf8').split('\n');
  const out: Example[] = [];
  let current: Example | null = null;
  for (const text of lines) {
    const ask = ASK.exec(text);
    if (current && (text.startsWith('```') || text.startsWith('$ '))) {
      out.push(current);
      current = null;
    }
    if (ask?.[1]) current = { doc, line: ask[1], output: '' };
    else if (current) current.output += `${text}\n`;
  }
  return out;
}

const examples = DOCS.flatMap(examplesIn);

describe('the examples in the README and the command reference', () => {
  let ctx: BotContext;
  beforeAll(async () => {
    ctx = await loadContext(path.join(ROOT, 'knowledge'));
  });

  it('are there to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.doc))).toEqual(new Set(DOCS));
  });

  it.each(examples.map((e) => [`${e.doc}: ${e.line}`, e] as const))('%s reads as the bot answers it', (_, example) => {
    expect(answerLine(ctx, example.line, false).trimEnd()).toBe(example.output.trimEnd());
  });
});

/** Each command the flag table names, and the script `npm run` runs for it. */
const SCRIPTS: Record<string, string> = {
  'npm start': 'src/main.ts',
  'npm run ask': 'src/ask.ts',
  'npm run check-knowledge': 'src/checkKnowledge.ts',
  'npm run import': 'src/importReport.ts',
  'npm run gaps': 'src/gaps.ts',
  'npm run deploy-commands': 'src/deployCommands.ts',
  'npm run bench': 'bench/run.ts',
};

/** docs/configuration.md's flag table, as command → the long flags documented for it. */
function documentedFlags(): Map<string, Set<string>> {
  const text = readFileSync(path.join(ROOT, 'docs/configuration.md'), 'utf8');
  const table = text.slice(text.indexOf('## Command-line flags'));
  const flags = new Map<string, Set<string>>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    const [, names = '', commands = ''] = row.split('|');
    for (const command of commands.match(/`npm [^`]+`/g) ?? []) {
      const key = command.slice(1, -1);
      for (const flag of names.match(/--[a-z-]+/g) ?? []) (flags.get(key) ?? flags.set(key, new Set()).get(key))?.add(flag);
    }
  }
  return flags;
}

describe('the command-line flags in docs/configuration.md', () => {
  const documented = documentedFlags();

  it('name every command with a command line', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(SCRIPTS).sort());
  });

  it.each(Object.entries(SCRIPTS))('are the options %s says it takes', async (command, script) => {
    const { stdout, stderr } = await runTs(script, ['--frobnicate']);
    const taken = /the options are ([^)]*)\)/.exec(stdout + stderr)?.[1]?.split(', ');
    expect(taken, stdout + stderr).toBeDefined();
    expect(new Set(taken)).toEqual(documented.get(command));
  });
});
