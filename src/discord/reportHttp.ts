import type { Logger } from '../base/logger.ts';
import { messageOf } from '../base/errorMessage.ts';
import { noticesFor } from '../commands/notices.ts';
import { askerOf } from '../language/index.ts';
import type { ReportShelf } from '../commands/report.ts';
import { EPHEMERAL, NO_MENTIONS_JSON, RESPONSE } from './api.ts';
import { MANAGE_SERVER, reportContent, reportRefusal } from './reportCommand.ts';
import { placeOf } from './respond.ts';

/** Discord's API when DISCORD_API_URL does not say otherwise. */
const DISCORD_API = 'https://discord.com/api';

/** The parts of a /report interaction's JSON that answering it reads. */
export interface RawReportInteraction {
  application_id?: string;
  token?: string;
  guild_id?: string;
  member?: { user?: { id?: string }; permissions?: string };
  user?: { id?: string };
  /** The asker's client language ("fr"): the answer is in it. */
  locale?: string;
  data?: {
    options?: { name: string; value?: string | number | boolean; options?: { name: string; value?: string | number | boolean }[] }[];
    resolved?: { attachments?: Record<string, { url?: string; filename?: string; size?: number }> };
  };
}

export interface ReportHttpDeps {
  reports?: ReportShelf;
  /** DISCORD_API_URL, for the answer's edit; null: Discord's own. */
  apiUrl?: string | null;
  logger: Logger;
}

/** A member's permissions as Discord writes them (a decimal string); anything else grants nothing. */
function permissionsOf(text: string | undefined): bigint {
  return text && /^\d{1,30}$/.test(text) ? BigInt(text) : 0n;
}

/**
 * /report through the Interactions Endpoint URL: refused in the response itself, or deferred
 * privately there and answered by editing the deferral once the work is done (an import takes
 * longer than Discord waits for the response). `after` runs once the response is sent: an edit
 * before Discord has the deferral would find no interaction.
 */
export function reportOverHttp(raw: RawReportInteraction, deps: ReportHttpDeps): { response: Record<string, unknown>; after: (() => Promise<void>) | null } {
  const place = placeOf(raw.guild_id);
  const mayManage = (permissionsOf(raw.member?.permissions) & MANAGE_SERVER) !== 0n;
  const asker = askerOf(raw.locale);
  const refusal = reportRefusal(place, mayManage, deps.reports, asker);
  const { reports } = deps;
  if (refusal || !reports) return { response: { type: RESPONSE.message, data: { content: refusal ?? '', flags: EPHEMERAL, allowed_mentions: NO_MENTIONS_JSON } }, after: null };
  const [subcommand] = raw.data?.options ?? [];
  const option = (name: string) => subcommand?.options?.find((o) => o.name === name)?.value;
  const attachment = raw.data?.resolved?.attachments?.[String(option('file') ?? '')];
  const user = raw.member?.user?.id ?? raw.user?.id ?? '';
  const request = {
    subcommand: subcommand?.name ?? '',
    place,
    user,
    mayManage,
    file: attachment?.url ? { url: attachment.url, name: attachment.filename ?? 'file', size: attachment.size ?? null } : undefined,
    url: typeof option('url') === 'string' ? (option('url') as string) : undefined,
    report: typeof option('report') === 'string' ? (option('report') as string) : undefined,
    ...asker,
  };
  const after = async () => {
    const where = { subcommand: request.subcommand, guild: raw.guild_id, user, via: 'http' };
    const content = await reportContent(reports, request).catch((error: unknown) => {
      deps.logger.error('interaction failed', { ...where, error });
      return noticesFor(asker).apology;
    });
    const url = `${(deps.apiUrl ?? DISCORD_API).replace(/\/+$/, '')}/v10/webhooks/${raw.application_id ?? ''}/${raw.token ?? ''}/messages/@original`;
    try {
      const response = await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ content, allowed_mentions: NO_MENTIONS_JSON }) });
      await response.body?.cancel();
      if (!response.ok) deps.logger.warn('could not send the /report answer', { ...where, status: response.status });
    } catch (error) {
      deps.logger.warn('could not send the /report answer', { ...where, error: messageOf(error) });
    }
    deps.logger.info('report command', where);
  };
  return { response: { type: RESPONSE.deferredMessage, data: { flags: EPHEMERAL } }, after };
}
