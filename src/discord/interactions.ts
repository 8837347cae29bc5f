import { askerOf } from '../language/index.ts';
import type { AutocompleteInteraction, Interaction, InteractionReplyOptions, InteractionUpdateOptions } from 'discord.js';
import { NOTICES, noticesFor } from '../commands/notices.ts';
import type { Logger } from '../base/logger.ts';
import { EPHEMERAL } from './api.ts';
import { REPORT_COMMAND } from '../commands/report.ts';
import { answerReport } from './reportCommand.ts';
import { notice, type ButtonRow } from './reply.ts';
import { respondWhenReady, type AnswerDeps, type Incoming, type Outgoing } from './respond.ts';

export interface HandlerDeps extends AnswerDeps {
  logger: Logger;
  /**
   * With the Message Content intent (DISCORD_MESSAGE_CONTENT=on): a message in a thread where
   * the bot is talking with its writer continues the conversation without a mention.
   */
  threads?: boolean;
}

export const APOLOGY = NOTICES.apology;

/** Where an interaction came from, for every log line about it. */
export function interactionContext(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    type: interaction.type,
    command: 'commandName' in interaction ? interaction.commandName : undefined,
    customId: 'customId' in interaction ? interaction.customId : undefined,
    user: interaction.user.id,
    guild: interaction.guildId ?? undefined,
    channel: interaction.channelId ?? undefined,
    shard: interaction.guild?.shardId,
  };
}

type Options = Extract<Incoming, { kind: 'command' }>['options'];

/** An interaction from the gateway as respond.ts reads it; null for a kind the bot does not answer. */
function incomingOf(interaction: Interaction): Incoming | null {
  const user = interaction.user.id;
  const place = { guild: interaction.guildId, channel: interaction.channelId };
  const options = (i: { options: { data: readonly { name: string; value?: string | number | boolean }[] } }): Options => Object.fromEntries(i.options.data.map((o) => [o.name, o.value]));
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    // A subcommand's options sit one level down: the focused one is all a choice needs.
    const given = interaction.options.getSubcommand(false) ? { [focused.name]: focused.value } : options(interaction as AutocompleteInteraction);
    return { kind: 'autocomplete', name: interaction.commandName, focused: focused.name, options: given, user, guild: interaction.guildId };
  }
  if (interaction.isChatInputCommand()) return { kind: 'command', name: interaction.commandName, options: { ...options(interaction), ...askerOf(interaction.locale) }, user, place };
  if (interaction.isMessageContextMenuCommand()) return { kind: 'menu', name: interaction.commandName, targetText: interaction.targetMessage.content, user, place, asker: askerOf(interaction.locale) };
  if (interaction.isButton()) {
    const { message } = interaction;
    return {
      kind: 'button',
      customId: interaction.customId,
      user,
      guild: interaction.guildId,
      asker: askerOf(interaction.locale),
      message: {
        ephemeral: (message.flags.bitfield & EPHEMERAL) !== 0,
        content: message.content,
        embeds: message.embeds.map((e) => e.toJSON()),
        components: message.components.map((row) => row.toJSON() as ButtonRow),
      },
    };
  }
  return null;
}

async function send(interaction: Interaction, out: Outgoing): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (out.type === 'choices') await interaction.respond(out.choices);
    return;
  }
  if (!interaction.isRepliable()) return;
  if (out.type === 'reply') await interaction.reply(out.payload as InteractionReplyOptions);
  else if (out.type === 'update' && interaction.isButton()) await interaction.update(out.payload as InteractionUpdateOptions);
  else if (out.type === 'acknowledge' && interaction.isButton()) await interaction.deferUpdate();
}

/** Routes one interaction from the gateway; never throws: a failure is logged and apologised for. */
export async function handleInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand() && interaction.commandName === REPORT_COMMAND.name) return await answerReport(interaction, deps.reports, deps.logger);
    const incoming = incomingOf(interaction);
    if (incoming) await send(interaction, await respondWhenReady(incoming, deps));
  } catch (error) {
    deps.logger.error('interaction failed', { ...interactionContext(interaction), error });
    await apologise(interaction, deps);
  }
}

async function apologise(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (!interaction.isRepliable()) return;
  const apology = notice(noticesFor(askerOf(interaction.locale)).apology) as InteractionReplyOptions;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (error) {
    // Too late (10062) or Discord is down: the log line above is all that can be done.
    deps.logger.warn('could not send the apology', { ...interactionContext(interaction), error });
  }
}
