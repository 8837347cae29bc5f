import Fuse from 'fuse.js';
import { COMMANDS, findCommand } from './registry.ts';
import type { Answer, BotContext, CommandInput, CommandSpec } from './types.ts';
import { quoted } from './results.ts';

export type Invocation = { spec: CommandSpec; input: CommandInput } | { unknown: string };

/** Spellings people type for a command, to its real name. */
const ALIASES: Record<string, string> = {
  whosaid: 'who-said',
  who_said: 'who-said',
  who: 'who-said',
  finding: 'findings',
  quote: 'quotes',
  speaker: 'speakers',
  reports: 'about',
  find: 'search',
  s: 'search',
  h: 'help',
  '?': 'help',
};

const MAX_QUESTION = 500;

const FREE_TEXT: [RegExp, (m: RegExpExecArray) => Invocation][] = [
  [/^(?:help|\?|commands|what can you do)$/i, () => invocation('help', {})],
  [/^who\s+(?:said|says|say|claimed|claims|wrote|writes|thinks|thought|predicted|argued|stated|noted)\b[\s:,]*(.*)$/i, (m) => invocation('who-said', { text: m[1] })],
  [
    /^what\s+(?:did|does|do)\s+(.+?)\s+(?:say|said|think|claim|write|present|report|predict|argue|find)\b(?:\s+(?:about|on|regarding)\s+(.+))?$/i,
    (m) => invocation('quotes', { speaker: m[1], topic: m[2] }),
  ],
  [/^(?:quotes?|everything)\s+(?:by|from|of)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i, (m) => invocation('quotes', { speaker: m[1], topic: m[2] })],
  [
    /^(?:(?:what|which)\s+(?:are|were)\s+)?(?:the\s+)?(?:key\s+|main\s+)?findings?\b(?:\s+(?:about|on|for|regarding|of)\b)?\s*(.*)$/i,
    (m) => invocation('findings', { topic: m[1] || undefined }),
  ],
  [/^(?:speakers|who\s+(?:spoke|speaks|is in (?:the|this) report|are the speakers)|who'?s in (?:the|this) report)$/i, () => invocation('speakers', {})],
  [/^(?:about|what(?:'s| is) (?:this|the) report(?: about)?|which reports?)$/i, () => invocation('about', {})],
  [/^(?:search|find|look up)\s+(?:for\s+)?(.+)$/i, (m) => invocation('search', { text: m[1] })],
];

function invocation(name: string, input: CommandInput): Invocation {
  const spec = findCommand(name);
  return spec ? { spec, input } : { unknown: name };
}

/**
 * Understands a line as a user types it: "/who-said ...", "who said ...?", "what did Crosby
 * say about KVM?", "findings about consolidation", "help"; anything else is a search.
 */
export function interpret(line: string): Invocation {
  // One space for any run of white space: the patterns below then cannot backtrack through a
  // 6,000-character run of spaces (that took 70 s before).
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.startsWith('/')) {
    const [, rawName = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    const lower = rawName.toLowerCase();
    // "/who said X" is how people type /who-said when the dash slips.
    if (lower === 'who' && /^said\b/i.test(rest)) return invocation('who-said', { text: rest.replace(/^said\s*/i, '') });
    const spec = findCommand(lower) ?? findCommand(ALIASES[lower] ?? '');
    if (!spec) return { unknown: rawName };
    return { spec, input: namedOptions(spec, rest) ?? spec.parseText(rest.trim()) };
  }
  // A question is a sentence; a page of text is something to search for.
  if (text.length > MAX_QUESTION) return invocation('search', { text });
  const question = text.replace(/[?!. ]+$/, '');
  for (const [pattern, make] of FREE_TEXT) {
    const m = pattern.exec(question);
    if (m) return make(m);
  }
  return invocation('search', { text });
}

/** Discord-style "speaker:Crosby topic:KVM" in the terminal; null when the text has none. */
function namedOptions(spec: CommandSpec, rest: string): CommandInput | null {
  const names = spec.options.map((o) => o.name).join('|');
  if (!names || !new RegExp(`^(?:${names}):`, 'i').test(rest.trim())) return null;
  const input: CommandInput = {};
  for (const m of rest.matchAll(new RegExp(`(?:^|\\s)(${names}):\\s*([\\s\\S]*?)(?=\\s+(?:${names}):|$)`, 'gi'))) {
    input[(m[1] as string).toLowerCase()] = (m[2] as string).trim();
  }
  return input;
}

const commandFuse = new Fuse(COMMANDS.map((c) => c.name), { includeScore: true, threshold: 0.5 });

export function unknownCommand(name: string): Answer {
  const close = commandFuse.search(name.slice(0, 32), { limit: 2 }).map((r) => r.item);
  return {
    kind: 'none',
    command: 'help',
    query: name,
    lead: `I don't know the command ${quoted(`/${name}`)}. Type /help to see what I can answer.`,
    suggestions: close.map((c) => ({ label: `/${c}`, command: `/${c}` })),
  };
}

/** Runs a command by name with option values, as a slash command delivers them. */
export function runCommand(ctx: BotContext, name: string, input: CommandInput): Answer {
  const spec = findCommand(name);
  return spec ? spec.run(ctx, input) : unknownCommand(name);
}

/** Answers one line of text: the terminal's and a DM's way in. */
export function answerText(ctx: BotContext, line: string): Answer {
  const parsed = interpret(line);
  if ('unknown' in parsed) return unknownCommand(parsed.unknown);
  return parsed.spec.run(ctx, parsed.input);
}

export { COMMANDS };
