import { plural } from './answers.ts';
import { speakerSummaries } from './results.ts';
import type { CommandSpec } from './types.ts';

export const speakers: CommandSpec = {
  name: 'speakers',
  description: 'Who is in the report, with their organisation and how many passages they carry.',
  options: [],
  example: '/speakers',
  parseText: () => ({}),
  run(ctx) {
    const list = speakerSummaries(ctx.search);
    const named = list.filter((s) => s.kind !== 'unnamed').length;
    return {
      kind: 'speakers',
      command: this.name,
      query: '',
      lead: `${plural(named, 'named speaker')} and ${plural(list.length - named, 'unnamed one')} in ${plural(ctx.search.knowledge.reports.length, 'report')}.`,
      speakers: list,
    };
  },
};
