import type { Attribution, Knowledge } from '../knowledge/types.ts';
import type { ArrayName, SnapshotMeta, Span } from './format.ts';

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
  stems: string[];
  terms: string[];
  /** The words of reports not in English, by language code, as written: reopening the index stems them alike (wordLanguages.ts). */
  words: Record<string, string[]>;
  spans: Record<ArrayName, Span>;
}
