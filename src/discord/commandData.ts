import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type Locale,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS } from '../commands/registry.ts';
import { LANGUAGES, localCommand } from '../language/index.ts';
import type { Language, LocalCommand } from '../language/types.ts';
import { REPORT_COMMAND } from '../commands/report.ts';
import type { CommandSpec } from '../commands/types.ts';
import { PRIVATE_OPTION, WHO_SAID_THIS } from './respond.ts';

/** Servers, the bot's DMs and (user installs) any DM or group DM. */
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];
const INSTALLS = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];

/** A command's names in the other languages, by Discord locale: a French client shows /qui-a-dit, and Discord still sends "who-said". */
function localized(command: string): [Locale, LocalCommand][] {
  return LANGUAGES.flatMap((language) => {
    const local = localCommand(language, command);
    return local ? language.discordLocales.map((locale): [Locale, LocalCommand] => [locale as Locale, local]) : [];
  });
}

/** /report's and the `private` option's descriptions in the other languages, by Discord locale. */
function extrasByLocale(): [Locale, NonNullable<Language['commandExtras']>][] {
  return LANGUAGES.flatMap((language) => {
    const extras = language.commandExtras;
    return extras ? language.discordLocales.map((locale): [Locale, typeof extras] => [locale as Locale, extras]) : [];
  });
}

function slashCommand(spec: CommandSpec): RESTPostAPIApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(spec.name)
    .setDescription(spec.description.slice(0, 100))
    .setContexts(CONTEXTS)
    .setIntegrationTypes(INSTALLS);
  for (const [locale, local] of localized(spec.name)) builder.setNameLocalization(locale, local.name).setDescriptionLocalization(locale, local.description.slice(0, 100));
  for (const option of spec.options) {
    builder.addStringOption((o) => {
      o.setName(option.name)
        .setDescription(option.description.slice(0, 100))
        .setRequired(option.required)
        .setAutocomplete(option.autocomplete !== undefined)
        .setMaxLength(Math.min(option.maxLength, 6000));
      for (const [locale, local] of localized(spec.name)) {
        const named = local.options?.[option.name];
        if (named) o.setNameLocalization(locale, named.name).setDescriptionLocalization(locale, named.description.slice(0, 100));
      }
      return o;
    });
  }
  builder.addBooleanOption((o) => {
    o.setName(PRIVATE_OPTION).setDescription('Only you see the answer (with a button to share it)');
    for (const [locale, extras] of extrasByLocale()) o.setDescriptionLocalization(locale, extras.private);
    return o;
  });
  return builder.toJSON();
}

/**
 * /report: a server's own reports, so servers only, and hidden by default from members without
 * Manage Server (a server may grant it to others; the bot checks the member on every call).
 */
function reportCommand(): RESTPostAPIApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(REPORT_COMMAND.name)
    .setDescription(REPORT_COMMAND.description.slice(0, 100))
    .setContexts([InteractionContextType.Guild])
    .setIntegrationTypes([ApplicationIntegrationType.GuildInstall])
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  const extras = extrasByLocale();
  for (const [locale, local] of extras) builder.setDescriptionLocalization(locale, local.report.slice(0, 100));
  /** An option's description in each locale: "report" is remove's, which report to remove. */
  const optionText = (name: string, local: NonNullable<Language['commandExtras']>) => (name === 'file' ? local.file : name === 'url' ? local.url : local.which);
  for (const sub of REPORT_COMMAND.subcommands) {
    builder.addSubcommand((command) => {
      command.setName(sub.name).setDescription(sub.description.slice(0, 100));
      for (const [locale, local] of extras) command.setDescriptionLocalization(locale, local[sub.name].slice(0, 100));
      for (const option of sub.options) {
        const localize = <O extends { setDescriptionLocalization(locale: Locale, text: string): O }>(o: O): O => {
          for (const [locale, local] of extras) o.setDescriptionLocalization(locale, optionText(option.name, local).slice(0, 100));
          return o;
        };
        if (option.kind === 'attachment') command.addAttachmentOption((o) => localize(o.setName(option.name).setDescription(option.description.slice(0, 100)).setRequired(option.required)));
        else command.addStringOption((o) => localize(o.setName(option.name).setDescription(option.description.slice(0, 100)).setRequired(option.required).setAutocomplete(option.autocomplete ?? false).setMaxLength(option.maxLength ?? 6000)));
      }
      return command;
    });
  }
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
  return [...COMMANDS.map(slashCommand), reportCommand(), menu];
}
