/**
 * What Slack sends to an app, as objects: slash commands, button clicks, message shortcuts and
 * event callbacks, with the fields Bolt reads. Transports (signed HTTP, Socket Mode envelopes)
 * are in slack.ts.
 */
import { BOT_USER_ID, CHANNEL_ID, DM_CHANNEL_ID, TEAM_ID } from './fakeSlack.ts';

export const ALICE = 'U00000ALICE';
export const BOB = 'U000000BOB0';
let counter = 0;

function ts(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(++counter).padStart(6, '0')}`;
}

export function slashCommand(command: string, text: string, user: string, responseUrl: string, channel = CHANNEL_ID): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: user.toLowerCase(),
    command,
    text,
    api_app_id: 'A0000000001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger-${++counter}`,
  };
}

export interface Button {
  action_id: string;
  value?: string;
  text?: { text: string };
}

/** A click on `button`, in a message that was private (ephemeral) or not. */
export function buttonClick(button: Button, user: string, responseUrl: string, ephemeral: boolean): Record<string, unknown> {
  const messageTs = ts();
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM_ID },
    api_app_id: 'A0000000001',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: CHANNEL_ID, is_ephemeral: ephemeral },
    trigger_id: `trigger-${++counter}`,
    team: { id: TEAM_ID, domain: 'test' },
    channel: { id: CHANNEL_ID, name: 'general' },
    ...(ephemeral ? {} : { message: { type: 'message', ts: messageTs, bot_id: 'B0000BOT001', text: 'an answer' } }),
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: button.text?.text ?? 'button' }, action_ts: ts() }],
  };
}

export function messageShortcut(callbackId: string, text: string, user: string, responseUrl: string): Record<string, unknown> {
  const messageTs = ts();
  return {
    type: 'message_action',
    token: 'deprecated-verification-token',
    action_ts: ts(),
    team: { id: TEAM_ID, domain: 'test' },
    user: { id: user, name: user.toLowerCase(), username: user.toLowerCase(), team_id: TEAM_ID },
    channel: { id: CHANNEL_ID, name: 'general' },
    callback_id: callbackId,
    trigger_id: `trigger-${++counter}`,
    message_ts: messageTs,
    message: { type: 'message', user: 'U0000SOMEONE', text, ts: messageTs },
    response_url: responseUrl,
  };
}

/** An Events API callback around `event`; its event id is what a retry repeats. */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${++counter}`): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0000000001',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export function directMessage(text: string, user: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel: DM_CHANNEL_ID, channel_type: 'im', user, text, ts: ts(), team: TEAM_ID, ...extra };
}

export function mention(text: string, user: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', channel: CHANNEL_ID, user, text: `<@${BOT_USER_ID}> ${text}`, ts: ts(), team: TEAM_ID, ...extra };
}

/** A message in a channel the app is in, as message.channels delivers it (in a thread with `thread_ts`). */
export function channelMessage(text: string, user: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel: CHANNEL_ID, channel_type: 'channel', user, text, ts: ts(), team: TEAM_ID, ...extra };
}
