/**
 * Answering a line as part of a conversation: the one way every platform answers typed text
 * (a DM, a mention, a thread, the terminal, `ask --conversation`). A follow-up is read against
 * what the last answer left; anything else is answered as a question of its own. What the
 * answer leaves is kept for the next line.
 */
import { answerLine, type AnswerRef } from '../commands/answerRef.ts';
import { replyLanguage, type Language, type Replies } from '../language/index.ts';
import { unwrapChat } from '../commands/chatWrapping.ts';
import { interpret, knowsIn, oneSpaced, runCommand, spoken, unknownCommand, usesIn } from '../commands/interpret.ts';
import { toResult } from '../commands/results.ts';
import type { Answer, Asker, BotContext } from '../commands/types.ts';
import { attributionKey } from '../search/passageSearch.ts';
import type { Passage } from '../knowledge/types.ts';
import { readFollowUp, type FollowUp } from './followUp.ts';
import { remember, type Memory } from './memory.ts';
import { ConversationStore } from './store.ts';

/** Where a conversation is kept: a store and the key of one person in one place. */
export interface ConversationSlot {
  store: ConversationStore;
  key: string;
}

export interface Turn {
  ref: AnswerRef;
  answer: Answer;
  /** The second part of a two-part question, with its own ref and answer. */
  then?: Turn;
}

/** A turn's parts, for a platform that sends each as a message of its own (with its own buttons). */
export function turnParts(turn: Turn): Turn[] {
  return turn.then ? [turn, turn.then] : [turn];
}

/** A turn's answer with a second part's as its `then`, for whoever renders both at once. */
export function turnAnswer(turn: Turn): Answer {
  return turn.then ? { ...turn.answer, then: turn.then.answer } : turn.answer;
}

/** How many passages "why?" reads around the one it is about, each way. */
const AROUND = 3;

/**
 * Answers `line` in the conversation `slot` (none: a question on its own, as `ask` reads each
 * line by default). `/new` forgets what the conversation remembers. `asker`: what the platform
 * says of whoever asks (their locale's language), for every command the line runs.
 */
export function converse(ctx: BotContext, line: string, slot: ConversationSlot | null, asker: Asker = {}): Turn {
  // A command is run as typed; anything else is read once without its chat wrapping, and that
  // reading serves both the follow-ups and the question.
  const plain = line.trim().startsWith('/') ? null : unwrapChat(oneSpaced(line), usesIn(ctx));
  const parts = plain === null ? null : twoParts(plain);
  if (parts) {
    // The second part is read against the first ("… and what did he say about Y?"), in a
    // conversation of its own when there is none. Each part is a question of its own, whose
    // own wrapping ("…, lol and what …") is read when it is answered.
    const within = slot ?? { store: new ConversationStore(), key: 'two-part question' };
    const first = converseOne(ctx, parts[0], parts[0], null, within, asker);
    const second = converseOne(ctx, parts[1], parts[1], null, within, asker);
    return { ...first, then: second };
  }
  return converseOne(ctx, line, plain, plain, slot, asker);
}

/** "who is Tony Iams and what did he say about storage?": two questions, each of a few words or more. */
const TWO_PARTS =
  /^(?<first>(?:who|what|which|where|when|why|how|is|are|was|were|did|does|do|has|have)\b.{3,}?)(?:\s*\?\s*|\s*[,;]?\s+(?:and|but|also|then|plus)\s+(?:also\s+)?|\s*;\s*)(?<second>(?:who|what|which|where|when|why|how|is|are|was|were|did|does|do|has|have)\b.{3,})$/i;

function twoParts(text: string): [string, string] | null {
  const m = TWO_PARTS.exec(text.replace(/\s+/g, ' ').trim());
  return m?.groups ? [m.groups.first as string, m.groups.second as string] : null;
}

/**
 * `plain`: the line as a follow-up is read, or null for a command. `unwrapped`: the line
 * without its chat wrapping, where that is already read.
 */
function converseOne(ctx: BotContext, line: string, plain: string | null, unwrapped: string | null, slot: ConversationSlot | null, asker: Asker): Turn {
  const memory = slot?.store.get(slot.key) ?? null;
  // The follow-up's words tell its language where the platform does not.
  const language = replyLanguage(plain ?? '', asker.lang);
  const followUp = plain === null ? null : readFollowUp(plain, memory, knowsIn(ctx), language.replies.conversation);
  const turn = followUp ? answerFollowUp(ctx, followUp, memory, asker, language) : answerLine(ctx, line, unwrapped ?? undefined, asker);
  if (slot) keep(slot, memory, turn, followUp?.kind === 'run' && followUp.continues === true);
  return turn;
}

/**
 * A command run as such (a slash command, a message menu): never read as a follow-up, since
 * its options say exactly what to run, but its answer is remembered as a typed line's is, so
 * that a message after it can follow it up; `/new` forgets.
 */
export function runInConversation(ctx: BotContext, ref: AnswerRef, slot: ConversationSlot | null): Turn {
  const memory = slot?.store.get(slot.key) ?? null;
  const turn = { ref, answer: runCommand(ctx, ref.command, ref.input) };
  if (slot) keep(slot, memory, turn, false);
  return turn;
}

/** What a turn leaves in its conversation. An answer of nothing keeps what the one before left. */
function keep({ store, key }: ConversationSlot, memory: Memory | null, turn: Turn, continued: boolean): void {
  if (turn.ref.command === 'new') store.forget(key);
  else if (turn.answer.kind !== 'none' || !memory) store.set(key, remember(turn.ref, turn.answer, memory, continued));
  else store.touch(key);
}

function answerFollowUp(ctx: BotContext, followUp: FollowUp, memory: Memory | null, asker: Asker, language: Language): Turn {
  const said = language.replies.conversation;
  switch (followUp.kind) {
    case 'lost':
      return { ref: { command: 'help', input: {} }, answer: spoken({ kind: 'none', command: 'help', query: '', lead: followUp.lead, suggestions: [] }, language) };
    case 'reworded': {
      const parsed = interpret(followUp.line, knowsIn(ctx), usesIn(ctx));
      if ('unknown' in parsed) return { ref: { command: 'help', input: {} }, answer: unknownCommand(parsed.unknown, asker) };
      return { ref: parsed, answer: saying(followUp.resolved, runCommand(ctx, parsed.command, { ...parsed.input, ...asker }), said) };
    }
    case 'around':
      return { ref: memory?.ref ?? { command: 'help', input: {} }, answer: spoken(around(ctx, followUp, language.replies), language) };
    case 'run': {
      const answer = runCommand(ctx, followUp.ref.command, { ...followUp.ref.input, ...asker });
      return { ref: followUp.ref, answer: saying(followUp.resolved, narrowed(answer, followUp, said), said) };
    }
  }
}

/** An answer without the passages already shown ("more") or without one person's ("who else"). */
function narrowed(answer: Answer, { skip, notBy }: Extract<FollowUp, { kind: 'run' }>, said: Replies['conversation']): Answer {
  if (answer.kind !== 'passages' || (!skip?.length && !notBy)) return answer;
  const skipped = new Set(skip);
  const results = answer.results.filter((r) => !skipped.has(r.passage.id) && (!notBy || attributionKey(r.passage) !== notBy.key));
  if (results.length === answer.results.length) return answer;
  if (results.length === 0) {
    const lead = notBy ? said.noOneElse(notBy.label) : said.nothingMore;
    return { kind: 'none', command: answer.command, query: answer.query, lead, suggestions: [] };
  }
  return { ...answer, lead: notBy ? said.byOthers(results.length) : said.morePassages(results.length), results };
}

/** "Why?": the passages around the one the last answer put first, the same voice's first. */
function around(ctx: BotContext, { passage: id, person, resolved }: Extract<FollowUp, { kind: 'around' }>, replies: Replies): Answer {
  const said = replies.conversation;
  const top = ctx.search.passage(id);
  if (!top) return { kind: 'none', command: 'search', query: '', lead: said.changed, suggestions: [] };
  const at = ctx.search.indexOf(top);
  const near: Passage[] = [];
  for (let d = 1; d <= AROUND; d++) {
    for (const i of [at + d, at - d]) {
      const p = ctx.search.knowledge.passages.at(i);
      if (i >= 0 && p && p.reportId === top.reportId && p.section === top.section) near.push(p);
    }
  }
  // The reason is most often what the same voice says next, then what it said before.
  const same = near.filter((p) => !person || attributionKey(p) === person.key);
  const ordered = [...new Set([...(BECAUSE.test(top.text) ? [top] : []), ...same, ...near])];
  if (ordered.length === 0) return { kind: 'none', command: 'search', query: '', lead: `${resolved} ${said.nothingAround}`, suggestions: [] };
  return { kind: 'passages', command: 'search', query: '', lead: `${resolved} ${said.around(ordered.length)}`, results: ordered.map((p) => toResult(ctx, replies, p, new Set(), 1)) };
}

const BECAUSE = /\b(?:because|since|so that|as a result|due to|the reason|reasons?|which is why|that's why|in order to)\b/i;

/** The answer, saying first what the follow-up was taken to mean, unless its lead says it already. */
function saying(resolved: string, answer: Answer, said: Replies['conversation']): Answer {
  const who = resolved.replace(/[,:].*$/, '');
  if (answer.lead.startsWith(resolved) || (answer.kind !== 'none' && who.length > 3 && answer.lead.includes(who) && /:$/.test(resolved) && !resolved.endsWith(said.whoMore('')))) return answer;
  return { ...answer, lead: `${resolved} ${answer.lead}` };
}
