import { createHash } from 'node:crypto';
import path from 'node:path';
import { decodeReport } from '../knowledge/decode.ts';
import { KnowledgeError } from '../knowledge/errors.ts';
import { mergeReports, reportOutcome, type ReportOutcome } from '../knowledge/load.ts';
import { DEFAULT_MAX_TOTAL_BYTES } from '../knowledge/read.ts';
import type { SkippedEntry } from '../knowledge/types.ts';
import { identity, readSource, readSources, sameSources, type Source } from './sources.ts';
import { CacheFolder } from './cacheFolder.ts';
import { snapshotOf } from './context.ts';
import { ownStrings } from '../base/ownStrings.ts';
import { parseHeader } from './header.ts';
import type { SnapshotPieces } from './format.ts';
import { messageOf } from '../base/errorMessage.ts';

export interface BuildOptions {
  dir: string;
  /** Folders whose reports are served too, before the folder's own (a place's build: the shared reports). */
  sharedDirs?: string[];
  maxBytes: number;
  /** The most the folder's reports are read to together (KNOWLEDGE_MAX_TOTAL_BYTES); reports past it are named and skipped. */
  maxTotalBytes?: number;
  /** Where saved snapshots and reports live; null: nothing is saved, every report is parsed. */
  cacheDir: string | null;
  codeVersion: string;
  /** Build even when the saved snapshot looks current (its body turned out corrupt). */
  ignoreSaved?: boolean;
  /** Reports whose reading overran its deadline: skipped while their bytes are the same. */
  slow?: SlowReport[];
}

/** A report that took longer to read than the seconds a report may take. */
export interface SlowReport {
  /** The file's name in the folder, and the hash of its name and bytes. */
  file: string;
  hash: string;
  seconds: number;
}

/** Something the build noticed that the log should say (a cache ignored, a cache it cannot write). */
export interface BuildNote {
  level: 'debug' | 'warn';
  message: string;
  context: Record<string, unknown>;
}

export interface BuildResult {
  /** The snapshot built, or null when the saved one is current (in the cache folder's snapshot file). */
  parts: SnapshotPieces | null;
  skipped: SkippedEntry[];
  /** The saved snapshot was used as it was: nothing changed. */
  fromCache: boolean;
  /** The cache folder's snapshot file holds the result (it was current, or it was saved). */
  inCache: boolean;
  /** The snapshot's version (SnapshotMeta.version). */
  version: string;
  /** Reports parsed, and reports whose saved part was used. */
  parsed: number;
  reused: number;
  notes: BuildNote[];
}

/**
 * The snapshot of a knowledge folder, with as little work as its cache allows: the saved
 * snapshot when no report changed (same names, same bytes, same code); otherwise the saved
 * part of each unchanged report, and only the changed ones parsed, then the merge and the
 * index built again. Throws KnowledgeError when the folder is missing or has no reports.
 */
export async function buildSnapshot(
  { dir, sharedDirs = [], maxBytes, maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES, cacheDir, codeVersion, ignoreSaved = false, slow = [] }: BuildOptions,
  /**
   * Told before each report is parsed: whoever holds the deadline starts its clock; then null
   * once the last is parsed, so that the merge and the index, the whole folder's work, are not
   * counted against the last report read.
   */
  reading: (report: { file: string; hash: string } | null) => void = () => {},
): Promise<BuildResult> {
  const notes: BuildNote[] = [];
  const cache = cacheDir ? new CacheFolder(cacheDir, dir) : null;
  // The bytes are let go of at once: a changed report is read again when parsed.
  const { files, skipped, sources } = await readSources([...sharedDirs, dir], maxBytes, maxTotalBytes);
  const identities = sources.map(identity);

  const saved = ignoreSaved ? null : await cache?.snapshotHeader((reason) => notes.push({ level: 'warn', message: 'knowledge cache ignored: it will be built again', context: { file: cache.snapshotFile, reason } }));
  if (saved) {
    const { meta } = parseHeader(saved);
    if (meta.codeVersion === codeVersion && sameSources(meta.sources, identities)) return { parts: null, skipped, fromCache: true, inCache: true, version: meta.version, parsed: 0, reused: files.length, notes };
    notes.push({ level: 'debug', message: 'knowledge cache out of date', context: { sameCode: meta.codeVersion === codeVersion } });
  }

  // A cache that cannot be written (a read-only folder, a full disk) is said once, and the build goes on without it.
  let writable = true;
  const save = async (write: () => Promise<void> | undefined) => {
    if (!writable) return;
    try {
      await write();
      return;
    } catch (error) {
      writable = false;
      notes.push({ level: 'warn', message: 'cannot write the knowledge cache: each start parses every report', context: { dir: cacheDir, error: messageOf(error) } });
    }
  };
  let parsed = 0;
  let reused = 0;
  const keys = new Set<string>();
  const keyOf = (hash: string) => createHash('sha256').update(`${codeVersion}\u0000${hash}`).digest('hex').slice(0, 32);
  const problemOf = (source: Extract<Source, { problem: unknown }>): ReportOutcome => {
    const { file, problem } = source;
    return { file, problem: problem instanceof KnowledgeError ? { file, line: problem.line, problem: problem.problem } : { file, line: null, problem: `could not be read: ${problem}` } };
  };
  const read: { outcome: ReportOutcome; source: Source }[] = [];
  for (const source of sources) read.push(await outcomeOf(source));
  async function outcomeOf(source: Source): Promise<{ outcome: ReportOutcome; source: Source }> {
    if (!('hash' in source)) return { outcome: problemOf(source), source };
    const known = cache?.report(keyOf(source.hash));
    if (known) {
      reused++;
      keys.add(keyOf(source.hash));
      return { outcome: 'part' in known ? { file: source.file, part: known.part } : { file: source.file, problem: { file: source.file, ...known.problem } }, source };
    }
    // Read again: it may have changed since it was hashed, and then this reading is the one served.
    const fresh = readSource(source.file, maxBytes);
    if (!('hash' in fresh)) return { outcome: problemOf(fresh), source: fresh };
    const file = path.basename(source.file);
    const late = slow.find((s) => s.file === file && s.hash === fresh.hash);
    // Not saved in the cache: a busier machine made it late perhaps, so the next start tries again.
    if (late) return { outcome: { file: source.file, problem: { file: source.file, line: null, problem: `it took longer than ${late.seconds} s to read, so it is skipped: split it into smaller reports, or raise KNOWLEDGE_REPORT_SECONDS` } }, source: { file: source.file, hash: `slow:${fresh.hash}`, bytes: null } };
    reading({ file, hash: fresh.hash });
    parsed++;
    // The bytes are let go of once decoded, and the parse keeps no piece of the text's one string.
    let bytes = fresh.bytes;
    fresh.bytes = null;
    const text = () => {
      const held = bytes as Buffer;
      bytes = null;
      return decodeReport(source.file, held);
    };
    const outcome = ownStrings(reportOutcome(source.file, text));
    keys.add(keyOf(fresh.hash));
    await save(() => cache?.saveReport(keyOf(fresh.hash), 'part' in outcome ? { part: outcome.part } : { problem: { line: outcome.problem.line, problem: outcome.problem.problem } }));
    return { outcome, source: fresh };
  }
  if (parsed > 0) reading(null);
  const finalIdentities = read.map((r) => identity(r.source));
  // The parts are let go of once merged: the index build and the encoding need only the knowledge.
  const knowledge = { ...mergeReports(read.splice(0).map((r) => r.outcome)), skipped };
  const version = createHash('sha256').update(codeVersion);
  for (const s of finalIdentities) version.update(`\u0000${s.file}\u0000${s.hash}`);
  const meta = { version: version.digest('base64url').slice(0, 12), codeVersion, sources: finalIdentities };
  const parts = snapshotOf(knowledge, meta);
  let inCache = false;
  await save(async () => {
    if (!cache) return;
    await cache.saveSnapshot(parts);
    inCache = true;
    cache.prune(keys);
  });
  return { parts, skipped, fromCache: false, inCache, version: meta.version, parsed, reused, notes };
}
