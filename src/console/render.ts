import { languageLabel } from '../language/index.ts';
import { renderMarks, repliesOf, speakerDetail, whereLine } from '../commands/present.ts';
import type { Labels } from '../language/types.ts';
import type { Answer, PassageResult } from '../commands/types.ts';
import type { Marked } from '../search/excerpt.ts';
import { summaryLines } from './summaryText.ts';
import { reportFacts } from '../commands/summary.ts';

export interface Style {
  lead(text: string): string;
  who(text: string): string;
  meta(text: string): string;
  mark(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOUR: Style = { lead: ansi(1, 22), who: ansi(36, 39), meta: ansi(2, 22), mark: (t) => ansi(1, 22)(ansi(33, 39)(t)) };
/** Piped output: no escape codes; matched words between asterisks, as in Markdown. */
export const PLAIN: Style = { lead: (t) => t, who: (t) => t, meta: (t) => t, mark: (t) => `*${t}*` };

/** Results shown in the terminal before "... and N more". */
export const TERMINAL_RESULTS = 10;

/**
 * Control characters from a knowledge file or a query must not drive the terminal, and
 * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) must not reorder what it
 * shows ("Trojan Source").
 */
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

export function markedText(marked: Marked, mark: (text: string) => string): string {
  return renderMarks(marked, safe, mark);
}

function passageLines(r: PassageResult, n: number, style: Style, labels: Labels): string[] {
  const tag = r.passage.isFinding ? ` [${labels.finding}]` : '';
  return [`  ${n}. “${markedText(r.excerpt, style.mark)}”`, `     — ${style.who(safe(r.label))}${tag} ${style.meta(`· ${safe(whereLine(r, labels))}`)}`];
}

/** An answer as terminal text. */
export function renderText(answer: Answer, style: Style = PLAIN): string {
  if (answer.then) return `${renderText({ ...answer, then: undefined }, style)}\n\n${renderText(answer.then, style)}`;
  const lines = [style.lead(safe(answer.lead))];
  const replies = repliesOf(answer);
  const labels = replies.labels;
  switch (answer.kind) {
    case 'passages': {
      const shown = answer.results.slice(0, TERMINAL_RESULTS);
      shown.forEach((r, i) => {
        if (answer.command === 'who-said' && i === 1) lines.push(style.meta(`  ${labels.alsoClose}`));
        lines.push(...passageLines(r, i + 1, style, labels));
      });
      if (answer.results.length > shown.length) lines.push(style.meta(`  ${labels.andMore(answer.results.length - shown.length)}`));
      if (answer.note) lines.push(style.meta(`  ${answer.note}`));
      break;
    }
    case 'none':
      if (answer.suggestions.length) lines.push(`  ${labels.try}: ${answer.suggestions.map((s) => safe(s.command)).join('  ·  ')}`);
      break;
    case 'speakers':
      for (const s of answer.speakers) {
        const detail = speakerDetail(s);
        lines.push(`  - ${style.who(safe(s.name))}${detail ? ` (${safe(detail)})` : ''}: ${labels.passages(s.passages)}`);
      }
      break;
    case 'speaker': {
      const { card } = answer;
      if (card.names.length) lines.push(`  ${labels.namedAs}: ${safe(card.names.join(', '))}`);
      if (card.reports.length) lines.push(`  ${labels.inReports}: ${safe(card.reports.map((r) => r.title).join('; '))}`);
      if (card.introduction) {
        lines.push(style.meta(`  ${labels.introducedHere}`));
        lines.push(...passageLines(card.introduction, 1, style, labels));
      }
      break;
    }
    case 'reports':
      for (const { report, speakers, findings } of answer.reports) {
        lines.push(`  - ${style.who(safe(report.title))}`);
        const facts = [
          labels.by(report.author),
          ...reportFacts(report, labels),
          languageLabel(report.language),
          labels.reportCounts(report.passageCount, speakers, findings),
        ];
        lines.push(`    ${style.meta(safe(facts.filter(Boolean).join(' · ')))}`);
      }
      break;
    case 'summary':
      lines.push(...summaryLines(answer, style, safe, replies));
      break;
    case 'help':
      for (const c of answer.commands) lines.push(`  ${style.who(c.usage.padEnd(30))} ${c.description}`, `  ${' '.repeat(30)} ${style.meta(`${labels.forExample} ${c.example}`)}`);
      lines.push('', `  ${labels.justAsk}:`, ...answer.freeText.map((t) => `    ${t}`));
      break;
  }
  return lines.join('\n');
}
