import type { Answer, PassageResult, SpeakerSummary } from '../commands/types.ts';
import type { Report } from '../knowledge/types.ts';
import { summaryJson } from './summaryJson.ts';

/** One result as `--json` prints it: the fields tooling relies on, documented in docs/commands.md. */
function passageJson(r: PassageResult) {
  return {
    report: r.report.id,
    reportTitle: r.report.title,
    passage: r.passage.id,
    section: r.passage.section,
    paragraph: r.passage.paragraph,
    speaker: r.speaker ? { name: r.speaker.name, organisation: r.speaker.organisation, role: r.speaker.role } : null,
    attribution: r.attribution,
    label: r.label,
    finding: r.passage.isFinding,
    text: r.passage.text,
    excerpt: r.excerpt.text,
    marks: r.excerpt.marks,
    score: r.score,
  };
}

/** A report's facts as `--json` prints them, in /about and /summary alike. */
export function reportJson(report: Report) {
  return { report: report.id, title: report.title, author: report.author, date: report.date, event: report.event, source: report.source, language: report.language, passages: report.passageCount };
}

/** A speaker as `--json` prints them, in /speakers and /summary alike. */
export function speakerJson({ name, organisation, role, kind, named, passages }: SpeakerSummary) {
  return { name, organisation, role, attribution: kind, named, passages };
}

/** The JSON object for one answered command. */
export function answerJson(answer: Answer): Record<string, unknown> {
  if (answer.then) return { ...answerJson({ ...answer, then: undefined }), then: answerJson(answer.then) };
  const base = { command: answer.command, query: answer.query, lead: answer.lead };
  switch (answer.kind) {
    case 'passages':
      return { ...base, results: answer.results.map(passageJson), ...(answer.note ? { note: answer.note } : {}) };
    case 'none':
      return { ...base, results: [], message: answer.lead, suggestions: answer.suggestions };
    case 'speakers':
      return { ...base, results: answer.speakers.map(speakerJson) };
    case 'speaker': {
      // One speaker's card, shaped like a passage result where the fields mean the same.
      const { summary, label, speaker, names, reports, introduction } = answer.card;
      return {
        ...base,
        results: [
          {
            name: summary.name,
            organisation: summary.organisation,
            role: summary.role,
            attribution: summary.kind,
            named: summary.named,
            passages: summary.passages,
            speaker: speaker ? { name: speaker.name, organisation: speaker.organisation, role: speaker.role } : null,
            label,
            names,
            reports: reports.map((r) => r.id),
            introduction: introduction ? passageJson(introduction) : null,
            text: introduction?.passage.text ?? '',
          },
        ],
      };
    }
    case 'reports':
      return {
        ...base,
        results: answer.reports.map(({ report, speakers, findings }) => ({ ...reportJson(report), speakers, findings })),
      };
    case 'summary':
      return { ...base, ...summaryJson(answer) };
    case 'help':
      return { ...base, results: answer.commands, message: answer.lead, freeText: answer.freeText };
  }
}
