/**
 * `npm run pass-rates`: every acceptance case set in test/cases through the bot's core, with
 * the share answered right, known misses included, and what went wrong in each miss.
 */
import path from 'node:path';
import { loadContext } from '../test/support/knowledgeContext.ts';
import { caseSets, problemsOf } from '../test/support/cases.ts';
import { answerText } from '../test/support/answer.ts';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let total = 0;
const rows: string[] = ['| set | knowledge | right | share |', '|---|---|---|---|'];
const misses: string[] = [];
for (const set of caseSets(root)) {
  const ctx = await loadContext(path.join(root, set.knowledge));
  let right = 0;
  for (const c of set.cases) {
    const problems = problemsOf(c, answerText(ctx, c.cmd));
    if (problems.length === 0) right++;
    else misses.push(`- [${set.name}] ${c.cmd}: ${problems.join('; ')}`);
  }
  passed += right;
  total += set.cases.length;
  rows.push(`| ${set.name} | ${set.knowledge} | ${right} / ${set.cases.length} | ${Math.round((100 * right) / set.cases.length)}% |`);
}
rows.push(`| all | | ${passed} / ${total} | ${Math.round((100 * passed) / total)}% |`);
process.stdout.write(`${rows.join('\n')}\n${misses.length ? `\nMisses:\n${misses.join('\n')}\n` : ''}`);
