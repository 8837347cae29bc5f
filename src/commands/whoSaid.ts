import { askFor, ignoredNote, nothingFound, pickedPassage, quoted, toResults } from './answers.ts';
import { toResult } from './results.ts';
import type { CommandSpec, PassageResult } from './types.ts';

function saidIt(top: PassageResult): string {
  if (top.attribution === 'author') return `${capitalise(top.label)} wrote it.`;
  return `${capitalise(top.label)} said it.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const whoSaid: CommandSpec = {
  name: 'who-said',
  description: 'Who said it? Finds the passage and its speaker for words you remember.',
  options: [{ name: 'text', description: 'Words you remember, in any order, typos allowed', required: true, autocomplete: 'passage', maxLength: 6000 }],
  example: '/who-said open source is ahead',
  parseText: (rest) => ({ text: rest }),
  run(ctx, input) {
    const text = input.text?.trim() ?? '';
    if (!text) return askFor(this.name, 'the words you remember', this.example);
    const picked = pickedPassage(ctx, text);
    if (picked) {
      const result = toResult(ctx, picked, new Set(), 1);
      return { kind: 'passages', command: this.name, query: text, lead: saidIt(result), results: [result] };
    }
    const found = ctx.search.search(text, { limit: 3 });
    const top = found.hits[0];
    if (!top) return nothingFound(ctx, this.name, text, `The report has nothing that matches ${quoted(text)} well enough to name who said it.`);
    const results = toResults(ctx, found);
    return { kind: 'passages', command: this.name, query: text, lead: saidIt(results[0] as PassageResult), results, note: ignoredNote(found) };
  },
};
