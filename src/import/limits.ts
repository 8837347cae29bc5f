import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetchPage.ts';

/**
 * What one import may read. `maxBytes` is one limit for a page at a URL, a local file, the XML
 * a Word file unpacks to and what a PDF's streams unpack to; a PDF's cost also grows with its
 * pages, so they have a limit of their own.
 */
export interface ImportLimits extends FetchLimits {
  maxPages: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { ...DEFAULT_FETCH_LIMITS, maxPages: 500 };
