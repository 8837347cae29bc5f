import { languageOf, listed, nothingFound, quoted, repliesFor, searchNotes, toResults } from './answers.ts';
import { noSuchSpeaker, quotes, whoOf } from './quotes.ts';
import { search } from './search.ts';
import { defineCommand } from './types.ts';
import type { Scope } from '../search/passageSearch.ts';
import { searchWithHeadings } from '../search/headings.ts';

/** Among a report's few findings, a topic half of whose weight a finding holds is what it asks about. */
const FINDINGS_FALLBACK_COVERAGE = 0.3;

export const findings = defineCommand({
  name: 'findings',
  description: 'The findings the report presents, all of them or about a topic (or one speaker’s).',
  options: [
    { name: 'topic', description: 'Only findings about this', required: false, autocomplete: 'topic', maxLength: 6000 },
    { name: 'speaker', description: 'Only the findings this person presents', required: false, autocomplete: 'speaker', maxLength: 200 },
  ],
  example: '/findings consolidation',
  parseText: (rest) => ({ topic: rest.replace(/^(?:about|on|for|regarding)\s+/i, '') || undefined }),
  run(ctx, input) {
    const topic = input.topic?.trim() ?? '';
    const wanted = input.speaker?.trim() ?? '';
    const match = wanted ? ctx.search.resolveSpeakers(wanted) : null;
    const replies = repliesFor(input);
    if (wanted && !match) return noSuchSpeaker(ctx, this.name, wanted, replies);
    const keys = match?.speakers.map((s) => s.key);
    const who = match ? whoOf(ctx, wanted, match) : null;
    if (!topic) {
      const all = ctx.search.findingsList(keys);
      if (all.length === 0) return { kind: 'none', command: this.name, query: wanted, lead: replies.noFindings(who), suggestions: [] };
      const reports = new Set(all.map((p) => p.reportId)).size;
      return {
        kind: 'passages',
        command: this.name,
        query: wanted,
        lead: replies.findings(all.length, who, reports),
        ...listed(ctx, all, replies, keys),
      };
    }
    const scope: Scope = keys ? { kind: 'findings', keys } : { kind: 'findings' };
    let found = ctx.search.search(topic, { scope, limit: 25 });
    // A report has a handful of findings: those on its words' other forms and synonyms ("irregular" for "unpredictable") before
    // "none", and after a lone one ("the unpredictability of rotas" in the conclusions, "rotas that changed" in the theme).
    if (found.hits.length < 2) {
      const related = ctx.search.search(topic, { scope, limit: 25, related: true, minCoverage: FINDINGS_FALLBACK_COVERAGE });
      const seen = new Set(found.hits.map((h) => h.passage.id));
      found = found.hits.length === 0 ? related : { ...found, hits: [...found.hits, ...related.hits.filter((h) => !seen.has(h.passage.id))] };
    }
    // "/findings action items": the findings of the section whose heading names the topic.
    const underHeading = found.hits.length === 0 && !keys ? searchWithHeadings(ctx.search, topic) : null;
    const headed = underHeading?.hits.filter((h) => h.passage.isFinding) ?? [];
    if (underHeading && headed.length > 0) found = { ...underHeading, hits: headed };
    if (found.hits.length === 0 && who) {
      // "Ana Sousa's findings on forage": she presents no finding, but what she said about it answers.
      const said = quotes.run(ctx, { speaker: wanted, topic, lang: languageOf(input).code });
      if (said.kind === 'passages') return { ...said, note: [replies.noFindingCredited(who, quoted(topic)), said.note].filter(Boolean).join(' ') };
    }
    if (found.hits.length === 0 && !who) {
      // A thread, a call or an interview sets out no findings, yet states what was decided or concluded on a
      // topic in its own passages: those answer "what was decided about the rollout?" before "none", as the
      // search they are (their command says so: none of them is a finding).
      const spoken = search.run(ctx, { text: topic, lang: languageOf(input).code });
      if (spoken.kind === 'passages') return { ...spoken, note: [replies.findingsInstead(quoted(topic)), spoken.note].filter(Boolean).join(' ') };
    }
    if (found.hits.length === 0) return nothingFound(ctx, this.name, topic, replies.findingsNothing(quoted(topic), who), 'findings');
    return {
      kind: 'passages',
      command: this.name,
      query: topic,
      lead: replies.findingsAbout(found.hits.length, who, quoted(topic)),
      results: toResults(ctx, replies, found, keys),
      note: searchNotes(found, replies),
    };
  },
});
