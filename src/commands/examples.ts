import { speakerSummaries } from './results.ts';
import type { BotContext } from './types.ts';
import type { PassageSearch } from '../search/passageSearch.ts';
import { tokenize } from '../search/text.ts';
import { DEFAULT_LANGUAGE, localCommand, type Language, type Replies } from '../language/index.ts';

/** Examples from the loaded reports, so that help and prompts name their people and topics. */
export interface Examples {
  /** Per command name, one example line. */
  commands: Record<string, string>;
  /** Questions in plain words, in a language: its words, the report's names and topics. */
  freeText: (examples: Replies['examples']) => string[];
}

const cache = new WeakMap<PassageSearch, Examples>();

export function examplesFor(ctx: BotContext): Examples {
  let examples = cache.get(ctx.search);
  if (!examples) cache.set(ctx.search, (examples = build(ctx.search)));
  return examples;
}

function build(search: PassageSearch): Examples {
  const person = speakerSummaries(search, DEFAULT_LANGUAGE.replies).find((s) => s.kind === 'speaker' && s.named);
  const speaker = person ? search.speaker(person.key) : undefined;
  // How the text calls them after introducing them: the surname where there is one.
  const short = speaker ? (speaker.aliases.find((a) => speaker.name.endsWith(a) && a !== speaker.name) ?? speaker.name) : undefined;
  // A topic is a subject, not one of the people.
  const names = new Set(search.knowledge.speakers.flatMap((s) => [s.name, ...s.aliases]).flatMap((n) => tokenize(n).map((t) => t.term)));
  const subject = (topics: string[]) => topics.find((t) => tokenize(t).every((w) => !names.has(w.term)));
  const theirTopic = person ? subject(search.topics({ kind: 'speakers', keys: [person.key] })) : undefined;
  const findingTopic = subject(search.topics({ kind: 'findings' }));
  const topic = subject(search.topics());
  const phrase = person ? search.passagesOf(person.key).map((p) => phraseOf(p.text, names)).find(Boolean) : undefined;

  const commands: Record<string, string> = {};
  if (phrase) commands['who-said'] = `/who-said ${phrase}`;
  if (findingTopic) commands.findings = `/findings ${findingTopic}`;
  if (topic) commands.search = `/search ${topic}`;
  if (short) commands.quotes = theirTopic ? `/quotes ${short} about ${theirTopic}` : `/quotes ${short}`;
  if (speaker) commands.speakers = `/speakers ${speaker.name}`;

  const freeText = (say: Replies['examples']) =>
    [
      phrase ? say.whoSaid(phrase) : null,
      short && theirTopic ? say.quotesAbout(short, theirTopic) : null,
      speaker ? say.whoIs(speaker.name) : null,
      topic ? say.anythingAbout(topic) : null,
      findingTopic ? say.findingsAbout(findingTopic) : null,
      say.anythingElse,
    ].filter((t): t is string => t !== null);
  return { commands, freeText };
}

/** An example under the command's name and words in `language`: "/citations Lefèvre sur budget" for a French asker. */
export function exampleIn(line: string, command: string, language: Language): string {
  const local = localCommand(language, command)?.name;
  const named = local && line.startsWith(`/${command}`) ? `/${local}${line.slice(command.length + 1)}` : line;
  return command === 'quotes' ? named.replace(' about ', ` ${language.replies.examples.about} `) : named;
}

/** Words that open a sentence without saying anything: "Honestly, …", "Thankfully, however, …". */
const FILLER = new Set(['honestly', 'thankfully', 'however', 'well', 'so', 'yes', 'no', 'and', 'but', 'of', 'course', 'indeed', 'also', 'still', 'frankly', 'really', 'actually']);

/**
 * A few words someone might remember from a passage: what follows "that" in reported speech
 * ("claims that open source virtualization is ahead"), else the opening of its longest
 * sentence, without the people's names and filler words.
 */
function phraseOf(text: string, names: Set<string>): string | undefined {
  const reported = /\bthat\s+([^.;:!?]{20,})/.exec(text)?.[1];
  const longest = text.split(/(?<=[.!?])\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
  const source = reported ?? longest;
  const words = tokenize(source).filter((t) => !names.has(t.term));
  let start = 0;
  while (start < words.length && ((words[start] as { stopword: boolean }).stopword || FILLER.has((words[start] as { term: string }).term))) start++;
  const picked = words.slice(start, start + 5).map((t) => source.slice(t.start, t.end));
  return picked.length >= 3 ? picked.join(' ') : undefined;
}
