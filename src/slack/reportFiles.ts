import type { AllMiddlewareArgs } from '@slack/bolt';
import { repliesFor } from '../commands/answers.ts';
import { noticesFor } from '../commands/notices.ts';
import { placeKey } from '../commands/report.ts';
import { askerIn, type SlackDeps } from './deps.ts';
import type { SlackMessage } from './limits.ts';
import { reportMessage } from './report.ts';
import { escapeText } from './safeText.ts';

/** A file as Slack's events describe it: a file shared with restricted access may come with its id only. */
export interface SharedFile {
  id: string;
  name?: string | null;
  size?: number;
  url_private_download?: string;
}

export interface FileShare {
  team: string;
  channel: string;
  user: string;
  /** The thread the answer goes to: the share's own, or the one it was made in. */
  threadTs: string;
  /** A DM: everything there is private; in a channel a refusal goes to the sharer alone. */
  direct: boolean;
  files: SharedFile[];
}

/** A share from the event that brought it: the answer goes to the thread it was made in, or starts one under it. */
export function shareOf(team: string, event: { channel: string; user: string; ts: string; thread_ts?: string; files?: unknown[] }, direct: boolean): FileShare {
  return { team, channel: event.channel, user: event.user, threadTs: event.thread_ts ?? event.ts, direct, files: (event.files ?? []) as SharedFile[] };
}

/** Where Slack keeps files: the bot token goes there and nowhere else. */
const SLACK_FILES = 'https://files.slack.com';

/**
 * The Authorization a file at `url` needs: the bot token, for Slack's file host (or, under
 * SLACK_API_URL, the host that stands in for Slack), none for any other address.
 */
export function slackFileHeaders(token: string, apiUrl: string | null): (url: string) => Record<string, string> | null {
  const origins = new Set([SLACK_FILES, ...(apiUrl ? [new URL(apiUrl).origin] : [])]);
  return (url) => (URL.canParse(url) && origins.has(new URL(url).origin) ? { authorization: `Bearer ${token}` } : null);
}

/** The download address of a file an event named by id only (files.info, with files:read). */
async function located(file: SharedFile, client: AllMiddlewareArgs['client']): Promise<SharedFile> {
  if (file.url_private_download) return file;
  const { file: info } = await client.files.info({ file: file.id });
  return { id: file.id, name: info?.name ?? file.name, size: info?.size ?? file.size, url_private_download: info?.url_private_download };
}

const text = (said: string): SlackMessage => ({ text: escapeText(said), blocks: [] });

/**
 * A file shared with the bot in a DM, or with a mention in a channel: added as `/report add`
 * adds a file (same checks, limits and answers), by someone who may manage the workspace's
 * reports, and answered in the share's thread, privately as every /report answer is: in a
 * channel, as a message only the sharer sees. Files are fetched from Slack with the bot token.
 */
export async function importSharedFile(share: FileShare, client: AllMiddlewareArgs['client'], deps: SlackDeps): Promise<void> {
  const where = { team: share.team, channel: share.channel, user: share.user, event: 'file_share' };
  const privately = (message: SlackMessage) =>
    share.direct ? client.chat.postMessage({ channel: share.channel, thread_ts: share.threadTs, ...message, unfurl_links: false, unfurl_media: false }) : client.chat.postEphemeral({ channel: share.channel, user: share.user, thread_ts: share.threadTs, ...message });
  const asker = await askerIn(deps, client, share.team, share.user);
  const said = repliesFor(asker).report;
  try {
    if (share.files.length !== 1) return void (await privately(text(said.oneFile)));
    const mayManage = await deps.admins.allows(client, share.team, share.user);
    const request = { subcommand: 'add', place: placeKey('slack', share.team), user: share.user, mayManage, ...asker };
    if (!mayManage) return void (await privately(await reportMessage(request, deps)));
    const file = await located(share.files[0] as SharedFile, client);
    const name = file.name || 'file';
    const headers = file.url_private_download ? deps.fileHeaders(file.url_private_download) : null;
    if (!file.url_private_download || !headers) return void (await privately(text(said.noFileAddress(name))));
    await privately(await reportMessage({ ...request, file: { url: file.url_private_download, name, size: file.size ?? null, headers } }, deps));
    deps.logger.info('report command', { ...where, subcommand: 'add' });
  } catch (error) {
    deps.logger.error('file share failed', { ...where, error });
    await privately(text(noticesFor(asker).apology)).catch((e: unknown) => deps.logger.warn('could not send the apology', { ...where, error: e }));
  }
}
