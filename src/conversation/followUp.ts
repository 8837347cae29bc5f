/**
 * A message read against the conversation so far: "what else did he say?", "and about Novell?",
 * "who else said that?", "more", "why?", "what did the other one say?", "who is she?". Each
 * becomes an ordinary command (so that its answer is built, paged and rendered as any other)
 * plus what the bot took it to mean, said in the answer ("Tom Hanrahan, on “Novell”:").
 */
import type { AnswerRef } from '../commands/answerRef.ts';
import { capitalise } from '../commands/present.ts';
import { quoted } from '../commands/results.ts';
import type { Replies } from '../language/index.ts';
import type { Memory, Someone } from './memory.ts';

/** The bot's sentences that say what a follow-up was taken to mean, in the asker's language. */
type Said = Replies['conversation'];

export type FollowUp =
  /** Run `ref`; leave out the passages `skip` names, and with `notBy`, the passages of that person. */
  | { kind: 'run'; ref: AnswerRef; resolved: string; skip?: string[]; notBy?: Someone; continues?: boolean }
  /** The passages around the last answer's first one: "why?". */
  | { kind: 'around'; passage: string; person: Someone | null; resolved: string }
  /** A line that reads as a follow-up with nothing before it to follow. */
  | { kind: 'lost'; lead: string }
  /** A question of its own with a pronoun put back: read it as any question. */
  | { kind: 'reworded'; line: string; resolved: string };

const HE = '(?:he|she|they|him|her|them|it)';
const SAYS = '(?:say|said|mention|mentioned|talk about|talked about|think|thought|add|added|tell us|have to say|discuss|discussed|speak about|spoke about)';

const MORE = /^(?:(?:show |give me |any )?(?:some )?more(?: (?:please|pls|results|passages))?|next|(?:the )?next one|keep going|go on|continue|another one|(?:and )?(?:then )?what else|anything else|what more|next page)$/i;
const WHAT_ELSE_FROM = new RegExp(`^(?:and |so |ok )?(?:what else|anything else|what more) (?:did|does|do|has|had|can|could) (?:${HE}|(?<name>[\\p{L}][\\p{L}'’. -]{1,60}?)) ${SAYS}(?: (?:about|on) (?<topic>.+))?$`, 'iu');
const ANYTHING_ELSE_FROM = new RegExp(`^(?:anything|what) else (?:from|by) (?:${HE}|(?<name>.+))$`, 'i');
const ABOUT = /^(?:and |but |ok |okay |so |also )*(?:what |how |anything )?(?:about|abt|on|regarding|re) (?<topic>.+)$/i;
const AND_TOPIC = /^and (?!who\b|what\b|why\b|how\b|when\b|where\b|which\b|did\b|does\b|is\b|was\b)(?<topic>(?:\S+ ?){1,6})$/i;
const WHO_ELSE = /^(?:and |so )?who else(?: (?:said|says|mentioned|mentions|talked about|talks about|spoke about|thinks|thought|agrees|agreed|believes|brought up|raised|commented on)(?: (?:that|this|so|it|the same(?: thing)?|about (?<topic>.+)))?)?$/i;
const WHY = new RegExp(`^(?:and |but |so )?(?:why|how come|what for|for what reason|on what grounds|why (?:did|does|do|is|was|would) ${HE} (?:say|think|believe|claim|do) (?:that|so|this)|why is that|why so|says who)$`, 'i');
const OTHER = /^(?:and |so |but )?(?:what (?:did|does|about) |how about |and )?the other (?:one|guy|person|speaker|woman|man|side|fellow|chap|company|analyst|exec|executive)(?: (?:say|think|said|mention)(?: about (?<topic>.+))?)?$/i;
const WHO_IS = new RegExp(`^(?:who(?:'s|’s| is| was| are| were)|tell me (?:more )?about) (?:${HE}|that(?: guy| person)?|this(?: guy| person)?|the (?:guy|person|speaker))(?: again)?$`, 'i');
/** "about that", "on it": the conversation's topic. */
const THAT = /\b(about|on|of|regarding|with)\s+(?:that|this|it|those|these|the same)(?:\s+(?:topic|thing|subject|issue|point))?\b(?!\s+\w+\s+(?:said|says|is|was))/i;
/** "what did he say about X", "does she think …": a pronoun standing for the last answer's person. */
const PRONOUN = /\b(?:he|she|him|her|they|them|his|hers|their|theirs)\b/i;

/** Whose words a follow-up means: a name typed, else the last answer's first person. */
function person(memory: Memory, typed: string | undefined): { name: string; label: string } | null {
  if (typed) return { name: typed.trim(), label: typed.trim() };
  return memory.people[0] ?? null;
}

function lost(said: Said, what: Parameters<Said['lost']>[0]): FollowUp {
  return { kind: 'lost', lead: said.lost(what) };
}

/**
 * The follow-up a line is, given what the conversation remembers; null when the line is a
 * question of its own (it is then read as any question is).
 */
export function readFollowUp(line: string, memory: Memory | null, knows: (name: string) => boolean, said: Said, topicPutIn = false): FollowUp | null {
  const text = line.replace(/[?!.\s]+$/, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // "what did the author think about that?": "that" is what the conversation was about, put in once
  // (a topic that was itself "that" would otherwise be put in for ever).
  const that = THAT.exec(text);
  if (that && memory?.topic && !topicPutIn && !/^who else\b/i.test(text)) {
    const line = `${text.slice(0, that.index)} ${that[1]} ${memory.topic}${text.slice(that.index + that[0].length)}`.replace(/\s+/g, ' ').trim();
    const again = readFollowUp(line, memory, knows, said, true);
    return again ?? { kind: 'reworded', line, resolved: said.on(quoted(memory.topic)) };
  }

  if (MORE.test(text)) {
    if (!memory) return lost(said, 'more');
    const who = memory.people[0];
    // "what else?" after "who said X": what else that person said; after a search or a list: the next results.
    if (/else|more$/i.test(text) && who && (memory.ref.command === 'who-said' || memory.ref.command === 'quotes') && !/^(?:more|some more|show more|give me more)/i.test(text)) {
      return { kind: 'run', ref: { command: 'quotes', input: { speaker: who.name } }, resolved: said.whoMore(capitalise(who.label)), skip: memory.shown, continues: true };
    }
    return { kind: 'run', ref: memory.ref, resolved: said.more(memory.topic ? quoted(memory.topic) : null), skip: memory.shown, continues: true };
  }

  const elseFrom = WHAT_ELSE_FROM.exec(text) ?? ANYTHING_ELSE_FROM.exec(text);
  if (elseFrom) {
    if (!memory && !elseFrom.groups?.name) return lost(said, 'whom');
    const who = memory ? person(memory, elseFrom.groups?.name) : { name: elseFrom.groups?.name as string, label: elseFrom.groups?.name as string };
    if (!who) return lost(said, 'whom');
    const topic = elseFrom.groups?.topic;
    return {
      kind: 'run',
      ref: { command: 'quotes', input: { speaker: who.name, ...(topic ? { topic } : {}) } },
      resolved: topic ? said.whoOn(capitalise(who.label), quoted(topic)) : said.whoMore(capitalise(who.label)),
      skip: memory?.shown,
    };
  }

  const whoElse = WHO_ELSE.exec(text);
  if (whoElse) {
    const topic = whoElse.groups?.topic ?? memory?.topic;
    if (!topic) return lost(said, 'that');
    const notBy = whoElse.groups?.topic ? undefined : memory?.people[0];
    return { kind: 'run', ref: { command: 'who-said', input: { text: topic } }, resolved: notBy ? said.besides(notBy.label, quoted(topic)) : said.on(quoted(topic)), notBy };
  }

  if (WHY.test(text)) {
    if (!memory?.top) return lost(said, 'why');
    return { kind: 'around', passage: memory.top, person: memory.people[0] ?? null, resolved: said.why(memory.people[0]?.label ?? null) };
  }

  const other = OTHER.exec(text);
  if (other) {
    if (!memory) return lost(said, 'other');
    const second = memory.people[1];
    if (!second) return { kind: 'lost', lead: said.onlyOnePerson(memory.people[0]?.label ?? null) };
    const topic = other.groups?.topic ?? memory.topic;
    return { kind: 'run', ref: { command: 'quotes', input: { speaker: second.name, ...(topic ? { topic } : {}) } }, resolved: topic ? said.whoOn(capitalise(second.label), quoted(topic)) : `${capitalise(second.label)}:` };
  }

  if (WHO_IS.test(text)) {
    const who = memory?.people[0];
    if (!who) return lost(said, 'whom');
    return { kind: 'run', ref: { command: 'speakers', input: { name: who.name } }, resolved: `${capitalise(who.label)}:` };
  }

  const about = ABOUT.exec(text) ?? (memory ? AND_TOPIC.exec(text) : null);
  if (about && memory) {
    const topic = (about.groups?.topic as string).trim();
    // "what about Crosby?": another person on the same topic, when the words name someone.
    if (memory.topic && knows(topic)) return { kind: 'run', ref: { command: 'quotes', input: { speaker: topic, topic: memory.topic } }, resolved: said.whoOn(capitalise(topic), quoted(memory.topic)) };
    return onTopic(memory, topic, said);
  }

  if (memory?.people[0] && PRONOUN.test(text) && !/^who\b/i.test(text)) {
    const who = memory.people[0];
    const line = text
      .replace(/\b(?:his|hers|their|theirs)\b/gi, `${who.name}’s`)
      .replace(/\b(?:her)(?= (?:findings|view|views|point|points|take|argument|prediction|predictions|words|comments|remarks|talk|presentation|company|firm|organisation|organization)\b)/gi, `${who.name}’s`)
      .replace(/\b(?:he|she|him|her|they|them)\b/gi, who.name);
    return { kind: 'reworded', line, resolved: `${capitalise(who.label)}:` };
  }
  return null;
}

/** "and about X?": the same question on another topic, of the same person when it was about one. */
function onTopic(memory: Memory, topic: string, said: Said): FollowUp {
  const { command, input } = memory.ref;
  const who = memory.people[0];
  if (command === 'findings') return { kind: 'run', ref: { command, input: { ...input, topic } }, resolved: said.findingsOn(quoted(topic)) };
  if (command === 'search') return { kind: 'run', ref: { command, input: { text: topic } }, resolved: said.on(quoted(topic)) };
  if (who && (command === 'who-said' || command === 'quotes' || command === 'speakers')) {
    return { kind: 'run', ref: { command: 'quotes', input: { speaker: who.name, topic } }, resolved: said.whoOn(capitalise(who.label), quoted(topic)) };
  }
  return { kind: 'run', ref: { command: 'who-said', input: { text: topic } }, resolved: said.on(quoted(topic)) };
}
