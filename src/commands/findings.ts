import { replyLanguage } from '../language/index.ts';
import { listed, nothingFound, plural, quoted, searchNotes, toResults } from './answers.ts';
import { noSuchSpeaker, quotes, whoOf } from './quotes.ts';
import { defineCommand } from './types.ts';
import type { Scope } from '../search/passageSearch.ts';

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
    if (wanted && !match) return noSuchSpeaker(ctx, this.name, wanted, input.lang);
    const keys = match?.speakers.map((s) => s.key);
    const whose = match ? ` presented by ${whoOf(ctx, wanted, match)}` : '';
    if (!topic) {
      const all = ctx.search.findingsList(keys);
      if (all.length === 0) return { kind: 'none', command: this.name, query: wanted, lead: match ? `The report gives no findings${whose}.` : 'The report presents no findings.', suggestions: [] };
      const reports = new Set(all.map((p) => p.reportId)).size;
      return {
        kind: 'passages',
        command: this.name,
        query: wanted,
        lead: `${plural(all.length, 'finding')}${whose} in ${plural(reports, 'report')}.`,
        ...listed(ctx, all, 'add a topic to narrow them', keys),
      };
    }
    const scope: Scope = keys ? { kind: 'findings', keys } : { kind: 'findings' };
    let found = ctx.search.search(topic, { scope, limit: 25 });
    // A report has a handful of findings: those on its words' other forms and synonyms ("irregular" for "unpredictable") before "none".
    if (found.hits.length === 0) found = ctx.search.search(topic, { scope, limit: 25, related: true, minCoverage: FINDINGS_FALLBACK_COVERAGE });
    if (found.hits.length === 0 && match) {
      // "Ana Sousa's findings on forage": she presents no finding, but what she said about it answers.
      const said = quotes.run(ctx, { speaker: wanted, topic });
      if (said.kind === 'passages') return { ...said, note: [`No finding in the report is credited to ${whoOf(ctx, wanted, match)}; this is what the report gives them on ${quoted(topic)}.`, said.note].filter(Boolean).join(' ') };
    }
    if (found.hits.length === 0) return nothingFound(ctx, this.name, topic, replyLanguage(topic, input.lang).replies.findingsNothing(quoted(topic), whose), 'findings');
    return {
      kind: 'passages',
      command: this.name,
      query: topic,
      lead: `${plural(found.hits.length, 'finding')}${whose} about ${quoted(topic)}.`,
      results: toResults(ctx, found, keys),
      note: searchNotes(found),
    };
  },
});
