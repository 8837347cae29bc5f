import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { ImportError } from './errors.ts';
import type { ImportProblem } from '../language/importProblems.ts';
import { fileKind } from '../knowledge/folder.ts';
import { errorCode, messageOf } from '../base/errorMessage.ts';

/** A local file, open for reading. */
export interface LocalFile {
  /** Its bytes, or an ImportError past `maxBytes`. */
  read(maxBytes: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens a local file, and only a regular one: a FIFO would block the open and a device such as
 * /dev/zero never ends, so the path is checked before it is opened, opened without blocking,
 * and checked again once open (a swap in between is caught too).
 */
export async function openLocalFile(file: string): Promise<LocalFile> {
  const handle = await openRegular(file);
  let size: number;
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ImportError(file, { key: 'notAFile', kind: fileKind(info) });
    size = info.size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    read: (maxBytes) => readAtMost(handle, file, size, maxBytes),
    close: () => handle.close(),
  };
}

/**
 * The size the file states is checked before anything is read, and the read itself stops one
 * byte past the limit: a file that grows meanwhile, or states no size (/proc), cannot pass.
 */
async function readAtMost(handle: FileHandle, file: string, size: number, maxBytes: number): Promise<Buffer> {
  if (size > maxBytes) throw new ImportError(file, { key: 'tooLarge', what: 'file', size, limit: maxBytes });
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw new ImportError(file, { key: 'tooLarge', what: 'file', size: null, limit: maxBytes });
      const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, length * 2 + 64 * 1024));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

async function openRegular(file: string): Promise<FileHandle> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ImportError(file, { key: 'notAFile', kind: fileKind(info) });
    return await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, openProblem(error));
  }
}

function openProblem(error: unknown): ImportProblem {
  const code = errorCode(error);
  const cause = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'denied' : code === 'ELOOP' ? 'loop' : 'other';
  return { key: 'cannotOpen', cause, detail: code ?? messageOf(error) };
}

