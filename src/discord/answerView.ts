import { languageLabel } from '../language/index.ts';
import type { APIEmbed } from 'discord.js';
import { capitalise, repliesOf, speakerDetail } from '../commands/present.ts';
import type { Labels } from '../language/types.ts';
import { clampPage, pageItems, pagesOf as pagesWith, type PageSizes } from '../commands/pages.ts';
import type { Answer, PassageResult } from '../commands/types.ts';
import { LIMITS, embedLength } from './limits.ts';
import { boldMarks, inert, inertWithin } from './safeText.ts';
import { summaryEmbeds } from './summaryView.ts';

/** Results per page: three passage embeds stay far below the 6,000-character total. */
export const RESULTS_PER_PAGE = 3;
const LINES_PER_PAGE = 15;
const REPORTS_PER_PAGE = 5;
/** Section lines of a one-report /summary: eight of a heading and a sentence fit one embed beside the report's and the findings'. */
const SECTIONS_PER_PAGE = 8;

/** What one page of an answer shows in Discord. */
export interface PageView {
  content: string;
  embeds: APIEmbed[];
  page: number;
  pages: number;
}

const PALETTE = [0x5865f2, 0x57f287, 0xfee75c, 0xeb459e, 0xed4245, 0x3ba55c, 0xfaa61a, 0x9b59b6, 0x1abc9c, 0xe67e22];
const AUTHOR_COLOUR = 0x99aab5;

/** One colour per speaker, the same on every run. */
export function colourFor(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] as number;
}

function passageEmbed(r: PassageResult, labels: Labels): APIEmbed {
  const key = r.speaker?.id ?? r.label;
  const fields = [
    { name: labels.fields.section, value: inertWithin(r.passage.section ?? labels.introduction, LIMITS.fieldValue), inline: true },
    { name: labels.fields.paragraph, value: String(r.passage.paragraph), inline: true },
  ];
  if (r.passage.isFinding) fields.push({ name: labels.fields.finding, value: labels.yes, inline: true });
  const footer = [r.report.title, r.report.source].filter(Boolean).join(' · ');
  return {
    author: { name: inertWithin(capitalise(r.label), LIMITS.author) },
    description: `“${boldMarks(r.excerpt.text, r.excerpt.marks)}”`.slice(0, LIMITS.embedDescription),
    fields,
    footer: { text: inertWithin(footer, LIMITS.footer) },
    color: r.attribution === 'author' ? AUTHOR_COLOUR : colourFor(key),
  };
}

/** The lines of a list answer, for pages of plain lines in one embed. */
function lineItems(answer: Answer, labels: Labels): string[] {
  if (answer.kind === 'speakers') {
    return answer.speakers.map((s) => {
      const detail = speakerDetail(s);
      return `**${inert(s.name)}**${detail ? ` (${inert(detail)})` : ''}: ${labels.passages(s.passages)}`;
    });
  }
  return [];
}

const PAGE_SIZES: PageSizes = { passages: RESULTS_PER_PAGE, speakers: LINES_PER_PAGE, reports: REPORTS_PER_PAGE, sections: SECTIONS_PER_PAGE };

/** How many pages an answer needs in Discord. */
export function pagesOf(answer: Answer): number {
  return pagesWith(answer, PAGE_SIZES);
}

/**
 * One page of an answer as Discord content and embeds: the lead line as content, one embed
 * per passage (excerpt with the matched words in bold, attribution as the author line,
 * section and paragraph as fields, report title and source in the footer).
 */
export function renderPage(answer: Answer, requestedPage = 0): PageView {
  const pages = pagesOf(answer);
  const page = clampPage(requestedPage, pages);
  let content = inertWithin(answer.lead, LIMITS.content);
  let embeds: APIEmbed[] = [];
  const labels = repliesOf(answer).labels;
  const named = labels.fields;
  switch (answer.kind) {
    case 'passages': {
      const shown = answer.command === 'who-said' ? answer.results.slice(0, RESULTS_PER_PAGE) : pageItems(answer.results, page, RESULTS_PER_PAGE);
      embeds = shown.map((r) => passageEmbed(r, labels));
      if (answer.note) content = inertWithin(`${answer.lead} ${answer.note}`, LIMITS.content);
      break;
    }
    case 'none':
      if (answer.suggestions.length) {
        const tries = answer.suggestions.map((s) => `\`${s.command.replace(/`/g, "'")}\``).join(' · ');
        content = `${inertWithin(answer.lead, LIMITS.content - tries.length - labels.try.length - 2)}\n${labels.try} ${tries}`;
      }
      break;
    case 'speakers':
      embeds = [{ title: named.speakers, description: pageItems(lineItems(answer, labels), page, LINES_PER_PAGE).join('\n').slice(0, LIMITS.embedDescription), color: AUTHOR_COLOUR }];
      break;
    case 'speaker': {
      const { card } = answer;
      const intro = card.introduction;
      embeds = [
        {
          title: inertWithin(card.label, LIMITS.embedTitle),
          description: intro ? `${labels.introducedIn(inert(intro.passage.section ?? labels.introduction), intro.passage.paragraph)}\n“${boldMarks(intro.excerpt.text, intro.excerpt.marks)}”`.slice(0, LIMITS.embedDescription) : undefined,
          fields: [
            ...(card.summary.organisation ? [{ name: named.organisation, value: inertWithin(card.summary.organisation, LIMITS.fieldValue), inline: true }] : []),
            ...(card.summary.role ? [{ name: named.role, value: inertWithin(card.summary.role, LIMITS.fieldValue), inline: true }] : []),
            { name: named.passages, value: String(card.summary.passages), inline: true },
            ...(card.names.length ? [{ name: labels.namedAs, value: inertWithin(card.names.join(', '), LIMITS.fieldValue), inline: true }] : []),
            ...(card.reports.length ? [{ name: named.reports, value: inertWithin(card.reports.map((r) => r.title).join('\n'), LIMITS.fieldValue) }] : []),
          ],
          color: card.summary.kind === 'author' ? AUTHOR_COLOUR : colourFor(card.summary.key),
        },
      ];
      break;
    }
    case 'reports':
      embeds = pageItems(answer.reports, page, REPORTS_PER_PAGE).map(({ report, speakers, findings }) => ({
        title: inertWithin(report.title, LIMITS.embedTitle),
        fields: [
          { name: named.author, value: inertWithin(report.author ?? labels.notNamed, LIMITS.fieldValue), inline: true },
          ...(report.event ? [{ name: named.event, value: inertWithin(report.event, LIMITS.fieldValue), inline: true }] : []),
          ...(report.date ? [{ name: named.date, value: inertWithin(report.date, LIMITS.fieldValue), inline: true }] : []),
          { name: named.language, value: languageLabel(report.language), inline: true },
          { name: named.passages, value: String(report.passageCount), inline: true },
          { name: named.speakers, value: String(speakers), inline: true },
          { name: named.findings, value: String(findings), inline: true },
        ],
        footer: report.source ? { text: inertWithin(report.source, LIMITS.footer) } : undefined,
        color: AUTHOR_COLOUR,
      }));
      break;
    case 'summary':
      embeds = summaryEmbeds(answer, page, PAGE_SIZES).map((e) => ({ ...e, color: AUTHOR_COLOUR }));
      if (answer.note) content = inertWithin(`${answer.lead} ${answer.note}`, LIMITS.content);
      break;
    case 'help':
      embeds = [
        {
          title: 'report-bot',
          description: inertWithin(answer.lead, LIMITS.embedDescription),
          fields: [
            ...answer.commands.map((c) => ({ name: inertWithin(c.usage, LIMITS.fieldName), value: inertWithin(`${c.description}\n${labels.forExample} ${c.example}`, LIMITS.fieldValue) })),
            { name: labels.inChat, value: inertWithin(answer.freeText.join('\n'), LIMITS.fieldValue) },
            { name: labels.privateAnswers, value: labels.discordPrivate },
          ].slice(0, LIMITS.embedFields),
          color: AUTHOR_COLOUR,
        },
      ];
      content = '';
      break;
  }
  // The 6,000-character total is per message: drop trailing embeds rather than send an error.
  while (embeds.length > 1 && embeds.reduce((sum, e) => sum + embedLength(e), 0) > LIMITS.embedTotal) embeds.pop();
  return { content, embeds: embeds.slice(0, LIMITS.embeds), page, pages };
}
