import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { repliesFor } from '../commands/answers.ts';
import { noticesFor } from '../commands/notices.ts';
import { markUser, placeKey, runReport, usersMarked, type ReportRequest } from '../commands/report.ts';
import { SLACK_USER_ID } from '../runtime/config.ts';
import { linesInSections, section } from './answerBlocks.ts';
import { askerIn, type SlackDeps } from './deps.ts';
import { LIMITS, type SlackMessage } from './limits.ts';
import { escapeText, plainText, textWithin } from './safeText.ts';


/**
 * A /report answer as a Slack message: report titles and typed text escaped, then who added
 * each report as a user mention, which Slack shows as their name. Only /report list names
 * anyone, and it is always private: a private message pings no one.
 */
export async function reportMessage(request: ReportRequest, deps: Pick<SlackDeps, 'reports'>): Promise<SlackMessage> {
  const said = repliesFor(request).report;
  // Said when the process keeps no places' reports (a test, an embedding without places).
  if (!deps.reports) return sectionMessage(said.noShelf('workspace'));
  const { lead, lines } = await runReport(deps.reports, request, markUser);
  // Room for the mentions, which are longer than the ids they replace.
  const shown = (text: string) => usersMarked(textWithin(text, LIMITS.sectionText - 100), (user) => (SLACK_USER_ID.test(user) ? `<@${user}>` : said.someone));
  const shownLead = shown(lead);
  return { text: shownLead, blocks: [section(shownLead), ...linesInSections(lines.map(shown))].slice(0, LIMITS.blocks) };
}

/** A message of one sentence of the bot's. */
const sectionMessage = (text: string): SlackMessage => ({ text, blocks: [section(text)] });

/** `/report add https://…` as its subcommand and what follows it. */
export function reportArguments(text: string): { subcommand: string; rest: string } {
  const [subcommand = 'list', ...rest] = plainText(text).trim().split(/\s+/);
  return { subcommand: subcommand.toLowerCase() || 'list', rest: rest.join(' ') };
}

/**
 * `/report add <url>`, `list`, `remove <report>`, `gaps`. An add takes seconds (a download, an
 * import, the workspace's knowledge rebuilt), longer than Slack waits for the acknowledgement,
 * so the command is acknowledged at once (an add says it is under way) and answered through
 * its response URL, privately. Who may change the reports is asked of Slack after the
 * acknowledgement for the same reason.
 */
export async function reportCommand({ command, ack, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs, deps: SlackDeps): Promise<void> {
  const { subcommand, rest } = reportArguments(command.text);
  // Slack waits 3 s for the acknowledgement; the asker's locale takes 800 ms at most (askerIn).
  const asker = await askerIn(deps, client, command.team_id, command.user_id);
  // Said before anyone is asked whether this person may add: it promises an answer, not the report.
  await ack(subcommand === 'add' && rest ? { response_type: 'ephemeral', text: repliesFor(asker).report.working(escapeText(rest.slice(0, 300))) } : undefined);
  const where = { team: command.team_id, channel: command.channel_id, user: command.user_id, command: command.command, subcommand };
  const place = placeKey('slack', command.team_id);
  let message: SlackMessage;
  try {
    const mayManage = subcommand !== 'list' && (await deps.admins.allows(client, command.team_id, command.user_id));
    const request: ReportRequest = { subcommand, place, user: command.user_id, mayManage, ...(subcommand === 'add' ? { url: rest } : { report: rest }), ...asker };
    // Slack's slash commands carry no file: a file comes as a share.
    message = subcommand === 'add' && mayManage && !rest ? sectionMessage(repliesFor(asker).report.addWhatSlack) : await reportMessage(request, deps);
  } catch (error) {
    deps.logger.error('slash command failed', { ...where, error });
    message = { text: noticesFor(asker).apology, blocks: [] };
  }
  await deps.respond(command.response_url, { response_type: 'ephemeral', replace_original: false, ...message }).catch((error: unknown) => deps.logger.warn('could not send the /report answer', { ...where, error }));
  // Who used a workspace's /report, for its operator: ids only, never what was typed or read.
  deps.logger.info('report command', where);
}
