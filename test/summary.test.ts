/** /summary: what a report is, who speaks, a sentence of its own per section, and its findings. */
import { english } from '../src/language/en.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor } from './support/knowledgeContext.ts';
import { parseButton, type AnswerRef } from '../src/commands/answerRef.ts';
import { interpret, knowsIn, runCommand } from '../src/commands/interpret.ts';
import { findCommand } from '../src/commands/registry.ts';
import { sectionHeading } from '../src/commands/summary.ts';
import type { Answer, BotContext, Input, ReportDigest } from '../src/commands/types.ts';
import { renderText } from '../src/console/render.ts';
import { choicesFor } from '../src/discord/autocomplete.ts';
import { pageButtonIds, parseButtonId } from '../src/discord/customIds.ts';
import { LIMITS as DISCORD } from '../src/discord/limits.ts';
import { answerMessage } from '../src/discord/reply.ts';
import { answerMessage as slackMessage } from '../src/slack/message.ts';
import { sentenceSpans } from '../src/knowledge/language.ts';
import { buildKnowledge } from '../src/knowledge/load.ts';
import type { Passage } from '../src/knowledge/types.ts';
import { voiceKeys } from '../src/search/passageSearch.ts';
import { BUNDLED, FIXTURES, contextOf } from './support/context.ts';
import { LIVE_MENTION } from './support/hostile.ts';
import { run } from './support/run.ts';
import { blockProblems } from './support/slackLimits.ts';
import { limitProblems } from './support/discordLimits.ts';
import { answerText } from './support/answer.ts';

const OWNER = '600000000000000006';

function summaryOf(answer: Answer): Extract<Answer, { kind: 'summary' }> {
  if (answer.kind !== 'summary') throw new Error(`not a summary: ${answer.kind} “${answer.lead}”`);
  return answer;
}

/** The passages of one report, straight from the knowledge. */
function passagesOf(ctx: BotContext, reportId: string): Passage[] {
  return Array.from(ctx.search.knowledge.passages).filter((p) => p.reportId === reportId);
}

/** What the digest must say, worked out from the passages without the command's code. */
function checkAgainstKnowledge(ctx: BotContext, digest: ReportDigest): void {
  const passages = passagesOf(ctx, digest.report.id);
  // Who speaks: everyone whose voice is in a passage, each passage counted once per voice.
  const counts = new Map<string, number>();
  for (const p of passages) for (const key of voiceKeys(p)) counts.set(key, (counts.get(key) ?? 0) + 1);
  expect(new Map(digest.speakers.map((s) => [s.key, s.passages]))).toEqual(counts);
  const others = digest.speakers.filter((s) => s.kind !== 'author');
  expect(digest.speakers.slice(others.length).every((s) => s.kind === 'author')).toBe(true);
  for (let i = 1; i < others.length; i++) if (others[i - 1]?.named === others[i]?.named) expect(others[i - 1]?.passages).toBeGreaterThanOrEqual(others[i]?.passages ?? 0);
  // Sections: every heading, in the order the report opens them.
  expect(digest.sections.map((s) => s.heading)).toEqual([...new Set(passages.map((p) => p.section))]);
  for (const section of digest.sections) {
    const own = passages.filter((p) => p.section === section.heading);
    expect(section.passages).toBe(own.length);
    // The gist is one whole sentence of one of the section's own passages: picked, never written.
    expect(section.gist, sectionHeading(section, english.replies.labels)).not.toBeNull();
    const source = section.source as Passage;
    expect(own.map((p) => p.id)).toContain(source.id);
    expect(source.text).toContain(section.gist);
    expect(sentenceSpans(source.text).map(([a, b]) => source.text.slice(a, b).trim())).toContain(section.gist);
  }
  // Findings: the count, and the first ones in report order.
  const findings = passages.filter((p) => p.isFinding);
  expect(digest.findings).toBe(findings.length);
  expect(digest.shownFindings.map((r) => r.passage.id)).toEqual(findings.slice(0, digest.shownFindings.length).map((p) => p.id));
  expect(digest.shownFindings.length).toBe(Math.min(findings.length, 8));
}

describe('/summary of the bundled report', () => {
  it('says what the report is, who speaks and how much, a sentence of each section, and its findings', async () => {
    const ctx = await contextOf(BUNDLED);
    const answer = summaryOf(answerText(ctx, '/summary'));
    expect(answer.full).toBe(true);
    const [digest] = answer.digests as [ReportDigest];
    expect(digest.report.title).toBe("LinuxWorld and virtualization: Xen vs. KVM, Microsoft's Xen-friendly drivers");
    expect(digest.report.author).toBe('Bernard Golden');
    checkAgainstKnowledge(ctx, digest);
    // The same counts /speakers gives, the author last.
    const listed = runCommand(ctx, 'speakers', {});
    if (listed.kind !== 'speakers') throw new Error('no speakers');
    expect(Object.fromEntries(digest.speakers.map((s) => [s.name, s.passages]))).toEqual(Object.fromEntries(listed.speakers.map((s) => [s.name, s.passages])));
    expect(digest.speakers.at(-1)).toMatchObject({ name: 'Bernard Golden', kind: 'author' });
    expect(digest.speakers[0]?.name).toBe('Tony Iams');
    expect(digest.sections.map((s) => sectionHeading(s, english.replies.labels))).toEqual([
      'Introduction',
      'Xen: Alive and kicking',
      'Microsoft: No threat?',
      "Where's the hardware?",
      'Security: Could virtualization be dangerous?',
      'Virtualization management could be challenging',
      'LinuxWorld exhibition',
    ]);

    const text = renderText(answer);
    expect(answer.lead).toContain(digest.report.title);
    expect(answer.lead).toContain('by Bernard Golden');
    expect(answer.lead).toContain(`${digest.sections.length} sections`);
    expect(answer.lead).toContain(`${digest.findings} findings`);
    expect(text).toContain('LinuxWorld 2007');
    for (const s of digest.speakers) expect(text).toContain(`${s.name}`);
    for (const section of digest.sections) expect(text).toContain(`${sectionHeading(section, english.replies.labels)} — ${section.gist}`);
    for (const finding of digest.shownFindings) expect(text).toContain(finding.excerpt.text);
    expect(text).toContain(`Findings: ${digest.findings}`);
  });

  it('needs no report named when one is loaded, and takes any words for it', async () => {
    const ctx = await contextOf(BUNDLED);
    for (const line of ['/summary report:linuxworld-2007-virtualization', '/summary linuxworld', 'summarise the news article']) {
      const answer = summaryOf(answerText(ctx, line));
      expect(answer.digests[0]?.report.id, line).toBe('linuxworld-2007-virtualization');
    }
    expect(summaryOf(answerText(ctx, '/summary linuxworld')).note).toBeUndefined();
    expect(summaryOf(answerText(ctx, 'summarise the news article')).note).toMatch(/No report is called “news”; this is the only one loaded/);
  });

  it('prints one JSON object with the fields through npm run ask --json', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', '--json', '/summary'], { timeoutMs: 60_000 });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] as string);
    expect(json).toMatchObject({ command: 'summary', query: '', full: true });
    expect(json.results).toHaveLength(1);
    const [report] = json.results;
    expect(report).toMatchObject({ report: 'linuxworld-2007-virtualization', author: 'Bernard Golden', event: 'LinuxWorld 2007', findings: 8 });
    expect(report.speakers.at(-1)).toMatchObject({ name: 'Bernard Golden', attribution: 'author' });
    expect(report.sections).toHaveLength(7);
    for (const s of report.sections) expect(Object.keys(s)).toEqual(['heading', 'passages', 'gist', 'passage']);
    expect(report.shownFindings[0]).toMatchObject({ section: 'Microsoft: No threat?', attribution: 'speaker' });
    const ctx = await contextOf(BUNDLED);
    for (const s of report.sections) expect(ctx.search.passage(s.passage)?.text).toContain(s.gist);
  }, 90_000);
});

/** Several fixtures' reports in one knowledge. */
function several(...folders: string[]): BotContext {
  const files = folders.map((folder) => {
    const dir = folder === 'bundled' ? BUNDLED : path.join(FIXTURES, folder);
    const file = readdirMd(dir);
    return { file, content: readFileSync(path.join(dir, file), 'utf8') };
  });
  return contextFor(buildKnowledge(files));
}

function readdirMd(dir: string): string {
  const file = readdirSync(dir).find((f) => f.endsWith('.md'));
  if (!file) throw new Error(`no report in ${dir}`);
  return file;
}

describe('/summary with several reports', () => {
  const ctx = several('bundled', 'panel', 'minutes', 'minutes2', 'ngo4');

  it('gives each in brief, and says how to pick one', () => {
    const answer = summaryOf(answerText(ctx, '/summary'));
    expect(answer.full).toBe(false);
    expect(answer.digests.map((d) => d.report.id)).toEqual(ctx.search.knowledge.reports.map((r) => r.id));
    expect(answer.lead).toMatch(/^5 reports, each in brief\. For one in full, name it: \/summary .+/);
    const text = renderText(answer);
    for (const d of answer.digests) {
      expect(text).toContain(d.report.title);
      expect(text).toContain(`${d.sections.length} section`);
    }
    // The example in the lead works.
    const example = /\/summary .+$/.exec(answer.lead)?.[0] as string;
    expect(summaryOf(answerText(ctx, example)).full).toBe(true);
  });

  it('summarises one in full, named loosely, with every section drawn from its own passages', () => {
    for (const [line, id] of [
      ['/summary garden', 'garden-committee-2024-05'],
      ['/summary report:harbour-board-minutes', 'harbour-board-minutes'],
      ['/summary Who guards the cloud? A panel on shared responsibility', 'cloud-security-panel'],
      ['summarise the Wendmoor report', 'waiting-for-the-ambulance'],
      ['what is the linuxworld article about?', 'linuxworld-2007-virtualization'],
    ]) {
      const answer = summaryOf(answerText(ctx, line as string));
      expect(answer.full, line).toBe(true);
      const digest = answer.digests[0] as ReportDigest;
      expect(digest.report.id, line).toBe(id);
      checkAgainstKnowledge(ctx, digest);
      expect(answer.note).toMatch(/One of 5 reports/);
    }
  });

  it('asks which when a name fits several or none', () => {
    const both = answerText(ctx, '/summary minutes');
    expect(both.kind).toBe('none');
    expect(both.lead).toMatch(/2 reports match “minutes”/);
    if (both.kind === 'none') expect(both.suggestions.map((s) => s.command).sort()).toEqual(['/summary Minutes of the Eastport Harbour Board, 14 March 2024', '/summary garden-committee-2024-05']);
    const none = answerText(ctx, '/summary kubernetes');
    expect(none.kind).toBe('none');
    expect(none.lead).toMatch(/No report is called “kubernetes”/);
    if (none.kind === 'none') expect(none.suggestions).toHaveLength(5);
  });

  it('offers the reports as autocomplete choices, by the id a button can carry', () => {
    const option = findCommand('summary')?.options.find((o) => o.name === 'report');
    expect(option?.autocomplete).toBe('report');
    if (!option) return;
    expect(choicesFor(ctx, option, '', english.replies)).toHaveLength(5);
    expect(choicesFor(ctx, option, 'gard', english.replies).map((c) => c.value)).toEqual(['garden-committee-2024-05']);
    expect(choicesFor(ctx, option, 'golden virtualiz', english.replies)[0]).toMatchObject({ value: 'linuxworld-2007-virtualization', name: expect.stringContaining('Bernard Golden') });
  });
});

describe('asking for a summary in words', () => {
  const routed = (line: string, knows?: (name: string) => boolean) => {
    const r = interpret(line, knows);
    return 'unknown' in r ? `unknown ${r.unknown}` : r.command;
  };

  it.each([
    'summarize the article',
    'summarise the report',
    'sum up the article',
    'what is this report about',
    "what's the article about?",
    'what’s the story about',
    'give me a summary',
    'tl;dr',
    'tldr',
    'TL;DR?',
    'can you summarise the transcript please',
    'what is this about?',
    'summary',
    'give me the gist of the piece',
    'what does the article say?',
  ])('%s', (line) => {
    expect(routed(line)).toBe('summary');
  });

  it.each([
    ['what is KVM about?', 'search'],
    ['what is Crosby about?', 'search'],
    ["what's the security session about?", 'search'],
    ['what was the car engine thing about?', 'search'],
    ['summarise what Crosby said in the article', 'search'],
    ['summary of Crosby’s views', 'search'],
    ['what is the report', 'about'],
    ['what does the article say about attack surfaces?', 'search'],
    ['what did the report find?', 'findings'],
    ['who is in the report?', 'speakers'],
  ])('not %s', (line, command) => {
    expect(routed(line)).toBe(command);
  });

  it('not "what is X about" for a speaker of the report', async () => {
    const ctx = await contextOf(BUNDLED);
    for (const line of ['what is Tony Iams about?', 'what is Crosby about', 'what is the analyst about?']) expect(routed(line, knowsIn(ctx)), line).not.toBe('summary');
  });

  it('passes the report a question names', () => {
    const r = interpret('summarise the garden minutes');
    expect('command' in r && r.input).toEqual({ report: 'garden' });
  });
});

/** A report made to break limits: 200 long hostile headings, 200 speakers, 30 findings, hostile front matter. */
function hugeReport(): BotContext {
  const FIRST = ['Ann', 'Ben', 'Cara', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kit', 'Lea', 'Max', 'Nia', 'Oto', 'Pia', 'Quin', 'Rae', 'Sol', 'Tam'];
  const LAST = ['Abbott', 'Baines', 'Carver', 'Dunmore', 'Ellery', 'Fenwick', 'Garrow', 'Hollis', 'Ingram', 'Jessop'];
  const hostile = '@everyone <@123456789012345678> <!channel> @here **bold** `code` [x](https://evil.example) ';
  const sections = Array.from({ length: 200 }, (_, i) => {
    const name = `${FIRST[i % 20]} ${LAST[Math.floor(i / 20)]}`;
    return `## Section ${i + 1}: ${hostile.repeat(4)}\n\n${name.toUpperCase()}: ${`The plan for district ${i} needs more money and more staff, ${hostile} said the council. `.repeat(12)}\n`;
  }).join('\n');
  const findings = `## Key findings\n\n${Array.from({ length: 30 }, (_, i) => `- Finding ${i}: ${hostile.repeat(3)} the budget rose by ${i} percent.`).join('\n')}\n`;
  const content = `---\ntitle: "${'A very long title '.repeat(20)}"\nauthor: "${hostile}"\nevent: "${hostile}"\ndate: "${hostile}"\nsource: "${hostile.repeat(10)}"\n---\n\n${sections}\n${findings}`;
  return contextFor(buildKnowledge([{ file: 'synthetic.md', content }]));
}

/** Every page of an answer in Discord and Slack: within limits, pinging nobody. */
function checkPlatforms(ctx: BotContext, answer: Answer, input: Input<'report'>): number {
  const ref: AnswerRef = { command: 'summary', input };
  const first = answerMessage(answer, ref, { ctx, owner: OWNER, ephemeral: true });
  const label = first.components[0]?.components[1];
  const pages = Number(/\/ (\d+)$/.exec(label && 'label' in label ? (label.label ?? '') : '1 / 1')?.[1] ?? 1);
  for (let page = 0; page < pages; page++) {
    const message = answerMessage(answer, ref, { ctx, owner: OWNER, page, ephemeral: true });
    expect(limitProblems(message), `Discord page ${page}`).toEqual([]);
    expect(message.allowedMentions).toMatchObject({ parse: [] });
    expect(JSON.stringify([message.content, message.embeds])).not.toMatch(LIVE_MENTION);
    for (const row of message.components) for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD.customId);
    const slack = slackMessage(answer, ref, { page, owner: 'U00000ALICE', shareable: true });
    expect(blockProblems(slack), `Slack page ${page}`).toEqual([]);
    expect(JSON.stringify(slack, (key, v: unknown) => (key === 'value' ? undefined : v))).not.toMatch(/<!channel>|<@1|(?<!\u200b)@here/);
  }
  return pages;
}

describe('/summary in Discord and Slack', () => {
  it('fits both on the bundled report, in one page', async () => {
    const ctx = await contextOf(BUNDLED);
    expect(checkPlatforms(ctx, answerText(ctx, '/summary'), {})).toBe(1);
  });

  it('pages 201 sections within limits, and a page button turns to the next sections', () => {
    const ctx = hugeReport();
    const answer = summaryOf(answerText(ctx, '/summary'));
    const digest = answer.digests[0] as ReportDigest;
    expect(digest.sections).toHaveLength(201);
    expect(digest.speakers.length).toBeGreaterThanOrEqual(200);
    expect(digest.findings).toBe(30);
    expect(checkPlatforms(ctx, answer, {})).toBe(Math.ceil(201 / 8));

    // The page button carries the command; turning it shows sections 9 to 16.
    const first = answerMessage(answer, { command: 'summary', input: {} }, { ctx, owner: OWNER });
    const next = first.components[0]?.components[2];
    const action = parseButtonId(next && 'custom_id' in next ? next.custom_id : '');
    expect(action).toMatchObject({ kind: 'page', page: 1, ref: { command: 'summary' } });
    if (action?.kind !== 'page' || !action.ref) return;
    const turned = answerMessage(runCommand(ctx, action.ref.command, action.ref.input), action.ref, { ctx, owner: OWNER, page: action.page });
    expect(turned.embeds[1]?.title).toBe('Sections 9–16 of 201');
    // In Slack too.
    const slack = slackMessage(answer, { command: 'summary', input: {} }, { owner: 'U1' });
    expect(JSON.stringify(slack)).toContain('Page 1 of 21');
  });

  it('keeps page buttons working for a report named by a title too long for a custom id', () => {
    const ctx = several('bundled', 'panel', 'minutes2');
    const title = "LinuxWorld and virtualization: Xen vs. KVM, Microsoft's Xen-friendly drivers";
    const answer = summaryOf(runCommand(ctx, 'summary', { report: title }));
    expect(answer.digests[0]?.report.id).toBe('linuxworld-2007-virtualization');
    // The buttons of a page of it: "page|1|<owner>|summary|<title>" is longer than 100 characters.
    const ids = pageButtonIds(0, OWNER, { command: 'summary', input: { report: title } }, () => ({ ctx, answer }));
    for (const id of Object.values(ids)) expect(id.length).toBeLessThanOrEqual(DISCORD.customId);
    const action = parseButton(ids.next);
    expect(action?.kind === 'page' && action.ref?.command === 'summary' && action.ref.input.report && title.startsWith(action.ref.input.report)).toBe(true);
    if (action?.kind !== 'page' || !action.ref) return;
    expect(summaryOf(runCommand(ctx, 'summary', action.ref.input)).digests[0]?.report.id).toBe('linuxworld-2007-virtualization');
  });

  it('fits both with many reports in brief, five a page', () => {
    const names = ['article', 'essay2', 'feature3', 'forum3', 'hearing3', 'interview', 'library', 'minutes', 'minutes2', 'news2', 'ngo4', 'panel', 'qa', 'report3'];
    const ctx = several(...names);
    const answer = summaryOf(answerText(ctx, '/summary'));
    expect(answer.digests).toHaveLength(names.length);
    expect(checkPlatforms(ctx, answer, {})).toBe(Math.ceil(names.length / 5));
  });

  it('fits both for hostile report names', () => {
    const ctx = hugeReport();
    for (const name of ['@everyone', '<!channel> **x**', 'x'.repeat(6000)]) {
      const answer = runCommand(ctx, 'summary', { report: name });
      checkPlatforms(ctx, answer, { report: name });
    }
  });
});
