import { open } from 'node:fs/promises';
import { messageOf } from '../base/errorMessage.ts';
import { ImportError } from './errors.ts';
import type { FetchLimits } from './fetchPage.ts';
import type { ImportProblem } from '../language/importProblems.ts';

/**
 * Saves a file sent through a chat (an attachment at its URL) to `target`, with the limits of
 * a page at a URL: the stated size checked before a byte is read, the read stopped one chunk
 * past the limit (a server that states no size, or a wrong one, cannot pass), one deadline for
 * the whole answer. `name` is what the messages call it: the file's name, not the address.
 * `headers` go with the request: a platform's private file needs its token.
 */
export async function downloadFile(address: string, target: string, name: string, limits: FetchLimits, headers: Record<string, string> = {}): Promise<void> {
  const fail = (problem: ImportProblem): never => {
    throw new ImportError(name, problem);
  };
  const timedOut = { key: 'timedOut', seconds: limits.timeoutMs / 1000 } as const;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(address, { redirect: 'follow', signal, headers: { 'user-agent': 'report-bot-import/1', ...headers } });
  } catch (error) {
    return fail(signal.aborted ? timedOut : { key: 'cannotFetch', what: 'file', detail: messageOf((error as { cause?: unknown }).cause ?? error) });
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => {});
    return fail({ key: 'serverAnswered', what: 'file', status: response.status, statusText: response.statusText });
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body.cancel().catch(() => {});
    return fail({ key: 'tooLarge', what: 'file', size: declared, limit: limits.maxBytes });
  }
  const file = await open(target, 'wx');
  try {
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch((error: unknown) => fail(signal.aborted ? timedOut : { key: 'brokeOff', detail: messageOf(error) }));
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => {});
        return fail({ key: 'tooLarge', what: 'file', size: null, limit: limits.maxBytes });
      }
      await file.write(value);
    }
  } finally {
    await file.close();
  }
}
