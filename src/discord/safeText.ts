import { escapeMarkdown } from '@discordjs/formatters';
import { escapedWithin, renderMarks } from '../commands/present.ts';

const ZWSP = '\u200b';

/**
 * Text from a report or a user, made inert for Discord: Markdown escaped (headings, lists,
 * masked links included), mentions broken with a zero-width space so that even a client that
 * ignores allowed_mentions shows "@everyone" as text, and links kept from unfurling.
 */
export function inert(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^>/gm, '\\>')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<([@#&:]|a:|t:|\/)/g, `<${ZWSP}$1`)
    .replace(/@(?=[!&]?\d)/g, `@${ZWSP}`)
    .replace(/\b(https?):\/\//gi, `$1:${ZWSP}//`);
}

/** Inert text cut to a limit at a word boundary (the escapes count toward the limit). */
export function inertWithin(text: string, max: number): string {
  return escapedWithin(text, max, inert);
}

/** Text with marked ranges in bold, everything else inert. */
export function boldMarks(text: string, marks: [number, number][]): string {
  return renderMarks({ text, marks }, inert, (t) => `**${t}**`);
}
