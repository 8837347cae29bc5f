import { askFor, nothingFound, pickedPassage, quoted, searchNotes, toResults } from './answers.ts';
import { toResult } from './results.ts';
import { defineCommand, type BotContext, type PassageResult } from './types.ts';
import { MIN_CLOSENESS, type PassageSearchResult } from '../search/passageSearch.ts';
import { SPEECH_VERB_FORMS } from '../knowledge/language.ts';
import { FEELINGS } from './phrasing.ts';
import { capitalise } from './present.ts';

function saidIt(top: PassageResult): string {
  // "the author, Bernard Golden" is an apposition: it closes with a comma before the verb.
  const who = capitalise(top.label) + (/^the author, /.test(top.label) && !top.label.endsWith(')') ? ',' : '');
  return top.attribution === 'author' ? `${who} wrote it.` : `${who} said it.`;
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

function find(ctx: BotContext, text: string): PassageSearchResult {
  const topic = TOPIC.exec(text)?.[1];
  if (topic) return bySpeakersFirst(ctx.search.search(topic, { limit: 10 }));
  const found = ctx.search.search(text, { limit: 3 });
  // Words remembered sit together in what was said; spread over a paragraph they are only its topic.
  // A hit holding almost all the words is what was said wherever they stand; closeness decides the rest.
  found.hits = found.hits.filter((h) => h.coverage >= SURE_COVERAGE || ctx.search.closeness(found, h.passage) >= MIN_CLOSENESS);
  if (found.hits.length > 0) return found;
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
    if (!text) return askFor(ctx, this, 'the words you remember');
    const picked = pickedPassage(ctx, text);
    if (picked) {
      const result = toResult(ctx, picked, new Set(), 1);
      return { kind: 'passages', command: this.name, query: text, lead: saidIt(result), results: [result] };
    }
    const found = find(ctx, text);
    found.hits = found.hits.slice(0, 3);
    if (found.hits.length === 0) return nothingFound(ctx, this.name, text, `The report has nothing that matches ${quoted(text)} well enough to name who said it.`);
    const results = toResults(ctx, found);
    return { kind: 'passages', command: this.name, query: text, lead: saidIt(results[0] as PassageResult), results, note: searchNotes(found) };
  },
});
