import { setTimeout as sleep } from 'node:timers/promises';

/** How failed calls to Slack are retried: the Web API client and response URLs alike. */
export interface RetryPolicy {
  retries: number;
  /** The first wait after a 5xx or a network error; it doubles each time, up to `maxWaitMs`. */
  minWaitMs: number;
  maxWaitMs: number;
}

/** A chat answer that comes a minute late is no answer: three retries within about 10 s. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 3, minWaitMs: 1000, maxWaitMs: 8000 };

/**
 * The Web API client's retries, as p-retry's options. After a 429 the client waits Retry-After
 * itself and only then lets p-retry back off (its source notes the two add up), so its back-off
 * starts at a quarter of ours: an answer held by Slack's usual one-second Retry-After goes out
 * within 1.5 s, inside a stop's deadline, where the full back-off made it 2 to 3 s.
 */
export function webClientRetry(policy: RetryPolicy): { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean } {
  return { retries: policy.retries, factor: 2, minTimeout: policy.minWaitMs / 4, maxTimeout: policy.maxWaitMs, randomize: true };
}

/** A response URL refused the message for good (expired, used five times, not found). */
export class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`the response URL answered ${status}`);
    this.name = 'ResponseUrlError';
  }
}

/** Slack's Retry-After, in ms; one second when it is missing or unreadable. */
function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

/**
 * Posts a message to an interaction's response URL, retrying as Slack documents: after a 429,
 * once Retry-After has passed; after a 5xx or a network error, with a doubling wait. Other
 * answers (404 expired_url, 410) are final. Bolt's own `respond` tries once.
 */
export async function postToResponseUrl(url: string, message: object, policy: RetryPolicy, fetchFn: typeof fetch = fetch): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let wait = Math.min(policy.maxWaitMs, policy.minWaitMs * 2 ** attempt);
    let failure: unknown;
    try {
      const response = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.ok) return;
      failure = new ResponseUrlError(response.status);
      if (response.status === 429) wait = retryAfterMs(response.headers.get('retry-after'));
      else if (response.status < 500) throw failure;
    } catch (error) {
      if (error instanceof ResponseUrlError && error.status < 500 && error.status !== 429) throw error;
      failure = error;
    }
    if (attempt >= policy.retries) throw failure;
    await sleep(wait);
  }
}
