import type { Dispatcher } from 'undici';
import { ImportError } from './errors.ts';
import type { ImportProblem } from '../language/importProblems.ts';
import { NotPublic } from './publicAddresses.ts';
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
  const fail = (problem: ImportProblem): never => {
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
    return fail({ key: 'serverAnswered', what: 'page', status: response.status, statusText: response.statusText });
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!HTML_TYPES.has(mediaType)) {
    await response.body?.cancel().catch(() => {});
    return fail({ key: 'notWebPage', mediaType: mediaType || null, downloadIt: mediaType === 'application/pdf' || mediaType.includes('word') });
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    return fail({ key: 'tooLarge', what: 'page', size: declared, limit: limits.maxBytes });
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
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function fetchProblem(error: unknown, signal: AbortSignal, limits: FetchLimits): ImportProblem {
  if (error instanceof TooLarge) return { key: 'tooLarge', what: 'page', size: null, limit: limits.maxBytes };
  if (signal.aborted) return { key: 'timedOut', seconds: limits.timeoutMs / 1000 };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause instanceof NotPublic) return { key: 'notPublic', host: cause.host };
  if (cause?.message?.includes('redirect')) return { key: 'tooManyRedirects' };
  if (cause?.code) return { key: 'unreachable', code: cause.code };
  return { key: 'cannotFetch', what: 'page', detail: cause?.message ?? messageOf(error) };
}
