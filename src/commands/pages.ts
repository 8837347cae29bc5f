import type { Answer } from './types.ts';

/** How many items of each kind one page shows; each platform picks its own to fit its limits. */
export interface PageSizes {
  passages: number;
  speakers: number;
  reports: number;
  /** Section lines of a one-report /summary. */
  sections: number;
}

function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}

/** How many pages an answer needs. /who-said shows its best few on one page: it names one speaker. */
export function pagesOf(answer: Answer, sizes: PageSizes): number {
  switch (answer.kind) {
    case 'passages':
      return answer.command === 'who-said' ? 1 : pageCount(answer.results.length, sizes.passages);
    case 'speakers':
      return pageCount(answer.speakers.length, sizes.speakers);
    case 'reports':
      return pageCount(answer.reports.length, sizes.reports);
    case 'summary':
      // One report pages its sections; several page the reports.
      return answer.full ? pageCount(answer.digests[0]?.sections.length ?? 0, sizes.sections) : pageCount(answer.digests.length, sizes.reports);
    default:
      return 1;
  }
}

/** A requested page number, brought within the answer's pages (a list may have shrunk since). */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, page), pages - 1);
}

export function pageItems<T>(items: T[], page: number, perPage: number): T[] {
  return items.slice(page * perPage, page * perPage + perPage);
}
