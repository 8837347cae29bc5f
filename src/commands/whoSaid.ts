import { askFor, nothingFound, pickedPassage, quoted, repliesFor, searchNotes, toResults } from './answers.ts';
import { toResult } from './results.ts';
import { defineCommand, type BotContext, type PassageResult } from './types.ts';
import { MIN_CLOSENESS, type PassageSearchResult, type Scope } from '../search/passageSearch.ts';
import { SPEECH_VERB_FORMS } from '../knowledge/language.ts';
import { FEELINGS } from '../language/englishQuestions.ts';
import { capitalise } from './present.ts';
import { isCommonWord, isNounOrVerb, usageCount } from '../knowledge/wordnet.ts';
import { stemsOf } from '../search/text.ts';
import { DEFAULT_LANGUAGE, replyLanguage, type Replies } from '../language/index.ts';
import { foreignStem } from '../language/wordLanguages.ts';

function saidIt(top: PassageResult, close: boolean, replies: Replies): string {
  // "the author, Bernard Golden" is an apposition: it closes with a comma before the verb.
  const who = capitalise(top.label) + (top.attribution === 'author' && top.speaker && !top.label.endsWith(')') ? ',' : '');
  return replies.saidIt(who, top.attribution === 'author', close);
}


/** Coverage at which a hit needs no check that its words sit together. */
const SURE_COVERAGE = 0.8;

/** "about X": a topic rather than words remembered ("who spoke about interoperability?"). */
const TOPIC = /^(?:about|on|regarding|concerning)\s+(.+)$/i;
/** "worried about X": a feeling about a topic ("who was worried about fragmentation?"). */
const FEELING = new RegExp(`^(${FEELINGS.join('|')})\\s+(?:about|by|with|of|over|regarding)\\s+(.+)$`, 'i');
/** A question's verb kept before what was said: "suggested splitting the plots". */
export const SPOKEN = new RegExp(`^(?:${SPEECH_VERB_FORMS.join('|')})\\s+(.+)$`, 'i');

/**
 * A topic is answered by the people who speak about it: passages of named speakers first, then
 * of unnamed ones ("the speaker", "the organisers"), then the narrator's, each group in its order.
 */
function bySpeakersFirst(found: PassageSearchResult): PassageSearchResult {
  const rank = { speaker: 0, unnamed: 1, author: 2 } as const;
  const of = (h: PassageSearchResult['hits'][number]) => rank[h.passage.attribution.kind];
  return { ...found, hits: [...found.hits].sort((a, b) => of(a) - of(b)) };
}

/** How near the best score a named speaker's passage must come to be put before the narrator's. */
const NEAR_BEST = 0.8;

/**
 * "Who said fire season is three weeks longer?": where the narrator sums up ("Fire season is now
 * 23 days longer …") nearly as well as a named person says it, the person said it; the narrator
 * keeps what they alone say.
 */
function speakerBeforeNarrator(found: PassageSearchResult): PassageSearchResult {
  const [top] = found.hits;
  // The narrator's question is theirs to have asked.
  if (!top || top.passage.attribution.kind !== 'author' || ASKED.test(top.passage.text)) return found;
  const person = found.hits.find((h) => h.passage.attribution.kind === 'speaker' && h.score >= top.score * NEAR_BEST);
  return person ? { ...found, hits: [person, ...found.hits.filter((h) => h !== person)] } : found;
}

/**
 * Words remembered in other words: a passage holding this share of them is what was said when
 * it stands clearly above every other and the words it lacks are everyday English.
 */
const CLOSE_COVERAGE = 0.3;
/** How far the closest passage must score above the next: one candidate, not a field of them. */
const CLEAR_LEAD = 1.5;
/** A lead at which no other passage comes near: one thing or act in common is then enough. */
const DECISIVE_LEAD = 2;
/**
 * Tagged senses in SemCor at and above which a word is everyday English ("money" 92, "angry" 18)
 * rather than the name of a thing ("hemp" 0, "spillway" 0, "Poland" 7).
 */
const EVERYDAY_USES = 8;
const MIN_REMARK_WORDS = 3;
/** Nouns and verbs a close passage shares with the remark. */
const MIN_SHARED = 2;
/** A passage that ends by asking. */
const ASKED = /\?["'”’)\]]*\s*$/;
/** Share of a close passage's matched words that must stand within two neighbouring sentences. */
const TOGETHER = 0.6;
const CONTRACTION = /^(?:do|does|did|is|are|was|were|wo|would|could|should|ca|have|has|had|must|need)n'?t$|^(?:i|you|he|she|it|we|they|that|there|who|what)'?(?:d|ll|re|ve|m)$|^cannot$/i;
/** Prepositions and conjunctions, which WordNet (nouns, verbs, adjectives, adverbs) leaves out: no thing the report may lack. */
const FUNCTION_WORD = /^(?:since|towards?|whenever|wherever|whatever|whoever|whichever|unless|although|though|whether|upon|onto|via|per|despite|among|amongst|except|whereas|till|unto|thus|hence)$/i;
/** Prefixes that make a word of an everyday one ("undercounts", "misbehaving", "rebuilt"): WordNet lists few such words. */
const PREFIX = /^(?:under|over|mis|out|re|un)(?=[a-z]{4})/;

/**
 * Whether a word the report never uses names something the report may not be about: a noun rare
 * in English ("hemp", "spillway"), a verb as rare ("demolish"), or a word WordNet lacks
 * ("GitLab", "contactless"). Adjectives and adverbs ("noisy", "overseas"), function words and
 * words made of an everyday one by a prefix are the asker's way of putting it.
 */
export function namesAThing(word: string): boolean {
  if (CONTRACTION.test(word) || FUNCTION_WORD.test(word)) return false;
  const base = word.replace(PREFIX, '');
  if (base !== word && usageCount(base) >= EVERYDAY_USES) return false;
  if (isNounOrVerb(word)) return usageCount(word) < EVERYDAY_USES;
  return !isCommonWord(word);
}

/**
 * The one passage that says it in other words, or null. A word the report never uses that is
 * rare in English names what the question is about ("farmers should grow hemp"), so the report
 * does not say it; a common one ("money", "kids") is only the asker's way of putting it.
 */
export function closest(ctx: BotContext, text: string, scope?: Scope, related = false): PassageSearchResult | null {
  // Half the bar, so that the next passage is seen to measure the lead by, without scoring every passage that shares a word.
  const found = ctx.search.search(text, { limit: 3, minCoverage: CLOSE_COVERAGE / 2, related, ...(scope ? { scope } : {}) });
  // Two words are a topic, not a remark remembered in other words.
  if (found.terms.length < MIN_REMARK_WORDS) return null;
  // A question asked is not something said: the chair who asks about minibuses did not warn against them.
  const [top, next] = found.hits.filter((h) => !ASKED.test(h.passage.text));
  if (!top || top.coverage < CLOSE_COVERAGE || (next && top.score < CLEAR_LEAD * next.score)) return null;
  // The words it has sit together, as words of one remark do, not spread over a paragraph.
  if (ctx.search.closeness(found, top.passage) < TOGETHER * top.coverage) return null;
  // It shares things and acts with the remark, not only "within five years".
  const said = new Set(stemsOf(top.passage.text));
  // WordNet knows English: a word of a French report counts as a thing or an act when it is no stop word (foreignStem).
  const shared = found.terms.filter((t) => t.expansions.some((e) => said.has(e.stem) && !/^\d+$/.test(e.stem)) && (isNounOrVerb(t.word) || foreignStem(t.word) !== undefined));
  // How everyday a word is, SemCor counts for English only: a question in another language may leave out one word.
  const english = replyLanguage(text) === DEFAULT_LANGUAGE;
  // Through synonyms a passage shares more by chance: one more thing or act in common. Across the whole report, where no
  // other passage comes near, one less (among one speaker's few passages any one stands out).
  const decisive = english && !scope && next !== undefined && top.score >= DECISIVE_LEAD * next.score;
  if (shared.length < MIN_SHARED + (related ? 1 : 0) - (decisive ? 1 : 0)) return null;
  const absent = found.terms.filter((t) => t.expansions.length === 0);
  if (english ? absent.some((t) => namesAThing(t.word)) : absent.length > 1) return null;
  return { ...found, hits: [top] };
}

/** How close a spelling must come to stand for a topic's word: one letter off in a long word ("virtualizaton"), not two. */
const TYPO_WEIGHT = 0.8;

/**
 * Whether a topic was found only through other words spelt like its own: "inondations" is no typo of "fondations", and who
 * spoke about the one did not speak about the other.
 */
function onlyLookalikes(found: PassageSearchResult): boolean {
  const matched = found.terms.filter((t) => t.expansions.length > 0);
  return matched.length > 0 && matched.every((t) => t.expansions.every((e) => e.via === 'fuzzy' && e.weight < TYPO_WEIGHT));
}

function find(ctx: BotContext, text: string): PassageSearchResult {
  const topic = TOPIC.exec(text)?.[1];
  if (topic) {
    const found = ctx.search.search(topic, { limit: 10 });
    return onlyLookalikes(found) ? { ...found, hits: [] } : bySpeakersFirst(found);
  }
  const found = ctx.search.search(text, { limit: 3 });
  // Words remembered sit together in what was said; spread over a paragraph they are only its topic.
  // A hit holding almost all the words is what was said wherever they stand; closeness decides the rest.
  found.hits = found.hits.filter((h) => h.coverage >= SURE_COVERAGE || ctx.search.closeness(found, h.passage) >= MIN_CLOSENESS);
  if (found.hits.length > 0) return speakerBeforeNarrator(found);
  // Nobody says "worried" and "fragmentation" together: who speaks about fragmentation.
  const about = FEELING.exec(text)?.[2];
  if (about) return bySpeakersFirst(ctx.search.search(about, { limit: 10 }));
  // "suggested splitting the plots", where the passage says "proposed": the words without the verb.
  const spoken = SPOKEN.exec(text)?.[1];
  return spoken ? ctx.search.search(spoken, { limit: 3 }) : found;
}

export const whoSaid = defineCommand({
  name: 'who-said',
  description: 'Who said it? Finds the passage and its speaker for words you remember.',
  options: [{ name: 'text', description: 'Words you remember, in any order, typos allowed', required: true, autocomplete: 'passage', maxLength: 6000 }],
  example: '/who-said open source is ahead',
  parseText: (rest) => ({ text: rest }),
  run(ctx, input) {
    const text = input.text?.trim() ?? '';
    if (!text) return askFor(ctx, this, 'words', input);
    const replies = repliesFor(input);
    const picked = pickedPassage(ctx, text);
    if (picked) {
      const result = toResult(ctx, replies, picked, new Set(), 1);
      return { kind: 'passages', command: this.name, query: text, lead: saidIt(result, false, replies), results: [result] };
    }
    let found = find(ctx, text);
    found.hits = found.hits.slice(0, 3);
    // Said in other words: first with the words as typed, then with their other forms and synonyms ("money" for "funding").
    const close = found.hits.length === 0 ? (closest(ctx, text) ?? closest(ctx, text, undefined, true)) : null;
    if (close) found = close;
    if (found.hits.length === 0) return nothingFound(ctx, this.name, text, replies.nothingMatches(quoted(text)));
    const results = toResults(ctx, replies, found);
    const lead = saidIt(results[0] as PassageResult, close !== null, replies);
    return { kind: 'passages', command: this.name, query: text, lead, results, note: searchNotes(found, replies) };
  },
});
