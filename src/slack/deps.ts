import type { BotContext } from '../commands/types.ts';
import type { Logger } from '../base/logger.ts';
import type { ConversationStore } from '../conversation/store.ts';
import type { Feedback } from '../runtime/feedback.ts';

/** What the Slack listeners need. */
export interface SlackDeps {
  /** The current knowledge: a function, so that a reload swaps it under a running app. */
  context: () => BotContext;
  logger: Logger;
  /** Posts to an interaction's response URL, with retries. */
  respond: (url: string, message: object) => Promise<void>;
  /** The process's conversations: what the last answer to each person in each place was about. */
  conversations: ConversationStore;
  /** Where unanswered questions and 👎 are recorded (absent: nowhere). */
  feedback?: Feedback;
}
