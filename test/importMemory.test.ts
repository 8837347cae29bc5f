/**
 * An import reads the largest documents the limits let in within bounded memory (issue 25),
 * checked as people run it, in a process whose heap is held to 200 MB: before, a one-page PDF
 * drawing 10 MB of text peaked at 0.9-1.1 GB and did not import in a 350 MB heap.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../src/import/limits.ts';
import { deflatedPdf, DRAWN_LINE } from './support/documents.ts';
import { filesIn, tempDir } from './support/imported.ts';
import { cleanEnv, run } from './support/run.ts';

const LIMIT = DEFAULT_IMPORT_LIMITS.maxBytes;

async function inputFile(name: string, content: string | Uint8Array): Promise<string> {
  const input = path.join(await tempDir('report-bot-input-'), name);
  await writeFile(input, content);
  return input;
}

/** `npm run import` from the sources, in a process whose heap is held to `heapMb`. */
async function importInHeap(input: string, args: string[], heapMb: number) {
  const knowledgeDir = await tempDir();
  const result = await run(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', 'src/importReport.ts', input, '--knowledge', knowledgeDir, ...args], { env: cleanEnv(), timeoutMs: 170_000 });
  return { ...result, written: await filesIn(knowledgeDir) };
}

describe('the largest documents within the limits import in a 200 MB heap', () => {
  it('a one-page PDF drawing 10 MB of text (136,000 runs)', async () => {
    const drawing = Buffer.concat(Array.from({ length: Math.floor(LIMIT / DRAWN_LINE.length) }, () => DRAWN_LINE));
    const input = await inputFile('drawing.pdf', deflatedPdf(drawing));
    const { code, stderr, written } = await importInHeap(input, ['--title', 'Fox'], 200);
    expect(code, stderr).toBe(0);
    expect(written).toEqual(['fox.md']);
  }, 180_000);
});
