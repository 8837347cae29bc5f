/**
 * Every reason an import can refuse a document, as data: a key and what fills its sentence.
 * It is raised as this (ImportError), crosses the import worker's thread as this, and is worded
 * only where it is shown, from the reader's reply table (`importProblems` in each language):
 * English for `npm run import` and the logs, the asker's language in chat. Sizes are bytes, for
 * each language to write its own way. `detail` is a library's or the system's own words
 * (English, or an error code): a language may leave it out.
 */
export type ImportProblem =
  // What the input is.
  | { key: 'notHttp'; extensions: string }
  | { key: 'unknownType'; extension: string | null; extensions: string }
  | { key: 'oldWordName' }
  | { key: 'empty' }
  | { key: 'contentIsNot'; expected: ExpectedFormat; content: SniffedContent }
  | { key: 'oldWordContent' }
  | { key: 'notAFile'; kind: FileKind }
  | { key: 'cannotOpen'; cause: 'missing' | 'denied' | 'loop' | 'other'; detail: string }
  // Fetching a page or a chat's file.
  | { key: 'tooLarge'; what: Fetched; size: number | null; limit: number }
  | { key: 'timedOut'; seconds: number }
  | { key: 'cannotFetch'; what: Fetched; detail: string }
  | { key: 'brokeOff'; detail: string }
  | { key: 'tooManyRedirects' }
  | { key: 'unreachable'; code: string }
  | { key: 'notPublic'; host: string }
  | { key: 'serverAnswered'; what: Fetched; status: number; statusText: string }
  | { key: 'notWebPage'; mediaType: string | null; downloadIt: boolean }
  // A PDF.
  | { key: 'pdfTruncated' }
  | { key: 'pdfBomb'; limit: number }
  | { key: 'pdfUncountable'; detail: string; limit: number }
  | { key: 'pdfEncrypted' }
  | { key: 'pdfDamaged' }
  | { key: 'pdfUnreadable'; detail: string }
  | { key: 'tooManyPages'; pages: number; limit: number }
  | { key: 'noTextLayer'; pages: number }
  // A Word file.
  | { key: 'noWordDocument' }
  | { key: 'zipBomb'; size: number; limit: number }
  | { key: 'wordDamaged'; detail: string }
  | { key: 'zipRefused'; detail: string }
  | { key: 'doctype'; part: string }
  | { key: 'blockTooLarge'; part: string; block: string; size: number; limit: number }
  // What the import makes of it.
  | { key: 'hasFrontMatter' }
  | { key: 'noTitle' }
  | { key: 'noText'; extracted: 'article' | 'document' | null }
  | { key: 'wouldNotLoad'; line: number | null; detail: string }
  | { key: 'reportTooLarge'; size: number; limit: number }
  | { key: 'exists'; target: string }
  | { key: 'cannotCreateFolder'; detail: string }
  | { key: 'cannotWrite'; detail: string }
  | { key: 'outOfMemory'; mb: number };

/** What a file's name says it is, when its content is something else. */
export type ExpectedFormat = 'PDF' | 'Word file' | 'web page' | 'text file';

/** What a file's first bytes say it is, whatever its name says. */
export type SniffedContent = 'PDF' | 'zip' | 'old Office file' | 'binary' | 'text';

/** What a path is when it is no regular file. */
export type FileKind = 'folder' | 'fifo' | 'character device' | 'block device' | 'socket' | 'link' | 'other';

/** What was being fetched: a chat's file, or a web page. */
export type Fetched = 'file' | 'page';

/** One sentence for each problem, in one language: a missing one does not compile. */
export type ImportProblemReplies = { [K in ImportProblem['key']]: (problem: Extract<ImportProblem, { key: K }>) => string };

/** A problem in the words of one table. */
export function problemSaid(table: ImportProblemReplies, problem: ImportProblem): string {
  // Each key's entry takes that key's arguments: TypeScript cannot follow the pairing through an index.
  return (table[problem.key] as (p: ImportProblem) => string)(problem);
}
