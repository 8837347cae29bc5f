/**
 * The saved index (KNOWLEDGE_CACHE_DIR): a start with nothing changed reads it back and answers
 * exactly as a cold build does; a changed report is the only one parsed again; and a cache
 * file that is corrupt, cut short, of an older format or built by other code is never
 * trusted: it is ignored, said so in the log, and built again.
 */
import { closeSync, openSync } from 'node:fs';
import { copyFile, cp, mkdtemp, readdir, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { contextFor } from './support/knowledgeContext.ts';
import { createLogger } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import type { BotContext } from '../src/commands/types.ts';
import { answerJson } from '../src/console/json.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { forgetWords } from '../src/language/wordLanguages.ts';
import { CacheFolder } from '../src/snapshot/cacheFolder.ts';
import { readSnapshot, writeSnapshot } from '../src/snapshot/file.ts';
import { caseSets } from './support/cases.ts';
import { BUNDLED, FIXTURES, ROOT } from './support/context.ts';
import { answerText } from './support/answer.ts';

const made: string[] = [];
const opened: KnowledgeBase[] = [];
afterEach(async () => {
  for (const base of opened.splice(0)) base.close();
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `report-bot-${name}-`));
  made.push(dir);
  return dir;
}

/** A folder of several reports, each of another shape. */
async function reportsFolder(): Promise<string> {
  const dir = await tempDir('cached-knowledge');
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  for (const shape of ['library', 'panel', 'interview', 'minutes', 'qa', 'article']) {
    const folder = path.join(FIXTURES, shape);
    for (const file of await readdir(folder)) if (file.endsWith('.md')) await copyFile(path.join(folder, file), path.join(dir, file));
  }
  return dir;
}

interface Opened {
  base: KnowledgeBase;
  logs: string[];
  /** The `knowledge loaded` line's fields: fromCache, parsed, reused... */
  loaded: Record<string, unknown>;
}

async function openWith(dir: string, cacheDir: string | null): Promise<Opened> {
  const logs: string[] = [];
  const base = await KnowledgeBase.open(dir, createLogger('debug', (l) => logs.push(l)), { cacheDir });
  opened.push(base);
  const line = logs.find((l) => l.includes('knowledge loaded')) ?? '';
  return { base, logs, loaded: JSON.parse(line.slice(line.indexOf('{'))) as Record<string, unknown> };
}

/** Every command's answer, as --json prints it: what must not differ between a cold build and the cache. */
function answers(ctx: BotContext): string {
  const commands: [string, Record<string, string>][] = [
    ['about', {}],
    ['speakers', {}],
    ['findings', {}],
    ['help', {}],
    ['who-said', { text: 'open source is ahead' }],
    ['who-said', { text: 'broken spines' }],
    ['search', { text: 'virtualization security' }],
    ['search', { text: 'why did they move assembly?' }],
    ['findings', { topic: 'consolidation' }],
    ['quotes', { speaker: 'Crosby', topic: 'KVM' }],
    ['quotes', { speaker: 'the author' }],
    ['quotes', { speaker: 'Maria Lopez' }],
    ['speakers', { name: 'Tony Iams' }],
    // Its sentences are picked with the index's word weights: the cached index must weigh alike.
    ['summary', {}],
    ['summary', { report: 'linuxworld' }],
  ];
  return JSON.stringify(commands.map(([command, input]) => answerJson(runCommand(ctx, command, input))));
}

function flipByte(file: string, at: (size: number) => number): Promise<void> {
  return readFile(file).then((bytes) => {
    const i = at(bytes.length);
    bytes[i] = (bytes[i] as number) ^ 0xff;
    return writeFile(file, bytes);
  });
}

describe('the saved index', () => {
  it('is written at the first start, read back at the next, and answers as a cold build does', async () => {
    const dir = await reportsFolder();
    const cache = await tempDir('cache');
    const cold = contextFor(await loadKnowledge(dir));

    const first = await openWith(dir, cache);
    expect(first.loaded).toMatchObject({ fromCache: false, parsed: 7, reused: 0, passages: cold.search.knowledge.passages.length });
    expect(await readdir(new CacheFolder(cache, dir).path)).toEqual(expect.arrayContaining(['snapshot.bin', 'parts']));

    const second = await openWith(dir, cache);
    expect(second.loaded).toMatchObject({ fromCache: true, parsed: 0, reused: 7 });
    expect(answers(second.base.current())).toBe(answers(cold));
    expect(answers(first.base.current())).toBe(answers(cold));
    // Copies with the same folder and code serve the same version, whichever built it.
    expect(second.base.knowledgeVersion).toBe(first.base.knowledgeVersion);
  });

  it('parses only the report that changed, and serves the change', async () => {
    const dir = await reportsFolder();
    const cache = await tempDir('cache');
    await openWith(dir, cache);
    const file = path.join(dir, 'linuxworld.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Crosby claims that open source virtualization is ahead', 'Crosby claims that open source hypervisors are ahead'));

    const after = await openWith(dir, cache);
    expect(after.loaded).toMatchObject({ fromCache: false, parsed: 1, reused: 6 });
    expect(answers(after.base.current())).toBe(answers(contextFor(await loadKnowledge(dir))));
    expect(runCommand(after.base.current(), 'who-said', { text: 'open source hypervisors are ahead' }).lead).toMatch(/^Simon Crosby .*said it\.$/);
  });

  const corruptions: [string, (file: string) => Promise<void>][] = [
    ['a byte of its body changed', (file) => flipByte(file, (size) => size - 100)],
    ['a byte of its header changed', (file) => flipByte(file, () => 200)],
    ['cut short', async (file) => writeFile(file, (await readFile(file)).subarray(0, 5000))],
    ['not a snapshot at all', (file) => writeFile(file, 'garbage, not a snapshot')],
    ['empty', (file) => writeFile(file, '')],
    [
      'of an older format',
      async (file) => {
        const bytes = await readFile(file);
        bytes.writeUInt32LE(bytes.readUInt32LE(8) - 1, 8);
        await writeFile(file, bytes);
      },
    ],
    [
      'built by other code (its checksums intact)',
      async (file) => {
        const parts = await readSnapshot(file);
        const { header } = parts;
        header.meta.codeVersion = 'other-code';
        const fd = openSync(file, 'w');
        try {
          await writeSnapshot(fd, { header: Buffer.from(JSON.stringify(header)), body: [new Uint8Array(parts.body)] });
        } finally {
          closeSync(fd);
        }
      },
    ],
  ];
  for (const [what, corrupt] of corruptions) {
    it(`is ignored and built again when it is ${what}`, async () => {
      const dir = await reportsFolder();
      const cache = await tempDir('cache');
      const cold = answers(contextFor(await loadKnowledge(dir)));
      await openWith(dir, cache);
      const file = new CacheFolder(cache, dir).snapshotFile;
      await corrupt(file);

      const after = await openWith(dir, cache);
      expect(after.loaded.fromCache).toBe(false);
      expect(answers(after.base.current())).toBe(cold);
      // Rebuilt: the next start trusts it again.
      expect((await openWith(dir, cache)).loaded).toMatchObject({ fromCache: true });
    });
  }

  it('says why it ignored a corrupt file', async () => {
    const dir = await reportsFolder();
    const cache = await tempDir('cache');
    await openWith(dir, cache);
    await flipByte(new CacheFolder(cache, dir).snapshotFile, (size) => size - 100);
    const { logs } = await openWith(dir, cache);
    expect(logs.some((l) => /WARN .*knowledge cache ignored.*checksum mismatch/.test(l))).toBe(true);
  });

  it('parses a report again when its saved part is corrupt', async () => {
    const dir = await reportsFolder();
    const cache = await tempDir('cache');
    await openWith(dir, cache);
    const parts = path.join(new CacheFolder(cache, dir).path, 'parts');
    // A part of a report that stays as it is (part names are hashes: found by content).
    const texts = await Promise.all((await readdir(parts)).map(async (name) => ({ name, text: await readFile(path.join(parts, name), 'utf8') })));
    const one = texts.find((t) => !t.text.includes('LinuxWorld'));
    if (!one) throw new Error('no saved part besides the changed report');
    await writeFile(path.join(parts, one.name), one.text.replace(/"text":"[^"]{3}/, '"text":"XYZ'));
    // Another report changed too, so that the parts are read.
    await writeFile(path.join(dir, 'linuxworld.md'), `${await readFile(path.join(dir, 'linuxworld.md'), 'utf8')}\nOne more paragraph.\n`);

    const after = await openWith(dir, cache);
    expect(after.loaded).toMatchObject({ parsed: 2, reused: 5 });
    expect(answers(after.base.current())).toBe(answers(contextFor(await loadKnowledge(dir))));
  });

  it('starts without it, saying so once, when the cache folder cannot be written', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a file where the folder should be cannot be written by anyone.
      const cache = path.join(await tempDir('cache-parent'), 'cache');
      await writeFile(cache, 'a file, not a folder');
      await expectStartsWithout(cache);
    } else {
      const cache = await tempDir('cache');
      await chmod(cache, 0o500);
      await expectStartsWithout(cache);
    }
  });

  async function expectStartsWithout(cache: string): Promise<void> {
    const dir = await reportsFolder();
    const { base, logs, loaded } = await openWith(dir, cache);
    expect(loaded).toMatchObject({ fromCache: false, parsed: 7 });
    expect(logs.filter((l) => l.includes('cannot write the knowledge cache'))).toHaveLength(1);
    expect(answers(base.current())).toBe(answers(contextFor(await loadKnowledge(dir))));
  }
});

describe("a snapshot's passages", () => {
  it('are the loaded passages, each made when read, found by id and position rather than by identity', async () => {
    const loaded = await loadKnowledge(await reportsFolder());
    const { search } = contextFor(loaded);
    const { passages } = search.knowledge;
    expect(passages.length).toBe(loaded.passages.length);
    expect(JSON.parse(JSON.stringify([...passages]))).toEqual(JSON.parse(JSON.stringify(loaded.passages)));
    for (const at of [-1, passages.length, 1.5, Number.NaN]) expect(passages.at(at)).toBeUndefined();
    const first = passages.at(0);
    expect(first).not.toBe(passages.at(0));
    let answered = 0;
    loaded.passages.forEach((p, i) => {
      const read = passages.at(i);
      expect(read?.id).toBe(p.id);
      expect(search.indexOf(read as NonNullable<typeof read>)).toBe(i);
      expect(search.passage(p.id)?.text).toBe(p.text);
      // A question turn's answer is the next turn, for any copy of the question.
      const next = loaded.passages[i + 1];
      if (next?.context === p.text && next.reportId === p.reportId) {
        expect(search.answerTo(p)?.id).toBe(next.id);
        answered++;
      }
    });
    expect(answered).toBeGreaterThan(3);
  });
});

describe('the saved index, on every acceptance case', () => {
  // Each case set's folder, with the line of each of its cases: the answers a user sees, from
  // every report shape the project has, must not depend on whether the index was saved.
  for (const set of caseSets(ROOT)) {
    it(`answers ${set.name}'s ${set.cases.length} questions as a cold build does`, async () => {
      const dir = await tempDir(`cases-${set.name}`);
      await cp(path.join(ROOT, set.knowledge), dir, { recursive: true });
      const cache = await tempDir('cache');
      const lines = (ctx: BotContext) => set.cases.map((c) => JSON.stringify(answerJson(answerText(ctx, c.cmd))));
      // This folder's words only, as the knowledge worker that builds the saved index has them.
      forgetWords();
      const cold = lines(contextFor(await loadKnowledge(dir)));

      await openWith(dir, cache);
      const warm = await openWith(dir, cache);
      expect(warm.loaded).toMatchObject({ fromCache: true, parsed: 0 });
      expect(lines(warm.base.current())).toEqual(cold);
    });
  }
});
