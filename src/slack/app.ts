import { App, HTTPReceiver } from '@slack/bolt';
import type { BotContext } from '../commands/types.ts';
import type { ReportShelf } from '../commands/report.ts';
import type { SlackConfig } from '../runtime/config.ts';
import type { Logger, LogLevel } from '../base/logger.ts';
import type { ConversationStore } from '../conversation/store.ts';
import type { Route } from '../server/httpServer.ts';
import { boltLogger } from './boltLogger.ts';
import type { SlackDeps } from './deps.ts';
import type { Feedback } from '../runtime/feedback.ts';
import { registerEvents } from './events.ts';
import { registerInteractions } from './interactions.ts';
import { ReportAdmins } from './reportAdmins.ts';
import { UserLocales } from './userLocales.ts';
import { slackFileHeaders } from './reportFiles.ts';
import { DEFAULT_RETRY, postToResponseUrl, webClientRetry, type RetryPolicy } from './responseUrl.ts';


/** Where Slack sends events, commands and interactions in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  config: SlackConfig;
  /** The knowledge a workspace answers from now (`slack-<team id>`): a function, so that a reload swaps it under a running app. */
  context: (place: string) => BotContext;
  /** Waits (bounded) for a workspace's own reports to load at its first question; false: still loading. */
  ready?: (place: string) => Promise<boolean>;
  logger: Logger;
  logLevel: LogLevel;
  /** The process's conversations. */
  conversations: ConversationStore;
  feedback?: Feedback;
  /** The workspaces' own reports: /report and files shared with the bot. */
  reports?: ReportShelf;
  retry?: RetryPolicy;
}

export interface SlackApp {
  app: App;
  mode: 'socket' | 'http';
  /** HTTP mode: Bolt's listener for POST /slack/events, for the one HTTP server; none in Socket Mode. */
  routes: Route[];
  /** Checks the bot token (auth.test); in Socket Mode, also connects. */
  start(): Promise<void>;
  /** Stops receiving (Socket Mode) and resolves once the answers under way have been sent. */
  stop(): Promise<void>;
}

/**
 * The Slack app of report-bot on Bolt. Socket Mode when an app token is set (no public URL),
 * otherwise HTTP mode, where Bolt checks every request's signature and timestamp. Buttons
 * carry their query and commands do not depend on earlier ones, so any number of copies can
 * serve one app; only follow-ups ("what else did he say?") read the conversations this process
 * keeps (not Bolt's convoStore, which stays off). Initialisation is deferred so that a refused
 * token is an error to report at start, not an unhandled rejection from a constructor.
 */
export function createSlackApp({ config, context, ready, logger, logLevel, conversations, feedback, reports, retry = DEFAULT_RETRY }: SlackAppOptions): SlackApp {
  const log = boltLogger(logger, logLevel);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    // 429s wait for Retry-After inside the client; network errors back off (Slack's 5xx are final there).
    retryConfig: webClientRetry(retry),
    timeout: 10_000,
  };
  const common = { token: config.botToken, logger: log, clientOptions, deferInitialization: true, convoStore: false as const, ignoreSelf: true };
  let app: App;
  let routes: Route[] = [];
  if (config.appToken) {
    app = new App({ ...common, appToken: config.appToken, socketMode: true });
  } else {
    const receiver = new HTTPReceiver({ signingSecret: config.signingSecret ?? '', endpoints: EVENTS_PATH, logger: log });
    app = new App({ ...common, receiver });
    routes = [{ method: 'POST', path: EVENTS_PATH, handler: receiver.requestListener }];
  }
  const deps: SlackDeps = {
    context,
    ...(ready ? { ready } : {}),
    logger,
    conversations,
    feedback,
    reports,
    admins: new ReportAdmins(config.reportAdmins, logger),
    locales: new UserLocales(logger),
    fileHeaders: slackFileHeaders(config.botToken, config.apiUrl),
    respond: (url, message) => postToResponseUrl(url, message, retry),
  };
  // Answers under way (an event is acknowledged before its answer is posted): a stop waits for
  // them, within the shutdown's deadline, rather than dropping them.
  const inFlight = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const handled = next();
    inFlight.add(handled);
    try {
      await handled;
    } finally {
      inFlight.delete(handled);
    }
  });
  registerEvents(app, deps);
  registerInteractions(app, deps);
  app.error(async (error) => logger.error('slack listener failed', { error }));

  const mode = config.appToken ? 'socket' : 'http';
  return {
    app,
    mode,
    routes,
    async start() {
      await app.init();
      if (mode === 'socket') await app.start();
    },
    async stop() {
      // Socket Mode stops receiving first; in HTTP mode the HTTP server stops taking requests.
      if (mode === 'socket') await app.stop();
      await Promise.allSettled(inFlight);
    },
  };
}
