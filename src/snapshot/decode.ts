import type { Steps } from '../base/steps.ts';
import { useReportWords } from '../search/reportWords.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { PassageTables } from '../search/passageSearch.ts';
import type { IndexParts } from '../search/termIndex.ts';
import { ARRAYS, SnapshotError, type ArrayName, type SnapshotMeta, type SnapshotParts } from './format.ts';
import { StoredPassages, StringTable, type PassageColumns } from './storedPassage.ts';

export interface Snapshot {
  meta: SnapshotMeta;
  knowledge: Knowledge;
  index: IndexParts;
  tables: PassageTables;
  /** Text of passage i without making its passage object. */
  textOf(i: number): string;
}

type Views = { [K in ArrayName]: InstanceType<(typeof ARRAYS)[K]> };

/**
 * The knowledge and index of a snapshot, read in place: the arrays are views into the body,
 * and a passage is a small object over them, made when it is read (storedPassage.ts). Nothing
 * is copied. In steps of a few milliseconds: a bot that reloads its knowledge decodes the new
 * snapshot between answers (`finishInTurns`); anything else runs them at once (`finish`).
 */
export function* decodeSnapshot({ header, body }: SnapshotParts): Steps<Snapshot> {
  // Before any question is stemmed: the index's French words have French stems.
  useReportWords(header.words);
  yield;
  const views = {} as Record<ArrayName, unknown>;
  for (const name of Object.keys(ARRAYS) as ArrayName[]) {
    const span = header.spans?.[name];
    const Type = ARRAYS[name];
    if (!Array.isArray(span) || span[0] % 8 !== 0 || span[0] + span[1] * Type.BYTES_PER_ELEMENT > body.byteLength) throw new SnapshotError(`bad span for ${name}`);
    views[name] = new Type(body, span[0], span[1]);
  }
  const v = views as Views;
  const n = header.passages;
  if (
    v.textStart.length !== n + 1 ||
    v.voiceOffsets.length !== n + 1 ||
    v.findings.length !== n ||
    v.speakerOffsets.length !== header.speakerKeys.length + 1 ||
    v.sectionEnd.length !== v.sectionFirst.length ||
    v.headingStemStart.length !== header.headingStems.length + 1 ||
    v.headingStemStart[header.headingStems.length] !== v.headingHolders.length ||
    v.offsets.length !== header.stems.length + 1 ||
    v.blocks.length !== header.stems.length + 1 ||
    v.topOffsets.length !== header.stems.length + 1 ||
    v.topDocs.length !== v.topCounts.length ||
    v.topOffsets[header.stems.length] !== v.topDocs.length ||
    v.forwardStarts.length !== n + 1 ||
    v.forwardStarts[n] !== v.forward.length ||
    v.lengths.length !== n
  ) {
    throw new SnapshotError('arrays of the wrong size');
  }
  const bytes = (view: Uint8Array) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  // Shared by every passage that has the same one: frozen, so that no answer can change another's.
  for (const a of header.attributions) Object.freeze(a);
  const columns: PassageColumns = {
    reports: header.reports,
    report: v.report,
    paragraph: v.paragraph,
    line: v.line,
    section: v.section,
    sections: new StringTable(v.sectionStart, bytes(v.sectionText)),
    attribution: v.attribution,
    attributions: header.attributions,
    context: v.context,
    contexts: header.contexts,
    flags: v.flags,
    texts: new StringTable(v.textStart, bytes(v.text)),
    voiceOffsets: v.voiceOffsets,
    voiceStart: v.voiceStart,
    voiceEnd: v.voiceEnd,
    voiceAttribution: v.voiceAttribution,
    ids: v.idStart.length > 1 ? new StringTable(v.idStart, bytes(v.idText)) : null,
  };
  const passages = new StoredPassages(columns, n);
  return {
    meta: header.meta,
    knowledge: { reports: header.reports, passages, speakers: header.speakers, problems: header.problems, skipped: header.skipped },
    tables: {
      findings: v.findings,
      byAttribution: new Map(header.speakerKeys.map((key, i) => [key, v.speakerPassages.subarray(v.speakerOffsets[i], v.speakerOffsets[i + 1])])),
      answers: new Map(header.answers),
      reportStart: new Map(header.reportStarts),
      regularIds: header.regularIds,
      sections: { first: v.sectionFirst, end: v.sectionEnd, stemNumbers: new Map(header.headingStems.map((stem, n) => [stem, n])), holderStart: v.headingStemStart, holders: v.headingHolders },
    },
    index: { stems: header.stems, postings: { offsets: v.offsets, blocks: v.blocks, blockDoc: v.blockDoc, blockByte: v.blockByte, bytes: v.postings, counts: v.counts }, terms: header.terms, termStems: v.termStems,
      lengths: v.lengths,
      top: { offsets: v.topOffsets, docs: v.topDocs, counts: v.topCounts },
      forward: { starts: v.forwardStarts, bytes: v.forward },
    },
    textOf: (i) => columns.texts.at(i),
  };
}
