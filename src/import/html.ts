import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ImportedDocument } from './document.ts';
import { htmlToMarkdown } from './htmlToMarkdown.ts';
import { oneLine, sameText } from './reportMarkdown.ts';

/**
 * A web page to its article: Readability (Firefox's Reader View) keeps the article and drops
 * navigation, banners, related links, comments, cookie notices and footers. Title, byline and
 * published date are the ones the page states (meta tags, JSON-LD, a byline element).
 */
export function readWebPage(html: string): ImportedDocument {
  const { document } = parseHTML(html);
  // Readability changes the document it reads: the headings are taken first.
  const headings = Array.from(document.querySelectorAll('h1') as ArrayLike<{ textContent: string | null }>, (h) => oneLine(h.textContent ?? '')).filter(Boolean);
  const article = new Readability(document).parse();
  const markdown = article?.content ? htmlToMarkdown(article.content) : '';
  return {
    title: article?.title ? withoutSiteName(oneLine(article.title), headings, article.siteName) : null,
    author: article?.byline ? cleanByline(article.byline) : null,
    date: article?.publishedTime ? statedDate(article.publishedTime) : null,
    markdown,
    dropped: [],
  };
}

const SEPARATOR = /\s+[|–—»·:-]\s+/;

/**
 * "Budget day | The Courier" is the page's title; "Budget day" the article's: the part that is
 * the page's main heading, else the part that is not the site's name.
 */
function withoutSiteName(title: string, headings: string[], siteName: string | null | undefined): string | null {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title || null;
  const heading = headings.find((h) => sameText(h, title) || parts.some((part) => sameText(part, h)) || title.startsWith(`${h} `) || title.endsWith(` ${h}`));
  if (heading) return heading;
  const site = siteName ? oneLine(siteName) : '';
  if (site && sameText(parts[parts.length - 1] ?? '', site)) return title.slice(0, title.lastIndexOf(parts[parts.length - 1] as string)).replace(/\s+[|–—»·:-]\s*$/, '').trim() || title;
  if (site && sameText(parts[0] ?? '', site)) return title.slice((parts[0] as string).length).replace(/^\s*[|–—»·:-]\s+/, '').trim() || title;
  return title;
}

function cleanByline(byline: string): string | null {
  const text = oneLine(byline).replace(/^by:?\s+/i, '');
  return text || null;
}

/** An ISO timestamp keeps its day; any other wording is kept as the page states it. */
function statedDate(value: string): string | null {
  const text = oneLine(value);
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  return iso?.[1] ?? (text || null);
}
