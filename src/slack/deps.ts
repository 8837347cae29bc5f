import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Asker, BotContext } from '../commands/types.ts';
import { askerOf } from '../language/index.ts';
import type { ReportShelf } from '../commands/report.ts';
import type { Logger } from '../base/logger.ts';
import type { ConversationStore } from '../conversation/store.ts';
import type { Feedback } from '../runtime/feedback.ts';
import type { ReportAdmins } from './reportAdmins.ts';
import type { UserLocales } from './userLocales.ts';

/** What the Slack listeners need. */
export interface SlackDeps {
  /**
   * The knowledge a workspace answers from now (`slack-<team id>`): a function, so that a reload
   * or a report added there swaps it under a running app.
   */
  context: (place: string) => BotContext;
  /** Waits (bounded) for a workspace's own reports to load at its first question; false: still loading. Absent: always ready. */
  ready?: (place: string) => Promise<boolean>;
  logger: Logger;
  /** Posts to an interaction's response URL, with retries. */
  respond: (url: string, message: object) => Promise<void>;
  /** The process's conversations: what the last answer to each person in each place was about. */
  conversations: ConversationStore;
  /** Where unanswered questions and 👎 are recorded (absent: nowhere). */
  feedback?: Feedback;
  /** The workspaces' own reports (absent: /report says this bot keeps none). */
  reports?: ReportShelf;
  /** Who may add and remove a workspace's reports and see its gaps. */
  admins: ReportAdmins;
  /** The locale each person set in Slack, to answer in their language. */
  locales: UserLocales;
  /** The headers that fetch a file Slack keeps (the bot token), or null for an address that is not Slack's. */
  fileHeaders: (url: string) => Record<string, string> | null;
}

/** Whether a workspace's own reports are there to answer from: loaded on its first question, a bounded wait. */
export async function placeReady(deps: SlackDeps, place: string): Promise<boolean> {
  return deps.ready ? deps.ready(place) : true;
}

/** What Slack says of whoever asks: their locale's language, when the bot speaks it (a bounded wait; nothing if Slack is slow or refuses). */
export async function askerIn(deps: SlackDeps, client: AllMiddlewareArgs['client'], team: string, user: string): Promise<Asker> {
  return askerOf(await deps.locales.of(client, team, user));
}
