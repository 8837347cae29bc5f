import { askerOf } from '../language/index.ts';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { APIEmbed } from 'discord.js';
import { repeatLimited, type Logger } from '../base/logger.ts';
import { BodyTooLarge, readBody } from '../server/body.ts';
import type { Route } from '../server/httpServer.ts';
import { sendJson, sendText } from '../server/respond.ts';
import { COMMAND_TYPE, EPHEMERAL, INTERACTION, NO_MENTIONS_JSON, RESPONSE } from './api.ts';
import { NOTICES } from '../commands/notices.ts';
import { notice, type ButtonRow, type MessagePayload, type ReplyPayload } from './reply.ts';
import { respondWhenReady, type AnswerDeps, type Incoming, type Outgoing } from './respond.ts';
import { publicKeyOf, signedByDiscord } from './signature.ts';
import { REPORT_COMMAND } from '../commands/report.ts';
import { reportOverHttp, type RawReportInteraction } from './reportHttp.ts';

export const INTERACTIONS_PATH = '/discord/interactions';
/** Discord's interactions are a few kilobytes; a message menu on a long message, a few more. */
const MAX_BODY = 256 * 1024;

export interface HttpInteractionDeps extends AnswerDeps {
  logger: Logger;
  /** DISCORD_API_URL: where a deferred answer (/report's) is sent; null: Discord's own. */
  apiUrl?: string | null;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
}

/** The parts of an interaction's JSON the answers read (https://discord.com/developers/docs/interactions/receiving-and-responding). */
interface RawInteraction {
  id?: string;
  type?: number;
  guild_id?: string;
  channel_id?: string;
  /** The asker's client language: a French client's answers are in French. */
  locale?: string;
  member?: { user?: { id?: string } };
  user?: { id?: string };
  data?: {
    name?: string;
    type?: number;
    custom_id?: string;
    target_id?: string;
    options?: { name: string; value?: string | number | boolean; focused?: boolean }[];
    resolved?: { messages?: Record<string, { content?: string }> };
  };
  message?: { flags?: number; content?: string; embeds?: APIEmbed[]; components?: ButtonRow[] };
}

/** An interaction's JSON as respond.ts reads it; null for a kind the bot does not answer. */
function incomingOf(raw: RawInteraction): Incoming | null {
  const user = raw.member?.user?.id ?? raw.user?.id ?? '';
  const data = raw.data ?? {};
  const options = Object.fromEntries((data.options ?? []).map((o) => [o.name, o.value]));
  const place = { guild: raw.guild_id ?? null, channel: raw.channel_id ?? null };
  if (raw.type === INTERACTION.autocomplete) return { kind: 'autocomplete', name: data.name ?? '', focused: data.options?.find((o) => o.focused)?.name ?? '', options, user, guild: raw.guild_id ?? null };
  if (raw.type === INTERACTION.command && data.type === COMMAND_TYPE.message) {
    return { kind: 'menu', name: data.name ?? '', targetText: data.resolved?.messages?.[data.target_id ?? '']?.content ?? '', user, place, asker: askerOf(raw.locale) };
  }
  if (raw.type === INTERACTION.command) return { kind: 'command', name: data.name ?? '', options: { ...options, ...askerOf(raw.locale) }, user, place };
  if (raw.type === INTERACTION.component && raw.message) {
    const { message } = raw;
    return {
      kind: 'button',
      customId: data.custom_id ?? '',
      user,
      guild: raw.guild_id ?? null,
      asker: askerOf(raw.locale),
      message: { ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0, content: message.content ?? '', embeds: message.embeds ?? [], components: message.components ?? [] },
    };
  }
  return null;
}

/** A message as the HTTP API spells it. */
function messageJson({ allowedMentions: _mentions, ...message }: MessagePayload | ReplyPayload): Record<string, unknown> {
  return { ...message, allowed_mentions: NO_MENTIONS_JSON };
}

/** The interaction response: the whole answer, in the HTTP response, with nothing sent later. */
function responseJson(out: Outgoing): Record<string, unknown> {
  switch (out.type) {
    case 'reply':
      return { type: RESPONSE.message, data: messageJson(out.payload) };
    case 'update':
      return { type: RESPONSE.update, data: messageJson(out.payload) };
    case 'choices':
      return { type: RESPONSE.choices, data: { choices: out.choices } };
    case 'acknowledge':
      return { type: RESPONSE.deferredUpdate };
  }
}

/**
 * POST /discord/interactions: Discord's Interactions Endpoint URL. Each request's signature is
 * checked against the body's exact bytes before anything is read (401 otherwise, as Discord
 * requires); a PING gets its PONG; every other interaction is answered in the HTTP response by
 * respond.ts, the code path the gateway uses. No answer depends on an earlier request: any
 * number of copies can serve one application behind a load balancer. A command's answer is
 * remembered in the process's conversations, for the gateway's messages when the same process
 * runs the gateway too (a follow-up of a slash command, in the same channel).
 */
export function discordInteractionsRoute(deps: HttpInteractionDeps): Route {
  const key = publicKeyOf(deps.publicKey);
  // A refused request is logged as Slack's route logs one, and a flood of them as a line a minute.
  const refusals = repeatLimited(deps.logger);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY);
    } catch (error) {
      sendText(res, error instanceof BodyTooLarge ? 413 : 400, error instanceof BodyTooLarge ? 'request too large' : 'unreadable request');
      return;
    }
    if (!signedByDiscord(key, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body)) {
      refusals.warn('discord: request refused: invalid signature', { route: '/discord/interactions' });
      sendText(res, 401, 'invalid request signature');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      sendText(res, 400, 'the body is not JSON');
      return;
    }
    // A signed body of null, a number or an array is JSON but no interaction.
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      sendText(res, 400, 'the body is not an interaction');
      return;
    }
    const raw = parsed as RawInteraction;
    if (raw.type === INTERACTION.ping) {
      sendJson(res, 200, { type: RESPONSE.pong });
      return;
    }
    if (raw.type === INTERACTION.command && raw.data?.name === REPORT_COMMAND.name) {
      const { response, after } = reportOverHttp(parsed as RawReportInteraction, deps);
      sendJson(res, 200, response);
      if (after) await after();
      return;
    }
    const where = { interaction: raw.id, type: raw.type, command: raw.data?.name, customId: raw.data?.custom_id, user: raw.member?.user?.id ?? raw.user?.id, guild: raw.guild_id, channel: raw.channel_id, via: 'http' };
    try {
      const incoming = incomingOf(raw);
      sendJson(res, 200, incoming ? responseJson(await respondWhenReady(incoming, deps)) : { type: RESPONSE.message, data: messageJson(notice("I can't answer that kind of interaction.")) });
    } catch (error) {
      deps.logger.error('interaction failed', { ...where, error });
      sendJson(res, 200, responseJson({ type: 'reply', payload: notice(NOTICES.apology) }));
    }
  };
  const handler: RequestListener = (req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error('discord interaction request failed', { error });
      if (!res.headersSent) sendText(res, 500, 'internal error');
    });
  };
  return { method: 'POST', path: INTERACTIONS_PATH, handler };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
