/**
 * What a start from the saved snapshot does on the bot's thread, kept small: the header is
 * parsed once however many look at it, and the sections under each heading come with the
 * snapshot rather than from a pass over every passage (at 100,000 passages that pass made 20 MB
 * of garbage, and the young generation it grew stayed in the process's memory at rest). The
 * memory itself is measured by `npm run bench -- --sizes`.
 */
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finish } from '../src/base/steps.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { LoadedKnowledge } from '../src/knowledge/types.ts';
import { sectionsOf } from '../src/search/headings.ts';
import { contextOfSnapshot, snapshotOf } from '../src/snapshot/context.ts';
import { decodeSnapshot } from '../src/snapshot/decode.ts';
import { readSnapshotIf, writeSnapshot } from '../src/snapshot/file.ts';
import type { SnapshotHeader } from '../src/snapshot/header.ts';
import { BUNDLED } from './support/context.ts';

let dir = '';
let file = '';
let knowledge: LoadedKnowledge;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-snapshot-read-'));
  file = path.join(dir, 'snapshot.bin');
  knowledge = await loadKnowledge(BUNDLED);
  const fd = openSync(file, 'w');
  try {
    writeSnapshot(fd, snapshotOf(knowledge, { version: 'v1', codeVersion: 'c1', sources: [] }));
  } finally {
    closeSync(fd);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a saved snapshot read', () => {
  it('hands whoever checks its header the header it returns: one parse serves both', async () => {
    let seen: SnapshotHeader | null = null;
    const parts = await readSnapshotIf(file, (header) => ((seen = header), true));
    expect(parts).not.toBeNull();
    expect(seen).not.toBeNull();
    expect(parts?.header).toBe(seen);
    expect(parts?.header.meta.version).toBe('v1');
  });

  it('is not read past its header when the header is refused', async () => {
    expect(await readSnapshotIf(file, (header) => header.meta.codeVersion === 'other code')).toBeNull();
  });

  it("brings the sections under each heading as a pass over its passages finds them, and is served without that pass", async () => {
    const parts = await readSnapshotIf(file, () => true);
    if (!parts) throw new Error('not read');
    const snapshot = finish(decodeSnapshot(parts));
    const found = sectionsOf(knowledge.passages);
    expect(found.first.length).toBeGreaterThan(1);
    const { sections } = snapshot.tables;
    expect([...sections.first]).toEqual([...found.first]);
    expect([...sections.end]).toEqual([...found.end]);
    expect([...sections.stemNumbers]).toEqual([...found.stemNumbers]);
    expect([...sections.holderStart]).toEqual([...found.holderStart]);
    expect([...sections.holders]).toEqual([...found.holders]);
    // Everything the first questions would build, built as a start builds it: no passage read.
    const ctx = contextOfSnapshot(snapshot);
    const { passages } = ctx.search.knowledge;
    let reads = 0;
    const at = passages.at.bind(passages);
    Object.assign(passages, { at: (i: number) => (reads++, at(i)) });
    finish(ctx.search.prepareSteps());
    // The speaker matchers, built at the first question that names someone.
    expect(ctx.search.resolveSpeakers('Crosbie')).not.toBeNull();
    expect(reads).toBe(0);
  });
});
