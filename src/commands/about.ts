import { repliesFor } from './answers.ts';
import { attributionKey } from '../search/passageSearch.ts';
import { defineCommand } from './types.ts';

export const about = defineCommand({
  name: 'about',
  description: 'The reports the bot answers from: title, author, event, source, passages.',
  options: [],
  example: '/about',
  parseText: () => ({}),
  run(ctx, input) {
    const { reports, passages, problems } = ctx.search.knowledge;
    // One pass over the passages, not one per report: a year of reports is thousands of them.
    const perReport = new Map(reports.map((r) => [r.id, { speakers: new Set<string>(), findings: 0 }]));
    for (const p of passages) {
      const counts = perReport.get(p.reportId);
      if (!counts) continue;
      if (p.attribution.kind !== 'author') counts.speakers.add(attributionKey(p));
      if (p.isFinding) counts.findings++;
    }
    return {
      kind: 'reports',
      command: this.name,
      query: '',
      // Whoever runs the bot finds the files and lines in its log; users need only know it.
      lead: repliesFor(input).about(reports.length, passages.length, problems.length),
      reports: reports.map((report) => {
        const counts = perReport.get(report.id);
        return { report, speakers: counts?.speakers.size ?? 0, findings: counts?.findings ?? 0 };
      }),
    };
  },
});
