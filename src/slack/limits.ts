/**
 * Block Kit's limits (docs.slack.dev/reference/block-kit). Slack refuses a message that breaks
 * one (`invalid_blocks`) and Bolt does not check them, so every message is built within them.
 */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** The message's own `text` (notifications and clients without blocks); Slack advises 4,000. */
  messageText: 4000,
} as const;

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
}

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string };
  value?: string;
  style?: 'primary' | 'danger';
}

/** The blocks report-bot sends. */
export type Block =
  | { type: 'section'; text?: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'actions'; elements: ButtonElement[] }
  | { type: 'header'; text: { type: 'plain_text'; text: string } }
  | { type: 'divider' };

export interface SlackMessage {
  text: string;
  blocks: Block[];
}
