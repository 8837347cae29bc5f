import { PASSAGE_REF } from '../commands/answers.ts';
import { describeAttribution, speakerSummaries, speakerSummary } from '../commands/results.ts';
import { matchReports } from '../commands/summary.ts';
import type { BotContext, Input, OptionSpec, SpeakerSummary } from '../commands/types.ts';
import { truncateWords } from '../search/excerpt.ts';
import { unnamedDescription, type Scope } from '../search/passageSearch.ts';
import { matchTopics } from '../search/topics.ts';
import { LIMITS } from './limits.ts';
import { AUTHOR_NAME, type Replies } from '../language/index.ts';

export interface Choice {
  name: string;
  value: string;
}

/** Autocomplete cannot be deferred: the passage search is kept loose but small. */
const PASSAGE_MIN_COVERAGE = 0.34;

/** A choice's name or value within Discord's limit, cut at a word. */
export const fitChoice = (text: string, max: number) => truncateWords(text.replace(/\s+/g, ' ').trim(), max) || '…';
const fit = fitChoice;

/**
 * What /quotes resolves back to a speaker, in any language: their name; an unnamed voice's
 * description, without the label's words around it ("(not named in the report)" would be read
 * as a topic); the author a report does not name.
 */
function resolvable(s: SpeakerSummary): string {
  return s.named ? s.name : (unnamedDescription(s.key) ?? AUTHOR_NAME);
}

/**
 * Choices for an option, at most 25, names and values within 100 characters. Speakers for
 * /quotes, topics for /findings and /quotes, passages ("Speaker: excerpt") for /who-said and
 * /search, reports for /summary. `related` holds the other options already filled (the speaker, for a topic).
 */
export function choicesFor(ctx: BotContext, option: OptionSpec, typed: string, replies: Replies, related: Input<'speaker'> = {}): Choice[] {
  const text = typed.slice(0, 200);
  switch (option.autocomplete) {
    case 'speaker': {
      const wanted = text.trim()
        ? ctx.search.findSpeakers(text, LIMITS.choices).flatMap((m) => speakerSummary(ctx.search, replies, m.key) ?? [])
        : speakerSummaries(ctx.search, replies);
      return wanted.slice(0, LIMITS.choices).map((s) => ({
        name: fit(`${s.name}${s.organisation ? ` (${s.organisation})` : ''}: ${replies.labels.passages(s.passages)}`, LIMITS.choiceName),
        value: fit(resolvable(s), LIMITS.choiceValue),
      }));
    }
    case 'topic': {
      const match = related.speaker ? ctx.search.resolveSpeakers(related.speaker) : null;
      const scope: Scope = match ? { kind: 'speakers', keys: match.speakers.map((s) => s.key) } : { kind: 'findings' };
      return matchTopics(ctx.search.topics(scope), text, LIMITS.choices).map((t) => ({ name: fit(t, LIMITS.choiceName), value: fit(t, LIMITS.choiceValue) }));
    }
    case 'passage': {
      if (!text.trim()) return [];
      const found = ctx.search.search(text, { limit: LIMITS.choices, minCoverage: PASSAGE_MIN_COVERAGE, partial: true });
      return found.hits.map(({ passage }) => {
        const attribution = describeAttribution(ctx.search, replies, passage);
        const who = attribution.speaker?.name ?? attribution.label;
        const value = `${PASSAGE_REF}${passage.id}`;
        return {
          name: fit(`${who}: ${passage.text}`, LIMITS.choiceName),
          value: value.length <= LIMITS.choiceValue ? value : fit(passage.text, LIMITS.choiceValue),
        };
      });
    }
    case 'report': {
      // The report's id is the value: short, exact, and it fits a page button's custom id.
      const { reports } = ctx.search.knowledge;
      const wanted = text.trim() ? matchReports(reports, text) : reports;
      return wanted.slice(0, LIMITS.choices).map((r) => ({
        name: fit(`${r.title}${r.author ? ` (${r.author})` : ''}`, LIMITS.choiceName),
        value: r.id.slice(0, LIMITS.choiceValue) || fit(r.title, LIMITS.choiceValue),
      }));
    }
    default:
      return [];
  }
}
