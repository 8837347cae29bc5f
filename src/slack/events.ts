import type { App, SlackEventMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import { answerLine } from '../commands/answerRef.ts';
import { NOTICES } from '../commands/notices.ts';
import type { SlackDeps } from './deps.ts';
import { answerMessage } from './message.ts';
import { answerRetry } from './retries.ts';
import { plainText } from './safeText.ts';

interface Question {
  team: string | undefined;
  channel: string;
  user: string;
  ts: string;
  /** Where the answer goes: the mention's thread; in a DM, the thread asked in, if any. */
  threadTs: string | undefined;
  text: string;
}

/**
 * A question in a DM or a mention, answered in its conversation with the answer's page buttons.
 * A failure is logged with where it came from and apologised for to the asker alone.
 */
async function answerQuestion(q: Question, client: AllMiddlewareArgs['client'], deps: SlackDeps): Promise<void> {
  const where = { team: q.team, channel: q.channel, user: q.user, ts: q.ts };
  try {
    const { ref, answer } = answerLine(deps.context(), q.text);
    const message = answerMessage(answer, ref, { owner: q.user });
    await client.chat.postMessage({ channel: q.channel, ...(q.threadTs ? { thread_ts: q.threadTs } : {}), ...message, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    deps.logger.error('question failed', { ...where, error });
    try {
      await client.chat.postEphemeral({ channel: q.channel, user: q.user, text: NOTICES.apology, ...(q.threadTs ? { thread_ts: q.threadTs } : {}) });
    } catch (e) {
      deps.logger.warn('could not send the apology', { ...where, error: e });
    }
  }
}

/** Messages from bots (this app included), edits, deletions and joins are not questions. */
function fromPerson(event: { subtype?: string; bot_id?: string; user?: string }): event is { user: string } {
  return !event.subtype && !event.bot_id && Boolean(event.user);
}

export function registerEvents(app: App, deps: SlackDeps): void {
  // Runs before every listener; events are already acknowledged by then.
  app.use(async ({ body, context, next }) => {
    if ((body as { type?: string }).type === 'event_callback' && !answerRetry(context.retryNum, context.retryReason)) {
      deps.logger.debug('retried event not answered again', { event: (body as { event_id?: string }).event_id, retry: context.retryNum, reason: context.retryReason });
      return;
    }
    await next();
  });

  app.event('app_mention', async ({ event, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    if (!fromPerson(event)) return;
    const me = context.botUserId ? new RegExp(`<@${context.botUserId}(?:\\|[^>]*)?>`, 'g') : null;
    const text = plainText(me ? event.text.replace(me, ' ') : event.text);
    await answerQuestion({ team: event.team, channel: event.channel, user: event.user, ts: event.ts, threadTs: event.thread_ts ?? event.ts, text }, client, deps);
  });

  app.event('message', async ({ event, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    // Channel messages reach the app only as mentions (above); here, direct messages.
    if (event.channel_type !== 'im' || !fromPerson(event)) return;
    const text = plainText('text' in event ? (event.text ?? '') : '');
    await answerQuestion({ team: 'team' in event ? event.team : undefined, channel: event.channel, user: event.user, ts: event.ts, threadTs: 'thread_ts' in event ? event.thread_ts : undefined, text }, client, deps);
  });
}
