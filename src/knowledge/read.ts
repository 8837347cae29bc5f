import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { errorCode, messageOf } from '../base/errorMessage.ts';
import { decodeReport } from './decode.ts';
import { KnowledgeError } from './errors.ts';
import { kindOf } from './folder.ts';
import { sizeText } from '../language/sizes.ts';

/** The largest report read unless KNOWLEDGE_MAX_BYTES says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * The most all of a folder's reports are read to together unless KNOWLEDGE_MAX_TOTAL_BYTES says
 * otherwise: the knowledge worker holds every report's passages at once, 396 MB at its peak for
 * one report of 49 MB and 709 MB for two, so one report at the limit is what a folder may hold.
 */
export const DEFAULT_MAX_TOTAL_BYTES = 50 * 1024 * 1024;

/**
 * What a folder's reports are read to, counted in the folder's order: the report that passes
 * `maxTotalBytes`, and every one after it, is refused with the limit named.
 */
export class FolderBudget {
  private total = 0;

  constructor(private readonly maxTotalBytes: number) {}

  /** Before a report is read: refused once the folder has passed the limit. */
  before(file: string): KnowledgeError | null {
    return this.total > this.maxTotalBytes
      ? new KnowledgeError(file, null, `the folder's reports pass ${sizeText(this.maxTotalBytes)} together here, so this one and those after it are not read: move some reports out, or raise KNOWLEDGE_MAX_TOTAL_BYTES`)
      : null;
  }

  /** After it is read: its bytes counted, and refused if they pass the limit. */
  after(file: string, bytes: number): KnowledgeError | null {
    this.total += bytes;
    return this.before(file);
  }
}
/**
 * Seconds one report's reading may take unless KNOWLEDGE_REPORT_SECONDS says otherwise: ten
 * times what a 45 MB report takes on one core here (6 s), so only a report that makes the parser
 * misbehave reaches it.
 */
export const DEFAULT_REPORT_SECONDS = 60;


/**
 * A report's text, at most `maxBytes` of it. Only a regular file is opened: a FIFO would block
 * the open and a device such as /dev/zero never ends. It is checked before opening, opened
 * without blocking, and checked again on the open file, so a swap in between is caught too.
 */
export function readReport(file: string, maxBytes: number): string {
  return decodeReport(file, readReportBytes(file, maxBytes));
}

/** A report's bytes as `readReport` reads them, undecoded: what a saved copy is keyed by. */
export function readReportBytes(file: string, maxBytes: number): Buffer {
  const fd = openRegular(file);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new KnowledgeError(file, null, `not a report: it is ${kindOf(info)}`);
    const tooBig = (actual: string) => new KnowledgeError(file, null, `the file is ${actual}, over the ${sizeText(maxBytes)} limit: split it into several reports, or raise KNOWLEDGE_MAX_BYTES`);
    if (info.size > maxBytes) throw tooBig(sizeText(info.size));
    // One byte more than allowed tells a file that grew past the limit since fstat.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw tooBig(`more than ${sizeText(maxBytes)}`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function openRegular(file: string): number {
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new KnowledgeError(file, null, `not a report: it is ${kindOf(info)}`);
    return openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    const code = errorCode(error);
    const why: Record<string, string> = {
      EACCES: 'permission denied: the bot cannot read this file',
      EPERM: 'permission denied: the bot cannot read this file',
      ENOENT: 'the file went away while the folder was read',
      ELOOP: 'a link that loops back on itself',
    };
    throw new KnowledgeError(file, null, (code && why[code]) ?? `cannot be read: ${messageOf(error)}`);
  }
}
