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
}

/** Who a passage's words or claims belong to. */
export type Attribution =
  | { kind: 'speaker'; speakerId: string }
  | { kind: 'author'; speakerId: string | null }
  | { kind: 'unnamed'; label: string };

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
  passageCount: number;
}

export interface Knowledge {
  reports: Report[];
  passages: Passage[];
  speakers: Speaker[];
}
