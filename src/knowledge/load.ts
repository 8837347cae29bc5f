import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { attributePassages, type DraftAttribution } from './attribution.ts';
import { KnowledgeError } from './errors.ts';
import { splitReport } from './frontMatter.ts';
import { parseBlocks, type SpeakerLabel } from './markdown.ts';
import { detectSpeakers, mergeSpeakers, type ReportSpeaker } from './speakers.ts';
import { readTurns } from './turns.ts';
import type { Attribution, Knowledge, Passage, Report, Speaker } from './types.ts';

export interface ReportFile {
  /** Shown in messages, as the user would find the file. */
  file: string;
  content: string;
}

/** The `.md` files of a folder (not its subfolders), in name order. */
export async function reportFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new KnowledgeError(dir, null, 'the knowledge folder does not exist (set KNOWLEDGE_DIR or --knowledge)');
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.md')).sort();
  if (names.length === 0) throw new KnowledgeError(dir, null, 'the knowledge folder has no reports: add a Markdown (.md) file');
  return names.map((name) => path.join(dir, name));
}

/** One file at a time: only one report's text is in memory while it is parsed. */
function* readEach(files: string[]): Generator<ReportFile> {
  for (const file of files) yield { file, content: readFileSync(file, 'utf8') };
}

export async function loadKnowledge(dir: string): Promise<Knowledge> {
  return buildKnowledge(readEach(await reportFiles(dir)));
}

/** Turns report files into passages with sections, speakers, attribution and findings. */
export function buildKnowledge(files: Iterable<ReportFile>): Knowledge {
  const reports: Report[] = [];
  const passages: Passage[] = [];
  const speakers = new Map<string, Speaker>();
  const usedIds = new Set<string>();

  for (const { file, content } of files) {
    const { frontMatter, body, bodyStart } = splitReport(file, content);
    const reportId = uniqueId(slug(path.basename(file, path.extname(file))) || 'report', usedIds);
    const drafts = draftsOf(file, body, bodyStart);
    if (drafts.length === 0) throw new KnowledgeError(file, bodyStart, 'the report has no paragraphs after its front matter');

    const detected = detectSpeakers(drafts.map((d) => ({ text: d.labelled ?? d.text })));
    const known = mergeSpeakers(detected, frontMatter.speakers, frontMatter.author);
    const turns = readTurns(drafts, known, frontMatter);
    const reportSpeakers = turns.added.length ? mergeSpeakers(known, [], null, turns.added) : known;
    const attributed = attributePassages(
      drafts.map((d, i) => {
        const turn = turns.voices[i] ?? null;
        // A label that names nobody ("Note:", "The big news:") stays part of the text.
        return { kind: d.kind, section: d.section, text: turn || !d.labelled ? d.text : d.labelled, turn };
      }),
      reportSpeakers,
    );

    const idOf = new Map<string, string>();
    for (const s of reportSpeakers) idOf.set(s.name, registerSpeaker(speakers, s, reportId, usedIds).id);
    const authorName = reportSpeakers.find((s) => s.isAuthor)?.name;
    const authorId = authorName ? (idOf.get(authorName) ?? null) : null;
    const globalOf = (a: DraftAttribution): Attribution =>
      a.kind === 'speaker'
        ? { kind: 'speaker', speakerId: idOf.get(a.name) as string, ...(a.via ? { via: a.via } : {}) }
        : a.kind === 'author'
          ? { kind: 'author', speakerId: authorId }
          : a;

    attributed.forEach((result, i) => {
      const draft = drafts[i] as Draft;
      const text = turns.voices[i] || !draft.labelled ? draft.text : draft.labelled;
      passages.push({
        id: `${reportId}#${i + 1}`,
        reportId,
        section: draft.section,
        paragraph: i + 1,
        kind: draft.kind,
        text,
        line: draft.line,
        isFinding: result.isFinding,
        attribution: globalOf(result.attribution),
        ...(result.voices ? { voices: result.voices.map((v) => ({ start: v.start, end: v.end, attribution: globalOf(v.attribution) })) } : {}),
        ...(result.context ? { context: result.context } : {}),
      });
    });
    reports.push({
      id: reportId,
      file,
      title: frontMatter.title,
      author: frontMatter.author,
      date: frontMatter.date,
      event: frontMatter.event,
      source: frontMatter.source,
      passageCount: drafts.length,
    });
  }
  return { reports, passages, speakers: [...speakers.values()] };
}

interface Draft {
  kind: 'paragraph' | 'list-item';
  text: string;
  section: string | null;
  line: number;
  label?: SpeakerLabel;
  labelled?: string;
}

/** The report body's paragraphs and list items, each with the heading above it. */
function draftsOf(file: string, body: string[], bodyStart: number): Draft[] {
  const drafts: Draft[] = [];
  let section: string | null = null;
  for (const block of parseBlocks(file, body, bodyStart)) {
    if (block.kind === 'heading') section = block.text;
    else drafts.push({ kind: block.kind, text: block.text, section, line: block.line, ...(block.label ? { label: block.label, labelled: block.labelled } : {}) });
  }
  return drafts;
}

/** One speaker across all reports: the same name in two reports is one person. */
function registerSpeaker(speakers: Map<string, Speaker>, s: ReportSpeaker, reportId: string, usedIds: Set<string>): Speaker {
  const key = s.name.toLowerCase();
  const aliases = [...new Set([...s.aliases, ...s.shortNames])];
  const existing = speakers.get(key);
  if (existing) {
    existing.organisation ??= s.organisation;
    existing.role ??= s.role;
    existing.aliases = [...new Set([...existing.aliases, ...aliases])];
    if (!existing.reports.includes(reportId)) existing.reports.push(reportId);
    return existing;
  }
  const speaker: Speaker = { id: uniqueId(slug(s.name) || 'speaker', usedIds), name: s.name, aliases, organisation: s.organisation, role: s.role, reports: [reportId], isOrganisation: s.isOrganisation };
  speakers.set(key, speaker);
  return speaker;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
