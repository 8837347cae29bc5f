import type { AllMiddlewareArgs, App, BlockAction, ButtonAction as SlackButton, MessageShortcut, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { AnswerRef } from '../commands/answerRef.ts';
import { runCommand } from '../commands/interpret.ts';
import { noticesFor } from '../commands/notices.ts';
import type { Asker } from '../commands/types.ts';
import { converse, runInConversation } from '../conversation/converse.ts';
import { ACTION_PREFIX, ACTIONS, parseValue } from './actionValues.ts';
import { parseVote } from '../commands/answerRef.ts';
import { placeKey, REPORT_COMMAND, withReportHelp } from '../commands/report.ts';
import { conversationSlot, personIn } from './conversation.ts';
import { askerIn, placeReady, type SlackDeps } from './deps.ts';
import { answerMessage, notice } from './message.ts';
import { reportCommand } from './report.ts';
import { plainText } from './safeText.ts';

/** The message shortcut "Who said this?" (its callback id in the manifest). */
export const WHO_SAID_THIS = 'who_said_this';

/** A private reply through a response URL, retried as Slack documents. */
function privately(deps: SlackDeps, url: string, message: object): Promise<void> {
  return deps.respond(url, { response_type: 'ephemeral', replace_original: false, ...message });
}

/**
 * Slash commands: `/who-said glue layers` reads like the same line typed in the terminal, so the
 * one parser serves both (a command renamed in the manifest is told apart by interpret). The
 * answer comes in the acknowledgement itself, private, with Share in channel, and is remembered
 * in the asker's conversation in the channel. Slack does not say which thread a command was
 * typed in, so `/new` forgets the asker's conversations in the channel and in its threads.
 */
async function slashCommand({ command, ack, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs, deps: SlackDeps): Promise<void> {
  const where = { team: command.team_id, channel: command.channel_id, user: command.user_id, command: command.command };
  let message;
  let asker: Asker = {};
  try {
    const place = { team: command.team_id, channel: command.channel_id, thread: null };
    const key = placeKey('slack', command.team_id);
    // Both bounded, and together: the acknowledgement is due within three seconds.
    const [ready, known] = await Promise.all([placeReady(deps, key), askerIn(deps, client, command.team_id, command.user_id)]);
    asker = known;
    if (!ready) return await ack({ response_type: 'ephemeral', ...notice(noticesFor(asker).placeLoading) });
    const { ref, answer } = converse(deps.context(key), `${command.command} ${plainText(command.text)}`, conversationSlot(deps.conversations, place, command.user_id), asker);
    deps.feedback?.unanswered(key, answer);
    if (ref.command === 'new') deps.conversations.forgetStartingWith(personIn(place, command.user_id));
    message = answerMessage(withReportHelp(answer, key), ref, { owner: command.user_id, shareable: true });
  } catch (error) {
    deps.logger.error('slash command failed', { ...where, error });
    message = notice(noticesFor(asker).apology);
  }
  await ack({ response_type: 'ephemeral', ...message });
}

async function button({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockAction<SlackButton>> & AllMiddlewareArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const where = { team: body.team?.id, channel: body.channel?.id, user: body.user.id, action: action.action_id };
  const url = body.response_url;
  const asker = await askerIn(deps, client, body.team?.id ?? '', body.user.id);
  const notices = noticesFor(asker);
  if (action.action_id === ACTIONS.up || action.action_id === ACTIONS.down) return vote(action.value ?? '', body.team?.id ?? '', url, notices, deps);
  const parsed = parseValue(action.value ?? '');
  if (!parsed) return;
  try {
    if (!parsed.ref) return await privately(deps, url, notice(notices.expired));
    if (!(await placeReady(deps, placeKey('slack', body.team?.id ?? '')))) return await privately(deps, url, notice(notices.placeLoading));
    const answer = runCommand(deps.context(placeKey('slack', body.team?.id ?? '')), parsed.ref.command, { ...parsed.ref.input, ...asker });
    if (parsed.kind === 'page') {
      if (parsed.owner !== body.user.id) return await privately(deps, url, notice(notices.notYourPages));
      const shareable = body.container?.is_ephemeral === true;
      return await deps.respond(url, { replace_original: true, ...answerMessage(answer, parsed.ref, { page: parsed.page, owner: parsed.owner, shareable }) });
    }
    // Posted for everyone, then the private copy goes: the order keeps the answer if posting fails.
    await deps.respond(url, { response_type: 'in_channel', replace_original: false, ...answerMessage(answer, parsed.ref, { page: parsed.page, owner: body.user.id }) });
    await deps.respond(url, { delete_original: true });
  } catch (error) {
    deps.logger.error('button failed', { ...where, error });
    await privately(deps, url, notice(notices.apology)).catch((e: unknown) => deps.logger.warn('could not send the apology', { ...where, error: e }));
  }
}

/** 👍 is thanked; 👎 is recorded (feedback.ts), never who voted; the thanks is private. */
async function vote(value: string, team: string, url: string, notices: ReturnType<typeof noticesFor>, deps: SlackDeps): Promise<void> {
  const parsed = parseVote(value);
  const kept = parsed?.vote === 'down' && deps.feedback?.disliked(placeKey('slack', team), deps.context(placeKey('slack', team)), parsed.ref);
  await privately(deps, url, notice(kept ? notices.dislikedThanks : notices.votedThanks)).catch((error: unknown) => deps.logger.warn('could not thank for a vote', { team, error }));
}

async function whoSaidThis({ ack, shortcut, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const where = { team: shortcut.team?.id, channel: shortcut.channel.id, user: shortcut.user.id, shortcut: shortcut.callback_id };
  const place = { team: shortcut.team?.id ?? '', channel: shortcut.channel.id, thread: null };
  const asker = await askerIn(deps, client, place.team, shortcut.user.id);
  const notices = noticesFor(asker);
  try {
    const text = plainText(shortcut.message.text ?? '').trim();
    if (!text) return await privately(deps, shortcut.response_url, notice(notices.noText));
    const ref: AnswerRef = { command: 'who-said', input: { text, ...asker } };
    const key = placeKey('slack', place.team);
    if (!(await placeReady(deps, key))) return await privately(deps, shortcut.response_url, notice(notices.placeLoading));
    const { answer } = runInConversation(deps.context(key), ref, conversationSlot(deps.conversations, place, shortcut.user.id));
    deps.feedback?.unanswered(key, answer);
    await privately(deps, shortcut.response_url, answerMessage(answer, ref, { owner: shortcut.user.id, shareable: true }));
  } catch (error) {
    deps.logger.error('shortcut failed', { ...where, error });
    await privately(deps, shortcut.response_url, notice(notices.apology)).catch((e: unknown) => deps.logger.warn('could not send the apology', { ...where, error: e }));
  }
}

export function registerInteractions(app: App, deps: SlackDeps): void {
  // Before the catch-all: /report changes what the workspace answers from, and answers later.
  app.command(`/${REPORT_COMMAND.name}`, (args) => reportCommand(args, deps));
  app.command(/^\/(?!report$).+/, (args) => slashCommand(args, deps));
  app.action<BlockAction<SlackButton>>({ type: 'block_actions', action_id: new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}`) }, (args) => button(args, deps));
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: WHO_SAID_THIS }, (args) => whoSaidThis(args, deps));
}
