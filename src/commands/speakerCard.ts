import { toResult, speakerSummaries } from './results.ts';
import type { Answer, BotContext, SpeakerCard } from './types.ts';
import type { Passage, Report } from '../knowledge/types.ts';
import { tokenize } from '../search/text.ts';
import type { Replies } from '../language/index.ts';

/**
 * Who someone is: name, organisation, role, the names the text uses for them, how many
 * passages they speak, and the passage that introduces them (the first naming them in full,
 * in capitals or not, as a cast list does: "DR HESTER VANE — forties. …"; else the first they speak).
 */
export function speakerCard(ctx: BotContext, key: string, replies: Replies): Answer | null {
  const speaker = ctx.search.speaker(key) ?? null;
  // Someone the report names who says nothing in it ("Apologies: Peter Blackwood") still has a card.
  const summary =
    speakerSummaries(ctx.search, replies).find((s) => s.key === key) ??
    (speaker ? { key, name: speaker.name, organisation: speaker.organisation, role: speaker.role, kind: 'speaker' as const, named: true, passages: 0 } : null);
  if (!summary) return null;
  const spoken = ctx.search.passagesOf(key);
  const fullName = speaker?.name;
  const order = new Map(ctx.search.knowledge.reports.map((r, i) => [r.id, i]));
  const rank = (p: Passage) => (order.get(p.reportId) ?? 0) * 1e9 + p.paragraph;
  const naming = fullName ? ctx.search.search(fullName, { limit: 50, minCoverage: 1 }).hits.map((h) => h.passage).filter((p) => p.text.toLowerCase().includes(fullName.toLowerCase())) : [];
  const introducing = naming.sort((a, b) => rank(a) - rank(b))[0] ?? spoken[0];
  // The names the text uses: every word of the name is in the reports.
  const names = speaker ? [speaker.name, ...speaker.aliases].filter((n) => tokenize(n).every((t) => ctx.search.index.documentFrequency(t.stem) > 0)) : [summary.name];
  const reports = [...new Set(spoken.map((p) => p.reportId))].map((id) => ctx.search.report(id)).filter((r): r is Report => r !== undefined);
  const detail = [summary.role && summary.role !== summary.organisation ? summary.role : null, summary.organisation].filter(Boolean).join(', ');
  const card: SpeakerCard = {
    summary,
    label: `${summary.name}${detail ? ` (${detail})` : ''}`,
    speaker,
    names: [...new Set(names)],
    reports,
    introduction: introducing ? toResult(ctx, replies, introducing, new Set(tokenize(fullName ?? '').map((t) => t.stem)), 1) : null,
  };
  return {
    kind: 'speaker',
    command: 'speakers',
    query: summary.name,
    lead: replies.card(card.label, summary.passages, reports.length),
    card,
  };
}
