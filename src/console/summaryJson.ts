import { ledeOf } from '../commands/summary.ts';
import type { Answer, ReportDigest } from '../commands/types.ts';

type Summary = Extract<Answer, { kind: 'summary' }>;

/** One report of a /summary as `--json` prints it; docs/commands.md lists the fields. */
function digestJson(digest: ReportDigest) {
  const { report, speakers, sections, findings, shownFindings } = digest;
  return {
    report: report.id,
    title: report.title,
    author: report.author,
    date: report.date,
    event: report.event,
    source: report.source,
    passages: report.passageCount,
    speakers: speakers.map(({ name, organisation, role, kind, named, passages }) => ({ name, organisation, role, attribution: kind, named, passages })),
    lede: ledeOf(digest),
    sections: sections.map((s) => ({ heading: s.heading, passages: s.passages, gist: s.gist, passage: s.source?.id ?? null })),
    findings,
    shownFindings: shownFindings.map((r) => ({ passage: r.passage.id, section: r.passage.section, paragraph: r.passage.paragraph, label: r.label, attribution: r.attribution, text: r.passage.text })),
  };
}

/** The fields of a /summary answer: one result per report. */
export function summaryJson(answer: Summary): Record<string, unknown> {
  return { full: answer.full, results: answer.digests.map(digestJson), ...(answer.note ? { note: answer.note } : {}) };
}
