/**
 * Helpers for the import tests: run an import into a fresh folder, and read a report the way the
 * bot does, as what a user can see of it (passages, attribution, answers), so that an imported
 * report and the hand-made one can be compared whatever their file names.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answerJson } from '../../src/console/json.ts';
import { contextFor } from './knowledgeContext.ts';
import { buildKnowledge } from '../../src/knowledge/load.ts';
import type { LoadedKnowledge } from '../../src/knowledge/types.ts';
import { importReport, type ImportOptions, type ImportSummary } from '../../src/import/importer.ts';
import { ImportError } from '../../src/import/errors.ts';
import { expect } from 'vitest';
import { answerText } from './answer.ts';

export async function tempDir(prefix = 'report-bot-import-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface Imported {
  summary: ImportSummary;
  /** The written report file's text. */
  content: string;
  knowledge: LoadedKnowledge;
}

/** Writes `bytes` as `name` into a fresh folder and imports it into another fresh folder. */
export async function importBytes(name: string, bytes: Uint8Array | string, options: Partial<ImportOptions> = {}): Promise<Imported> {
  const input = path.join(await tempDir('report-bot-input-'), name);
  await writeFile(input, bytes);
  return importFile(input, options);
}

export async function importFile(input: string, options: Partial<ImportOptions> = {}): Promise<Imported> {
  const knowledgeDir = options.knowledgeDir ?? (await tempDir());
  const summary = await importReport(input, { ...options, knowledgeDir });
  const content = await readFile(summary.path, 'utf8');
  return { summary, content, knowledge: buildKnowledge([{ file: summary.path, content }]) };
}

export async function knowledgeOfFile(file: string): Promise<LoadedKnowledge> {
  return buildKnowledge([{ file, content: await readFile(file, 'utf8') }]);
}

/** Every passage as a reader meets it: where it stands, its text, who carries it. */
export function passagesOf(knowledge: LoadedKnowledge) {
  const speakers = new Map(knowledge.speakers.map((s) => [s.id, s]));
  return knowledge.passages.map((p) => {
    const speaker = 'speakerId' in p.attribution && p.attribution.speakerId ? speakers.get(p.attribution.speakerId) : undefined;
    return {
      section: p.section,
      paragraph: p.paragraph,
      kind: p.kind,
      text: p.text,
      finding: p.isFinding,
      attribution: p.attribution.kind,
      who: p.attribution.kind === 'unnamed' ? p.attribution.label : speaker ? `${speaker.name} (${speaker.organisation ?? '-'}, ${speaker.role ?? '-'})` : null,
    };
  });
}

export function speakersOf(knowledge: LoadedKnowledge) {
  return knowledge.speakers.map(({ name, aliases, organisation, role }) => ({ name, aliases, organisation, role })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The JSON answers to `commands`, the same whatever the report's file is called: its id (from
 * the file name) made neutral, and the front matter fields an import cannot know (the
 * hand-added event, the source) left out.
 */
export function answersOf(knowledge: LoadedKnowledge, commands: string[]): unknown[] {
  const ctx = contextFor(knowledge);
  const ids = knowledge.reports.map((r) => r.id);
  const neutral = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.reduce((text, id) => text.split(id).join('REPORT'), value);
    if (Array.isArray(value)) return value.map(neutral);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([key]) => !['source', 'event', 'date'].includes(key)).map(([key, v]) => [key, neutral(v)]));
    }
    return value;
  };
  return commands.map((command) => neutral(answerJson(answerText(ctx, command))));
}

/**
 * An import that must be refused, into a fresh folder: its ImportError, how long the refusal
 * took, and whatever it left in the folder (each test says what it expects of each).
 */
export async function refusedImport(input: string, limits?: ImportOptions['limits']): Promise<{ error: ImportError; problem: string; ms: number; written: string[] }> {
  const knowledgeDir = await tempDir();
  const started = performance.now();
  const error = await importReport(input, { knowledgeDir, limits }).catch((e: unknown) => e);
  const ms = performance.now() - started;
  expect(error).toBeInstanceOf(ImportError);
  return { error: error as ImportError, problem: (error as ImportError).problem, ms, written: await filesIn(knowledgeDir) };
}

/** Whatever is in a folder, hidden files too: to check that nothing was left behind. */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).sort();
}
