import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from './errors.ts';
import { errorCode, messageOf } from '../base/errorMessage.ts';

/**
 * Writes a report so that a bot watching the folder never reads half of it: the text goes to a
 * hidden temporary file (not `.md`, so the loader skips it), which then takes the report's name
 * in one step. Without `force` that step is a hard link, which fails if the name is taken, so
 * two imports cannot overwrite each other either: the answer is then 'exists'.
 */
export async function writeReport(target: string, content: string, force: boolean): Promise<'written' | 'exists'> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new ImportError(dir, { key: 'cannotCreateFolder', detail: errorCode(error) ?? messageOf(error) });
  });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(content, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    if (force) {
      await rename(temp, target);
      return 'written';
    }
    try {
      await link(temp, target);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') return 'exists';
      // A file system without hard links: check, then rename (a narrow race, but no half file).
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
      if (await stat(target).catch(() => null)) return 'exists';
      await rename(temp, target);
    }
    return 'written';
  } catch (error) {
    throw new ImportError(target, { key: 'cannotWrite', detail: errorCode(error) ?? messageOf(error) });
  } finally {
    await rm(temp, { force: true });
  }
}
