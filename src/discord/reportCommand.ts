import { PermissionFlagsBits, type ChatInputCommandInteraction, type InteractionEditReplyOptions } from 'discord.js';
import type { Logger } from '../base/logger.ts';
import { repliesFor } from '../commands/answers.ts';
import { markUser, reportText, runReport, usersMarked, type ReportRequest, type ReportShelf } from '../commands/report.ts';
import type { Asker } from '../commands/types.ts';
import { askerOf } from '../language/index.ts';
import { EPHEMERAL, NO_MENTIONS } from './api.ts';
import { LIMITS } from './limits.ts';
import { placeOf } from './respond.ts';
import { inertWithin } from './safeText.ts';

/** Manage Server, as a member's permission bits: what /report asks of whoever calls it. */
export const MANAGE_SERVER = PermissionFlagsBits.ManageGuild;

/** Why /report is refused before anything is read, or null: a DM, a member without Manage Server. */
export function reportRefusal(place: string | null, mayManage: boolean, reports: ReportShelf | undefined, asker: Asker): string | null {
  const said = repliesFor(asker).report;
  if (!place) return said.notInPlace;
  if (!mayManage) return said.notAllowed;
  return reports ? null : said.noShelf('server');
}

/**
 * A /report request run, as the message's text: report titles and typed text made inert, then
 * who added each report as a mention, which shows the member's name (allowed mentions keep it
 * from pinging). The same over the gateway and over HTTP.
 */
export async function reportContent(reports: ReportShelf, request: ReportRequest): Promise<string> {
  const answer = await runReport(reports, request, markUser);
  return usersMarked(inertWithin(reportText(answer), LIMITS.content), (user) => (/^\d+$/.test(user) ? `<@${user}>` : repliesFor(request).report.someone));
}

/**
 * /report over the gateway. An add can take seconds (a download, an import, the place's
 * knowledge rebuilt), longer than Discord waits for a first answer, so the reply is deferred,
 * privately, and the answer edits it. Manage Server is only the command's default: a server
 * can grant /report to anyone, so the member's own permissions are checked on every call.
 */
export async function answerReport(interaction: ChatInputCommandInteraction, reports: ReportShelf | undefined, logger: Logger): Promise<void> {
  const place = placeOf(interaction.guildId);
  const mayManage = interaction.memberPermissions?.has(MANAGE_SERVER) ?? false;
  const asker = askerOf(interaction.locale);
  const refusal = reportRefusal(place, mayManage, reports, asker);
  if (refusal || !reports) {
    await interaction.reply({ content: refusal ?? '', flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.deferReply({ flags: EPHEMERAL });
  const attachment = interaction.options.getAttachment('file');
  const content = await reportContent(reports, {
    subcommand: interaction.options.getSubcommand(),
    place,
    user: interaction.user.id,
    mayManage,
    file: attachment ? { url: attachment.url, name: attachment.name, size: attachment.size } : undefined,
    url: interaction.options.getString('url') ?? undefined,
    report: interaction.options.getString('report') ?? undefined,
    ...asker,
  });
  await interaction.editReply({ content, allowedMentions: NO_MENTIONS } as InteractionEditReplyOptions);
  // Who used a server's /report, for its operator: ids only, never what was typed or read.
  logger.info('report command', { subcommand: interaction.options.getSubcommand(), guild: interaction.guildId, user: interaction.user.id });
}
