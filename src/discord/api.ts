/**
 * The numbers of Discord's API that the answers use, the same over the gateway and over HTTP
 * (https://discord.com/developers/docs/interactions/receiving-and-responding): the answers are
 * built as the API's JSON, so that the HTTP path needs no discord.js at all.
 */
export const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
export const RESPONSE = { pong: 1, message: 4, deferredMessage: 5, deferredUpdate: 6, update: 7, choices: 8 } as const;
export const COMMAND_TYPE = { slash: 1, message: 3 } as const;
export const COMPONENT = { row: 1, button: 2 } as const;
export const BUTTON_STYLE = { primary: 1, secondary: 2 } as const;
/** Message flag: only the user who asked sees the message. */
export const EPHEMERAL = 64;
/** No reply pings anyone: not users, roles, @everyone, nor the author of a replied message. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;
/** The same, as the HTTP API spells it. */
export const NO_MENTIONS_JSON = { parse: [], replied_user: false } as const;
