import type { Attribution, Knowledge } from '../knowledge/types.ts';
import { SnapshotError, type ArrayName, type SnapshotMeta, type Span } from './format.ts';

/** The JSON part of a snapshot: everything that is not a flat array. */
export interface SnapshotHeader {
  meta: SnapshotMeta;
  passages: number;
  reports: Knowledge['reports'];
  speakers: Knowledge['speakers'];
  problems: Knowledge['problems'];
  skipped: Knowledge['skipped'];
  /** Distinct attributions, shared by the passages (and voices) that have the same one. */
  attributions: Attribution[];
  /** The questions turns answer (a passage holds an index into them, -1: none). */
  contexts: string[];
  /** PassageTables: the attribution keys (their passages are speakerPassages), turn pairs, report starts. */
  speakerKeys: string[];
  answers: [question: number, answer: number][];
  reportStarts: [reportId: string, start: number][];
  regularIds: boolean;
  /** The stems of the headings, in the order of their numbers in Sections. */
  headingStems: string[];
  stems: string[];
  terms: string[];
  /** The words of reports not in English, by language code, as written: reopening the index stems them alike (wordLanguages.ts). */
  words: Record<string, string[]>;
  spans: Record<ArrayName, Span>;
}

/** A snapshot's header, from its UTF-8 JSON. */
export function parseHeader(header: Uint8Array): SnapshotHeader {
  try {
    return JSON.parse(Buffer.from(header.buffer, header.byteOffset, header.byteLength).toString('utf8')) as SnapshotHeader;
  } catch {
    throw new SnapshotError('unreadable header');
  }
}
