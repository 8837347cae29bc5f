/**
 * Slack delivers an event again when it thinks the first delivery was lost (`x-slack-retry-num`,
 * with the reason in `x-slack-retry-reason`). Bolt acknowledges an event before any listener
 * runs, so after a timeout or an unknown error the first delivery was most likely answered:
 * answering the retry would answer twice. Only when the first delivery never reached the app
 * (no connection, TLS or redirect trouble, or something in front of it answered with an error)
 * is the retry the only chance to answer. Deciding from the request alone keeps HTTP mode free
 * of state, so any copy behind a load balancer decides the same way.
 */
const NEVER_DELIVERED = new Set(['connection_failed', 'ssl_error', 'too_many_redirects', 'http_error']);

export function answerRetry(retryNum: number | undefined, retryReason: string | undefined): boolean {
  if (!retryNum) return true;
  return NEVER_DELIVERED.has(retryReason ?? '');
}
