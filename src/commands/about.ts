import { plural } from './answers.ts';
import { attributionKey } from '../search/passageSearch.ts';
import type { CommandSpec } from './types.ts';

export const about: CommandSpec = {
  name: 'about',
  description: 'The reports the bot answers from: title, author, event, source, passages.',
  options: [],
  example: '/about',
  parseText: () => ({}),
  run(ctx) {
    const { reports, passages } = ctx.search.knowledge;
    return {
      kind: 'reports',
      command: this.name,
      query: '',
      lead: `I answer from ${plural(reports.length, 'report')}, ${plural(passages.length, 'passage')} in all.`,
      reports: reports.map((report) => {
        const own = passages.filter((p) => p.reportId === report.id);
        return {
          report,
          speakers: new Set(own.filter((p) => p.attribution.kind !== 'author').map(attributionKey)).size,
          findings: own.filter((p) => p.isFinding).length,
        };
      }),
    };
  },
};
