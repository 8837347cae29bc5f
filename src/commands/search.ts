import type { Replies } from '../language/index.ts';
import { askFor, nothingFound, pickedPassage, quoted, repliesFor, searchNotes, toResults } from './answers.ts';
import { toResult } from './results.ts';
import { defineCommand, type BotContext } from './types.ts';
import type { PassageSearchResult } from '../search/passageSearch.ts';
import { searchWithHeadings } from '../search/headings.ts';
import { stemsOf, tokenize } from '../search/text.ts';

/** A question ("why did they move assembly?") wants the answer, not the same question asked in an interview. */
const QUESTION = /^(?:whats|whos|hows|wheres|why|what|how|when|where|which|who|whose|whom|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b|\?\s*$/i;

/** Words of a question that ask rather than tell what it is about. */
const QUESTION_WORDS =
  /\b(?:whats|whos|hows|wheres|whens|whys|why|what|how|when|where|which|who|whose|whom|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|going|gonna|get|got|say|said|says|think|thought|tell|told|know|knew|mention|mentioned|talk|talked|anyone|anybody|someone|people|they|them|their|report|article|interview|author|much|many|really|actually|ever|go|goes|went|come|came|make|made|get|gets|do|done)\b|[?!.,]/gi;

/** Each question turn found is preceded by the turn that answers it. */
function answersFirst(ctx: BotContext, found: PassageSearchResult): PassageSearchResult {
  const hits: PassageSearchResult['hits'] = [];
  const seen = new Set<string>();
  for (const hit of found.hits) {
    const answer = ctx.search.answerTo(hit.passage);
    for (const h of answer ? [{ ...hit, passage: answer }, hit] : [hit]) {
      if (seen.has(h.passage.id)) continue;
      seen.add(h.passage.id);
      hits.push(h);
    }
  }
  return { ...found, hits: hits.slice(0, found.hits.length) };
}

export const search = defineCommand({
  name: 'search',
  description: 'Search the report: every passage that matches, with who said it.',
  options: [{ name: 'text', description: 'Words to look for, typos allowed', required: true, autocomplete: 'passage', maxLength: 6000 }],
  // "is Xen dead?": the passages must decide the question, not merely mention its words.
  hidden: ['decide'],
  example: '/search consolidation ratios',
  parseText: (rest) => ({ text: rest }),
  run(ctx, input) {
    const text = input.text?.trim() ?? '';
    if (!text) return askFor(ctx, this, 'search', input);
    const replies = repliesFor(input);
    const picked = pickedPassage(ctx, text);
    if (picked) return { kind: 'passages', command: this.name, query: text, lead: replies.picked, results: [toResult(ctx, replies, picked, new Set(), 1)] };
    // A whole question ("how much honey did she get?") has words no passage needs to hold: it is
    // searched by what it is about, and as typed only when that finds nothing.
    const stripped = QUESTION.test(text) ? text.replace(QUESTION_WORDS, ' ').replace(/\s+/g, ' ').trim() : text;
    // "who did the interview?" is about the interview: a core of stop words alone says nothing.
    const core = tokenize(stripped).some((t) => !t.stopword) ? stripped : text;
    let searched = ctx.search.search(core || text, { limit: 25 });
    if (searched.hits.length === 0 && core && core !== text) searched = ctx.search.search(text, { limit: 25 });
    let lead: string | null = null;
    let headed = false;
    if (searched.hits.length === 0) {
      const underHeading = searchWithHeadings(ctx.search, core || text);
      if (underHeading) [searched, headed] = [underHeading, true];
    }
    if (searched.hits.length === 0 && input.decide === 'yes') {
      const decided = deciding(ctx, core || text, replies);
      if (decided) ({ searched, lead } = decided);
    }
    if (searched.hits.length === 0) return nothingFound(ctx, this.name, text, replies.searchNothing(quoted(text)));
    const found = QUESTION.test(text) ? answersFirst(ctx, searched) : searched;
    return {
      kind: 'passages',
      command: this.name,
      query: text,
      lead: lead ?? replies.searchMatches(found.hits.length, quoted(text)),
      results: toResults(ctx, replies, found),
      note: [headed ? replies.underHeading : null, searchNotes(found, replies)].filter(Boolean).join(' ') || undefined,
    };
  },
});

/**
 * A yes/no question whose predicate the report never uses ("is Xen dead?"): the passages on its
 * subject under a heading that names the subject decide it ("Xen: Alive and kicking"). Null
 * unless some of its words are the report's and some are not (a question none of whose words
 * the report uses is about something else), or when no section is about the subject.
 */
function deciding(ctx: BotContext, text: string, replies: Replies): { searched: PassageSearchResult; lead: string } | null {
  const words = tokenize(text).filter((t) => !t.stopword);
  const known = words.filter((t) => ctx.search.index.stemNumber(t.stem) !== undefined);
  if (known.length === 0 || known.length === words.length) return null;
  const subject = known.map((t) => t.term).join(' ');
  const searched = ctx.search.search(subject, { limit: 25 });
  if (searched.hits.length === 0) return null;
  const stems = new Set(stemsOf(subject));
  const headed = (section: string | null) => (section ? stemsOf(section).some((s) => stems.has(s)) : false);
  // Only a section about the subject decides it: "do signal boxes run on steam?" is not decided
  // by every passage that mentions signal boxes.
  const hits = searched.hits.filter((h) => headed(h.passage.section));
  if (hits.length === 0) return null;
  const missing = words.filter((t) => !known.includes(t)).map((t) => t.term);
  return { searched: { ...searched, hits }, lead: replies.decides(missing.map((w) => quoted(w)), hits.length, quoted(subject)) };
}
