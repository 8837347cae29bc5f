import { PermissionFlagsBits, type ChatInputCommandInteraction, type InteractionEditReplyOptions } from 'discord.js';
import { REPORT_NOTICES, reportText, runReport, type ReportShelf } from '../commands/report.ts';
import type { Logger } from '../base/logger.ts';
import { EPHEMERAL, NO_MENTIONS } from './api.ts';
import { LIMITS } from './limits.ts';
import { placeOf } from './respond.ts';
import { inertWithin } from './safeText.ts';

/** Marks a member's id in the answer's text until the text is made inert. */
const MEMBER = '\u0001';

/**
 * /report over the gateway. An add can take seconds (a download, an import, the place's
 * knowledge rebuilt), longer than Discord waits for a first answer, so the reply is deferred,
 * privately, and the answer edits it. Manage Server is only the command's default: a server
 * can grant /report to anyone, so the member's own permissions are checked on every call.
 */
export async function answerReport(interaction: ChatInputCommandInteraction, reports: ReportShelf | undefined, logger: Logger): Promise<void> {
  const place = placeOf(interaction.guildId);
  const mayManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
  if (!reports || !place || !mayManage) {
    const lead = !place ? REPORT_NOTICES.notInPlace : !mayManage ? REPORT_NOTICES.notAllowed : 'This bot does not keep servers’ own reports.';
    await interaction.reply({ content: lead, flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.deferReply({ flags: EPHEMERAL });
  const attachment = interaction.options.getAttachment('file');
  const answer = await runReport(
    reports,
    {
      subcommand: interaction.options.getSubcommand(),
      place,
      user: interaction.user.id,
      mayManage,
      file: attachment ? { url: attachment.url, name: attachment.name, size: attachment.size } : undefined,
      url: interaction.options.getString('url') ?? undefined,
      report: interaction.options.getString('report') ?? undefined,
    },
    (user) => `${MEMBER}${user}${MEMBER}`,
  );
  // Report titles and typed text are made inert; then who added each becomes a mention, which
  // shows the member's name (allowed mentions keep it from pinging).
  const content = inertWithin(reportText(answer), LIMITS.content).replace(new RegExp(`${MEMBER}(\\d+)${MEMBER}`, 'g'), '<@$1>');
  await interaction.editReply({ content, allowedMentions: NO_MENTIONS } as InteractionEditReplyOptions);
  // Who used a server's /report, for its operator: ids only, never what was typed or read.
  logger.info('report command', { subcommand: interaction.options.getSubcommand(), guild: interaction.guildId, user: interaction.user.id });
}
