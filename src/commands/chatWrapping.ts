import { DEFAULT_LANGUAGE, replyLanguage } from '../language/index.ts';
/**
 * A question as people type it in a chat channel, without what is not the question: mentions
 * and address words ("@bot", "hey bot,"), greetings and sign-offs ("hi there!", "thx", "lol",
 * emoji), politeness ("pls"), and chat spellings ("abt", "w/", "wat", "ppl", "u"). What is left
 * is read as any question is. A spelling is only rewritten when the report does not use it as
 * a word of its own (a report about the letter "u" keeps it).
 */

/** Chat spellings and their words: a small table on purpose, each entry seen in chat questions. */
const CHAT_SPELLINGS: Record<string, string> = {
  abt: 'about',
  bout: 'about',
  'w/': 'with',
  'w/o': 'without',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  whut: 'what',
  sed: 'said',
  sayd: 'said',
  liek: 'like',
  n: 'and',
  ppl: 'people',
  u: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  thru: 'through',
  'b/c': 'because',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  b4: 'before',
  tho: 'though',
  smth: 'something',
  sth: 'something',
  somethin: 'something',
  nothin: 'nothing',
  anythin: 'anything',
  talkin: 'talking',
  sayin: 'saying',
  gonna: 'going to',
  wanna: 'want to',
  dunno: "don't know",
  idk: "I don't know",
  whos: "who's",
  whats: "what's",
  wats: "what's",
  hows: "how's",
  dis: 'this',
  da: 'the',
  wuz: 'was',
  ne1: 'anyone',
  any1: 'anyone',
  some1: 'someone',
  every1: 'everyone',
  msft: 'Microsoft',
};

/** Opening words that address the bot or greet: never the question. */
const OPENING =
  /^(?:(?:(?:hey|hi|hiya|hello|heya|yo|sup|greetings|morning|evening)(?:\s+(?:there|bot|report-?bot|all|everyone|guys|folks|team|y'?all))?|ok|okay|so|um+|uh+|hmm+|well|oh|ah|pls|plz|please|bot|report-?bot|quick question|question|q|btw|lol|haha)(?![\p{L}'’-])[\s,!.:;]*)+/iu;
/**
 * Closing words: thanks, laughter, politeness, emoticons, and runs of "?" and "!". Each unit is a
 * whole run of marks, or a word after separators or marks, so that no character can belong to
 * two units: a pattern that lets "!" be a separator and a word too takes seconds on 26 of them.
 */
const CLOSING =
  /(?:[\s,.;:-]*[?!]+(?![?!])|(?:[\s,.;:-]+|(?<=[?!]))(?:lol|lmao|rofl|haha+|hehe|thx|thnx|thanks|thank you|ty|tia|pls|plz|please|cheers|ta|kthx|kthxbye|thx in advance|thanks in advance|:\)|:-\)|;\)|:d|xd|bot|mate|m8|bro|folks|guys|anyone))+\s*$/i;
/** How far from a line's end closing words are looked for. */
const CLOSING_REACH = 200;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|:[a-z0-9_+-]+:/giu;
/** A mention of the bot or anyone, as a chat renders it in text: "@report-bot", "<@123>". */
const MENTION = /<@[!&]?\d+>|(?:^|\s)@[\p{L}\p{N}_.-]+/gu;
/** The mentions that call a whole channel: never a name. */
const BROADCAST = new Set(['everyone', 'here', 'channel']);
/** "according to the analyst, what drives …": whose view is asked for, in front of the question. */
const ACCORDING = /^(?:so\s+)?(?:according to|per|in the view of|in the words of)\s+(?<who>[^,?]{2,60}?),\s*(?<question>.+)$/i;

/**
 * The question inside a chat message. `usedByReport` says whether the report uses a word as it
 * is spelt: such a word is left as typed; asked of "@handle", whether someone in it posts under it.
 */
export function unwrapChat(text: string, usedByReport: (word: string) => boolean = () => false): string {
  // "what did @pri_shaders say …": a handle the report itself uses is a name asked about, not a mention of the bot.
  const handle = (mention: string) => /^\s*@([\p{L}\p{N}_.-]+)$/u.exec(mention)?.[1];
  const kept = (mention: string) => {
    const name = handle(mention);
    return name !== undefined && !BROADCAST.has(name.toLowerCase()) && (usedByReport(`@${name}`) || name.split(/[_.-]+/).every((part) => !part || usedByReport(part)));
  };
  let line = text.replace(MENTION, (m) => (kept(m) ? m : ' ')).replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();
  line = line.replace(OPENING, '');
  // Closing words and marks are looked for in the line's last characters only: tried at every
  // place of a long message, a pattern anchored at the end costs as much as the message squared.
  const cut = Math.max(0, line.length - CLOSING_REACH);
  const tail = line
    .slice(cut)
    .replace(CLOSING, (closing) => (/\?/.test(closing) ? '?' : ''))
    .replace(/[?!]{2,}\s*$/, (marks) => (marks.includes('?') ? '?' : '!'));
  line = line.slice(0, cut) + tail;
  // English chat spellings ("y" for "why", "u" for "you") are words of other languages: "y a-t-il …".
  const english = replyLanguage(line) === DEFAULT_LANGUAGE;
  line = line.replace(/[\p{L}\p{N}'’/_]+/gu, (word) => {
    const spelled = english ? CHAT_SPELLINGS[word.toLowerCase()] : undefined;
    return spelled && !usedByReport(word) ? spelled : word;
  });
  const according = ACCORDING.exec(line);
  if (according?.groups) line = asking(according.groups.who as string, according.groups.question as string);
  return line.trim() || text.trim();
}

/** "according to X, what drives Y?" → "what did X say about drives Y?": the question, of X's words. */
function asking(who: string, question: string): string {
  const topic = question
    .replace(/[?!.\s]+$/, '')
    .replace(/^(?:what|which|how|why|who|where|when)\s+(?:(?:is|are|was|were|does|do|did|has|have|will|would|should|can|could)\s+)?(?:the\s+)?/i, '')
    .trim();
  return topic ? `what did ${who} say about ${topic}?` : question;
}
