import { askFor, ignoredNote, listed, nothingFound, plural, quoted, toResults } from './answers.ts';
import { speakerSummaries } from './results.ts';
import type { Answer, CommandSpec } from './types.ts';

export const quotes: CommandSpec = {
  name: 'quotes',
  description: 'Everything one person said in the report, optionally about a topic.',
  options: [
    { name: 'speaker', description: 'A name, a surname, or "author"', required: true, autocomplete: 'speaker', maxLength: 200 },
    { name: 'topic', description: 'Only what they said about this', required: false, autocomplete: 'topic', maxLength: 6000 },
  ],
  example: '/quotes Crosby about KVM',
  parseText(rest) {
    const [speaker, topic] = rest.split(/\s+(?:about|on|regarding)\s+/i, 2);
    return { speaker: speaker?.trim(), topic: topic?.trim() || undefined };
  },
  run(ctx, input): Answer {
    const wanted = input.speaker?.trim() ?? '';
    if (!wanted) return askFor(this.name, 'whose words you want', this.example);
    const match = ctx.search.findSpeakers(wanted, 1)[0];
    if (!match) {
      return {
        kind: 'none',
        command: this.name,
        query: wanted,
        lead: `No one called ${quoted(wanted)} speaks in the report.`,
        suggestions: speakerSummaries(ctx.search)
          .filter((s) => s.kind !== 'unnamed')
          .slice(0, 5)
          .map((s) => ({ label: s.name, command: `/quotes ${s.name}` })),
      };
    }
    const summary = speakerSummaries(ctx.search).find((s) => s.key === match.key);
    const who = summary?.organisation ? `${match.name} (${summary.organisation})` : match.name;
    const topic = input.topic?.trim() ?? '';
    if (!topic) {
      const passages = ctx.search.passagesOf(match.key);
      return {
        kind: 'passages',
        command: this.name,
        query: wanted,
        lead: `${who}: ${plural(passages.length, 'passage')}.`,
        ...listed(ctx, passages, 'add a topic to narrow them'),
      };
    }
    const found = ctx.search.search(topic, { scope: { kind: 'speaker', key: match.key }, limit: 25 });
    if (found.hits.length === 0) return nothingFound(ctx, this.name, topic, `${who} says nothing about ${quoted(topic)} in the report.`);
    return {
      kind: 'passages',
      command: this.name,
      query: `${wanted} about ${topic}`,
      lead: `${who} on ${quoted(topic)}: ${plural(found.hits.length, 'passage')}.`,
      results: toResults(ctx, found),
      note: ignoredNote(found),
    };
  },
};
