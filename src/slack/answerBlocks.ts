import { languageLabel } from '../language/index.ts';
import { capitalise, repliesOf, speakerDetail, whereLine } from '../commands/present.ts';
import type { Labels } from '../language/types.ts';
import { clampPage, pageItems, pagesOf as pagesWith, type PageSizes } from '../commands/pages.ts';
import type { Answer, PassageResult } from '../commands/types.ts';
import { LIMITS, type Block, type TextObject } from './limits.ts';
import { boldMarks, escapeText, textWithin } from './safeText.ts';
import { summaryBlocks } from './summaryBlocks.ts';

/** Two blocks a passage: five passages a page stay far below 50 blocks and read well. */
/** Ten section lines of a /summary take two section blocks at most. */
const PAGE_SIZES: PageSizes = { passages: 5, speakers: 20, reports: 5, sections: 10 };
/** A speaker's line in /speakers: names and descriptions are short, but a report may not be. */
const SPEAKER_LINE = 140;

/** What one page of an answer shows in Slack, before its buttons. */
export interface PageView {
  /** The message's `text`: notifications and clients that cannot show blocks. */
  text: string;
  blocks: Block[];
  page: number;
  pages: number;
}

export function mrkdwn(text: string): TextObject {
  return { type: 'mrkdwn', text };
}

export function section(text: string): Block {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(text: string): Block {
  return { type: 'context', elements: [mrkdwn(text)] };
}

/** The excerpt, matched words in bold; then who said it, where, and in which report. */
function passageBlocks(r: PassageResult, labels: Labels): Block[] {
  const quoted = `“${boldMarks(r.excerpt)}”`;
  // Excerpts are 300 characters; only a passage made of escapes could outgrow a section.
  const body = quoted.length <= LIMITS.sectionText ? quoted : `“${textWithin(r.excerpt.text, LIMITS.sectionText - 2)}”`;
  const who = `*${escapeText(capitalise(r.label))}*${r.passage.isFinding ? ` · ${labels.finding}` : ''}`;
  return [section(body), context(`${who} · ${textWithin(whereLine(r, labels), LIMITS.contextText - who.length - 3)}`)];
}

function passagesBlocks(answer: Extract<Answer, { kind: 'passages' }>, page: number, labels: Labels): Block[] {
  const blocksOf = (r: PassageResult) => passageBlocks(r, labels);
  if (answer.command !== 'who-said') return pageItems(answer.results, page, PAGE_SIZES.passages).flatMap(blocksOf);
  // The best match answers; the next two are there in case the words fit several passages.
  const [best, ...close] = answer.results.slice(0, 3);
  return [...(best ? blocksOf(best) : []), ...(close.length ? [context(labels.alsoClose), ...close.flatMap(blocksOf)] : [])];
}

/** A section field: a bold name over its value. */
export function field(name: string, value: string): TextObject {
  return mrkdwn(`*${name}*\n${textWithin(value, LIMITS.fieldText - name.length - 3)}`);
}

function reportBlocks({ report, speakers, findings }: Extract<Answer, { kind: 'reports' }>['reports'][number], labels: Labels): Block[] {
  const named = labels.fields;
  const fields = [
    field(named.author, report.author ?? labels.notNamed),
    ...(report.event ? [field(named.event, report.event)] : []),
    ...(report.date ? [field(named.date, report.date)] : []),
    ...(report.source ? [field(named.source, report.source)] : []),
    field(named.language, languageLabel(report.language)),
    field(named.passages, String(report.passageCount)),
    field(named.speakers, labels.besidesAuthor(speakers)),
    field(named.findings, String(findings)),
  ];
  return [section(`*${textWithin(report.title, LIMITS.sectionText - 2)}*`), { type: 'section', fields }];
}

/** Who someone is: the facts as fields, then the passage that introduces them. */
function speakerBlocks({ card }: Extract<Answer, { kind: 'speaker' }>, labels: Labels): Block[] {
  const named = labels.fields;
  const fields = [
    ...(card.summary.organisation ? [field(named.organisation, card.summary.organisation)] : []),
    ...(card.summary.role ? [field(named.role, card.summary.role)] : []),
    field(named.passages, String(card.summary.passages)),
    ...(card.names.length ? [field(labels.namedAs, card.names.join(', '))] : []),
    ...(card.reports.length ? [field(named.reports, card.reports.map((r) => r.title).join('\n'))] : []),
  ];
  const intro = card.introduction;
  return [{ type: 'section', text: mrkdwn(`*${textWithin(card.label, LIMITS.sectionText - 2)}*`), fields }, ...(intro ? [context(labels.introducedHere), ...passageBlocks(intro, labels)] : [])];
}

function helpBlocks(answer: Extract<Answer, { kind: 'help' }>, labels: Labels): Block[] {
  return [
    ...answer.commands.map((c) => {
      const [name = '', ...options] = c.usage.split(' ');
      const usage = `*${escapeText(name)}*${options.length ? ` ${escapeText(options.join(' '))}` : ''}`;
      return section(`${usage}: ${textWithin(c.description, 1000)}\n_${labels.forExample}_ \`${textWithin(c.example, 500)}\``);
    }),
    section(`*${labels.inChat}*\n${answer.freeText.map((t) => `• ${escapeText(t)}`).join('\n')}`),
    context(labels.slackPrivate),
  ];
}

/** Lines in as few sections as hold them within a section's 3,000 characters. */
export function linesInSections(lines: string[]): Block[] {
  const texts: string[] = [];
  for (const line of lines) {
    const last = texts.length - 1;
    if (last >= 0 && (texts[last] as string).length + 1 + line.length <= LIMITS.sectionText) texts[last] += `\n${line}`;
    else texts.push(line);
  }
  return texts.map(section);
}

function unrendered(answer: never): never {
  throw new Error(`no Slack rendering for the answer kind ${(answer as Answer).kind}`);
}

/**
 * One page of an answer as Block Kit: the lead line, then the kind's own blocks, all user and
 * report text escaped and cut to Block Kit's limits. A new answer kind fails type checking here
 * until it is rendered.
 */
export function renderPage(answer: Answer, requestedPage = 0): PageView {
  const pages = pagesWith(answer, PAGE_SIZES);
  const page = clampPage(requestedPage, pages);
  const blocks: Block[] = [section(textWithin(answer.lead, LIMITS.sectionText))];
  const replies = repliesOf(answer);
  const labels = replies.labels;
  switch (answer.kind) {
    case 'passages':
      if (answer.note) blocks.push(context(textWithin(answer.note, LIMITS.contextText)));
      blocks.push(...passagesBlocks(answer, page, labels));
      break;
    case 'none':
      if (answer.suggestions.length) blocks.push(context(`${labels.try} ${answer.suggestions.map((s) => `\`${textWithin(s.command.replace(/`/g, "'"), 200)}\``).join(' · ')}`));
      break;
    case 'speakers': {
      const lines = pageItems(answer.speakers, page, PAGE_SIZES.speakers).map((s) => {
        const detail = speakerDetail(s);
        return `• *${textWithin(s.name, SPEAKER_LINE)}*${detail ? ` (${textWithin(detail, SPEAKER_LINE)})` : ''}: ${labels.passages(s.passages)}`;
      });
      blocks.push(...linesInSections(lines));
      break;
    }
    case 'speaker':
      blocks.push(...speakerBlocks(answer, labels));
      break;
    case 'reports':
      blocks.push(...pageItems(answer.reports, page, PAGE_SIZES.reports).flatMap((r) => reportBlocks(r, labels)));
      break;
    case 'summary':
      blocks.push(...summaryBlocks(answer, page, PAGE_SIZES, replies));
      break;
    case 'help':
      blocks.push(...helpBlocks(answer, labels));
      break;
    default:
      return unrendered(answer);
  }
  return { text: textWithin(answer.lead, LIMITS.messageText), blocks, page, pages };
}
