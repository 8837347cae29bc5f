import { createHash } from 'node:crypto';
import path from 'node:path';
import { messageOf } from '../base/errorMessage.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { reportFolder } from '../knowledge/folder.ts';
import { FolderBudget, readReportBytes } from '../knowledge/read.ts';
import type { SkippedEntry } from '../knowledge/types.ts';
import type { SnapshotMeta } from './format.ts';

/** A report as read from the folder: the hash of its name and bytes, or why it could not be read. */
export type Source = { file: string; hash: string; bytes: Buffer | null } | { file: string; problem: KnowledgeError | string };

export function readSource(file: string, maxBytes: number): Source {
  try {
    const bytes = readReportBytes(file, maxBytes);
    return { file, hash: createHash('sha256').update(`${path.basename(file)}\u0000`).update(bytes).digest('base64url'), bytes };
  } catch (error) {
    return { file, problem: error instanceof KnowledgeError ? error : messageOf(error) };
  }
}

/** How a source enters the snapshot's identity: a read problem is part of it too. */
export function identity(source: Source): { file: string; hash: string } {
  if ('hash' in source) return { file: path.basename(source.file), hash: source.hash };
  const { problem } = source;
  return { file: path.basename(source.file), hash: problem instanceof KnowledgeError ? `problem:${problem.line}:${problem.problem}` : `problem:${problem}` };
}

export function sameSources(a: SnapshotMeta['sources'], b: SnapshotMeta['sources']): boolean {
  return a.length === b.length && a.every((s, i) => s.file === b[i]?.file && s.hash === b[i]?.hash);
}

/**
 * The reports of several folders in folder order (each must have some: reportFolder), each
 * hashed within the folders' budget, its bytes let go of at once. What decides whether a saved
 * snapshot is current: the knowledge worker's build and a place's load in the bot both read it
 * here, so they can never disagree.
 */
export async function readSources(dirs: string[], maxBytes: number, maxTotalBytes: number): Promise<{ files: string[]; skipped: SkippedEntry[]; sources: Source[] }> {
  const folders = await Promise.all(dirs.map((d) => reportFolder(d)));
  const files = folders.flatMap((f) => f.files);
  const budget = new FolderBudget(maxTotalBytes);
  const sources = files.map((file): Source => {
    const before = budget.before(file);
    if (before) return { file, problem: before };
    const source = readSource(file, maxBytes);
    if (!('hash' in source)) return source;
    const past = budget.after(file, source.bytes?.length ?? 0);
    return past ? { file, problem: past } : { ...source, bytes: null };
  });
  return { files, skipped: folders.flatMap((f) => f.skipped), sources };
}
