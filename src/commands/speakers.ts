import { repliesFor } from './answers.ts';
import { noSuchSpeaker } from './quotes.ts';
import { speakerSummaries } from './results.ts';
import { speakerCard } from './speakerCard.ts';
import { defineCommand } from './types.ts';

export const speakers = defineCommand({
  name: 'speakers',
  description: 'Who is in the report, with their organisation and how many passages they carry; or who one of them is.',
  options: [{ name: 'name', description: 'One speaker: who they are and where the report introduces them', required: false, autocomplete: 'speaker', maxLength: 200 }],
  example: '/speakers',
  parseText: (rest) => ({ name: rest || undefined }),
  run(ctx, input) {
    const wanted = input.name?.trim() ?? '';
    const replies = repliesFor(input);
    if (wanted) {
      const match = ctx.search.resolveSpeakers(wanted);
      const first = match?.speakers[0];
      const card = first ? speakerCard(ctx, first.key, replies) : null;
      return card ?? noSuchSpeaker(ctx, this.name, wanted, replies);
    }
    // The journalist of a news story wrote it and speaks in none of it: who speaks is the people in it.
    const narrators = new Set(ctx.search.knowledge.speakers.filter((s) => s.onlyNarrates).map((s) => s.name));
    const list = speakerSummaries(ctx.search, replies).filter((s) => !(s.kind === 'author' && narrators.has(s.name)));
    const named = list.filter((s) => s.named).length;
    return {
      kind: 'speakers',
      command: this.name,
      query: '',
      lead: replies.speakers(named, list.length - named, ctx.search.knowledge.reports.length),
      speakers: list,
    };
  },
});
