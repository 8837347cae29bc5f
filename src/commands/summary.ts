import { quoted, repliesFor } from './answers.ts';
import type { Replies } from '../language/index.ts';
import type { Labels } from '../language/types.ts';
import { gistOf } from './gist.ts';
import { pageItems } from './pages.ts';
import { speakerDetail } from './present.ts';
import { countSpeakers, toResult } from './results.ts';
import { defineCommand, type Answer, type BotContext, type ReportDigest, type SectionGist, type SpeakerSummary } from './types.ts';
import type { Passage, Report } from '../knowledge/types.ts';
import type { PassageSearch } from '../search/passageSearch.ts';

/** Findings a summary shows; the count says how many there are in all. */
const SUMMARY_FINDINGS = 8;
/** Characters of a section's text weighed for its gist: the work per section is bounded. */
const GIST_TEXT = 60_000;
/** Digests kept per knowledge snapshot: page turns ask for the same report again. */
const KEPT = 256;

/** A report's digest: its sections once, who speaks and its findings once per language they are said in. */
type Kept = { sections: ReportDigest['sections']; passages: Passage[]; byLanguage: Map<Replies, ReportDigest> };
const digests = new WeakMap<PassageSearch, Map<string, Kept>>();

/**
 * A report's passages, in order. Passage ids are `<report>#<paragraph>` and a report's passages
 * lie together, so they are read from the first on; a knowledge that does not follow that (the
 * count comes out wrong) is scanned whole.
 */
function passagesOfReport(search: PassageSearch, report: Report): Passage[] {
  const first = search.passage(`${report.id}#1`);
  const start = first ? search.indexOf(first) : -1;
  const out: Passage[] = [];
  if (start >= 0) {
    for (let i = start; i < search.knowledge.passages.length; i++) {
      const p = search.knowledge.passages.at(i) as Passage;
      if (p.reportId !== report.id) break;
      out.push(p);
    }
    if (out.length === report.passageCount) return out;
  }
  return Array.from(search.knowledge.passages).filter((p) => p.reportId === report.id);
}

/** A section's gist, worked out when first read: a short summary of many reports shows few. */
function sectionGist(heading: string | null, passages: Passage[], weight: (stem: string) => number): SectionGist {
  let picked: { gist: string | null; source: Passage | null } | undefined;
  const pick = () => {
    if (picked) return picked;
    const texts: string[] = [];
    let length = 0;
    for (const p of passages) {
      if (length >= GIST_TEXT) break;
      texts.push(p.text);
      length += p.text.length;
    }
    const span = gistOf(texts, weight);
    const source = span ? (passages[span.text] as Passage) : null;
    return (picked = { gist: span && source ? source.text.slice(span.start, span.end).trim() : null, source });
  };
  return {
    heading,
    passages: passages.length,
    get gist() {
      return pick().gist;
    },
    get source() {
      return pick().source;
    },
  };
}

/** What a report's digest says in any language: its sections, each with its gist (worked out when first read). */
function buildSections(ctx: BotContext, report: Report): Omit<Kept, 'byLanguage'> {
  const passages = passagesOfReport(ctx.search, report);
  // Sections in the order they open; a heading used twice is one section.
  const bySection = new Map<string | null, Passage[]>();
  for (const p of passages) {
    const list = bySection.get(p.section);
    if (list) list.push(p);
    else bySection.set(p.section, [p]);
  }
  return { passages, sections: [...bySection].map(([heading, list]) => sectionGist(heading, list, (stem) => ctx.search.index.idf(stem))) };
}

/** The digest, with who speaks and who carries each finding said in `replies`' language. */
function buildDigest(ctx: BotContext, report: Report, { passages, sections }: Omit<Kept, 'byLanguage'>, replies: Replies): ReportDigest {
  const all = countSpeakers(ctx.search, replies, passages);
  const findings = passages.filter((p) => p.isFinding);
  return {
    report,
    // The author narrates most reports: the people they report on come first.
    speakers: [...all.filter((s) => s.kind !== 'author'), ...all.filter((s) => s.kind === 'author')],
    sections,
    findings: findings.length,
    shownFindings: findings.slice(0, SUMMARY_FINDINGS).map((p) => toResult(ctx, replies, p, new Set(), 1)),
  };
}

const everyDigest = new WeakMap<PassageSearch, Map<Replies, ReportDigest[]>>();
/**
 * Reports summarised in brief at most: digesting 2,000 reports takes a third of a second on the
 * main thread, holding everyone's answers up; more than a few pages nobody reads anyway.
 */
const MAX_BRIEF = 50;

/** The first reports' digests, for a short summary of each: made once per knowledge snapshot and language. */
function allDigests(ctx: BotContext, replies: Replies): ReportDigest[] {
  let byLanguage = everyDigest.get(ctx.search);
  if (!byLanguage) everyDigest.set(ctx.search, (byLanguage = new Map()));
  let all = byLanguage.get(replies);
  if (!all) byLanguage.set(replies, (all = ctx.search.knowledge.reports.slice(0, MAX_BRIEF).map((r) => digestOf(ctx, r, replies))));
  return all;
}

/** A report's digest in `replies`' language, its sections worked out once per knowledge snapshot. */
function digestOf(ctx: BotContext, report: Report, replies: Replies): ReportDigest {
  let kept = digests.get(ctx.search);
  if (!kept) digests.set(ctx.search, (kept = new Map()));
  let base = kept.get(report.id);
  if (!base) {
    base = { ...buildSections(ctx, report), byLanguage: new Map() };
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(report.id, base);
  }
  let digest = base.byLanguage.get(replies);
  if (!digest) base.byLanguage.set(replies, (digest = buildDigest(ctx, report, base, replies)));
  return digest;
}

/** Lower case, letters and digits only, one space between words: how a name is compared. */
function normal(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const names = new WeakMap<Report, { names: string[]; words: string[] }>();

/** The ways a report may be named (its id, file name, title), and every word of them, its event and its author; once per report. */
function namesOf(report: Report): { names: string[]; words: string[] } {
  let known = names.get(report);
  if (!known) {
    const all = [report.id, report.file.replace(/\.md$/i, ''), report.title].map(normal);
    names.set(report, (known = { names: all, words: normal([...all, report.event ?? '', report.author ?? ''].join(' ')).split(' ') }));
  }
  return known;
}

/**
 * The reports a name stands for, loosely: its id, file name or title exactly; else those whose
 * title, id, file name, event and author hold every word of it, or words starting so
 * ("linuxworld", "the garden minutes", "golden virtualiz"; a title cut short to fit a button).
 */
export function matchReports(reports: Report[], wanted: string): Report[] {
  const typed = normal(wanted.replace(/^\s*(?:the|this)\s+/i, ''));
  if (!typed) return [];
  const exact = reports.filter((r) => namesOf(r).names.includes(typed));
  if (exact.length) return exact;
  // A name is a few words: a page of text pasted in is compared by its first twenty.
  const words = typed
    .split(' ')
    .filter((w) => !/^(?:report|article|story|piece|document|transcript|the|of|a|an)$/.test(w))
    .slice(0, 20);
  if (!words.length) return [];
  // A word typed in part ("virtualiz") is one being typed: autocomplete reads it too.
  return reports.filter((r) => words.every((w) => namesOf(r).words.some((h) => h.startsWith(w))));
}

/** How to name a report in a command: its title when short, else its id. */
function reportName(report: Report): string {
  return report.title.length <= 60 ? report.title : report.id;
}

function fullLead(digest: ReportDigest, replies: Replies): string {
  const { report, speakers, sections, findings } = digest;
  const others = speakers.filter((s) => s.kind !== 'author').length;
  return replies.summary.full(quoted(report.title, 200), report.author, sections.length, others, findings);
}

export const summary = defineCommand({
  name: 'summary',
  description: 'The report in brief: what it is, who speaks, one line from each section, its findings.',
  options: [{ name: 'report', description: 'Which report, when there are several (its title or file name)', required: false, autocomplete: 'report', maxLength: 300 }],
  example: '/summary',
  parseText: (rest) => ({ report: rest.trim() || undefined }),
  run(ctx, input): Answer {
    const { reports } = ctx.search.knowledge;
    const wanted = input.report?.trim() ?? '';
    const replies = repliesFor(input);
    const said = replies.summary;
    if (reports.length === 0) return { kind: 'none', command: this.name, query: wanted, lead: said.nothingLoaded, suggestions: [] };
    const pick = (r: Report) => ({ label: r.title, command: `/summary ${reportName(r)}` });
    const found = wanted ? matchReports(reports, wanted) : [];
    // With one report loaded, words that name no report still mean it ("summarise the news
    // article"): it is summarised, with a note; with several, the user picks.
    if (wanted && found.length !== 1 && reports.length > 1) {
      const lead = found.length ? said.several(found.length, quoted(wanted)) : said.noneCalled(quoted(wanted), reports.length);
      return { kind: 'none', command: this.name, query: wanted, lead, suggestions: (found.length ? found : reports).slice(0, 5).map(pick) };
    }
    const only = found.length === 1 ? found[0] : reports.length === 1 ? reports[0] : undefined;
    if (only) {
      const digest = digestOf(ctx, only, replies);
      const notes = [
        wanted && found.length === 0 ? said.onlyOne(quoted(wanted)) : null,
        reports.length > 1 ? said.oneOf(reports.length) : null,
      ].filter(Boolean);
      return { kind: 'summary', command: this.name, query: wanted, lead: fullLead(digest, replies), digests: [digest], full: true, ...(notes.length ? { note: notes.join(' ') } : {}) };
    }
    const example = reports[0] as Report;
    const shown = allDigests(ctx, replies);
    return {
      kind: 'summary',
      command: this.name,
      query: '',
      lead: said.each(reports.length, reportName(example)),
      digests: shown,
      full: false,
      ...(shown.length < reports.length ? { note: said.firstShown(shown.length) } : {}),
    };
  },
});

/** A section's heading as shown: the passages before the first heading are its introduction. */
export function sectionHeading(section: SectionGist, labels: Labels): string {
  return section.heading ?? labels.introduction;
}

/** What a report is about in one sentence, for a short summary: the gist of its first section that has one. */
export function ledeOf(digest: ReportDigest): string | null {
  for (const section of digest.sections) if (section.gist) return section.gist;
  return null;
}

/** Speakers a short summary names before "and N more". */
const BRIEF_SPEAKERS = 3;

/** A speaker as a summary names them: "Tony Iams (Ideas International, analyst)". */
export function speakerLine(s: SpeakerSummary): string {
  const detail = speakerDetail(s);
  return `${s.name}${detail ? ` (${detail})` : ''}`;
}

/** Who speaks in a short summary: the first few besides the author with their passages, then how many more. */
export function briefSpeakerNames(speakers: SpeakerSummary[], labels: Labels): string {
  const others = speakers.filter((s) => s.kind !== 'author');
  if (others.length === 0) return labels.onlyAuthor;
  const names = others.slice(0, BRIEF_SPEAKERS).map((s) => `${speakerLine(s)} ${s.passages}`);
  if (others.length > BRIEF_SPEAKERS) names.push(labels.andOthers(others.length - BRIEF_SPEAKERS));
  return names.join(', ');
}

/** A page of a report's sections and its title: "Sections 9–16 of 201", or "Sections: 12" when one page holds them all. */
export function sectionsPage(sections: SectionGist[], page: number, perPage: number, labels: Labels): { title: string; shown: SectionGist[] } {
  const shown = pageItems(sections, page, perPage);
  const from = page * perPage + 1;
  const title = labels.sections(sections.length > perPage ? from : null, from + shown.length - 1, sections.length);
  return { title, shown };
}

/** Event, date and source: what the lead does not say of a report. */
export function reportFacts(report: Report, labels: Labels): string[] {
  return [report.event, report.date, report.source ? labels.source(report.source) : null].filter((f): f is string => Boolean(f));
}
