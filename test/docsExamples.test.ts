/**
 * The examples the README and the command reference show (`$ npm run --silent ask -- "…"` and
 * the output under it) are answered again here, on the bundled report, and must read the same:
 * a change to an answer that leaves the docs behind fails here rather than misleading a reader.
 * Examples against a folder the reader made themselves (`--knowledge my-reports`) are left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../src/commands/types.ts';
import { answerLine } from '../src/console/chat.ts';
import { loadContext } from './support/knowledgeContext.ts';

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
