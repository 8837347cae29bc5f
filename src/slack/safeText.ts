import { escapedWithin, renderMarks } from '../commands/present.ts';
import type { Marked } from '../search/excerpt.ts';

const ZWSP = '\u200b';

/**
 * Text from a report or a user, made inert for Slack: `&`, `<` and `>` escaped as Slack asks, so
 * that `<!channel>`, `<@U…>` or a link typed into a query stays text; a bare "@here" is broken
 * with a zero-width space too, for clients that would highlight it.
 */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, `@${ZWSP}$1`);
}

/** Escaped text cut to a limit at a word boundary (the escapes count toward the limit). */
export function textWithin(text: string, max: number): string {
  return escapedWithin(text, max, escapeText);
}

/** An excerpt with the matched words in bold, everything escaped. */
export function boldMarks(marked: Marked): string {
  return renderMarks(marked, escapeText, (t) => `*${t}*`);
}

/**
 * Text as Slack delivers it (mentions, channels and links in angle brackets; `&`, `<`, `>` as
 * entities), as the plain words a person typed: the query the commands read.
 */
export function plainText(slackText: string): string {
  return slackText
    .replace(/<([^<>]*)>/g, (_all, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : '@someone';
      if (target.startsWith('#')) return label ? `#${label}` : '#channel';
      if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
