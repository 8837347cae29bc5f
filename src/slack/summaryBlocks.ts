import { plural } from '../commands/answers.ts';
import { pageItems, type PageSizes } from '../commands/pages.ts';
import { linesWithin } from '../commands/present.ts';
import { briefSpeakerNames, ledeOf, reportFacts, sectionHeading, sectionsPage, speakerLine } from '../commands/summary.ts';
import type { ReportDigest, SummaryAnswer } from '../commands/types.ts';
import { context, field, linesInSections, section } from './answerBlocks.ts';
import { LIMITS, type Block } from './limits.ts';
import { escapeText, textWithin } from './safeText.ts';


const HEADING = 80;
const GIST = 320;
const FINDING = 320;
const BRIEF_LEDE = 400;

function fullBlocks(digest: ReportDigest, page: number, perPage: number): Block[] {
  const { report, speakers, sections, findings, shownFindings } = digest;
  const fields = [
    field('Author', report.author ?? 'not named'),
    ...(report.event ? [field('Event', report.event)] : []),
    ...(report.date ? [field('Date', report.date)] : []),
    ...(report.source ? [field('Source', report.source)] : []),
  ];
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${textWithin(report.title, LIMITS.sectionText - 2)}*` }, fields }];
  if (speakers.length) {
    const lines = speakers.map((s) => `• *${textWithin(speakerLine(s), 150)}*: ${plural(s.passages, 'passage')}`);
    blocks.push(section(`*Who speaks*\n${linesWithin(lines, LIMITS.sectionText - 20, (n) => `… and ${n} more: /speakers`)}`));
  }
  const { title, shown } = sectionsPage(sections, page, perPage);
  blocks.push(...linesInSections([`*${title}*`, ...shown.map((s) => `• *${textWithin(sectionHeading(s), HEADING)}* — ${s.gist ? textWithin(s.gist, GIST) : '…'}`)]));
  if (findings === 0) {
    blocks.push(context('The report presents no findings.'));
    return blocks;
  }
  const lines = shownFindings.map((r, i) => `${i + 1}. “${textWithin(r.excerpt.text, FINDING)}” — _${textWithin(r.label, 150)}_`);
  const text = linesWithin(lines, LIMITS.sectionText - 20, (n) => `… and ${n} more: /findings`, findings - shownFindings.length);
  blocks.push(section(`*Findings: ${findings}*\n${text}`));
  return blocks;
}

function briefBlocks(digest: ReportDigest): Block[] {
  const { report, speakers, sections, findings } = digest;
  const lede = ledeOf(digest);
  const facts = [`by ${report.author ?? 'an author not named'}`, ...reportFacts(report), plural(sections.length, 'section'), plural(findings, 'finding')].join(' · ');
  return [
    section(`*${textWithin(report.title, 300)}*${lede ? `\n“${textWithin(lede, BRIEF_LEDE)}”` : ''}`),
    context(`${textWithin(facts, 1200)}\nWho speaks: ${textWithin(briefSpeakerNames(speakers), 600)}`),
  ];
}

/** A page of a /summary as Block Kit, after the lead: one report in full, or a short summary per report. */
export function summaryBlocks(answer: SummaryAnswer, page: number, sizes: Pick<PageSizes, 'sections' | 'reports'>): Block[] {
  const blocks: Block[] = answer.note ? [context(escapeText(answer.note))] : [];
  const digest = answer.digests[0];
  if (answer.full && digest) return [...blocks, ...fullBlocks(digest, page, sizes.sections)];
  return [...blocks, ...pageItems(answer.digests, page, sizes.reports).flatMap(briefBlocks)];
}
