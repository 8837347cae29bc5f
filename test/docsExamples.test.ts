/**
 * The examples the README and the command reference show (`$ npm run --silent ask -- "…"` and
 * the output under it) are answered again here, on the bundled report, and must read the same:
 * a change to an answer that leaves the docs behind fails here rather than misleading a reader.
 * Examples against a folder the reader made themselves (`--knowledge my-reports`) are left out.
 * The flags of docs/configuration.md are checked against what each command says it takes, and
 * docs/knowledge-format.md's check-knowledge example against a run on a folder made as it says.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
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

describe("the check-knowledge example in docs/knowledge-format.md", () => {
  const doc = readFileSync(path.join(ROOT, 'docs/knowledge-format.md'), 'utf8');
  const block = /\$ npm run --silent check-knowledge -- --knowledge notes\n([\s\S]*?)\$ echo \$\?\n(\d+)\n```/.exec(doc);
  const clean = /With no problem it prints one line \(`([^`]+)`\)/.exec(doc)?.[1];

  it('reads as a run on a folder of two reports, one with broken front matter, one in Latin-1, and two other entries', async () => {
    expect(block).not.toBeNull();
    expect(clean).toBeDefined();
    const at = await mkdtemp(path.join(os.tmpdir(), 'report-bot-docs-'));
    const notes = path.join(at, 'notes');
    await mkdir(path.join(notes, 'images'), { recursive: true });
    await writeFile(path.join(notes, 'notes.txt'), 'Not a report.\n');
    for (const fixture of ['article/cold-storage-article.md', 'feature3/digging-up-the-tanners-brook.md']) await cp(path.join(ROOT, 'test/fixtures', fixture), path.join(notes, path.basename(fixture)));
    await writeFile(path.join(notes, 'bad.md'), '---\ntitle: Bad\nspeakers: [Ann Lee, Bob\n---\n\nThe budget is short, said Ann Lee.\n');
    await writeFile(path.join(notes, 'latin.md'), Buffer.from('---\ntitle: Caf\xe9 notes\n---\n\nThe caf\xe9 opens in June, said Ann Lee.\n', 'latin1'));
    const asTheDocSays = (out: string) => out.split(`${at}${path.sep}`).join('');
    const broken = await runTs('src/checkKnowledge.ts', ['--knowledge', notes]);
    expect(asTheDocSays(broken.stdout + broken.stderr)).toBe(block?.[1]);
    expect(String(broken.code)).toBe(block?.[2]);
    // No problem: the two reports alone.
    for (const entry of ['bad.md', 'latin.md', 'notes.txt', 'images']) await rm(path.join(notes, entry), { recursive: true });
    const fine = await runTs('src/checkKnowledge.ts', ['--knowledge', notes]);
    expect(asTheDocSays(fine.stdout + fine.stderr).trimEnd()).toBe(clean);
    expect(fine.code).toBe(0);
    await rm(at, { recursive: true, force: true });
  });
});
