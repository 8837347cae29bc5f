import { briefSpeakerNames, ledeOf, reportFacts, sectionHeading, speakerLine } from '../commands/summary.ts';
import type { ReportDigest, SpeakerSummary, SummaryAnswer } from '../commands/types.ts';
import type { Style } from './render.ts';
import type { Replies } from '../language/index.ts';
import type { Labels } from '../language/types.ts';


/** Speakers a full summary lists in the terminal. */
const TERMINAL_SPEAKERS = 20;

function fullLines({ report, speakers, sections, findings, shownFindings }: ReportDigest, style: Style, safe: (t: string) => string, replies: Replies): string[] {
  const lines: string[] = [];
  const labels = replies.labels;
  const facts = reportFacts(report, labels);
  if (facts.length) lines.push(`  ${style.meta(safe(facts.join(' · ')))}`);
  lines.push(`  ${labels.whoSpeaks}:`);
  // A transcript of a town meeting names hundreds: the most present, the author, and a count.
  const others = speakers.filter((s) => s.kind !== 'author');
  const line = (s: SpeakerSummary) => `    - ${style.who(safe(speakerLine(s)))}: ${labels.passages(s.passages)}`;
  lines.push(...others.slice(0, TERMINAL_SPEAKERS).map(line));
  if (others.length > TERMINAL_SPEAKERS) lines.push(style.meta(`    ${labels.moreSpeakers(others.length - TERMINAL_SPEAKERS)}`));
  lines.push(...speakers.filter((s) => s.kind === 'author').map(line));
  lines.push(`  ${labels.fields.sections}:`);
  for (const section of sections) lines.push(`    - ${style.who(safe(sectionHeading(section, labels)))} — ${section.gist ? safe(section.gist) : style.meta(labels.noSentence)}`);
  if (findings === 0) {
    lines.push(`  ${replies.noFindings(null)}`);
    return lines;
  }
  lines.push(`  ${labels.findingsTotal(findings, shownFindings.length)}`);
  shownFindings.forEach((r, i) => lines.push(`    ${i + 1}. “${safe(r.excerpt.text)}” ${style.meta(`— ${safe(r.label)}`)}`));
  if (findings > shownFindings.length) lines.push(style.meta(`    ${labels.moreFindings(findings - shownFindings.length)}`));
  return lines;
}

function briefLines(digest: ReportDigest, style: Style, safe: (t: string) => string, labels: Labels): string[] {
  const { report, speakers, sections, findings } = digest;
  const facts = [labels.by(report.author), ...reportFacts(report, labels), labels.sectionCount(sections.length), labels.findingCount(findings)];
  const lede = ledeOf(digest);
  return [
    `  - ${style.who(safe(report.title))}`,
    `    ${style.meta(safe(facts.join(' · ')))}`,
    ...(lede ? [`    “${safe(lede)}”`] : []),
    `    ${labels.whoSpeaks}: ${safe(briefSpeakerNames(speakers, labels))}`,
  ];
}

/** A /summary answer's lines after its lead, for the terminal. `safe` strips what would drive the terminal. */
export function summaryLines(answer: SummaryAnswer, style: Style, safe: (t: string) => string, replies: Replies): string[] {
  const lines = answer.full ? answer.digests.flatMap((d) => fullLines(d, style, safe, replies)) : answer.digests.flatMap((d) => briefLines(d, style, safe, replies.labels));
  if (answer.note) lines.push(style.meta(`  ${safe(answer.note)}`));
  return lines;
}
