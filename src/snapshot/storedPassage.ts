import type { Attribution, Passage, PassageList, Report } from '../knowledge/types.ts';
import { FINDING, HAS_VOICES, LIST_ITEM } from './format.ts';

/** The passages of a snapshot, a column per field, read in place from its body. */
export interface PassageColumns {
  reports: Report[];
  report: Uint32Array;
  paragraph: Uint32Array;
  line: Uint32Array;
  section: Int32Array;
  sections: StringTable;
  attribution: Uint32Array;
  attributions: Attribution[];
  context: Int32Array;
  contexts: string[];
  flags: Uint8Array;
  texts: StringTable;
  voiceOffsets: Uint32Array;
  voiceStart: Uint32Array;
  voiceEnd: Uint32Array;
  voiceAttribution: Uint32Array;
  /** Explicit ids, or null when every id is `<report id>#<paragraph>`. */
  ids: StringTable | null;
}

/** Strings end to end in UTF-8 (encode.ts's stringTable), each decoded when asked for. */
export class StringTable {
  constructor(
    private readonly starts: Uint32Array,
    private readonly bytes: Buffer,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.bytes.toString('utf8', this.starts[i], this.starts[i + 1]);
  }
}

/**
 * A snapshot's passages, each made when it is read. Objects made at every reload and kept would
 * outlive two collections of the young generation, and copying 100,000 of them out of it pauses
 * the answers for milliseconds at a time; a passage made for an answer dies young, which costs
 * nothing.
 * Two reads of one passage give two objects: compare passages by id.
 */
export class StoredPassages implements PassageList {
  constructor(
    private readonly columns: PassageColumns,
    readonly length: number,
  ) {}

  at(index: number): StoredPassage | undefined {
    return Number.isInteger(index) && index >= 0 && index < this.length ? new StoredPassage(this.columns, index) : undefined;
  }

  *[Symbol.iterator](): Iterator<StoredPassage> {
    for (let i = 0; i < this.length; i++) yield new StoredPassage(this.columns, i);
  }
}

/**
 * A passage read from a snapshot. It holds only its position: each field is read from the
 * columns when asked for, with its text once, in the snapshot's body, instead of a string and
 * a dozen fields for each passage. `toJSON` gives the plain object, so that printing one shows
 * what a loaded passage would.
 */
class StoredPassage implements Passage {
  readonly #c: PassageColumns;
  readonly #i: number;

  constructor(columns: PassageColumns, i: number) {
    this.#c = columns;
    this.#i = i;
  }

  get id(): string {
    return this.#c.ids ? this.#c.ids.at(this.#i) : `${this.reportId}#${this.paragraph}`;
  }

  get reportId(): string {
    return (this.#c.reports[this.#c.report[this.#i] as number] as Report).id;
  }

  get section(): string | null {
    const at = this.#c.section[this.#i] as number;
    return at < 0 ? null : this.#c.sections.at(at);
  }

  get paragraph(): number {
    return this.#c.paragraph[this.#i] as number;
  }

  get kind(): Passage['kind'] {
    return ((this.#c.flags[this.#i] as number) & LIST_ITEM) !== 0 ? 'list-item' : 'paragraph';
  }

  get text(): string {
    return this.#c.texts.at(this.#i);
  }

  get line(): number {
    return this.#c.line[this.#i] as number;
  }

  get attribution(): Attribution {
    return this.#c.attributions[this.#c.attribution[this.#i] as number] as Attribution;
  }

  get isFinding(): boolean {
    return ((this.#c.flags[this.#i] as number) & FINDING) !== 0;
  }

  /** A new array each time, of the snapshot's shared attributions. */
  get voices(): Passage['voices'] {
    const c = this.#c;
    if (((c.flags[this.#i] as number) & HAS_VOICES) === 0) return undefined;
    const voices: NonNullable<Passage['voices']> = [];
    for (let v = c.voiceOffsets[this.#i] as number; v < (c.voiceOffsets[this.#i + 1] as number); v++) {
      voices.push({ start: c.voiceStart[v] as number, end: c.voiceEnd[v] as number, attribution: c.attributions[c.voiceAttribution[v] as number] as Attribution });
    }
    return voices;
  }

  get context(): string | undefined {
    const at = this.#c.context[this.#i] as number;
    return at < 0 ? undefined : this.#c.contexts[at];
  }

  toJSON(): Passage {
    const { voices, context } = this;
    return {
      id: this.id,
      reportId: this.reportId,
      section: this.section,
      paragraph: this.paragraph,
      kind: this.kind,
      text: this.text,
      line: this.line,
      isFinding: this.isFinding,
      attribution: this.attribution,
      ...(voices ? { voices } : {}),
      ...(context !== undefined ? { context } : {}),
    };
  }
}
