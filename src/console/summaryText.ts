import { plural } from '../commands/answers.ts';
import { briefSpeakerNames, ledeOf, reportFacts, sectionHeading, speakerLine } from '../commands/summary.ts';
import type { ReportDigest, SpeakerSummary, SummaryAnswer } from '../commands/types.ts';
import type { Style } from './render.ts';


/** Speakers a full summary lists in the terminal. */
const TERMINAL_SPEAKERS = 20;

function fullLines({ report, speakers, sections, findings, shownFindings }: ReportDigest, style: Style, safe: (t: string) => string): string[] {
  const lines: string[] = [];
  const facts = reportFacts(report);
  if (facts.length) lines.push(`  ${style.meta(safe(facts.join(' · ')))}`);
  lines.push('  Who speaks:');
  // A transcript of a town meeting names hundreds: the most present, the author, and a count.
  const others = speakers.filter((s) => s.kind !== 'author');
  const line = (s: SpeakerSummary) => `    - ${style.who(safe(speakerLine(s)))}: ${plural(s.passages, 'passage')}`;
  lines.push(...others.slice(0, TERMINAL_SPEAKERS).map(line));
  if (others.length > TERMINAL_SPEAKERS) lines.push(style.meta(`    … and ${others.length - TERMINAL_SPEAKERS} more: /speakers`));
  lines.push(...speakers.filter((s) => s.kind === 'author').map(line));
  lines.push('  Sections:');
  for (const section of sections) lines.push(`    - ${style.who(safe(sectionHeading(section)))} — ${section.gist ? safe(section.gist) : style.meta('(no sentence to show)')}`);
  if (findings === 0) {
    lines.push('  Findings: none.');
    return lines;
  }
  lines.push(`  Findings: ${findings}${findings > shownFindings.length ? `, the first ${shownFindings.length}:` : ''}`);
  shownFindings.forEach((r, i) => lines.push(`    ${i + 1}. “${safe(r.excerpt.text)}” ${style.meta(`— ${safe(r.label)}`)}`));
  if (findings > shownFindings.length) lines.push(style.meta(`    … and ${findings - shownFindings.length} more: /findings`));
  return lines;
}

function briefLines(digest: ReportDigest, style: Style, safe: (t: string) => string): string[] {
  const { report, speakers, sections, findings } = digest;
  const facts = [`by ${report.author ?? 'an author not named'}`, ...reportFacts(report), plural(sections.length, 'section'), plural(findings, 'finding')];
  const lede = ledeOf(digest);
  return [
    `  - ${style.who(safe(report.title))}`,
    `    ${style.meta(safe(facts.join(' · ')))}`,
    ...(lede ? [`    “${safe(lede)}”`] : []),
    `    Who speaks: ${safe(briefSpeakerNames(speakers))}`,
  ];
}

/** A /summary answer's lines after its lead, for the terminal. `safe` strips what would drive the terminal. */
export function summaryLines(answer: SummaryAnswer, style: Style, safe: (t: string) => string): string[] {
  const lines = answer.full ? answer.digests.flatMap((d) => fullLines(d, style, safe)) : answer.digests.flatMap((d) => briefLines(d, style, safe));
  if (answer.note) lines.push(style.meta(`  ${safe(answer.note)}`));
  return lines;
}
