import type { App, SlackEventMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import { noticesFor } from '../commands/notices.ts';
import type { Asker } from '../commands/types.ts';
import { placeKey, withReportHelp } from '../commands/report.ts';
import { converse, turnParts } from '../conversation/converse.ts';
import { conversationSlot, type SlackPlace } from './conversation.ts';
import { askerIn, placeReady, type SlackDeps } from './deps.ts';
import { answerMessage } from './message.ts';
import { importSharedFile, shareOf } from './reportFiles.ts';
import { answerRetry } from './retries.ts';
import { plainText } from './safeText.ts';

interface Question {
  /** Where it was asked: its conversation is the asker's there. */
  place: SlackPlace;
  user: string;
  ts: string;
  /** Where the answer goes: the mention's thread; in a DM, the thread asked in, if any. */
  threadTs: string | undefined;
  text: string;
}

/**
 * A question in a DM, a mention or a thread the bot is talking in, answered in its
 * conversation with the answer's page buttons. A mention outside a thread is answered in a
 * thread of its own, which starts with the conversation so far: a reply there continues it.
 * A failure is logged with where it came from and apologised for to the asker alone.
 */
async function answerQuestion(q: Question, client: AllMiddlewareArgs['client'], deps: SlackDeps): Promise<void> {
  const { team, channel } = q.place;
  const where = { team, channel, user: q.user, ts: q.ts };
  let asker: Asker = {};
  try {
    asker = await askerIn(deps, client, team, q.user);
    const slot = conversationSlot(deps.conversations, q.place, q.user);
    const place = placeKey('slack', team);
    if (!(await placeReady(deps, place))) {
      await client.chat.postEphemeral({ channel, user: q.user, text: noticesFor(asker).placeLoading, ...(q.threadTs ? { thread_ts: q.threadTs } : {}) });
      return;
    }
    const turn = converse(deps.context(place), q.text, slot, asker);
    if (q.threadTs && q.threadTs !== q.place.thread) deps.conversations.set(conversationSlot(deps.conversations, { team, channel, thread: q.threadTs }, q.user).key, slot.store.get(slot.key));
    // A two-part question: each part a message of its own, with its own page buttons.
    for (const { ref, answer } of turnParts(turn)) {
      deps.feedback?.unanswered(place, answer);
      const message = answerMessage(withReportHelp(answer, place), ref, { owner: q.user });
      await client.chat.postMessage({ channel, ...(q.threadTs ? { thread_ts: q.threadTs } : {}), ...message, unfurl_links: false, unfurl_media: false });
    }
  } catch (error) {
    deps.logger.error('question failed', { ...where, error });
    try {
      await client.chat.postEphemeral({ channel, user: q.user, text: noticesFor(asker).apology, ...(q.threadTs ? { thread_ts: q.threadTs } : {}) });
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

  app.event('app_mention', async ({ event, body, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    // A mention with a file is a report to add; its message may carry the subtype file_share.
    if (event.files?.length && event.user && !event.bot_id) return importSharedFile(shareOf(body.team_id, { ...event, user: event.user }, false), client, deps);
    if (!fromPerson(event)) return;
    const me = context.botUserId ? new RegExp(`<@${context.botUserId}(?:\\|[^>]*)?>`, 'g') : null;
    const text = plainText(me ? event.text.replace(me, ' ') : event.text);
    const place = { team: body.team_id, channel: event.channel, thread: event.thread_ts ?? null };
    await answerQuestion({ place, user: event.user, ts: event.ts, threadTs: event.thread_ts ?? event.ts, text }, client, deps);
  });

  app.event('message', async ({ event, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    // A file shared in a DM is a report to add; in a channel, only with a mention (app_mention).
    if (event.subtype === 'file_share' && event.channel_type === 'im' && event.files?.length) {
      return importSharedFile(shareOf(body.team_id, event, true), client, deps);
    }
    if (!fromPerson(event)) return;
    const raw = 'text' in event ? (event.text ?? '') : '';
    const thread = 'thread_ts' in event ? event.thread_ts : undefined;
    const place = { team: body.team_id, channel: event.channel, thread: thread ?? null };
    const question = { place, user: event.user, ts: event.ts, threadTs: thread, text: plainText(raw) };
    // A direct message is always a question.
    if (event.channel_type === 'im') return answerQuestion(question, client, deps);
    // In a channel, a reply in a thread where the bot is talking with its writer (it answered
    // them there in the last 15 minutes). A reply that mentions the bot comes as app_mention too,
    // and a message outside a thread is someone else's talk.
    if (event.channel_type !== 'channel' && event.channel_type !== 'group') return;
    if (!thread || thread === event.ts || !context.botUserId || raw.includes(`<@${context.botUserId}`)) return;
    if (!deps.conversations.active(conversationSlot(deps.conversations, place, event.user).key)) return;
    await answerQuestion(question, client, deps);
  });
}
