import { oneLine } from './reportMarkdown.ts';

/**
 * Document properties are often filled in by the program, not the author: a file name or
 * "Untitled" as the title, the computer's user ("Administrator", "Un-named") as the author.
 * Those state nothing about the report and are left out.
 */
export function statedTitle(value: unknown): string | null {
  const title = typeof value === 'string' ? oneLine(value).replace(/^Microsoft (?:Word|PowerPoint) - /, '') : '';
  if (!title || /^(untitled|document\d*|slide \d+|title)$/i.test(title) || /\.(docx?|odt|pdf|tex|indd|rtf|txt|pages|pptx?)$/i.test(title)) return null;
  return title;
}

export function statedAuthor(value: unknown): string | null {
  const author = typeof value === 'string' ? oneLine(value) : '';
  if (!author || /^(un-?named|unknown|anonymous|author|user|owner|admin|administrator|windows user|microsoft office user|office user|root)$/i.test(author)) return null;
  return author;
}
