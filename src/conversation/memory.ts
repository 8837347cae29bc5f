/**
 * What an answer leaves behind for the next message: whom it was about, on what, and which
 * passages it showed. Enough to read "what else did he say?", "and about Novell?", "who else
 * said that?", "more" against it, and small (ids and names, never passages).
 */
import type { AnswerRef } from '../commands/answerRef.ts';
import type { Answer, PassageResult } from '../commands/types.ts';
import { repliesOf } from '../commands/present.ts';
import { AUTHOR_NAME, type Replies } from '../language/index.ts';
import { attributionKey, unnamedDescription } from '../search/passageSearch.ts';

/** Someone an answer was about, as the speaker option takes them, and as a reader says them. */
export interface Someone {
  key: string;
  /** What resolves to them again: a name, "the author" (a name in every language: AUTHOR_NAMES), an unnamed source's description. */
  name: string;
  /** "Tom Hanrahan", "the author", "the district health officer", in the answer's language ("l’auteur"). */
  label: string;
}

export interface Memory {
  /** The command the answer ran. */
  ref: AnswerRef;
  /** Whom the answer was about, best first: the asked-for speaker, else its results' speakers. */
  people: Someone[];
  /** What it was about: the words of a who-said or a search, the topic of quotes or findings. */
  topic: string | null;
  /** Passages already shown in this conversation for this question, in order: "more" skips them. */
  shown: string[];
  /** The passage the answer put first: "why?" reads around it. */
  top: string | null;
}

/** How many of an answer's passages count as shown: the first page. */
const SHOWN_PER_ANSWER = 5;
/** Bounded: a long conversation of "more" keeps its last ids only. */
const MAX_SHOWN = 200;

/** Whom a result is by, under the key its passages are indexed by (attributionKey), and by a name that resolves to it again. */
function someoneOf(r: PassageResult, said: Replies['who']): Someone {
  // A result's speaker may be one sentence's voice in a passage of several: theirs first.
  const key = r.speaker?.id ?? attributionKey(r.passage);
  if (r.speaker) return { key, name: r.speaker.name, label: r.attribution === 'author' ? said.author(r.speaker.name) : r.speaker.name };
  if (r.attribution === 'author') return { key, name: AUTHOR_NAME, label: said.theAuthor };
  const description = unnamedDescription(key) ?? r.label;
  return { key, name: description, label: description };
}


function topicOf(ref: AnswerRef): string | null {
  const topic = ref.command === 'quotes' || ref.command === 'findings' ? ref.input.topic : ref.command === 'who-said' || ref.command === 'search' ? ref.input.text : undefined;
  // "who talked about KVM?" runs /who-said "about KVM": the topic is KVM.
  return topic?.trim().replace(/^(?:about|on|regarding|concerning)\s+/i, '') || null;
}

/** What `answer` (to `ref`) leaves for the next message; `before` when the answer continues it ("more"). */
export function remember(ref: AnswerRef, answer: Answer, before: Memory | null = null, continued = false): Memory {
  const results = answer.kind === 'passages' ? answer.results : [];
  const people = new Map<string, Someone>();
  if (answer.kind === 'speaker') {
    const { summary } = answer.card;
    people.set(summary.key, { key: summary.key, name: summary.kind === 'author' ? AUTHOR_NAME : (unnamedDescription(summary.key) ?? summary.name), label: summary.name });
  }
  const said = repliesOf(answer).who;
  for (const r of results) {
    const someone = someoneOf(r, said);
    if (!people.has(someone.key)) people.set(someone.key, someone);
  }
  const ids = results.slice(0, SHOWN_PER_ANSWER).map((r) => r.passage.id);
  const shown = continued && before ? [...before.shown, ...ids].slice(-MAX_SHOWN) : ids;
  if (continued && before) return { ...before, shown, top: results[0]?.passage.id ?? before.top, people: people.size ? [...people.values()] : before.people };
  // "who is he?" between a quote and "why?" keeps the quote to read around.
  const top = results[0]?.passage.id ?? (answer.kind === 'speaker' ? (before?.top ?? answer.card.introduction?.passage.id ?? null) : null);
  return { ref, people: [...people.values()], topic: topicOf(ref) ?? (answer.kind === 'speaker' ? (before?.topic ?? null) : null), shown, top };
}
