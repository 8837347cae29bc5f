/** A person quoted or described in a report, or the report's author. */
export interface Speaker {
  /** Stable slug of the name, unique across all loaded reports. */
  id: string;
  name: string;
  /** Other ways the text refers to this person: surname, nicknames. */
  aliases: string[];
  organisation: string | null;
  role: string | null;
  /** Ids of the reports this person appears in. */
  reports: string[];
  /** An organisation speaking for itself: the report names no person for it. */
  isOrganisation: boolean;
  /** The author of the report `role` comes from, which says so in words for the reader ("author; secretary"). */
  isAuthor: boolean;
  /**
   * An author who tells the report and never speaks in it (no turn of theirs, no "I" outside a
   * quotation): the journalist of a news story is who wrote it, not one of the people in it.
   */
  onlyNarrates?: boolean;
}

/** Who a passage's words or claims belong to. */
export type Attribution =
  /** `via: 'author'`: the author passes on what the speaker said ("I gleaned this from X"). */
  | { kind: 'speaker'; speakerId: string; via?: 'author' }
  | { kind: 'author'; speakerId: string | null }
  /** `via: 'author'`: a body the author quotes ("The operator's own summary … lists its key points:"). */
  | { kind: 'unnamed'; label: string; via?: 'author' };

export interface Passage {
  /** `<report id>#<paragraph>`: the same for the same file on every run. */
  id: string;
  reportId: string;
  /** The `##` heading above the passage, or null before the first heading. */
  section: string | null;
  /** 1-based position among the report's passages. */
  paragraph: number;
  kind: 'paragraph' | 'list-item';
  text: string;
  /** 1-based line of the passage in its source file. */
  line: number;
  attribution: Attribution;
  isFinding: boolean;
  /** Each sentence's voice, [start, end) in `text`, only where the passage mixes voices. */
  voices?: { start: number; end: number; attribution: Attribution }[];
  /** The question a turn answers: indexed with the passage, so what was asked finds the answer. */
  context?: string;
}

export interface Report {
  /** File name without `.md`, slugged. */
  id: string;
  file: string;
  title: string;
  author: string | null;
  date: string | null;
  event: string | null;
  source: string | null;
  /** ISO 639-1 code: front matter's `lang:`, else detected from the text (src/language). */
  language: string;
  passageCount: number;
}

/** A report that could not be read, and where to fix it. */
export interface KnowledgeProblem {
  file: string;
  /** 1-based line in the file, or null when the problem is the whole file. */
  line: number | null;
  problem: string;
}

/** An entry of the knowledge folder that is not a report. */
export interface SkippedEntry {
  file: string;
  /** Why, in words: "a folder", "a link to a character device". */
  reason: string;
}

/**
 * Passages by their position in the knowledge. Where reports are read it is an array; what the
 * bot serves makes each passage as it is read from the snapshot (storedPassage.ts), so that
 * 100,000 passages cost no object each at every reload. Compare passages by id or position,
 * never by identity.
 */
export interface PassageList extends Iterable<Passage> {
  readonly length: number;
  at(index: number): Passage | undefined;
}

export interface Knowledge {
  reports: Report[];
  passages: PassageList;
  speakers: Speaker[];
  /** Reports that could not be read: every one, so that all can be fixed at once. */
  problems: KnowledgeProblem[];
  skipped: SkippedEntry[];
}

/** Knowledge as the reports are read into it, before it is saved and served. */
export interface LoadedKnowledge extends Knowledge {
  passages: Passage[];
}
