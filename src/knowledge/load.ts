import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { attributePassages, type DraftPassage } from './attribution.ts';
import { KnowledgeError } from './errors.ts';
import { splitReport } from './frontMatter.ts';
import { parseBlocks } from './markdown.ts';
import { detectSpeakers, mergeSpeakers } from './speakers.ts';
import type { Knowledge, Passage, Report, Speaker } from './types.ts';

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
    const blocks = parseBlocks(file, body, bodyStart);
    const reportId = uniqueId(slug(path.basename(file, path.extname(file))) || 'report', usedIds);

    const drafts: (DraftPassage & { line: number })[] = [];
    let section: string | null = null;
    for (const block of blocks) {
      if (block.kind === 'heading') section = block.text;
      else drafts.push({ kind: block.kind, text: block.text, section, line: block.line });
    }
    if (drafts.length === 0) throw new KnowledgeError(file, bodyStart, 'the report has no paragraphs after its front matter');

    const reportSpeakers = mergeSpeakers(detectSpeakers(drafts), frontMatter.speakers, frontMatter.author);
    const idOf = new Map<string, string>();
    for (const s of reportSpeakers) {
      const key = s.name.toLowerCase();
      const existing = speakers.get(key);
      if (existing) {
        existing.organisation ??= s.organisation;
        existing.role ??= s.role;
        existing.aliases = [...new Set([...existing.aliases, ...s.aliases])];
        existing.reports.push(reportId);
      } else {
        speakers.set(key, { id: uniqueId(slug(s.name), usedIds), name: s.name, aliases: s.aliases, organisation: s.organisation, role: s.role, reports: [reportId] });
      }
      idOf.set(s.name, (speakers.get(key) as Speaker).id);
    }
    const authorId = reportSpeakers.find((s) => s.isAuthor)?.name;

    attributePassages(drafts, reportSpeakers).forEach(({ attribution, isFinding }, i) => {
      const draft = drafts[i] as (typeof drafts)[number];
      passages.push({
        id: `${reportId}#${i + 1}`,
        reportId,
        section: draft.section,
        paragraph: i + 1,
        kind: draft.kind,
        text: draft.text,
        line: draft.line,
        isFinding,
        attribution:
          attribution.kind === 'speaker'
            ? { kind: 'speaker', speakerId: idOf.get(attribution.name) as string }
            : attribution.kind === 'author'
              ? { kind: 'author', speakerId: authorId ? (idOf.get(authorId) ?? null) : null }
              : attribution,
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
