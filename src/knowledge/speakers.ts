import {
  CAPITALISED_RUN,
  NOT_A_NAME,
  ORGANISATION,
  ROLE_NOUN,
  ROLE_TITLE,
  SOURCE_BEFORE,
  SPEECH_AFTER_SUBJECT,
  SPEECH_BEFORE,
  escapeRegExp,
} from './language.ts';
import type { SpeakerEntry } from './frontMatter.ts';

/** A person as one report knows them, before speakers from all reports are merged. */
export interface ReportSpeaker {
  name: string;
  aliases: string[];
  organisation: string | null;
  role: string | null;
  isAuthor: boolean;
}

export interface NameAt {
  name: string;
  index: number;
  end: number;
  /** A job title that opened the run: "Analyst" in "Analyst Tony Iams said". */
  title: string | null;
}

/** Runs of two or three capitalised words that could be a person's name. */
function candidateNames(text: string): NameAt[] {
  const out: NameAt[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const start = match.index;
    if (start > 0 && /[\p{L}\p{N}'’]/u.test(text[start - 1] ?? '')) continue;
    const words = match[0].split(/\s+/);
    let offset = 0;
    let title: string | null = null;
    while (words.length > 0 && (NOT_A_NAME.has(words[0] ?? '') || ROLE_TITLE.has(words[0] ?? ''))) {
      if (ROLE_TITLE.has(words[0] ?? '')) title = (words[0] ?? '').toLowerCase();
      offset += (words.shift() ?? '').length;
      offset += /^\s*/.exec(match[0].slice(offset))?.[0].length ?? 0;
    }
    const real = words.filter((w) => !/^[A-Z]\.$/.test(w));
    if (real.length < 2 || real.length > 3 || words.some((w) => NOT_A_NAME.has(w))) continue;
    const name = words.join(' ');
    out.push({ name, index: start + offset, end: start + offset + name.length, title });
  }
  return out;
}

const ORG_AFTER = new RegExp(String.raw`^\s+of\s+(${ORGANISATION})`);
const WHO_CLAUSE = /^\s*,\s+who\s+((?:is|runs|leads|heads|directs|manages|founded|co-founded|works|chairs|oversees|serves)\b[^,.;]*?)(?=\s*(?:,|\.|;|--|—|\(|$))/;
const ROLE_QUALIFIER = String.raw`(?:senior|chief|principal|lead|managing|executive|general|vice|deputy|assistant|associate|former|research|technical|technology|product|program|programme|marketing|engineering|industry|independent|software|security|data|staff|distinguished)`;
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\w])(?:(?!I\s)(${ORGANISATION})\s+)?((?:${ROLE_QUALIFIER}\s+){0,2}${ROLE_NOUN})\s+$`);
const ROLE_APPOSITIVE = new RegExp(
  String.raw`^\s*,\s+(?:(?:the|a|an|its|their)\s+)?((?:[\w'’-]+\s+){0,3}?${ROLE_NOUN}(?:\s+of\s+[a-z][\w\s-]*?)?)(?:\s+(?:at|of|for|with|from)\s+(${ORGANISATION}))?\s*(?:[,.;]|--|—|$)`,
  'i',
);

/**
 * Finds the people a report quotes or describes, from the way news prose introduces them:
 * "Simon Crosby of XenSource", "Tom Hanrahan, who runs the Microsoft Open Source Lab",
 * "analyst Tony Iams", "Jane Doe, chief architect at Acme,", "said Raj Patel", "Ann Lee noted".
 * A capitalised pair with none of these around it (a product, a place) is not a speaker.
 */
export function detectSpeakers(blocks: { text: string }[]): ReportSpeaker[] {
  const found = new Map<string, ReportSpeaker>();
  for (const { text } of blocks) {
    for (const candidate of candidateNames(text)) {
      const before = text.slice(0, candidate.index);
      const after = text.slice(candidate.end);
      let organisation: string | null = null;
      let role: string | null = candidate.title;
      let isSpeaker = candidate.title !== null;

      const org = ORG_AFTER.exec(after);
      if (org?.[1]) {
        organisation = cleanOrganisation(org[1]);
        isSpeaker = true;
      }
      const who = WHO_CLAUSE.exec(after);
      if (who?.[1]) {
        role = who[1].trim();
        organisation ??= lastOrganisation(role);
        isSpeaker = true;
      }
      const roleBefore = ROLE_BEFORE.exec(before);
      if (roleBefore?.[2] && !/^(?:the|a|an)$/i.test(roleBefore[2].trim())) {
        role ??= roleBefore[2].trim().toLowerCase();
        if (roleBefore[1]) organisation ??= cleanOrganisation(roleBefore[1]);
        isSpeaker = true;
      }
      const appositive = ROLE_APPOSITIVE.exec(after);
      if (appositive?.[1]) {
        role ??= appositive[1].trim();
        if (appositive[2]) organisation ??= cleanOrganisation(appositive[2]);
        isSpeaker = true;
      }
      if (SPEECH_AFTER_SUBJECT.test(after.replace(/^\s*(?:,[^,]{1,80},|\([^)]*\))/, '')) || SPEECH_BEFORE.test(before) || SOURCE_BEFORE.test(before)) {
        isSpeaker = true;
      }
      if (!isSpeaker) continue;
      const known = found.get(candidate.name);
      if (known) {
        known.organisation ??= organisation;
        known.role ??= role;
      } else {
        found.set(candidate.name, { name: candidate.name, aliases: [], organisation, role, isAuthor: false });
      }
    }
  }
  return [...found.values()].map((speaker) => ({ ...speaker, aliases: defaultAliases(speaker.name) }));
}

/** The surname alone is how news prose refers to a person after introducing them. */
function defaultAliases(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
  const surname = words[words.length - 1];
  return surname && surname !== name ? [surname] : [];
}

function cleanOrganisation(text: string): string | null {
  const cleaned = text.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/[.,;:]+$/, '').trim();
  return cleaned || null;
}

function lastOrganisation(clause: string): string | null {
  const runs = [...clause.matchAll(new RegExp(ORGANISATION, 'g'))].map((m) => m[0]).filter((r) => /[A-Z]/.test(r));
  const last = runs[runs.length - 1];
  return last ? cleanOrganisation(last) : null;
}

/**
 * Joins what the text says about people with the front matter's `speakers:` list (which wins
 * where both give a value) and the author, who is a speaker with the role "author".
 */
export function mergeSpeakers(detected: ReportSpeaker[], listed: SpeakerEntry[], author: string | null): ReportSpeaker[] {
  const merged: ReportSpeaker[] = detected.map((s) => ({ ...s, aliases: [...s.aliases] }));
  // Two surnames alike do not make one person; a full name, or one's name among the other's aliases, does.
  const sameAs = (a: ReportSpeaker, b: ReportSpeaker) => {
    const lower = (names: string[]) => names.map((n) => n.toLowerCase());
    return (
      a.name.toLowerCase() === b.name.toLowerCase() ||
      lower(a.aliases).includes(b.name.toLowerCase()) ||
      lower(b.aliases).includes(a.name.toLowerCase())
    );
  };
  const upsert = (entry: ReportSpeaker) => {
    const existing = merged.find((s) => sameAs(s, entry));
    if (!existing) {
      merged.push(entry);
      return;
    }
    existing.name = entry.name.includes(' ') ? entry.name : existing.name;
    existing.aliases = [...new Set([...existing.aliases, ...entry.aliases])].filter((a) => a !== existing.name);
    existing.organisation = entry.organisation ?? existing.organisation;
    existing.role = entry.role ?? existing.role;
    existing.isAuthor ||= entry.isAuthor;
  };
  for (const entry of listed) {
    upsert({ name: entry.name, aliases: [...new Set([...entry.aliases, ...defaultAliases(entry.name)])], organisation: entry.organisation, role: entry.role, isAuthor: false });
  }
  if (author) {
    upsert({ name: author, aliases: defaultAliases(author), organisation: null, role: 'author', isAuthor: true });
    const authorEntry = merged.find((s) => s.isAuthor);
    if (authorEntry) authorEntry.role = authorEntry.role && authorEntry.role !== 'author' ? `author; ${authorEntry.role}` : 'author';
  }
  return dropAmbiguousAliases(merged);
}

/** Two people with one surname: the bare surname would be a guess, so neither keeps it. */
function dropAmbiguousAliases(speakers: ReportSpeaker[]): ReportSpeaker[] {
  const count = new Map<string, number>();
  for (const s of speakers) for (const a of new Set(s.aliases)) count.set(a, (count.get(a) ?? 0) + 1);
  return speakers.map((s) => ({ ...s, aliases: s.aliases.filter((a) => count.get(a) === 1) }));
}

/** Finds every name of every speaker in text with one pattern, and says whose name it was. */
export interface NameFinder {
  pattern: RegExp;
  speakerOf(name: string): ReportSpeaker | undefined;
}

export function nameFinder(speakers: ReportSpeaker[]): NameFinder {
  const byName = new Map<string, ReportSpeaker>();
  for (const speaker of speakers) for (const name of [speaker.name, ...speaker.aliases]) byName.set(name, speaker);
  // Longest first, so that "Simon Crosby" wins over "Crosby" at the same place.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Latin letters as boundaries, without the u flag: a \p{L} pattern costs far more to compile.
  const pattern = names.length ? new RegExp(String.raw`(?<![A-Za-z0-9\u00C0-\u024F])(?:${names.join('|')})(?![A-Za-z0-9\u00C0-\u024F])`, 'g') : /(?!)/g;
  return { pattern, speakerOf: (name) => byName.get(name) };
}
