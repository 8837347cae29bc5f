import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { kindOf } from '../knowledge/folder.ts';
import { ImportError } from './errors.ts';

/** A local file, open for reading. */
export interface LocalFile {
  read(): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens a local file, and only a regular one: a FIFO would block the open and a device such as
 * /dev/zero never ends, so the path is checked before it is opened, opened without blocking,
 * and checked again once open (a swap in between is caught too).
 */
export async function openLocalFile(file: string): Promise<LocalFile> {
  const handle = await openRegular(file);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ImportError(file, `${kindOf(info)}, not a file`);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    read: () => handle.readFile(),
    close: () => handle.close(),
  };
}

async function openRegular(file: string): Promise<FileHandle> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ImportError(file, `${kindOf(info)}, not a file`);
    return await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, openProblem(error as NodeJS.ErrnoException));
  }
}

function openProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return 'no such file';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'the file cannot be read (permission denied)';
  if (error.code === 'ELOOP') return 'a link that loops back on itself';
  return `the file cannot be read (${error.code ?? error.message})`;
}
