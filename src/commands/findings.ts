import { ignoredNote, listed, nothingFound, plural, quoted, toResults } from './answers.ts';
import type { CommandSpec } from './types.ts';

export const findings: CommandSpec = {
  name: 'findings',
  description: 'The findings the report presents, all of them or about a topic.',
  options: [{ name: 'topic', description: 'Only findings about this', required: false, autocomplete: 'topic', maxLength: 6000 }],
  example: '/findings consolidation',
  parseText: (rest) => ({ topic: rest.replace(/^(?:about|on|for|regarding)\s+/i, '') || undefined }),
  run(ctx, input) {
    const topic = input.topic?.trim() ?? '';
    if (!topic) {
      const all = ctx.search.findingsList();
      if (all.length === 0) return { kind: 'none', command: this.name, query: '', lead: 'The report presents no findings.', suggestions: [] };
      const reports = new Set(all.map((p) => p.reportId)).size;
      return {
        kind: 'passages',
        command: this.name,
        query: '',
        lead: `${plural(all.length, 'finding')} in ${plural(reports, 'report')}.`,
        ...listed(ctx, all, 'add a topic to narrow them'),
      };
    }
    const found = ctx.search.search(topic, { scope: { kind: 'findings' }, limit: 25 });
    if (found.hits.length === 0) return nothingFound(ctx, this.name, topic, `No finding in the report is about ${quoted(topic)}.`, 'findings');
    return {
      kind: 'passages',
      command: this.name,
      query: topic,
      lead: `${plural(found.hits.length, 'finding')} about ${quoted(topic)}.`,
      results: toResults(ctx, found),
      note: ignoredNote(found),
    };
  },
};
