import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContext } from './knowledgeContext.ts';
import type { Answer, BotContext, PassageResult } from '../../src/commands/types.ts';
import { answerText } from './answer.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLED = path.join(ROOT, 'knowledge');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

const cache = new Map<string, Promise<BotContext>>();

/** One loaded context per folder per test file: loading is what most tests do not test. */
export function contextOf(dir: string): Promise<BotContext> {
  let ctx = cache.get(dir);
  if (!ctx) cache.set(dir, (ctx = loadContext(dir)));
  return ctx;
}

export async function ask(dir: string, line: string): Promise<Answer> {
  return answerText(await contextOf(dir), line);
}

export function resultsOf(answer: Answer): PassageResult[] {
  return answer.kind === 'passages' ? answer.results : [];
}

/** Everything a reader sees of who carries a result: name, organisation, role, label, kind. */
export function attributionText(result: PassageResult): string {
  return [result.label, result.attribution, result.speaker?.name, result.speaker?.organisation, result.speaker?.role].filter(Boolean).join(' | ');
}
