import type { Attribution, LoadedKnowledge, Passage } from '../knowledge/types.ts';
import type { PassageTables } from '../search/passageSearch.ts';
import type { IndexParts } from '../search/termIndex.ts';
import { ARRAYS, FINDING, HAS_VOICES, LIST_ITEM, type ArrayName, type SnapshotMeta, type SnapshotParts, type SnapshotPieces, type Span } from './format.ts';
import { parseHeader, type SnapshotHeader } from './header.ts';

/** The passage fields a snapshot keeps; a field it does not know is an error, never silently dropped. */
const PASSAGE_FIELDS = new Set(['id', 'reportId', 'section', 'paragraph', 'kind', 'text', 'line', 'attribution', 'isFinding', 'voices', 'context']);

type Arrays = Record<ArrayName, ArrayBufferView & { length: number }>;

/** A knowledge snapshot and its index as a header and a body (see format.ts). */
export function encodeSnapshot(knowledge: LoadedKnowledge, index: IndexParts, tables: PassageTables, meta: SnapshotMeta, words: Record<string, string[]>): SnapshotPieces {
  const { passages } = knowledge;
  const n = passages.length;
  const reportAt = new Map(knowledge.reports.map((r, i) => [r.id, i]));
  const sections = new Table<string>();
  const attributions = new Table<Attribution>();
  const contexts = new Table<string>();
  const voices: { start: number; end: number; attribution: number }[] = [];
  let ids: string[] | null = null;

  const report = new Uint32Array(n);
  const paragraph = new Uint32Array(n);
  const line = new Uint32Array(n);
  const section = new Int32Array(n);
  const attribution = new Uint32Array(n);
  const context = new Int32Array(n);
  const flags = new Uint8Array(n);
  const voiceOffsets = new Uint32Array(n + 1);
  passages.forEach((p, i) => {
    checkFields(p);
    const at = reportAt.get(p.reportId);
    if (at === undefined) throw new Error(`passage ${p.id} belongs to no report`);
    report[i] = at;
    paragraph[i] = p.paragraph;
    line[i] = p.line;
    section[i] = p.section === null ? -1 : sections.add(p.section);
    attribution[i] = attributions.add(p.attribution);
    context[i] = p.context === undefined ? -1 : contexts.add(p.context);
    flags[i] = (p.kind === 'list-item' ? LIST_ITEM : 0) | (p.isFinding ? FINDING : 0) | (p.voices ? HAS_VOICES : 0);
    voiceOffsets[i] = voices.length;
    for (const v of p.voices ?? []) voices.push({ start: v.start, end: v.end, attribution: attributions.add(v.attribution) });
    // Ids are worked out on reading when they follow the rule; otherwise they are all kept.
    if (ids === null && p.id !== `${p.reportId}#${p.paragraph}`) ids = passages.slice(0, i).map((q) => q.id);
    ids?.push(p.id);
  });
  voiceOffsets[n] = voices.length;
  const texts = stringTable(passages.map((p) => p.text));
  const sectionTable = stringTable(sections.values);
  const idTable = stringTable(ids ?? []);
  const speakerKeys = [...tables.byAttribution.keys()];
  const speakerOffsets = new Uint32Array(speakerKeys.length + 1);
  speakerKeys.forEach((key, i) => (speakerOffsets[i + 1] = (speakerOffsets[i] as number) + (tables.byAttribution.get(key) as Int32Array).length));
  const speakerPassages = new Int32Array(speakerOffsets[speakerKeys.length] as number);
  speakerKeys.forEach((key, i) => speakerPassages.set(tables.byAttribution.get(key) as Int32Array, speakerOffsets[i]));

  const arrays: Arrays = {
    report,
    paragraph,
    line,
    section,
    attribution,
    context,
    flags,
    textStart: texts.starts,
    text: texts.bytes,
    voiceOffsets,
    voiceStart: Uint32Array.from(voices, (v) => v.start),
    voiceEnd: Uint32Array.from(voices, (v) => v.end),
    voiceAttribution: Uint32Array.from(voices, (v) => v.attribution),
    sectionStart: sectionTable.starts,
    sectionText: sectionTable.bytes,
    idStart: idTable.starts,
    idText: idTable.bytes,
    findings: tables.findings,
    speakerOffsets,
    speakerPassages,
    sectionFirst: tables.sections.first,
    sectionEnd: tables.sections.end,
    headingStemStart: tables.sections.holderStart,
    headingHolders: tables.sections.holders,
    offsets: index.postings.offsets,
    blocks: index.postings.blocks,
    blockDoc: index.postings.blockDoc,
    blockByte: index.postings.blockByte,
    postings: index.postings.bytes,
    counts: index.postings.counts,
    termStems: index.termStems,
    lengths: index.lengths,
    topOffsets: index.top.offsets,
    topDocs: index.top.docs,
    topCounts: index.top.counts,
    forwardStarts: index.forward.starts,
    forward: index.forward.bytes,
  };
  const spans = {} as Record<ArrayName, Span>;
  const body: Uint8Array[] = [];
  let size = 0;
  for (const name of Object.keys(ARRAYS) as ArrayName[]) {
    const array = arrays[name];
    if (align(size) > size) body.push(new Uint8Array(align(size) - size));
    size = align(size);
    spans[name] = [size, array.length];
    body.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    size += array.byteLength;
  }
  const header: SnapshotHeader = {
    meta,
    passages: n,
    reports: knowledge.reports,
    speakers: knowledge.speakers,
    problems: knowledge.problems,
    skipped: knowledge.skipped,
    attributions: attributions.values,
    contexts: contexts.values,
    speakerKeys,
    answers: [...tables.answers],
    reportStarts: [...tables.reportStart],
    regularIds: tables.regularIds,
    headingStems: [...tables.sections.stemNumbers.keys()],
    stems: index.stems,
    terms: index.terms,
    words,
    spans,
  };
  return { header: Buffer.from(JSON.stringify(header)), body };
}

/** A snapshot's pieces in one body, as a snapshot file is read: for knowledge built and served in one thread. */
export function joinPieces({ header, body }: SnapshotPieces): SnapshotParts {
  const joined = new Uint8Array(body.reduce((n, piece) => n + piece.byteLength, 0));
  let at = 0;
  for (const piece of body) {
    joined.set(piece, at);
    at += piece.byteLength;
  }
  return { header: parseHeader(header), body: joined.buffer, bytes: header.byteLength + joined.byteLength };
}

/** Typed arrays of 2, 4 and 8 bytes must start at a multiple of their size. */
export function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** Strings end to end in UTF-8: string i is bytes `starts[i]` to `starts[i + 1]`. */
function stringTable(strings: readonly string[]): { starts: Uint32Array; bytes: Uint8Array } {
  const starts = new Uint32Array(strings.length + 1);
  let length = 0;
  strings.forEach((s, i) => {
    starts[i] = length;
    length += Buffer.byteLength(s);
  });
  starts[strings.length] = length;
  const bytes = Buffer.alloc(length);
  strings.forEach((s, i) => bytes.write(s, starts[i] as number));
  return { starts, bytes };
}

function checkFields(passage: Passage): void {
  for (const key of Object.keys(passage)) {
    if (!PASSAGE_FIELDS.has(key)) throw new Error(`the snapshot does not keep the passage field "${key}": add it to src/snapshot (encode.ts, decode.ts, storedPassage.ts)`);
  }
}

/** Distinct values, each stored once, by their JSON. */
class Table<T> {
  readonly values: T[] = [];
  private readonly at = new Map<string, number>();

  add(value: T): number {
    const key = JSON.stringify(value);
    let i = this.at.get(key);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.at.set(key, i);
    }
    return i;
  }
}
