import { truncateWords, type Marked } from '../search/excerpt.ts';
import { DEFAULT_LANGUAGE, languageByCode, type Replies } from '../language/index.ts';
import type { Labels } from '../language/types.ts';
import type { Answer, PassageResult, SpeakerSummary } from './types.ts';

/*
 * Pieces of an answer's presentation that every adapter shares; each adapter supplies its own
 * escaping and emphasis.
 */

/** "XenSource", "Microsoft, CTO", "analyst": what follows a speaker's name, or empty. */
export function speakerDetail(s: SpeakerSummary): string {
  const role = s.role && !(s.organisation && s.role.includes(s.organisation)) ? s.role : null;
  return [s.organisation, role].filter(Boolean).join(', ');
}

/** The bot's sentences in the answer's language: what a platform puts around the answer is in it too. */
export function repliesOf(answer: Pick<Answer, 'lang'>): Replies {
  return (languageByCode(answer.lang) ?? DEFAULT_LANGUAGE).replies;
}

/** Where a passage stands: "Section, paragraph 12 · Report title". */
export function whereLine(r: PassageResult, labels: Labels): string {
  return labels.where(r.passage.section ?? labels.introduction, r.passage.paragraph, r.report.title);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An excerpt with its matched ranges emphasised by `mark`, everything made safe by `plain`. */
export function renderMarks({ text, marks }: Marked, plain: (text: string) => string, mark: (text: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out += plain(text.slice(at, start)) + mark(plain(text.slice(start, end)));
    at = end;
  }
  return out + plain(text.slice(at));
}

/**
 * Text escaped for a platform and cut to `max` characters at a word boundary. Escapes lengthen
 * text and count toward the limit, so the source is shortened until its escaped form fits.
 */
export function escapedWithin(text: string, max: number, escape: (text: string) => string): string {
  let cut = text;
  let out = escape(cut);
  while (out.length > max && cut.length > 1) {
    // Shrink in proportion: where escapes double the text, half the text fits.
    cut = truncateWords(cut, Math.max(1, Math.min(cut.length - 1, Math.floor((cut.length * max) / out.length))));
    out = escape(cut);
  }
  return out.length > max ? out.slice(0, max) : out;
}

/**
 * Lines joined by newlines within `max` characters. Those that do not fit, and `hidden` more
 * left out before, become one last line `more(n)`.
 */
export function linesWithin(lines: string[], max: number, more: (n: number) => string, hidden = 0): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1 + hidden;
    const tail = rest > 0 ? more(rest).length + 1 : 0;
    if (length + line.length + 1 + tail > max) {
      kept.push(more(lines.length - i + hidden));
      return kept.join('\n');
    }
    kept.push(line);
    length += line.length + 1;
  }
  if (hidden > 0) kept.push(more(hidden));
  return kept.join('\n');
}
