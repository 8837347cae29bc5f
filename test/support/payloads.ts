/**
 * Gateway payloads as Discord sends them, with the fields discord.js needs to build an
 * interaction or a message (entitlements, authorizing_integration_owners, context, ...).
 */
import { APP_ID, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, snowflake, type FakeUser } from './fakeDiscord.ts';

export interface Where {
  /** A server (with its channel) or the bot's DM. */
  guildId?: string;
  channelId?: string;
}

export interface InteractionPayload {
  id: string;
  token: string;
  [key: string]: unknown;
}

function base(type: number, who: FakeUser, where: Where): InteractionPayload {
  const id = snowflake();
  const inGuild = Boolean(where.guildId);
  const channelId = where.channelId ?? (inGuild ? CHANNEL_ID : DM_CHANNEL_ID);
  return {
    id,
    token: `token-${id}`,
    application_id: APP_ID,
    type,
    version: 1,
    channel_id: channelId,
    channel: inGuild ? { id: channelId, type: 0, name: 'general', guild_id: where.guildId } : { id: channelId, type: 1, recipients: [who] },
    ...(inGuild
      ? { guild_id: where.guildId, guild_locale: 'en-US', member: { user: who, roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
      : { user: who }),
    app_permissions: '2248473465835073',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: inGuild ? { '0': where.guildId } : { '1': who.id },
    context: inGuild ? 0 : 1,
    attachment_size_limit: 10_485_760,
  };
}

export type OptionValues = Record<string, string | boolean | undefined>;

function options(values: OptionValues, focused?: string) {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([name, value]) => ({ name, type: typeof value === 'boolean' ? 5 : 3, value, ...(name === focused ? { focused: true } : {}) }));
}

export function slashCommand(name: string, values: OptionValues, who: FakeUser, where: Where = { guildId: GUILD_ID }): InteractionPayload {
  return { ...base(2, who, where), data: { id: snowflake(), name, type: 1, options: options(values) } };
}

export function autocomplete(name: string, values: OptionValues, focused: string, who: FakeUser, where: Where = { guildId: GUILD_ID }): InteractionPayload {
  return { ...base(4, who, where), data: { id: snowflake(), name, type: 1, options: options(values, focused) } };
}

/**
 * A message as the gateway delivers it. `replyTo`: the message it replies to (Discord then sends
 * it whole as `referenced_message`); whether the reply pings its author is `mentions`, as in Discord.
 */
export function messagePayload(
  content: string,
  author: FakeUser,
  where: Where & { mentions?: FakeUser[]; flags?: number; components?: unknown[]; embeds?: unknown[]; replyTo?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const inGuild = Boolean(where.guildId);
  const { replyTo } = where;
  return {
    id: snowflake(),
    channel_id: where.channelId ?? (inGuild ? CHANNEL_ID : DM_CHANNEL_ID),
    ...(inGuild ? { guild_id: where.guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : { channel_type: 1 }),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: where.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: where.embeds ?? [],
    components: where.components ?? [],
    pinned: false,
    type: replyTo ? 19 : 0,
    flags: where.flags ?? 0,
    ...(replyTo ? { message_reference: { type: 0, message_id: replyTo.id, channel_id: replyTo.channel_id, ...(where.guildId ? { guild_id: where.guildId } : {}) }, referenced_message: replyTo } : {}),
  };
}

/** A click on a button of a message the bot sent (the message as the callback's body made it). */
export function buttonClick(customId: string, message: Record<string, unknown>, who: FakeUser, where: Where = { guildId: GUILD_ID }): InteractionPayload {
  return { ...base(3, who, where), data: { custom_id: customId, component_type: 2 }, message };
}

export function messageMenu(name: string, target: Record<string, unknown>, who: FakeUser, where: Where = { guildId: GUILD_ID }): InteractionPayload {
  return {
    ...base(2, who, where),
    data: { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id as string]: target } } },
  };
}

/** The message a reply created, as Discord would show it to a later button click. */
export function sentMessage(body: { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number }, where: Where = { guildId: GUILD_ID }): Record<string, unknown> {
  return messagePayload(body.content ?? '', BOT_USER, { ...where, flags: body.flags ?? 0, components: body.components ?? [], embeds: body.embeds ?? [] });
}
