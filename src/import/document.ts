/** What a format reader makes of a document, before it is written as a report. */
export interface ImportedDocument {
  /** Only what the document itself states; null when it does not. */
  title: string | null;
  author: string | null;
  date: string | null;
  /** The body in the report's Markdown: `##` headings, paragraphs, `-` or `1.` list items. */
  markdown: string;
  /** What was left out on the way, for the summary: "a running header on 3 pages". */
  dropped: string[];
}

/** A block of a body as the PDF and text readers find it. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
  /** A numbered list item. */
  ordered?: boolean;
}
