import type { Dispatcher } from 'undici';
import { ImportError, sizeText } from './errors.ts';
import { messageOf } from '../base/errorMessage.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Where connections are made (chat's imports: public addresses only); absent, fetch's own. */
  dispatcher?: Dispatcher;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 10 * 1024 * 1024 };

export interface FetchedPage {
  /** Where the page came from after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType: string;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Fetches a web page: redirects followed, one deadline for the whole answer (headers and body),
 * at most `maxBytes` read, and a clear error for anything that is not an HTML page.
 */
export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const fail = (problem: string): never => {
    throw new ImportError(address, problem);
  };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'report-bot-import/1' },
      ...(limits.dispatcher ? { dispatcher: limits.dispatcher } : {}),
    } as RequestInit);
  } catch (error) {
    return fail(fetchProblem(error, signal, limits));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, not the page`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!HTML_TYPES.has(mediaType)) {
    await response.body?.cancel().catch(() => {});
    const hint = mediaType === 'application/pdf' || mediaType.includes('word') ? ': download it and import the file' : '';
    return fail(`the answer is ${mediaType || 'of no stated type'}, not a web page (HTML)${hint}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    return fail(`the page is ${sizeText(declared)}, more than the ${sizeText(limits.maxBytes)} limit (--max-bytes)`);
  }
  const bytes = await readLimited(response, limits).catch((error: unknown) => fail(fetchProblem(error, signal, limits)));
  return { url: response.url || address, bytes, contentType };
}

class TooLarge extends Error {}

async function readLimited(response: Response, limits: FetchLimits): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLarge(`the page is more than the ${sizeText(limits.maxBytes)} limit (--max-bytes)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function fetchProblem(error: unknown, signal: AbortSignal, limits: FetchLimits): string {
  if (error instanceof TooLarge) return error.message;
  if (signal.aborted) return `no complete answer within ${limits.timeoutMs / 1000} s (timed out)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.message?.includes('redirect')) return 'too many redirects';
  if (cause?.code) return `cannot reach the server (${cause.code})`;
  return `cannot fetch the page (${cause?.message ?? messageOf(error)})`;
}
