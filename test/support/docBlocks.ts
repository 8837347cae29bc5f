import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The lines of the first fenced block after the line of a doc that holds `after`: an example
 * output the docs show, for a test to hold against the real one so that the two cannot drift.
 */
export function docBlockAfter(doc: string, after: string): string[] {
  const lines = readFileSync(path.join(ROOT, doc), 'utf8').split('\n');
  const from = lines.findIndex((line) => line.includes(after));
  const open = lines.findIndex((line, i) => i > from && line.startsWith('```'));
  const close = lines.findIndex((line, i) => i > open && line.startsWith('```'));
  if (from < 0 || open < 0 || close < 0) throw new Error(`${doc} has no example block after “${after}”`);
  return lines.slice(open + 1, close);
}
