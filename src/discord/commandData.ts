import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS } from '../commands/registry.ts';
import type { CommandSpec } from '../commands/types.ts';
import { PRIVATE_OPTION, WHO_SAID_THIS } from './respond.ts';

export { PRIVATE_OPTION, WHO_SAID_THIS };

/** Servers, the bot's DMs and (user installs) any DM or group DM. */
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];
const INSTALLS = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];

function slashCommand(spec: CommandSpec): RESTPostAPIApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(spec.name)
    .setDescription(spec.description.slice(0, 100))
    .setContexts(CONTEXTS)
    .setIntegrationTypes(INSTALLS);
  for (const option of spec.options) {
    builder.addStringOption((o) =>
      o
        .setName(option.name)
        .setDescription(option.description.slice(0, 100))
        .setRequired(option.required)
        .setAutocomplete(option.autocomplete !== undefined)
        .setMaxLength(Math.min(option.maxLength, 6000)),
    );
  }
  builder.addBooleanOption((o) => o.setName(PRIVATE_OPTION).setDescription('Only you see the answer (with a button to share it)'));
  return builder.toJSON();
}

/** The JSON the Discord API receives for every command, in a stable order. */
export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  const menu = new ContextMenuCommandBuilder()
    .setName(WHO_SAID_THIS)
    .setType(ApplicationCommandType.Message)
    .setContexts(CONTEXTS)
    .setIntegrationTypes(INSTALLS)
    .toJSON();
  return [...COMMANDS.map(slashCommand), menu];
}
