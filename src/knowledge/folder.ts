import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, messageOf } from '../base/errorMessage.ts';
import { KnowledgeError } from './errors.ts';
import type { SkippedEntry } from './types.ts';
import type { FileKind } from '../language/importProblems.ts';
import { FILE_KINDS } from '../language/en.ts';

export interface ReportFolder {
  /** Paths of the reports, in name order. */
  files: string[];
  /** Everything else in the folder, with why it is not a report. */
  skipped: SkippedEntry[];
}

/**
 * A report's name ends in `.md` (any case) and does not start with "." (hidden drafts, editor
 * lock files `.#x.md`, macOS `._x.md` resource forks).
 */
export function isReportName(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase().endsWith('.md');
}

/**
 * The reports of a folder (not its subfolders): regular files with a report's name, or links
 * that resolve to one. A FIFO or a device is never opened; it is only looked at.
 */
export async function reportFolder(dir: string): Promise<ReportFolder> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new KnowledgeError(dir, null, 'the knowledge folder does not exist (set KNOWLEDGE_DIR or --knowledge)');
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    const reason = isReportName(entry.name) ? await notAReport(entry, file) : entry.name.startsWith('.') ? 'hidden (its name starts with ".")' : 'not a .md file';
    if (reason) skipped.push({ file, reason });
    else files.push(file);
  }
  if (files.length === 0) {
    const named = skipped.filter((s) => isReportName(path.basename(s.file))).map((s) => `${path.basename(s.file)} is ${s.reason}`);
    throw new KnowledgeError(dir, null, `the knowledge folder has no reports: add a Markdown (.md) file${named.length ? ` (${named.slice(0, 3).join('; ')})` : ''}`);
  }
  return { files, skipped };
}

/** Why an entry with a report's name is not one, or null when it is a regular file. */
async function notAReport(entry: Dirent, file: string): Promise<string | null> {
  if (entry.isFile()) return null;
  if (!entry.isSymbolicLink()) return kindOf(entry);
  let target: Stats;
  try {
    target = await stat(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return 'a link that loops back on itself';
    if (code === 'ENOENT') return 'a link to nothing (its target does not exist)';
    return `a link that cannot be followed (${code ?? messageOf(error)})`;
  }
  return target.isFile() ? null : `a link to ${kindOf(target)}`;
}

/** What a file system entry that is not a regular file is (a link only when it was not followed). */
export function fileKind(entry: Dirent | Stats): FileKind {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFIFO()) return 'fifo';
  if (entry.isCharacterDevice()) return 'character device';
  if (entry.isBlockDevice()) return 'block device';
  if (entry.isSocket()) return 'socket';
  if (entry.isSymbolicLink()) return 'link';
  return 'other';
}

/** What a file system entry that is not a regular file is, in words, for the knowledge folder's log. */
export function kindOf(entry: Dirent | Stats): string {
  return FILE_KINDS[fileKind(entry)];
}
