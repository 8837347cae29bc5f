import type { SlackConfig } from '../runtime/config.ts';
import type { Feedback } from '../runtime/feedback.ts';
import type { ReportShelf } from '../commands/report.ts';
import type { Places } from '../runtime/places.ts';
import type { App } from '../runtime/app.ts';
import type { ConversationStore } from '../conversation/store.ts';
import type { Route } from '../server/httpServer.ts';
import { createSlackApp } from './app.ts';

/**
 * `npm start` with SLACK_BOT_TOKEN: the Slack app over the running knowledge (each workspace's own reports with it), its token checked
 * (and in Socket Mode, connected) before it counts as started. Resolves with the routes it needs
 * on the HTTP server (HTTP mode), or null when it could not start: the stop is then under way.
 */
export async function startSlack({ config, logger, shutdown }: App, slack: SlackConfig, places: Places, conversations: ConversationStore, feedback?: Feedback, reports?: ReportShelf): Promise<Route[] | null> {
  const app = createSlackApp({ config: slack, context: places.context, ready: places.ready, logger, logLevel: config.logLevel, conversations, feedback, reports });
  shutdown.add({ name: 'slack app', close: () => app.stop() });
  try {
    await app.start();
  } catch (error) {
    // A stop that began while connecting makes the start fail: that is the stop, not a failure.
    if (shutdown.started) return null;
    logger.error('could not start the Slack app', { error });
    await shutdown.stop({ reason: 'could not start the Slack app' }, 1);
    return null;
  }
  logger.info('slack app ready', { mode: app.mode === 'socket' ? 'Socket Mode' : 'HTTP mode, POST /slack/events' });
  return app.routes;
}
