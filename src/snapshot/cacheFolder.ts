import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ReportPart } from '../knowledge/load.ts';
import type { KnowledgeProblem } from '../knowledge/types.ts';
import type { SnapshotPieces } from './format.ts';
import { readSnapshotHeader, writeSnapshot } from './file.ts';
import { batched, jsonPieces } from './jsonPieces.ts';
import { errorCode, messageOf } from '../base/errorMessage.ts';

/** What a saved report holds: its part, or the problem that stopped it. */
export type SavedReport = { part: ReportPart } | { problem: Omit<KnowledgeProblem, 'file'> };

const SNAPSHOT = 'snapshot.bin';
const PARTS = 'parts';
/** A saved report's first line: the SHA-256 of the rest in hexadecimal, and its newline. */
const HASH_LINE = 65;
/** The knowledge folder a cache folder is for, so that one whose folder is gone can be removed. */
const FOR = 'for.txt';

/**
 * One knowledge folder's cache, in a folder of the cache folder named after its absolute path:
 * the last snapshot, and each report's part under the hash of the code, its name and its bytes.
 * Every file is written aside and renamed into place, so a reader never sees half of one, and
 * everything read is checked: a file that is unreadable, cut short or altered is ignored, and
 * what it held is built again.
 */
export class CacheFolder {
  readonly path: string;

  constructor(
    readonly root: string,
    readonly knowledgeDir: string,
  ) {
    const absolute = path.resolve(knowledgeDir);
    this.path = path.join(root, createHash('sha256').update(absolute).digest('hex').slice(0, 16));
  }

  get snapshotFile(): string {
    return path.join(this.path, SNAPSHOT);
  }

  /**
   * The saved snapshot's header, or null when there is none or it cannot be trusted (the reason
   * is given to `onIgnored`). Its body is checked by whoever reads it (readSnapshot).
   */
  async snapshotHeader(onIgnored: (reason: string) => void): Promise<Buffer | null> {
    try {
      return await readSnapshotHeader(this.snapshotFile);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') onIgnored(messageOf(error));
      return null;
    }
  }

  async saveSnapshot(parts: SnapshotPieces): Promise<void> {
    await writeAside(this.snapshotFile, (fd) => writeSnapshot(fd, parts));
    writeFileSync(path.join(this.path, FOR), path.resolve(this.knowledgeDir));
  }

  /** A report saved under `key`, or null. The file's first line is the SHA-256 of the rest. */
  report(key: string): SavedReport | null {
    let text: string;
    try {
      text = readFileSync(path.join(this.path, PARTS, `${key}.json`), 'utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    const json = text.slice(newline + 1);
    if (newline < 0 || createHash('sha256').update(json).digest('hex') !== text.slice(0, newline)) return null;
    try {
      return JSON.parse(json) as SavedReport;
    } catch {
      return null;
    }
  }

  /** Written a megabyte at a time: the line of the hash is kept first, and filled in at the end. */
  async saveReport(key: string, saved: SavedReport): Promise<void> {
    mkdirSync(path.join(this.path, PARTS), { recursive: true });
    await writeAside(path.join(this.path, PARTS, `${key}.json`), (fd) => {
      const hash = createHash('sha256');
      let at = HASH_LINE;
      writeFileSync(fd, `${' '.repeat(HASH_LINE - 1)}\n`);
      // A report's passages one by one: saved.part.passages[i] is the third level.
      for (const text of batched(jsonPieces(saved, 3), 1 << 20)) {
        const bytes = Buffer.from(text);
        hash.update(bytes);
        for (let written = 0; written < bytes.byteLength; ) written += writeSync(fd, bytes, written, bytes.byteLength - written, at + written);
        at += bytes.byteLength;
      }
      writeSync(fd, hash.digest('hex'), 0);
    });
  }

  /** Removes saved reports no longer in use, and the caches of knowledge folders that are gone. */
  prune(keep: Set<string>): void {
    const parts = path.join(this.path, PARTS);
    for (const name of list(parts)) {
      // A file written aside is another process's write under way, unless it was left long ago.
      const stale = name.endsWith('.json') ? !keep.has(name.slice(0, -'.json'.length)) : Date.now() - (statSync(path.join(parts, name), { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000;
      if (stale) rmSync(path.join(parts, name), { force: true });
    }
    for (const name of list(this.root)) {
      const other = path.join(this.root, name);
      if (other === this.path) continue;
      try {
        const dir = readFileSync(path.join(other, FOR), 'utf8');
        if (!statSync(dir).isDirectory()) throw new Error('not a folder');
      } catch (error) {
        // Only a cache whose knowledge folder is known to be gone: another process may be writing a new one.
        if (errorCode(error) === 'ENOENT' && list(other).includes(FOR)) rmSync(other, { recursive: true, force: true });
      }
    }
  }
}

/**
 * Writes a file aside and renames it into place: a reader never sees half of it. Synchronous
 * writes run to the end before this returns; a promise is awaited before the rename.
 */
export async function writeAside(file: string, write: (fd: number) => void | Promise<void>): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    await write(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(aside);
    throw error;
  }
  closeSync(fd);
  renameSync(aside, file);
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
