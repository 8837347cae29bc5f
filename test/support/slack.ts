/**
 * The real Slack app of the bot against the fake Slack, in either mode, behind one driver: a
 * test sends what Slack would send (signed HTTP requests to /slack/events on the bot's HTTP
 * server, or Socket Mode envelopes) and reads the acknowledgement and the calls the app made.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { BotContext } from '../../src/commands/types.ts';
import { createLogger } from '../../src/base/logger.ts';
import { createHttpServer, type HttpServer } from '../../src/server/httpServer.ts';
import { healthRoute } from '../../src/server/health.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import type { RetryPolicy } from '../../src/slack/responseUrl.ts';
import { BUNDLED, contextOf } from './context.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack, SIGNING_SECRET } from './fakeSlack.ts';
import { ConversationStore } from '../../src/conversation/store.ts';
import type { Feedback } from '../../src/runtime/feedback.ts';
import type { ReportShelf } from '../../src/commands/report.ts';

export type Mode = 'http' | 'socket';

/** Retries as in production, waits shortened so that a test of a 5xx takes milliseconds. */
export const TEST_RETRY: RetryPolicy = { retries: 2, minWaitMs: 10, maxWaitMs: 50 };

export interface Delivery {
  status: number;
  /** The acknowledgement's body: a slash command's answer. */
  body: Record<string, unknown> | null;
}

export interface RunningSlack {
  mode: Mode;
  slack: SlackApp;
  server: HttpServer;
  /** Base URL of the bot's HTTP server. */
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

/** `v0=` + HMAC-SHA256(secret, `v0:{timestamp}:{body}`): Slack's request signature. */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** POSTs a body to /slack/events signed as Slack signs it (or as a test chooses to break it). */
export async function postSigned(url: string, body: string, contentType: string, options: SignedOptions = {}): Promise<Delivery> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp, options.secret), ...options.headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** What a workspace's own reports need: the shelf, and the user ids of REPORT_ADMINS. */
export interface SlackReports {
  shelf: ReportShelf;
  admins?: string[];
}

/** Starts the bot's Slack app as `npm start` composes it: the app, and the HTTP server with its routes. */
export async function startSlack(mode: Mode, fake: FakeSlack, ctx: BotContext, context: (place: string) => BotContext = () => ctx, feedback?: Feedback, reports?: SlackReports): Promise<RunningSlack> {
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const slack = createSlackApp({
    config: { botToken: BOT_TOKEN, appToken: mode === 'socket' ? APP_TOKEN : null, signingSecret: mode === 'http' ? SIGNING_SECRET : null, apiUrl: fake.apiUrl, reportAdmins: reports?.admins ?? [] },
    context,
    logger,
    logLevel: 'debug',
    conversations: new ConversationStore(),
    feedback,
    reports: reports?.shelf,
    retry: TEST_RETRY,
  });
  await slack.start();
  const server = createHttpServer([healthRoute(() => ctx), ...slack.routes], logger);
  const { port } = await server.listen(0, '127.0.0.1');
  return {
    mode,
    slack,
    server,
    url: `http://127.0.0.1:${port}`,
    logs,
    async stop() {
      await slack.stop();
      await server.close();
    },
  };
}

export interface SlackEnv {
  fake: FakeSlack;
  running: RunningSlack;
  /** A slash command; resolves with its acknowledgement (the answer). */
  command(payload: Record<string, string>): Promise<Delivery>;
  /** A button click or a shortcut; resolves once acknowledged. */
  interact(payload: Record<string, unknown>): Promise<Delivery>;
  /** An event callback, optionally as Slack's retry of it; resolves once acknowledged. */
  event(body: Record<string, unknown>, retry?: { num: number; reason: string }): Promise<Delivery>;
}

/** What the app answers from: one knowledge for every workspace, or each workspace's own, with its reports. */
export interface SlackWorld {
  ctx: BotContext;
  context?: (place: string) => BotContext;
  reports?: SlackReports;
}

/** A fake Slack and the bot's Slack app in `mode` on the bundled report (or on what `world` opens), for one test file. */
export function useSlack(mode: Mode, feedback?: Feedback, world: () => Promise<SlackWorld> = async () => ({ ctx: await contextOf(BUNDLED) })): SlackEnv {
  const env = {} as SlackEnv;
  beforeAll(async () => {
    env.fake = await new FakeSlack().start();
    const { ctx, context = () => ctx, reports } = await world();
    env.running = await startSlack(mode, env.fake, ctx, context, feedback, reports);
  });
  afterAll(async () => {
    await env.running?.stop();
    await env.fake?.stop();
  });
  const viaSocket = async (type: string, payload: unknown, extra: Record<string, unknown> = {}): Promise<Delivery> => {
    const ack = await env.fake.envelope(type, payload, extra);
    return { status: 200, body: Object.keys(ack).length ? ack : null };
  };
  env.command = (payload) => (mode === 'http' ? postSigned(env.running.url, new URLSearchParams(payload).toString(), 'application/x-www-form-urlencoded') : viaSocket('slash_commands', payload));
  env.interact = (payload) =>
    mode === 'http' ? postSigned(env.running.url, `payload=${encodeURIComponent(JSON.stringify(payload))}`, 'application/x-www-form-urlencoded') : viaSocket('interactive', payload);
  env.event = (body, retry) =>
    mode === 'http'
      ? postSigned(env.running.url, JSON.stringify(body), 'application/json', retry ? { headers: { 'x-slack-retry-num': String(retry.num), 'x-slack-retry-reason': retry.reason } } : {})
      : viaSocket('events_api', body, retry ? { retry_attempt: retry.num, retry_reason: retry.reason } : {});
  return env;
}
