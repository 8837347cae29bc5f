import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { DiscordConfig } from '../runtime/config.ts';
import { redact } from '../base/logger.ts';
import { commandDefinitions } from './commandData.ts';
import { messageOf } from '../base/errorMessage.ts';

/** The fields that define a command, with Discord's defaults filled in, for comparison. */
export function commandSignature(command: Record<string, unknown>): string {
  const options = ((command.options as Record<string, unknown>[] | undefined) ?? []).map((o) => ({
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    max_length: o.max_length ?? null,
  }));
  return JSON.stringify({
    type: command.type ?? 1,
    name: command.name,
    description: command.description ?? '',
    contexts: [...((command.contexts as number[] | null | undefined) ?? [])].sort(),
    integration_types: [...((command.integration_types as number[] | undefined) ?? [0])].sort(),
    options,
  });
}

export function sameCommands(current: Record<string, unknown>[], wanted: RESTPostAPIApplicationCommandsJSONBody[]): boolean {
  const a = current.map((c) => commandSignature(c)).sort();
  const b = wanted.map((c) => commandSignature(c as unknown as Record<string, unknown>)).sort();
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * Registers the slash commands and the message menu, in the configured server (instant, for
 * development) or globally. Skips the call when Discord already has exactly these
 * definitions: command creates are limited to 200 a day. Prints what it did.
 */
export async function deployCommands(discord: DiscordConfig, print: (line: string) => void = console.log): Promise<number> {
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  const route = discord.guildId ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId) : Routes.applicationCommands(discord.applicationId);
  const where = discord.guildId ? `in server ${discord.guildId}` : 'globally (servers, DMs and user installs)';
  const wanted = commandDefinitions();
  const names = wanted.map((c) => (c.type === 3 ? `"${c.name}" (message menu)` : `/${c.name}`)).join(', ');
  try {
    const current = (await rest.get(route)) as Record<string, unknown>[];
    if (sameCommands(current, wanted)) {
      print(`Commands are already up to date ${where}: ${names}. Nothing registered.`);
      return 0;
    }
    const registered = (await rest.put(route, { body: wanted })) as unknown[];
    print(`Registered ${registered.length} commands ${where}: ${names}.`);
    if (!discord.guildId) print('Global commands can take a few minutes to appear in every client.');
    return 0;
  } catch (error) {
    print(`Could not register the commands: ${redact(messageOf(error))}`);
    return 1;
  }
}
