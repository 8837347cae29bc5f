import { pageItems, type PageSizes } from '../commands/pages.ts';
import { linesWithin } from '../commands/present.ts';
import { briefSpeakerNames, ledeOf, reportFacts, sectionHeading, sectionsPage, speakerLine } from '../commands/summary.ts';
import type { ReportDigest, SummaryAnswer } from '../commands/types.ts';
import type { Replies } from '../language/index.ts';
import type { Labels } from '../language/types.ts';
import { context, field, linesInSections, section } from './answerBlocks.ts';
import { LIMITS, type Block } from './limits.ts';
import { escapeText, textWithin } from './safeText.ts';


const HEADING = 80;
const GIST = 320;
const FINDING = 320;
const BRIEF_LEDE = 400;

function fullBlocks(digest: ReportDigest, page: number, perPage: number, replies: Replies): Block[] {
  const labels = replies.labels;
  const { report, speakers, sections, findings, shownFindings } = digest;
  const named = labels.fields;
  const fields = [
    field(named.author, report.author ?? labels.notNamed),
    ...(report.event ? [field(named.event, report.event)] : []),
    ...(report.date ? [field(named.date, report.date)] : []),
    ...(report.source ? [field(named.source, report.source)] : []),
  ];
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${textWithin(report.title, LIMITS.sectionText - 2)}*` }, fields }];
  if (speakers.length) {
    const lines = speakers.map((s) => `• *${textWithin(speakerLine(s), 150)}*: ${labels.passages(s.passages)}`);
    blocks.push(section(`*${labels.whoSpeaks}*\n${linesWithin(lines, LIMITS.sectionText - 20, labels.moreSpeakers)}`));
  }
  const { title, shown } = sectionsPage(sections, page, perPage, labels);
  blocks.push(...linesInSections([`*${title}*`, ...shown.map((s) => `• *${textWithin(sectionHeading(s, labels), HEADING)}* — ${s.gist ? textWithin(s.gist, GIST) : '…'}`)]));
  if (findings === 0) {
    blocks.push(context(replies.noFindings(null)));
    return blocks;
  }
  const lines = shownFindings.map((r, i) => `${i + 1}. “${textWithin(r.excerpt.text, FINDING)}” — _${textWithin(r.label, 150)}_`);
  const text = linesWithin(lines, LIMITS.sectionText - 20, labels.moreFindings, findings - shownFindings.length);
  blocks.push(section(`*${labels.findingsTotal(findings)}*\n${text}`));
  return blocks;
}

function briefBlocks(digest: ReportDigest, labels: Labels): Block[] {
  const { report, speakers, sections, findings } = digest;
  const lede = ledeOf(digest);
  const facts = [labels.by(report.author), ...reportFacts(report, labels), labels.sectionCount(sections.length), labels.findingCount(findings)].join(' · ');
  return [
    section(`*${textWithin(report.title, 300)}*${lede ? `\n“${textWithin(lede, BRIEF_LEDE)}”` : ''}`),
    context(`${textWithin(facts, 1200)}\n${labels.whoSpeaks}: ${textWithin(briefSpeakerNames(speakers, labels), 600)}`),
  ];
}

/** A page of a /summary as Block Kit, after the lead: one report in full, or a short summary per report. */
export function summaryBlocks(answer: SummaryAnswer, page: number, sizes: Pick<PageSizes, 'sections' | 'reports'>, replies: Replies): Block[] {
  const blocks: Block[] = answer.note ? [context(escapeText(answer.note))] : [];
  const digest = answer.digests[0];
  if (answer.full && digest) return [...blocks, ...fullBlocks(digest, page, sizes.sections, replies)];
  return [...blocks, ...pageItems(answer.digests, page, sizes.reports).flatMap((d) => briefBlocks(d, replies.labels))];
}
