import path from 'node:path';
import { buildKnowledge, slug } from '../knowledge/load.ts';
import { DEFAULT_MAX_BYTES } from '../knowledge/read.ts';
import { ImportError } from './errors.ts';
import { inertMarkdown, inertReport } from './inertMarkdown.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { readDocument, type Format } from './readDocument.ts';
import { renderReport, titleAndBylineFromBody } from './reportMarkdown.ts';
import { writeReport } from './writeReport.ts';

export interface ImportOptions {
  knowledgeDir: string;
  /** Stated by the user: wins over what the document states. */
  title?: string | null;
  author?: string | null;
  force?: boolean;
  /** Any left out are the defaults (DEFAULT_IMPORT_LIMITS). */
  limits?: Partial<ImportLimits>;
  /** The largest report the bot reads (KNOWLEDGE_MAX_BYTES): a larger one is not written. */
  maxReportBytes?: number;
}

export interface ImportSummary {
  path: string;
  format: Format;
  title: string;
  author: string | null;
  date: string | null;
  source: string;
  sections: number;
  passages: number;
  /** Named people found in the text, the author aside. */
  speakers: string[];
  unnamedSpeakers: number;
  dropped: string[];
}

/**
 * One document to one report in the knowledge folder: read, title and byline settled, written
 * as Markdown with front matter, loaded once by the bot's own loader (a file the bot could not
 * load is never written), then written atomically.
 */
export async function importReport(input: string, options: ImportOptions): Promise<ImportSummary> {
  const read = await readDocument(input, { ...DEFAULT_IMPORT_LIMITS, ...options.limits });
  if (read.report !== null && (options.title || options.author)) {
    throw new ImportError(input, { key: 'hasFrontMatter' });
  }
  const document = titleAndBylineFromBody(read.document);
  const title = options.title?.trim() || document.title;
  const author = options.author?.trim() || document.author;
  if (read.report === null && !title) {
    throw new ImportError(input, { key: 'noTitle' });
  }
  if (read.report === null && !document.markdown.trim()) {
    throw new ImportError(input, { key: 'noText', extracted: read.format === 'web page' ? 'article' : 'document' });
  }
  const content = read.report !== null ? inertReport(read.report) : renderReport({ title: title as string, author, date: document.date, source: read.source }, inertMarkdown(document.markdown));

  const knowledge = buildKnowledge([{ file: input, content }]);
  const [problem] = knowledge.problems;
  const report = knowledge.reports[0];
  if (problem || !report) {
    const empty = !problem || /no paragraphs/.test(problem.problem);
    throw new ImportError(input, empty ? { key: 'noText', extracted: null } : { key: 'wouldNotLoad', line: problem.line ?? null, detail: problem.problem });
  }
  const bytes = Buffer.byteLength(content);
  const maxBytes = options.maxReportBytes ?? DEFAULT_MAX_BYTES;
  if (bytes > maxBytes) {
    throw new ImportError(input, { key: 'reportTooLarge', size: bytes, limit: maxBytes });
  }

  const target = path.join(options.knowledgeDir, `${fileStem(report.title, read.source)}.md`);
  if ((await writeReport(target, content, options.force ?? false)) === 'exists') {
    throw new ImportError(input, { key: 'exists', target });
  }

  const authorName = report.author?.toLowerCase();
  return {
    path: target,
    format: read.format,
    title: report.title,
    author: report.author,
    date: report.date,
    source: report.source ?? read.source,
    sections: new Set(knowledge.passages.map((p) => p.section).filter((s) => s !== null)).size,
    passages: knowledge.passages.length,
    speakers: knowledge.speakers.filter((s) => s.name.toLowerCase() !== authorName).map((s) => s.name),
    unnamedSpeakers: new Set(knowledge.passages.flatMap((p) => (p.attribution.kind === 'unnamed' ? [p.attribution.label] : []))).size,
    dropped: document.dropped,
  };
}

/** The title as a file name: letters, digits and hyphens, at most 80 characters. */
function fileStem(title: string, source: string): string {
  let stem = slug(title);
  if (stem.length > 80) stem = stem.slice(0, 81).replace(/-[^-]*$/, '') || stem.slice(0, 80);
  return stem || slug(path.basename(source, path.extname(source))).slice(0, 80) || 'report';
}
