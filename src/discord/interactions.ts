import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { findCommand } from '../commands/registry.ts';
import { runCommand } from '../commands/interpret.ts';
import { NOTICES } from '../commands/notices.ts';
import type { BotContext, CommandInput } from '../commands/types.ts';
import type { Logger } from '../app/logger.ts';
import { choicesFor } from './autocomplete.ts';
import { PRIVATE_OPTION, WHO_SAID_THIS } from './commandData.ts';
import { cooldownNotice, type Cooldown } from './cooldown.ts';
import { parseButtonId, type AnswerRef } from './customIds.ts';
import { answerMessage, answerPayload, notice } from './reply.ts';

export interface HandlerDeps {
  context: () => BotContext;
  logger: Logger;
  cooldown: Cooldown;
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

/** Routes one interaction; never throws: a failure is logged and apologised for. */
export async function handleInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
    else if (interaction.isChatInputCommand()) await slashCommand(interaction, deps);
    else if (interaction.isMessageContextMenuCommand()) await contextMenu(interaction, deps);
    else if (interaction.isButton()) await button(interaction, deps);
  } catch (error) {
    deps.logger.error('interaction failed', { ...interactionContext(interaction), error });
    await apologise(interaction, deps);
  }
}

async function apologise(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(notice(APOLOGY));
    else await interaction.reply(notice(APOLOGY));
  } catch (error) {
    // Too late (10062) or Discord is down: the log line above is all that can be done.
    deps.logger.warn('could not send the apology', { ...interactionContext(interaction), error });
  }
}

/** The cooldown notice, or null when the user may go ahead. */
function cooledDown(userId: string, deps: HandlerDeps): string | null {
  const wait = deps.cooldown.take(userId);
  return wait > 0 ? cooldownNotice(wait) : null;
}

async function answer(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, ref: AnswerRef, ephemeral: boolean, deps: HandlerDeps): Promise<void> {
  const slow = cooledDown(interaction.user.id, deps);
  if (slow) {
    await interaction.reply(notice(slow));
    return;
  }
  const result = runCommand(deps.context(), ref.command, ref.input);
  await interaction.reply(answerPayload(result, ref, { owner: interaction.user.id, ephemeral }));
}

async function slashCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const spec = findCommand(interaction.commandName);
  if (!spec) {
    await interaction.reply(notice(`I don't know /${interaction.commandName} any more: the commands may be out of date. Try /help.`));
    return;
  }
  const input: CommandInput = {};
  for (const option of spec.options) input[option.name] = interaction.options.getString(option.name) ?? undefined;
  await answer(interaction, { command: spec.name, input }, interaction.options.getBoolean(PRIVATE_OPTION) ?? false, deps);
}

async function contextMenu(interaction: MessageContextMenuCommandInteraction, deps: HandlerDeps): Promise<void> {
  if (interaction.commandName !== WHO_SAID_THIS) return;
  const text = interaction.targetMessage.content.trim();
  if (!text) {
    await interaction.reply(notice(NOTICES.noText));
    return;
  }
  await answer(interaction, { command: 'who-said', input: { text } }, true, deps);
}

async function autocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const spec = findCommand(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const option = spec?.options.find((o) => o.name === focused.name);
  if (!spec || !option) {
    await interaction.respond([]);
    return;
  }
  const related: Record<string, string | undefined> = {};
  for (const o of spec.options) if (o.name !== option.name) related[o.name] = interaction.options.getString(o.name) ?? undefined;
  await interaction.respond(choicesFor(deps.context(), option, String(focused.value), related));
}

async function button(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) {
    await interaction.deferUpdate();
    return;
  }
  if (!action.ref) {
    await interaction.reply(notice(NOTICES.expired));
    return;
  }
  if (action.kind === 'page') {
    if (action.owner !== interaction.user.id) {
      await interaction.reply(notice(NOTICES.notYourPages));
      return;
    }
    const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
    const result = runCommand(deps.context(), action.ref.command, action.ref.input);
    // An update keeps the message's flags: ephemeral stays ephemeral.
    await interaction.update(answerMessage(result, action.ref, { page: action.page, owner: action.owner, ephemeral }));
    return;
  }
  const result = runCommand(deps.context(), action.ref.command, action.ref.input);
  await interaction.reply(answerPayload(result, action.ref, { page: action.page, owner: interaction.user.id, ephemeral: false }));
}
