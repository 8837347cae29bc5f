import type { SnapshotHeader } from './header.ts';

/**
 * A snapshot holds what loading, attribution and indexing produce: a small JSON header (the
 * reports, speakers, problems) and a body of flat arrays (the passages, their text and the
 * index). It is what the knowledge worker hands to the main thread (transferred, not copied)
 * and what the cache folder keeps, so that a start with nothing changed reads it back instead
 * of parsing. The body is what a running bot holds; the header is read once and let go.
 *
 * A snapshot file:
 *   bytes 0-7    MAGIC
 *   bytes 8-11   FORMAT_VERSION (u32, little-endian)
 *   bytes 12-15  header length in bytes (u32)
 *   bytes 16-47  SHA-256 of the header
 *   bytes 48-79  SHA-256 of the body: a corrupt file is never trusted
 *   bytes 80-    header (UTF-8 JSON), then the body
 * In the body each array starts at a multiple of 8 bytes.
 */
export const MAGIC = 'RBSNAP\u0000\u0001';
/** Raised whenever the layout or the meaning of a field changes: an older file is then rebuilt. */
export const FORMAT_VERSION = 5;
export const PREAMBLE = 80;
export const HEADER_SUM_AT = 16;
export const BODY_SUM_AT = 48;

/** Where an array sits in the body: byte offset and element count. */
export type Span = [offset: number, count: number];

export const ARRAYS = {
  // One entry per passage (textStart and voiceOffsets: one more).
  report: Uint32Array,
  paragraph: Uint32Array,
  line: Uint32Array,
  section: Int32Array,
  attribution: Uint32Array,
  context: Int32Array,
  flags: Uint8Array,
  textStart: Uint32Array,
  text: Uint8Array,
  voiceOffsets: Uint32Array,
  // One entry per sentence voice, for the passages that mix voices.
  voiceStart: Uint32Array,
  voiceEnd: Uint32Array,
  voiceAttribution: Uint32Array,
  // String tables: section headings, and passage ids where one does not follow the rule.
  sectionStart: Uint32Array,
  sectionText: Uint8Array,
  idStart: Uint32Array,
  idText: Uint8Array,
  // PassageSearch's tables (PassageTables): the findings mask, and passages by who speaks in them.
  findings: Uint8Array,
  speakerOffsets: Uint32Array,
  speakerPassages: Int32Array,
  // The runs of passages under one heading, and the runs whose heading holds each of headingStems (Sections).
  sectionFirst: Int32Array,
  sectionEnd: Int32Array,
  headingStemStart: Int32Array,
  headingHolders: Int32Array,
  // The term index (IndexParts).
  offsets: Uint32Array,
  blocks: Uint32Array,
  blockDoc: Int32Array,
  blockByte: Uint32Array,
  postings: Uint8Array,
  counts: Uint8Array,
  termStems: Uint32Array,
  lengths: Uint16Array,
  // Each long list's best postings (TopPostings), and each text as stem numbers (ForwardIndex).
  topOffsets: Uint32Array,
  topDocs: Int32Array,
  topCounts: Uint8Array,
  forwardStarts: Uint32Array,
  forward: Uint8Array,
} as const;

export type ArrayName = keyof typeof ARRAYS;

/** Passage flag bits. */
export const LIST_ITEM = 1;
export const FINDING = 2;
export const HAS_VOICES = 4;

/** What identifies a snapshot's inputs: the code that built it and each report it read. */
export interface SnapshotMeta {
  /** Changes with the knowledge or the code: copies with the same folder and build share it. */
  version: string;
  codeVersion: string;
  /** Each report file read, with the SHA-256 of its name and bytes. */
  sources: { file: string; hash: string }[];
}

/**
 * A snapshot read: its header parsed, and its body, kept. The header travels parsed, so that
 * whoever checks it and whoever decodes the snapshot share one parse: at 100,000 passages it is
 * 1.3 MB of JSON, and each parse's few megabytes of objects, alive across the young
 * generation's collections while the body is read, grew that generation by 12 MB for good.
 */
export interface SnapshotParts {
  header: SnapshotHeader;
  body: ArrayBuffer;
  /** The header's size in the file, and the body's: what the snapshot weighs. */
  bytes: number;
}

/**
 * A snapshot as built, to be written: its body is its arrays end to end (with the padding that
 * aligns them), never copied into one buffer. One copy of a 49 MB report's arrays was 80 MB of
 * the knowledge worker's peak.
 */
export interface SnapshotPieces {
  header: Uint8Array;
  body: readonly Uint8Array[];
}

export class SnapshotError extends Error {}
