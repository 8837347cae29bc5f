import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * What the bot needs in a server, and why. Slash commands, buttons and the message menu need
 * no permission at all (their answers go through the interaction); these four are for
 * answering a message that mentions the bot.
 */
export const BOT_PERMISSIONS = {
  ViewChannel: 'see the channel where it is mentioned',
  SendMessages: 'answer a mention',
  EmbedLinks: 'show the answer as embeds',
  ReadMessageHistory: 'reply to the message that asked',
} as const satisfies Partial<Record<keyof typeof PermissionFlagsBits, string>>;

export function botPermissions(): bigint {
  return new PermissionsBitField(Object.keys(BOT_PERMISSIONS) as (keyof typeof PermissionFlagsBits)[]).bitfield;
}

/** The server install link: the bot user and its commands, with the permissions above only. */
export function serverInviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: botPermissions().toString(),
    integration_type: '0',
  });
  return `https://discord.com/oauth2/authorize?${query}`;
}

/** The user install link: the commands follow the user into any DM; no bot user, no permissions. */
export function userInstallUrl(applicationId: string): string {
  const query = new URLSearchParams({ client_id: applicationId, scope: OAuth2Scopes.ApplicationsCommands, integration_type: '1' });
  return `https://discord.com/oauth2/authorize?${query}`;
}
