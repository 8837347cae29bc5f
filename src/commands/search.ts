import { askFor, nothingFound, pickedPassage, plural, quoted, searchNotes, toResults } from './answers.ts';
import { toResult } from './results.ts';
import type { CommandSpec } from './types.ts';

export const search: CommandSpec = {
  name: 'search',
  description: 'Search the report: every passage that matches, with who said it.',
  options: [{ name: 'text', description: 'Words to look for, typos allowed', required: true, autocomplete: 'passage', maxLength: 6000 }],
  example: '/search consolidation ratios',
  parseText: (rest) => ({ text: rest }),
  run(ctx, input) {
    const text = input.text?.trim() ?? '';
    if (!text) return askFor(ctx, this, 'what to look for');
    const picked = pickedPassage(ctx, text);
    if (picked) return { kind: 'passages', command: this.name, query: text, lead: 'The passage you picked:', results: [toResult(ctx, picked, new Set(), 1)] };
    const found = ctx.search.search(text, { limit: 25 });
    if (found.hits.length === 0) return nothingFound(ctx, this.name, text, `The report has nothing on ${quoted(text)}.`);
    return {
      kind: 'passages',
      command: this.name,
      query: text,
      lead: `${plural(found.hits.length, 'passage')} ${found.hits.length === 1 ? 'matches' : 'match'} ${quoted(text)}.`,
      results: toResults(ctx, found),
      note: searchNotes(found),
    };
  },
};
