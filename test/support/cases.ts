/**
 * The acceptance cases in test/cases/*.json and how each is checked, shared by the test
 * (test/cases.test.ts) and the pass-rate report (npm run pass-rates).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answer } from '../../src/commands/types.ts';
import { keyOf } from '../../src/search/passageSearch.ts';

export interface Case {
  cmd: string;
  who?: string[];
  not?: string[];
  text?: string;
  none?: boolean;
  topk?: number;
  all?: string[];
  names?: string[];
  noNames?: string[];
  /** A known miss, with why: reported, not hidden (the README gives the pass rates). */
  miss?: string;
}

export interface CaseSet {
  name: string;
  about?: string;
  /** The knowledge folder, relative to the project. */
  knowledge: string;
  cases: Case[];
}

export function caseSets(root: string): CaseSet[] {
  const dir = path.join(root, 'test/cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: path.basename(f, '.json'), ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Omit<CaseSet, 'name'>) }));
}

/** What the top answer says about who carries it: the names a reader sees, not the kind of attribution (a summary's: its first gist). */
function topWho(answer: Answer): { who: string; text: string } {
  if (answer.kind === 'passages') {
    const top = answer.results[0];
    return { who: [top?.label, top?.speaker?.name, top?.speaker?.organisation, top?.speaker?.role].filter(Boolean).join(' | '), text: top?.passage.text ?? '' };
  }
  if (answer.kind === 'summary') {
    // "what was the interview about?": the summary's opening sentence stands for its answer, said by whoever its passage is.
    const digest = answer.digests[0];
    const source = digest?.sections.find((s) => s.gist)?.source;
    if (!digest || !source) return { who: '', text: '' };
    const s = digest.speakers.find((x) => x.key === keyOf(source.attribution, source.reportId));
    return { who: [s?.name, s?.organisation, s?.role].filter(Boolean).join(' | '), text: source.text };
  }
  if (answer.kind === 'speaker') {
    const { card } = answer;
    return { who: [card.label, card.summary.name, card.summary.organisation, card.summary.role].filter(Boolean).join(' | '), text: card.introduction?.passage.text ?? '' };
  }
  if (answer.kind === 'reports') {
    // "/about": what it shows of each report, its title, author, date, event and source.
    const [first] = answer.reports;
    return { who: first?.report.author ?? '', text: answer.reports.flatMap((r) => [r.report.title, r.report.author, r.report.date, r.report.event, r.report.source]).filter(Boolean).join(' · ') };
  }
  return { who: '', text: '' };
}

/**
 * Whether what an answer shows names someone: the name as written, or in another case as whole words ("PELLEW" as the report
 * writes it in capitals is named by "Grant Pellew"; "ET" is no part of "Bret").
 */
function namedIn(shown: string, name: string): boolean {
  if (shown.includes(name)) return true;
  return new RegExp(`(?<![\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(shown.toLowerCase());
}

/**
 * Why an answer fails a case, or [] when it passes. 'who': one must appear in the top answer's
 * speaker name, organisation, role or label (not merely its kind); 'not': none may; 'text': the
 * top passage contains it; 'none': nothing matched; 'topk'/'all': each phrase among the first k
 * results; 'names'/'noNames': in /speakers, or not among its named speakers.
 */
export function problemsOf(c: Case, answer: Answer): string[] {
  const problems: string[] = [];
  if (c.none) return answer.kind === 'none' ? [] : [`expected nothing to match; got “${answer.lead}”`];
  if (answer.kind === 'none') return [`nothing matched: “${answer.lead}”`];
  const { who, text } = topWho(answer);
  const named = namedIn;
  if (c.who?.length && !c.who.some((w) => named(who, w))) problems.push(`top attribution “${who}” names none of ${c.who.join(', ')}`);
  for (const w of c.not ?? []) if (named(who, w)) problems.push(`top attribution “${who}” must not name ${w}`);
  if (c.text && !text.includes(c.text)) problems.push(`top passage lacks “${c.text}”: ${text.slice(0, 80)}`);
  if (c.all) {
    const results = answer.kind === 'passages' ? answer.results : [];
    // Five phrases cannot all stand in the first result: the first k are at least as many as the phrases asked for.
    const k = Math.max(c.topk ?? 1, c.all.length);
    const first = results.slice(0, k).map((r) => r.passage.text);
    for (const phrase of c.all) if (!first.some((t) => t.includes(phrase))) problems.push(`“${phrase}” not among the first ${k}`);
    if (answer.command === 'findings' && results.some((r) => !r.passage.isFinding)) problems.push('a result of /findings is not a finding');
  }
  if (c.names || c.noNames) {
    // "who is jxn?" answers with one person's card: the one name it lists.
    const speakers = answer.kind === 'speakers' ? answer.speakers : answer.kind === 'speaker' ? [answer.card.summary] : [];
    // "Nwosu" is listed when "Adaeze Nwosu" is: a name the list shows whole or as one of its words.
    const lower = (name: string) => name.toLowerCase();
    for (const name of c.names ?? []) if (!speakers.some((s) => lower(s.name) === lower(name) || lower(s.name).split(/\s+/).includes(lower(name)))) problems.push(`${name} missing from /speakers`);
    for (const name of c.noNames ?? []) if (speakers.some((s) => s.named && namedIn(s.name, name))) problems.push(`${name} listed as a named speaker`);
  }
  return problems;
}
