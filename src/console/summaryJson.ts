import { ledeOf } from '../commands/summary.ts';
import type { ReportDigest, SummaryAnswer } from '../commands/types.ts';
import { reportJson, speakerJson } from './json.ts';


/** One report of a /summary as `--json` prints it; docs/commands.md lists the fields. */
function digestJson(digest: ReportDigest) {
  const { report, speakers, sections, findings, shownFindings } = digest;
  return {
    ...reportJson(report),
    speakers: speakers.map(speakerJson),
    lede: ledeOf(digest),
    sections: sections.map((s) => ({ heading: s.heading, passages: s.passages, gist: s.gist, passage: s.source?.id ?? null })),
    findings,
    shownFindings: shownFindings.map((r) => ({ passage: r.passage.id, section: r.passage.section, paragraph: r.passage.paragraph, label: r.label, attribution: r.attribution, text: r.passage.text })),
  };
}

/** The fields of a /summary answer: one result per report. */
export function summaryJson(answer: SummaryAnswer): Record<string, unknown> {
  return { full: answer.full, results: answer.digests.map(digestJson), ...(answer.note ? { note: answer.note } : {}) };
}
