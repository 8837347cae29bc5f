/**
 * Many places on one machine: a place's knowledge is loaded at its first question (from its
 * saved snapshot when current), the least recently used are dropped past KNOWLEDGE_MEMORY_MB,
 * the shared knowledge never is, and places never see each other's reports however often they
 * are loaded and dropped.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { NOTICES } from '../src/commands/notices.ts';
import { ConversationStore } from '../src/conversation/store.ts';
import { Cooldown } from '../src/discord/cooldown.ts';
import { respondWhenReady } from '../src/discord/respond.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { DEFAULT_KNOWLEDGE_MEMORY_MB, readConfig } from '../src/runtime/config.ts';
import { PlaceMemory } from '../src/runtime/placeMemory.ts';
import { Places } from '../src/runtime/places.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';

const LIBRARY = path.join(FIXTURES, 'library/riverside-library-digitisation.md');
const HARBOUR = '---\ntitle: Harbour notes\n---\n\nMooring fees will rise by five percent from June, said Rajesh Iyer of the harbour board.\n\nThe new pontoon opens in August, Rajesh Iyer said.\n';
const A = 'discord-111';
const B = 'discord-222';
const C = 'discord-333';
/** A load by the worker takes seconds on a busy machine: these tests wait for it, whatever it takes. */
const LONG = 120_000;

let dir: string;
let cacheDir: string;
let shared: KnowledgeBase;
let places: Places | null = null;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-lazy-'));
  cacheDir = path.join(dir, '.cache');
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  for (const place of [A, B, C]) await mkdir(path.join(dir, 'places', place), { recursive: true });
  await copyFile(LIBRARY, path.join(dir, 'places', A, 'library.md'));
  await writeFile(path.join(dir, 'places', B, 'harbour.md'), HARBOUR);
  await copyFile(LIBRARY, path.join(dir, 'places', C, 'library.md'));
  lines = [];
  shared = await KnowledgeBase.open(dir, createLogger('error', () => {}), { cacheDir });
});

afterEach(async () => {
  await places?.close();
  places = null;
  shared.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(memoryBytes = 1 << 30): Promise<Places> {
  await places?.close();
  places = await Places.open(shared, createLogger('info', (line) => lines.push(line)), { cacheDir, memoryBytes });
  return places;
}

const lead = (p: Places, place: string | null, command: string, input: Record<string, string> = {}) => runCommand(p.context(place), command, input).lead;
const speakers = (p: Places, place: string) => JSON.stringify(runCommand(p.context(place), 'speakers', {}));
const loadLines = () => lines.filter((l) => l.includes('place knowledge loaded'));

/** What each place weighs once loaded, read from a Places with room for all. */
async function weights(): Promise<Record<string, number>> {
  const p = await open();
  const bytes: Record<string, number> = {};
  for (const place of [A, B, C]) {
    const before = p.memoryBytes;
    await p.ready(place, LONG);
    bytes[place] = p.memoryBytes - before;
  }
  return bytes;
}

describe('places in memory', () => {
  it('a place is loaded at its first question and not before, then from its saved snapshot without the worker', async () => {
    const p = await open();
    expect(p.keys).toEqual([]);
    expect(await p.ready(A, LONG)).toBe(true);
    expect(p.keys).toEqual([A]);
    expect(lead(p, A, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez .*said it\.$/);
    expect(loadLines()).toHaveLength(1);
    expect(loadLines()[0]).toMatch(/"fromCache":false/);

    // A restart: nothing loaded until asked, then the snapshot the first load saved, read in this thread.
    const again = await open();
    expect(again.keys).toEqual([]);
    expect(await again.ready(A, LONG)).toBe(true);
    expect(loadLines()[1]).toMatch(/"fromCache":true,"byWorker":false/);
    expect(lead(again, A, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez/);
    expect(again.keys).toEqual([A]);
  });

  it('many first questions at once in a place load it once', async () => {
    const p = await open();
    expect(await Promise.all(Array.from({ length: 10 }, () => p.ready(A, LONG)))).toEqual(Array(10).fill(true));
    expect(await p.ready(A, LONG)).toBe(true);
    expect(loadLines()).toHaveLength(1);
    expect(lines.filter((l) => l.includes('knowledge reloaded'))).toEqual([]);
  });

  it('past the budget the least recently used place is dropped, and answers again once reloaded', async () => {
    const bytes = await weights();
    // One byte short of all three: a third load drops exactly one place, the least recently used.
    const p = await open((bytes[A] ?? 0) + (bytes[B] ?? 0) + (bytes[C] ?? 0) - 1);
    for (const place of [A, B, C]) await p.ready(place, LONG);
    expect(p.keys).toEqual([B, C]);
    // B asked since: C is now the least recently used.
    expect(lead(p, B, 'who-said', { text: 'mooring fees' })).toMatch(/^Rajesh Iyer/);
    await p.ready(A, LONG);
    expect(p.keys).toEqual([B, A]);
    expect(lead(p, A, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez .*said it\.$/);
    expect(p.memoryBytes).toBe((bytes[A] ?? 0) + (bytes[B] ?? 0));
  });

  it('the shared knowledge is never dropped, even under a budget smaller than one place', async () => {
    const before = shared.current();
    const p = await open(1);
    for (const place of [A, B, C, A]) {
      await p.ready(place, LONG);
      // The place just loaded stays, alone: a place larger than the budget still answers.
      expect(p.keys).toEqual([place]);
    }
    expect(shared.current()).toBe(before);
    expect(p.context(null)).toBe(before);
    expect(lead(p, null, 'about')).toMatch(/^I answer from 1 report,/);
    expect(lead(p, A, 'about')).toMatch(/^I answer from 2 reports/);
  });

  it('two places never see each other’s reports, however often they are loaded and dropped', async () => {
    const p = await open(1);
    for (let round = 0; round < 2; round++) {
      await p.ready(A, LONG);
      expect(lead(p, A, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez/);
      expect(lead(p, A, 'who-said', { text: 'mooring fees' })).not.toMatch(/^Rajesh Iyer/);
      expect(speakers(p, A)).not.toContain('Rajesh Iyer');
      await p.ready(B, LONG);
      expect(p.keys).toEqual([B]);
      expect(lead(p, B, 'who-said', { text: 'mooring fees' })).toMatch(/^Rajesh Iyer/);
      expect(lead(p, B, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);
      expect(speakers(p, B)).not.toContain('Maria Lopez');
    }
  });

  it('a first question whose load outlasts the wait is told to ask again, and the load goes on', async () => {
    const p = await open();
    // No saved snapshot yet: the worker builds it, far longer than no wait at all.
    expect(await p.ready(A, 0)).toBe(false);
    expect(await p.ready(A, LONG)).toBe(true);
    expect(loadLines()).toHaveLength(1);

    const deps = { context: p.context, ready: () => Promise.resolve(false), cooldown: new Cooldown(0, 100), conversations: new ConversationStore() };
    const place = { guild: '333', channel: '1' };
    expect(await respondWhenReady({ kind: 'command', name: 'who-said', options: { text: 'broken spines' }, user: '42', place }, deps)).toMatchObject({ type: 'reply', payload: { content: NOTICES.placeLoading } });
    expect(await respondWhenReady({ kind: 'autocomplete', name: 'quotes', focused: 'speaker', options: {}, user: '42', guild: '333' }, deps)).toEqual({ type: 'choices', choices: [] });
  });
});

describe('the memory of places', () => {
  it('is KNOWLEDGE_MEMORY_MB, a whole number of MB, by default sized for a 512 MB container', () => {
    const memory = (value?: string) => readConfig(value === undefined ? {} : { KNOWLEDGE_MEMORY_MB: value });
    expect(memory()).toMatchObject({ ok: true, config: { knowledgeMemoryMb: DEFAULT_KNOWLEDGE_MEMORY_MB } });
    expect(memory('64')).toMatchObject({ ok: true, config: { knowledgeMemoryMb: 64 } });
    for (const wrong of ['0', '1.5', 'lots']) expect(memory(wrong)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^KNOWLEDGE_MEMORY_MB must be a whole number of megabytes/)] });
  });

  it('drops the least recently used past the budget, never the one just held', () => {
    const memory = new PlaceMemory<string>(7);
    expect(memory.set('a', 'A', 3)).toEqual([]);
    expect(memory.set('b', 'B', 3)).toEqual([]);
    expect(memory.set('c', 'C', 3)).toEqual(['A']);
    expect(memory.use('b')).toBe('B');
    expect(memory.set('d', 'D', 3)).toEqual(['C']);
    expect(memory.keys()).toEqual(['b', 'd']);
    expect(memory.set('e', 'E', 100)).toEqual(['B', 'D']);
    expect(memory.keys()).toEqual(['e']);
    expect(memory.bytes).toBe(100);
    expect(memory.delete('e')).toBe('E');
    expect(memory.bytes).toBe(0);
  });
});
