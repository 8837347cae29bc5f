import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetchPage.ts';

/**
 * What one import may read. `maxBytes` is one limit for a page at a URL, a local file and the
 * XML a Word file unpacks to; a PDF's cost grows with its pages, not its bytes, so it has its own.
 */
export interface ImportLimits extends FetchLimits {
  maxPages: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { ...DEFAULT_FETCH_LIMITS, maxPages: 500 };
