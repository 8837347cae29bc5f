import type { APIEmbed } from 'discord.js';
import { runCommand, spoken } from '../commands/interpret.ts';
import { languageOf, repliesFor } from '../commands/answers.ts';
import { runInConversation } from '../conversation/converse.ts';
import type { ConversationStore } from '../conversation/store.ts';
import { noticesFor } from '../commands/notices.ts';
import { findCommand, refOf } from '../commands/registry.ts';
import { placeKey, REPORT_COMMAND, withReportHelp, type ReportShelf } from '../commands/report.ts';
import type { Asker, BotContext, CommandInput, CommandSpec } from '../commands/types.ts';
import { COMPONENT, NO_MENTIONS } from './api.ts';
import { answerOf } from './answerState.ts';
import { choicesFor, fitChoice, type Choice } from './autocomplete.ts';
import { LIMITS } from './limits.ts';
import { conversationSlot, type DiscordPlace } from './conversation.ts';
import { cooldownNotice, type Cooldown } from './cooldown.ts';
import { isShareId, isVoteId, parseButtonId, stateInMessage, type AnswerRef } from './customIds.ts';
import { parseVote } from '../commands/answerRef.ts';
import type { Feedback } from '../runtime/feedback.ts';
import { answerMessage, answerPayload, notice, type ButtonRow, type MessagePayload, type ReplyPayload } from './reply.ts';

/** The message context-menu command: Apps > Who said this? */
export const WHO_SAID_THIS = 'Who said this?';
/** Every slash command has it: an answer only the asker sees, with a button to share it. */
export const PRIVATE_OPTION = 'private';

/** A message of ours as a button click brings it back. */
export interface ShownMessage {
  ephemeral: boolean;
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/**
 * An interaction, as answering it needs it: read from discord.js's objects on the gateway
 * (interactions.ts) or from the API's JSON over HTTP (httpInteractions.ts).
 */
export type Incoming =
  /** A command's `options` carry the asker's language (`lang`, from the interaction's locale) with the options typed. */
  | { kind: 'command'; name: string; options: Record<string, string | boolean | number | undefined>; user: string; place: DiscordPlace }
  | { kind: 'menu'; name: string; targetText: string; user: string; place: DiscordPlace; asker?: Asker }
  | { kind: 'autocomplete'; name: string; focused: string; options: Record<string, string | boolean | number | undefined>; user: string; guild: string | null }
  | { kind: 'button'; customId: string; user: string; message: ShownMessage; guild: string | null; asker?: Asker };

/** What the interaction says of whoever asks: their client's language. */
function askerOf(incoming: Incoming): Asker {
  if (incoming.kind === 'command' || incoming.kind === 'autocomplete') return typeof incoming.options.lang === 'string' ? { lang: incoming.options.lang } : {};
  return incoming.asker ?? {};
}

/** The answer, for either path to send: a new message, an update of the clicked one, choices, or a plain acknowledgement. */
export type Outgoing = { type: 'reply'; payload: ReplyPayload } | { type: 'update'; payload: MessagePayload } | { type: 'choices'; choices: Choice[] } | { type: 'acknowledge' };

export interface AnswerDeps {
  /**
   * The knowledge a place answers from now: a function, so that a reload swaps it under a
   * running bot; a server's own reports answer only there (`discord-<guild>`, null in a DM).
   */
  context: (place?: string | null) => BotContext;
  /**
   * Loads a place's own knowledge if it is not in memory, waiting a bounded time: false when it
   * is still loading (absent: every place's knowledge is always in memory).
   */
  ready?: (place: string | null) => Promise<boolean>;
  /** The places' own reports, for /report (absent: /report says it cannot manage them here). */
  reports?: ReportShelf;
  cooldown: Cooldown;
  /** The process's conversations: a command's answer is remembered for the messages after it. */
  conversations: ConversationStore;
  /** Where unanswered questions and 👎 are recorded (absent: nowhere). */
  feedback?: Feedback;
}

const reply = (payload: ReplyPayload): Outgoing => ({ type: 'reply', payload });

/** The place whose reports answer: a server's, or the shared ones in a DM. */
export const placeOf = (guild: string | null | undefined): string | null => (guild ? placeKey('discord', guild) : null);

/** /report reaching the synchronous path: a bug, said as plainly as the other commands' unknown ones. */
const REPORT_ELSEWHERE = 'I cannot manage reports here: ask whoever runs the bot.';

/**
 * The one code path that answers an interaction, whichever way it came: the same answers,
 * buttons and ephemeral flags over the gateway and over HTTP. It throws only on a bug; the
 * caller logs it and apologises.
 */
export function respond(incoming: Incoming, deps: AnswerDeps): Outgoing {
  switch (incoming.kind) {
    case 'command': {
      // Gateway and HTTP each answer /report before this (reportCommand.ts, reportHttp.ts): it defers.
      if (incoming.name === REPORT_COMMAND.name) return reply(notice(REPORT_ELSEWHERE));
      const spec = findCommand(incoming.name);
      if (!spec) return reply(notice(languageOf(askerOf(incoming)).replies.outdatedCommand(`/${incoming.name}`)));
      return answer(incoming, textOptions(spec, incoming.options), incoming.options[PRIVATE_OPTION] === true, deps);
    }
    case 'menu': {
      const asker = askerOf(incoming);
      if (incoming.name !== WHO_SAID_THIS) return reply(notice(languageOf(asker).replies.outdatedCommand(`"${incoming.name}"`)));
      const text = incoming.targetText.trim();
      if (!text) return reply(notice(noticesFor(asker).noText));
      return answer(incoming, { command: 'who-said', input: { text, ...asker } }, true, deps);
    }
    case 'autocomplete': {
      const place = placeOf(incoming.guild);
      if (incoming.name === REPORT_COMMAND.name) return { type: 'choices', choices: ownReportChoices(deps.reports, place, String(incoming.options[incoming.focused] ?? '')) };
      const spec = findCommand(incoming.name);
      const option = spec?.options.find((o) => o.name === incoming.focused);
      if (!spec || !option) return { type: 'choices', choices: [] };
      const filled: CommandInput = textOptions(spec, incoming.options).input;
      const { [option.name]: _focused, ...related } = filled;
      return { type: 'choices', choices: choicesFor(deps.context(place), option, String(incoming.options[option.name] ?? ''), repliesFor(askerOf(incoming)), related) };
    }
    case 'button':
      return button(incoming, deps);
  }
}

/**
 * respond once the place's own knowledge is in memory (a place's first question loads it), or,
 * when its load outlasts the wait, the notice to ask again: never an answer without its reports.
 */
export async function respondWhenReady(incoming: Incoming, deps: AnswerDeps): Promise<Outgoing> {
  const guild = incoming.kind === 'command' || incoming.kind === 'menu' ? incoming.place.guild : incoming.guild;
  if (deps.ready && !(await deps.ready(placeOf(guild)))) return incoming.kind === 'autocomplete' ? { type: 'choices', choices: [] } : reply(notice(noticesFor(askerOf(incoming)).placeLoading));
  return respond(incoming, deps);
}

/** The command's text options as typed (the `private` flag and other kinds are not text). */
function textOptions(spec: CommandSpec, options: Record<string, string | boolean | number | undefined>): AnswerRef {
  const input: CommandInput = {};
  for (const option of spec.options) {
    const value = options[option.name];
    input[option.name] = typeof value === 'string' ? value : undefined;
  }
  if (typeof options.lang === 'string') input.lang = options.lang;
  return refOf(spec, input);
}

/** A command's answer, remembered in the asker's conversation where it was asked (`/new` forgets it). */
function answer(incoming: Extract<Incoming, { kind: 'command' | 'menu' }>, ref: AnswerRef, ephemeral: boolean, deps: AnswerDeps): Outgoing {
  const { user, place } = incoming;
  const wait = deps.cooldown.take(user);
  if (wait > 0) return reply(notice(cooldownNotice(wait, askerOf(incoming))));
  const ctx = deps.context(placeOf(place.guild));
  const { answer: answered } = runInConversation(ctx, ref, conversationSlot(deps.conversations, place, user));
  deps.feedback?.unanswered(placeOf(place.guild), answered);
  return reply(answerPayload(withReportHelp(answered, placeOf(place.guild)), ref, { ctx, owner: user, ephemeral }));
}

/**
 * 👍 is thanked; 👎 is recorded (feedback.ts). Anyone may vote, on a shared answer too; the
 * thanks is private.
 */
function vote(customId: string, guild: string | null, asker: Asker, deps: AnswerDeps): Outgoing {
  const parsed = parseVote(customId);
  const place = placeOf(guild);
  const kept = parsed?.vote === 'down' && deps.feedback?.disliked(place, deps.context(place), parsed.ref);
  const notices = noticesFor(asker);
  return reply(notice(kept ? notices.dislikedThanks : notices.votedThanks));
}

/** A page turn rebuilt from the message's state keeps the message's 👍 and 👎 as they were. */
function voteRows(message: ShownMessage): ButtonRow[] {
  return message.components.filter((row) => row.components.some((c) => 'custom_id' in c && isVoteId(c.custom_id)));
}

function button({ customId, user, message, guild, asker = {} }: Extract<Incoming, { kind: 'button' }>, deps: AnswerDeps): Outgoing {
  if (isVoteId(customId)) return vote(customId, guild, asker, deps);
  const action = parseButtonId(customId);
  if (!action) return { type: 'acknowledge' };
  if (action.kind === 'share') return reply(shared(message));
  const notices = noticesFor(asker);
  if (action.owner !== user) return reply(notice(notices.notYourPages));
  const ctx = deps.context(placeOf(guild));
  // An update keeps the message's flags: ephemeral stays ephemeral.
  const options = { ctx, page: action.page, owner: action.owner, ephemeral: message.ephemeral };
  if ('inMessage' in action) {
    const language = languageOf(asker);
    const answer = answerOf(ctx, language.replies, stateInMessage(message.components.flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')))));
    if (!answer) return reply(notice(notices.changed));
    const page = answerMessage(spoken(answer, language), null, options);
    return { type: 'update', payload: { ...page, components: [...page.components, ...voteRows(message)] } };
  }
  if (!action.ref) return reply(notice(notices.expired));
  return { type: 'update', payload: answerMessage(runCommand(ctx, action.ref.command, { ...action.ref.input, ...asker }), action.ref, options) };
}

/** /report remove's choices: this server's own reports only, never the shared ones nor another server's. */
function ownReportChoices(reports: ReportShelf | undefined, place: string | null, typed: string): Choice[] {
  if (!reports || !place) return [];
  const wanted = typed.trim().toLowerCase();
  return reports
    .list(place)
    .filter((r) => !r.shared && (!wanted || r.id.includes(wanted) || r.title.toLowerCase().includes(wanted)))
    .slice(0, LIMITS.choices)
    .map((r) => ({ name: fitChoice(r.title, LIMITS.choiceName), value: r.id.slice(0, LIMITS.choiceValue) }));
}

/** The parts of an embed Discord takes back when it is posted again. */
function repostable({ title, description, url, color, fields, author, footer, timestamp }: APIEmbed): APIEmbed {
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(fields ? { fields: fields.map(({ name, value, inline }) => ({ name, value, ...(inline !== undefined ? { inline } : {}) })) } : {}),
    ...(author ? { author: { name: author.name } } : {}),
    ...(footer ? { footer: { text: footer.text } } : {}),
    ...(timestamp !== undefined ? { timestamp } : {}),
  };
}

/**
 * What Share posts: the page the user sees, as they see it, for the channel. It is the private
 * message's own text and embeds, so it needs no query and no state; page buttons come along.
 */
function shared(message: ShownMessage): ReplyPayload {
  const rows = message.components
    .map((row) => ({ type: COMPONENT.row, components: row.components.filter((c) => !('custom_id' in c && isShareId(c.custom_id))) }))
    .filter((row) => row.components.length > 0);
  return { content: message.content, embeds: message.embeds.map(repostable), components: rows as ButtonRow[], allowedMentions: NO_MENTIONS };
}
