import { isPersonNoun } from '../knowledge/wordnet.ts';
import { isRoleHead } from '../knowledge/speakerPatterns.ts';
import { stem, stemsOf } from '../search/text.ts';
import { LANGUAGES, type Replies } from '../language/index.ts';
import { askFor, listed, nothingFound, quoted, repliesFor, searchNotes, toResults } from './answers.ts';
import { speakerSummaries } from './results.ts';
import { defineCommand, type Answer, type BotContext } from './types.ts';
import { relatedInMeaning } from '../search/meaning.ts';
import type { PassageSearchResult, SpeakerMatch } from '../search/passageSearch.ts';
import type { Passage } from '../knowledge/types.ts';
import { SPOKEN, closest, namesAThing } from './whoSaid.ts';
import { searchWithHeadings } from '../search/headings.ts';
import { foreignStem } from '../language/wordLanguages.ts';

/** Who a match names, for a lead line: "Simon Crosby (XenSource)", "Jane Roe (Some Research), Ben Okoro (Stratavault)". */
export function whoOf(ctx: BotContext, _wanted: string, match: SpeakerMatch): string {
  return match.speakers
    .map(({ key, name }) => {
      // A summary's organisation and role are its speaker record's: an unnamed voice and an unnamed author have neither.
      const s = ctx.search.speaker(key);
      const detail = s?.organisation ?? (s?.role && s.role !== 'author' ? s.role : null);
      return detail ? `${name} (${detail})` : name;
    })
    .join(', ');
}

/** The answer when a name names nobody in the report, with the speakers there are. */
export function noSuchSpeaker(ctx: BotContext, command: string, wanted: string, replies: Replies): Answer {
  return {
    kind: 'none',
    command,
    query: wanted,
    lead: replies.noSuchSpeaker(quoted(wanted)),
    suggestions: speakerSummaries(ctx.search, replies)
      .filter((s) => s.named)
      .slice(0, 5)
      .map((s) => ({ label: s.name, command: `/quotes ${s.name}` })),
  };
}

/** What joins a speaker and a topic in "/quotes Crosby about KVM", in any language: "/citations Lefèvre sur budget". */
const ABOUT = new RegExp(`\\s+(?:on|regarding|${LANGUAGES.map((l) => l.replies.examples.about).join('|')})\\s+`, 'i');

/** "the defence lawyer", "a listener from Dunmore": a description, not a name. */
const DESCRIPTION = /^(?:the|a|an|one|another)\s+(?=\S)/i;

/**
 * "what did the defence lawyer ask about safety training?" where the report calls her "Ms
 * Farrow, for the defendant": no speaker answers to the description, so its words and the topic
 * are looked for in what people said, and the answer says that no one is called so; each
 * passage keeps the speaker the report gives it.
 */
function described(ctx: BotContext, wanted: string, topic: string, replies: Replies): Answer | null {
  if (!DESCRIPTION.test(wanted) || !topic) return null;
  // The description's head ("installer" in "the installer") names a kind of person ("the inquiry" is a body, its words the report's),
  // and is in who the report says spoke, or in their words.
  const last = (wanted.split(/\s+/).pop() ?? '').toLowerCase();
  // WordNet lacks some agent nouns ("installer"): a word that ends as one names a person too.
  if (!isPersonNoun(last) && !/(?:er|or|ist|ian|ee)$/.test(last)) return null;
  const head = stem(last);
  const found = ctx.search.search(`${wanted.replace(DESCRIPTION, '')} ${topic}`, { limit: 3, related: true });
  const results = toResults(ctx, replies, found);
  const spoken = results.filter((r, i) => found.hits[i]?.passage.attribution.kind !== 'author' && (found.hits[i]?.coverage ?? 0) >= DESCRIBED_COVERAGE && (stemsOf(`${r.label} ${r.passage.text}`).includes(head) || introducedAs(ctx, found.hits[i]?.passage, last, head)));
  if (spoken.length === 0) return null;
  return {
    kind: 'passages',
    command: 'quotes',
    query: `${wanted} about ${topic}`,
    lead: replies.describedClosest(quoted(wanted), quoted(topic)),
    results: spoken.slice(0, 1),
    note: searchNotes(found, replies),
  };
}
/** What of the description and the topic together the passage must hold. */
const DESCRIBED_COVERAGE = 0.5;

/**
 * "our next presenter is the president of the Lakeshore Restaurant Association … Please welcome Marcus Oyelaran!": the
 * report says what the passage's speaker is where it names them, the description's head a few words from their name.
 */
function introducedAs(ctx: BotContext, passage: Passage | undefined, word: string, head: string): boolean {
  const id = passage?.attribution.kind === 'speaker' ? passage.attribution.speakerId : null;
  const person = id ? ctx.search.speaker(id) : undefined;
  const surname = person && !person.isOrganisation ? person.name.split(/\s+/).pop() : undefined;
  if (!surname) return false;
  return ctx.search.search(`${surname} ${word}`, { limit: INTRODUCTIONS }).hits.some(({ passage: p }) => {
    const at = p.text.indexOf(surname);
    return at >= 0 && stemsOf(p.text.slice(Math.max(0, at - INTRODUCTION_REACH), at + INTRODUCTION_REACH)).includes(head);
  });
}
/** How many passages naming the speaker are looked in, and how far from their name the description may stand. */
const INTRODUCTIONS = 5;
const INTRODUCTION_REACH = 320;

/**
 * Someone the report names but never quotes ("Apologies: Peter Blackwood (Council Liaison)"):
 * say so, with the passages that mention them (on the topic, when one was asked).
 */
function silent(ctx: BotContext, who: string, wanted: string, topic: string, replies: Replies): Answer {
  const found = ctx.search.search(topic ? `${wanted} ${topic}` : wanted, { limit: 25 });
  if (found.hits.length === 0) return nothingFound(ctx, 'quotes', wanted, replies.silent(who, 0));
  return { kind: 'passages', command: 'quotes', query: topic ? `${wanted} about ${topic}` : wanted, lead: replies.silent(who, found.hits.length), results: toResults(ctx, replies, found), note: searchNotes(found, replies) };
}

/**
 * Who is asked about, and on what: "the CFO free cash flow" is the CFO on free cash flow, "Marsh
 * heat wave" is Marsh on the heat wave. The longest opening words that name a speaker are the
 * speaker; a topic after them is never part of the name.
 */
function speakerAndTopic(ctx: BotContext, typed: string, topic: string): { wanted: string; topic: string; match: SpeakerMatch | null } {
  // "the CEO of Renmark Water Services": a firm after the part says whose part it is, not the topic; one who is CEO elsewhere is no match.
  // "the pastor" on "the widow of Zarephath": a firm in the topic, after other words, is the topic's.
  const named = /^(?:of|from|at)\s/i.test(topic) || /\s(?:of|from|at)$/i.test(typed) ? `${typed} ${topic}` : typed;
  const body = OF_BODY.exec(named)?.[1]?.replace(/^the\s+/, '').split(/\s+/)[0]?.toLowerCase();
  const theirs = (found: SpeakerMatch | null) => (found && (found.how === 'name' || !body || ofBody(ctx, found, body)) ? found : null);
  const match = theirs(ctx.search.resolveSpeakers(typed));
  // "Ignacio Barberán obras" spelt close to "Ignacio Barberán Ruiz" is "Ignacio Barberán" on the works, where those words name them.
  if (match && match.how !== 'close spelling') return { wanted: typed, topic, match };
  const words = typed.split(/\s+/);
  for (let k = Math.min(words.length - 1, 8); k >= 1; k--) {
    // "the nurses' union", "the mayor's office": a possessive before the thing the words end on names whose it is, not who
    // speaks ("Priscilla's husband", "Maria's first coach", "Denise's team lead" are people).
    if (k === words.length - 1 && /['’]s?$/u.test(words[k - 1] ?? '') && !isPersonNoun((words[k] ?? '').toLowerCase())) continue;
    const who = words.slice(0, k).join(' ');
    const found = theirs(ctx.search.resolveSpeakers(who));
    // "the analyst who asked about pricing": what the description adds is the topic.
    const rest = words
      .slice(k)
      .join(' ')
      .replace(/^(?:who|that)\s+(?:\w+\s+){0,2}?(?:about|on|regarding)\s+/i, '')
      .replace(/^(?:who|that)\s+(?:asked|spoke|talked|said|mentioned|raised)$/i, '')
      .replace(/^(?:about|on|regarding)\s+/i, '');
    // "the Chief Executive": a role whose title runs on in capitals is not the part its first word names ("the Chief").
    const runsOn = found !== null && found.how !== 'name' && /^\p{Lu}\p{Ll}/u.test(words[k] ?? '') && isRoleHead((words[k] as string).toLowerCase());
    // A name spelt close to the whole gives way only to a name of two words or more said exactly ("Simon Crosbie" stays Crosby).
    const better = !match || (found?.how === 'name' && k >= 2);
    if (found && better && !runsOn && (found.how !== 'close spelling' || k <= 2)) return { wanted: who, topic: [rest, topic].filter(Boolean).join(' '), match: found };
  }
  return { wanted: typed, topic, match };
}

/** "of Renmark Water Services", "from Cobalt Foods": the body a part is held at, after the part. */
const OF_BODY = /\s(?:of|from|at)\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)/u;

/** Whether the body a description names after its part ("the CEO of Renmark Water Services": "renmark") is the matched speakers'. */
function ofBody(ctx: BotContext, match: SpeakerMatch, body: string): boolean {
  // Their record, the description of someone unnamed ("a programme manager, Partner organisation B") or their own passages
  // name the body ("As the CEO of Halvard Industrial Systems, Greta Solheim, told us").
  return match.speakers.some(({ key, name }) => {
    const s = ctx.search.speaker(key);
    return [s?.organisation, s?.role, s?.name ?? name].some((f) => f?.toLowerCase().includes(body));
  }) || ctx.search.passagesOf(match.speakers.map((s) => s.key)).some((p) => p.text.toLowerCase().includes(body));
}

/** Words that say a passage carries what someone said, announced or found. */
const CARRIES_WORDS = /\b(?:said|says|say|told|tells|believes?|believed|shared|shares|announced?|announces|news|noted|notes|argued|argues|claims?|claimed|predicts?|predicted|explained|explains|warned|warns|thinks?|thought|found|finds|presented|reported|suggested|suggests|insisted|added|according)\b/i;

/**
 * A speaker's passages with those that only introduce them ("The most refreshing session was
 * given by Sam Ramji of Microsoft.") after those that carry what they said: "what did the
 * Microsoft guy announce?" wants the announcement, not the line that names the talk.
 */
/** Words of a line that leads in someone's words, at most: "PDWU General Secretary Maureen Calloway said:". */
const LEAD_IN_WORDS = 20;

function answerBearingFirst(passages: Passage[], names: string[]): Passage[] {
  const introduces = (p: Passage) => {
    // "PDWU General Secretary Maureen Calloway said:" over her words: a lead-in, none of them.
    if (/:\s*$/.test(p.text) && p.text.split(/\s+/).length <= LEAD_IN_WORDS && names.some((name) => p.text.includes(name))) return true;
    if (CARRIES_WORDS.test(p.text)) return false;
    return names.some((name) => {
      const at = p.text.indexOf(name);
      if (at < 0) return false;
      const before = p.text.slice(Math.max(0, at - 40), at);
      const after = p.text.slice(at + name.length, at + name.length + 30);
      return /\b(?:by|with|from|featuring|welcomed?|introduced?)\s+$/i.test(before) || /^,?\s+(?:of|from|at|who)\b/i.test(after);
    });
  };
  const intro = new Set(passages.filter(introduces));
  return intro.size === 0 || intro.size === passages.length ? passages : [...passages.filter((p) => !intro.has(p)), ...intro];
}

export const quotes = defineCommand({
  name: 'quotes',
  description: 'Everything one person said in the report, optionally about a topic.',
  options: [
    { name: 'speaker', description: 'A name, a surname, an organisation, a role ("the analyst") or "author"', required: true, autocomplete: 'speaker', maxLength: 200 },
    { name: 'topic', description: 'Only what they said about this', required: false, autocomplete: 'topic', maxLength: 6000 },
  ],
  example: '/quotes Crosby about KVM',
  parseText(rest) {
    const [speaker, topic] = rest.split(ABOUT, 2);
    return { speaker: speaker?.trim(), topic: topic?.trim() || undefined };
  },
  run(ctx, input): Answer {
    const typed = input.speaker?.trim() ?? '';
    if (!typed) return askFor(ctx, this, 'speaker', input);
    const replies = repliesFor(input);
    const { wanted, topic, match } = speakerAndTopic(ctx, typed, input.topic?.trim() ?? '');
    if (!match) return described(ctx, wanted, topic, replies) ?? noSuchSpeaker(ctx, this.name, wanted, replies);
    const keys = match.speakers.map((s) => s.key);
    const who = whoOf(ctx, wanted, match);
    // Made once: "the author" of thousands of reports has a long list.
    const own = ctx.search.passagesOf(keys);
    if (own.length === 0) return silent(ctx, who, wanted, topic, replies);
    if (!topic) {
      const passages = answerBearingFirst(own, match.speakers.map((s) => s.name));
      return {
        kind: 'passages',
        command: this.name,
        query: wanted,
        lead: replies.quotes(who, passages.length),
        ...listed(ctx, passages, replies, keys),
      };
    }
    let found = ctx.search.search(topic, { scope: { kind: 'speakers', keys }, limit: 25 });
    // "predict for Xen", where the passage says "I predict … Xen": held; else the words without the verb.
    const withoutVerb = SPOKEN.exec(topic)?.[1];
    if (found.hits.length === 0 && withoutVerb) found = ctx.search.search(withoutVerb, { scope: { kind: 'speakers', keys }, limit: 25 });
    // Within one speaker's words, "driving" may have been said as "driver", "refunds" as "money back": other forms and synonyms before "nothing".
    if (found.hits.length === 0) found = ctx.search.search(withoutVerb ?? topic, { scope: { kind: 'speakers', keys }, limit: 25, related: true });
    // "the foreman in Piraeus": the words that named them are the question's too, and the passage that introduces them holds them.
    if (found.hits.length === 0 && match.how !== 'name') found = ctx.search.search(`${wanted} ${withoutVerb ?? topic}`, { scope: { kind: 'speakers', keys }, limit: 25, related: true });
    // "where the invoices came from", said as "the invoices were produced by the defendant": the one passage of theirs that says it in other words.
    let close = found.hits.length === 0 ? closest(ctx, withoutVerb ?? topic, { kind: 'speakers', keys }) : null;
    if (close) found = close;
    // Among one speaker's few passages, the one that holds most of the topic ("le financement des caméras", said as "l'achat des caméras").
    if (found.hits.length === 0) {
      const most = mostOfTopic(ctx, withoutVerb ?? topic, keys);
      if (most) found = most.found;
      if (most?.close) close = most.found;
    }
    // "/quotes Montero minuto de oro": the topic is the heading of the section their words stand under ("## Minuto de oro").
    let underHeading = false;
    if (found.hits.length === 0) {
      const mine = new Set(keys);
      const headed = searchWithHeadings(ctx.search, withoutVerb ?? topic);
      const theirs = headed?.hits.filter((h) => h.passage.attribution.kind === 'speaker' && mine.has(h.passage.attribution.speakerId)) ?? [];
      if (headed && theirs.length > 0) [found, underHeading] = [{ ...headed, hits: theirs }, true];
    }
    // "what did Harold Ng say happened to his store?" of a commenter with two comments: none holds the question's words as
    // the bars above ask, yet one of the few things he said shares a word with it; all of them, that one first, rather than
    // nothing. Only where the report uses the topic's words: "telehealth", a word it never uses, is something no one said.
    const answer = (lead: string, shown: PassageSearchResult, note: string | undefined): Answer => ({
      kind: 'passages',
      command: this.name,
      query: `${wanted} about ${topic}`,
      lead,
      results: toResults(ctx, replies, shown, keys),
      note,
    });
    const few = found.hits.length === 0 && own.length <= FEW_PASSAGES ? ctx.search.search(withoutVerb ?? topic, { scope: { kind: 'speakers', keys }, limit: FEW_PASSAGES, minCoverage: 0, related: true }) : null;
    if (few && few.hits.length > 0 && usesEveryWord(few)) {
      const shown = new Set(few.hits.map((h) => h.passage.id));
      const all = { ...few, hits: [...few.hits, ...own.filter((p) => !shown.has(p.id)).map((passage) => ({ passage, score: 0, coverage: 0 }))] };
      return answer(replies.quotes(who, own.length), all, replies.allOfTheirs(quoted(topic)));
    }
    if (found.hits.length === 0) return nothingFound(ctx, this.name, topic, replies.saysNothingAbout(who, quoted(topic)));
    found = withRelatedInMeaning(ownWordsFirst(found), withoutVerb ?? topic, own);
    const note = [close ? replies.closestOfTheirs : '', underHeading ? replies.underHeading : '', searchNotes(found, replies), inOtherWords(found, replies)].filter(Boolean).join(' ');
    return answer(replies.quotesAbout(who, quoted(topic), found.hits.length), found, note || undefined);
  },
});

/** What someone says themselves before what the report states for them ("Tobias Engel to assign an engineer …" among the actions). */
function ownWordsFirst(found: PassageSearchResult): PassageSearchResult {
  const passedOn = (h: PassageSearchResult['hits'][number]) => (h.passage.attribution.kind === 'speaker' && h.passage.attribution.via === 'author' ? 1 : 0);
  return { ...found, hits: [...found.hits].sort((a, b) => passedOn(a) - passedOn(b)) };
}

/**
 * Bars one of the speaker's passages must clear when none holds half of a topic, the higher first: the share of the
 * topic's weight it holds, and the topic's words it holds as written or as the start of a longer word, not through a
 * typo's correction ("army" is no "carry"). Two words make it what they said about it ("le financement des caméras" for
 * "une enveloppe … pour l'achat des caméras"); one ("the paint on the figurehead", said as "the figurehead's varnish") makes
 * it the closest thing they said, and the answer says so.
 */
const TOPIC_BARS = [
  { coverage: 0.35, held: 2 },
  { coverage: 0.25, held: 1 },
] as const;

/** The speaker's passages that hold most of a topic put partly in other words, and whether they only come closest. */
function mostOfTopic(ctx: BotContext, topic: string, keys: string[]): { found: PassageSearchResult; close: boolean } | null {
  for (const [i, bar] of TOPIC_BARS.entries()) {
    const most = ctx.search.search(topic, { scope: { kind: 'speakers', keys }, limit: 3, minCoverage: bar.coverage });
    const top = most.hits[0];
    if (!top) continue;
    const stems = new Set(stemsOf(top.passage.text));
    const held = most.terms.filter((t) => t.expansions.some((e) => (e.via === 'exact' || e.via === 'prefix') && stems.has(e.stem)) && (i === 0 || namesAThing(t.word) || foreignStem(t.word) !== undefined)).length;
    if (held >= bar.held) return i === 0 ? { found: most, close: false } : { found: { ...most, hits: [top] }, close: true };
  }
  return null;
}

/** A speaker with at most this many passages is shown them all when none holds the topic's words. */
const FEW_PASSAGES = 3;

/** Whether the report uses every word of a search's topic, as written or as the start of a longer word (its vocabulary's, whatever the scope). */
function usesEveryWord(found: PassageSearchResult): boolean {
  return found.terms.length > 0 && found.terms.every((t) => t.expansions.some((e) => e.via === 'exact' || e.via === 'prefix'));
}

/** Below this many passages in the topic's own words, a speaker's passages that say it in other words follow them. */
const FEW_IN_OWN_WORDS = 3;

/**
 * "what did Varga say about driving": one passage says "driving", another "behind the wheel".
 * The passages of the speaker whose words are related in meaning to the topic (see
 * relatedInMeaning) come after those in the topic's own words, never before, and only beside
 * them: alone, relatedness in meaning is too loose to answer with.
 */
function withRelatedInMeaning(found: PassageSearchResult, topic: string, own: readonly Passage[]): PassageSearchResult {
  if (found.hits.length >= FEW_IN_OWN_WORDS) return found;
  const shown = new Set(found.hits.map((h) => h.passage.id));
  const matches = relatedInMeaning(topic, own, (p) => !shown.has(p.id));
  if (matches.length === 0) return found;
  const lowest = Math.min(...found.hits.map((h) => h.score));
  const stems = new Set(found.stems);
  for (const m of matches) for (const s of m.stems) stems.add(s);
  return {
    ...found,
    stems,
    hits: [...found.hits, ...matches.map((m, i) => ({ passage: m.passage, score: (lowest * 0.5) / (i + 1), coverage: 0 }))],
  };
}

function inOtherWords(found: PassageSearchResult, replies: Replies): string | undefined {
  const first = found.hits.findIndex((h) => h.coverage === 0);
  return first > 0 ? replies.inOtherWords(first + 1) : undefined;
}
