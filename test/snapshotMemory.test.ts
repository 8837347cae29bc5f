/**
 * What keeps the knowledge worker's memory bounded (issue 25) must not change what it saves: a
 * report's part is saved in pieces as the one JSON text it was, and its strings are copied as
 * they are. The memory itself is measured by `npm run bench -- --shapes`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ownStrings } from '../src/base/ownStrings.ts';
import { reportOutcome, type ReportPart } from '../src/knowledge/load.ts';
import { CacheFolder } from '../src/snapshot/cacheFolder.ts';
import { jsonPieces } from '../src/snapshot/jsonPieces.ts';
import { BUNDLED } from './support/context.ts';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function bundledPart(): Promise<ReportPart> {
  const file = path.join(BUNDLED, (await readdir(BUNDLED)).find((f) => f.endsWith('.md')) as string);
  const text = await readFile(file, 'utf8');
  const outcome = reportOutcome(file, () => text);
  if (!('part' in outcome)) throw new Error(outcome.problem.problem);
  return outcome.part;
}

describe("a report's part in JSON pieces", () => {
  it("joins into JSON.stringify's text at every depth", async () => {
    const part = await bundledPart();
    for (const depth of [0, 1, 3, 6]) expect([...jsonPieces({ part }, depth)].join('')).toBe(JSON.stringify({ part }));
    const odd = { empty: {}, none: [], gone: undefined, fn: () => 1, list: [undefined, null, 'a\u2028"b"', 1.5, { deep: [true] }] };
    expect([...jsonPieces(odd, 4)].join('')).toBe(JSON.stringify(odd));
  });

  it('is saved as its hash line and that text, and read back as it was', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'report-bot-cache-'));
    made.push(root);
    const cache = new CacheFolder(root, BUNDLED);
    const saved = { part: await bundledPart() };
    await cache.saveReport('k', saved);
    const json = JSON.stringify(saved);
    expect(await readFile(path.join(cache.path, 'parts', 'k.json'), 'utf8')).toBe(`${createHash('sha256').update(json).digest('hex')}\n${json}`);
    expect(cache.report('k')).toEqual(saved);
  });
});

describe("a part's strings, copied", () => {
  it('are the same text, shared where equal, the passages untouched', async () => {
    const part = await bundledPart();
    const before = structuredClone(part);
    const texts = part.passages.map((p) => p.text);
    expect(ownStrings(part)).toEqual(before);
    part.passages.forEach((p, i) => expect(p.text).toBe(texts[i]));
  });
});
