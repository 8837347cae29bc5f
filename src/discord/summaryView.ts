import type { APIEmbed } from 'discord.js';
import { pageItems, type PageSizes } from '../commands/pages.ts';
import { linesWithin, repliesOf } from '../commands/present.ts';
import type { Replies } from '../language/index.ts';
import type { Labels } from '../language/types.ts';
import { briefSpeakerNames, ledeOf, reportFacts, sectionHeading, sectionsPage, speakerLine } from '../commands/summary.ts';
import type { ReportDigest, SummaryAnswer } from '../commands/types.ts';
import { LIMITS, embedLength } from './limits.ts';
import { inertWithin } from './safeText.ts';


/*
 * A one-report summary is three embeds, within the 6,000 characters of a message: the report
 * (title, event, date, source, who speaks), a page of sections, and the findings. The report
 * and findings embeds are cut to fixed budgets; the sections get what is left, shared among
 * the page's lines.
 */
const SPEAKERS_BUDGET = 700;
const FINDINGS_BUDGET = 1600;
const FACTS_BUDGET = 400;
const HEADING = 80;
/** A section's sentence at most, when the page has room. */
const GIST = 320;
/** A short summary's embed: five a page stay within 6,000 characters. */
const BRIEF_LEDE = 320;

function reportEmbed({ report, speakers }: ReportDigest, labels: Labels): APIEmbed {
  const facts = [report.author ? labels.by(report.author) : null, ...reportFacts(report, labels)].filter(Boolean).join(' · ');
  const lines = speakers.map((s) => `**${inertWithin(speakerLine(s), 150)}**: ${labels.passages(s.passages)}`);
  return {
    title: inertWithin(report.title, LIMITS.embedTitle),
    ...(facts ? { description: inertWithin(facts, FACTS_BUDGET) } : {}),
    fields: speakers.length ? [{ name: labels.whoSpeaks, value: linesWithin(lines, Math.min(SPEAKERS_BUDGET, LIMITS.fieldValue), labels.moreSpeakers) }] : [],
  };
}

function findingsEmbed({ findings, shownFindings }: ReportDigest, replies: Replies): APIEmbed {
  const labels = replies.labels;
  if (findings === 0) return { title: labels.fields.findings, description: replies.noFindings(null) };
  const more = findings - shownFindings.length;
  // Each finding gets an equal share of the budget: all of them are seen, each cut to a few lines.
  const share = Math.floor((FINDINGS_BUDGET - 40) / shownFindings.length) - 1;
  const lines = shownFindings.map((r, i) => {
    // Who presents it, briefly: the name where there is one (the label adds "as reported by …").
    const who = inertWithin(r.speaker?.name ?? r.label, 60);
    return `${i + 1}. “${inertWithin(r.excerpt.text, Math.max(20, share - who.length - 10))}” — ${who}`;
  });
  return { title: labels.findingsTotal(findings), description: linesWithin(lines, FINDINGS_BUDGET, labels.moreFindings, more) };
}

function sectionsEmbed({ sections }: ReportDigest, page: number, perPage: number, budget: number, labels: Labels): APIEmbed {
  const { title, shown } = sectionsPage(sections, page, perPage, labels);
  const perLine = Math.floor((Math.min(budget, LIMITS.embedDescription) - title.length) / Math.max(1, shown.length)) - 1;
  const lines = shown.map((s) => {
    const heading = `**${inertWithin(sectionHeading(s, labels), HEADING)}**`;
    const room = Math.min(GIST, perLine - heading.length - 3);
    return `${heading} — ${s.gist && room > 20 ? inertWithin(s.gist, room) : '…'}`;
  });
  return { title, description: lines.join('\n') || '…' };
}

function briefEmbed(digest: ReportDigest, labels: Labels): APIEmbed {
  const named = labels.fields;
  const { report, speakers, sections, findings } = digest;
  const lede = ledeOf(digest);
  return {
    title: inertWithin(report.title, 200),
    description: [lede ? `“${inertWithin(lede, BRIEF_LEDE)}”` : null, `${labels.whoSpeaks}: ${inertWithin(briefSpeakerNames(speakers, labels), 250)}`].filter(Boolean).join('\n'),
    fields: [
      { name: named.author, value: inertWithin(report.author ?? labels.notNamed, 100), inline: true },
      ...(report.event ? [{ name: named.event, value: inertWithin(report.event, 100), inline: true }] : []),
      ...(report.date ? [{ name: named.date, value: inertWithin(report.date, 60), inline: true }] : []),
      { name: named.sections, value: String(sections.length), inline: true },
      { name: named.findings, value: String(findings), inline: true },
    ],
  };
}

/** A page of a /summary as Discord embeds (without colour): one report's three, or a short embed per report. */
export function summaryEmbeds(answer: SummaryAnswer, page: number, sizes: Pick<PageSizes, 'sections' | 'reports'>): APIEmbed[] {
  const digest = answer.digests[0];
  const replies = repliesOf(answer);
  if (!answer.full || !digest) return pageItems(answer.digests, page, sizes.reports).map((d) => briefEmbed(d, replies.labels));
  const report = reportEmbed(digest, replies.labels);
  const findings = findingsEmbed(digest, replies);
  const left = LIMITS.embedTotal - embedLength(report) - embedLength(findings);
  return [report, sectionsEmbed(digest, page, sizes.sections, left, replies.labels), findings];
}
