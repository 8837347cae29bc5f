import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import path from 'node:path';
import { bylineAuthor, declarant, titleSpeaker } from './byline.ts';
import { KnowledgeError } from './errors.ts';
import { editDistance } from './textDistance.ts';
import { THEMATIC_BREAK } from './language.ts';

export interface SpeakerEntry {
  name: string;
  aliases: string[];
  organisation: string | null;
  role: string | null;
}

export interface FrontMatter {
  title: string;
  author: string | null;
  date: string | null;
  event: string | null;
  source: string | null;
  /** The report's language as front matter gives it (`lang:` or `language:`): "fr", "fr-CA". */
  lang: string | null;
  /** Who asks and who answers in a Q:/A: interview, where the front matter says so. */
  interviewer: string | null;
  interviewee: string | null;
  speakers: SpeakerEntry[];
}

export interface SplitReport {
  frontMatter: FrontMatter;
  /** Body lines; `bodyStart` is the 1-based file line of the first one. */
  body: string[];
  bodyStart: number;
}

const FENCE = /^---\s*$/;
const KNOWN_KEYS = ['title', 'author', 'date', 'event', 'source', 'publication', 'speakers', 'interviewer', 'interviewee', 'lang', 'language'];

export function splitReport(file: string, content: string): SplitReport {
  // CRLF (Windows) and a lone CR (classic Mac OS) end a line as LF does.
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (!lines.some((line) => line.trim())) throw new KnowledgeError(file, 1, 'the file is empty: a report needs a title line and some text');
  if (!FENCE.test(lines[0] ?? '')) {
    const { frontMatter, titleAt } = headOf(file, lines);
    // Under a page's menu, the line the title is read from heads the report, as "# Title" would: "FY 2025-26 Budget Town
    // Hall: Summary …" is no one's turn. (A first line that is the title stays a line of text, as reports have been read.)
    const first = lines.findIndex((line) => line.trim());
    const heads = titleAt > first && /^\s*[\p{L}\p{N}*_]/u.test(lines[titleAt] as string);
    return { frontMatter, body: heads ? lines.map((line, i) => (i === titleAt ? `# ${line.trim()}` : line)) : lines, bodyStart: 1 };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) throw new KnowledgeError(file, 1, 'the front matter opened on this line is never closed with "---"');
  const frontMatter = parseFrontMatter(file, lines.slice(1, end).join('\n'));
  const body = lines.slice(end + 1);
  if (!frontMatter.author) frontMatter.author = takeByline(body, 0);
  return { frontMatter, body, bodyStart: end + 2 };
}

/** How far into a report its title and byline may stand. */
const HEAD_LINES = 12;

/** "Home › Government › Budget Office": a page's trail of links, no title. */
const BREADCRUMB = /\s[›»>/|]\s.*\s[›»>/|]\s/;

/**
 * Whether line i opens a page's furniture, not its title: a trail of links, or a menu of short lines run together
 * ("Skip to Main Content", "Residents", "Business", …) and the lines of it after the first.
 */
function chrome(lines: string[], i: number): boolean {
  // "View this email in your browser (https://…)": a line that links elsewhere is the page's, not its title.
  if (BREADCRUMB.test(lines[i] as string) || /\bhttps?:\/\//.test(lines[i] as string)) return true;
  let start = i;
  while (start > 0 && (lines[start - 1] as string).trim()) start--;
  let end = i;
  while (end + 1 < lines.length && (lines[end + 1] as string).trim()) end++;
  const block = lines.slice(start, end + 1);
  return block.length >= 3 && block.every((line) => line.trim().length <= 40 && !/[!?,;]$|\w\.$/.test(line.trim()));
}

/**
 * What a report without front matter states of itself, as a reader finds it: the title is its
 * first heading, else a first line that reads as a title, else the file's name; the author is
 * its byline ("By Jane Roe"), which leaves the body. Nothing is guessed beyond that.
 */
function headOf(file: string, lines: string[]): { frontMatter: FrontMatter; titleAt: number } {
  const head = lines.slice(0, HEAD_LINES);
  const headingAt = head.findIndex((line) => /^#{1,6}\s+\S/.test(line));
  const heading = headingAt >= 0 ? plainTitle((head[headingAt] as string).replace(/^#{1,6}\s+|\s+#*\s*$/g, '')) : null;
  const firstAt = head.findIndex((line, i) => line.trim() && !chrome(head, i));
  const first = (head[firstAt] ?? '').trim();
  // A first line alone, short, with no full stop, is a title ("Episode 42: …" keeps its colon inside), unless the paragraph runs on below it in lower case.
  const runsOn = /^\s*\p{Ll}/u.test(head[firstAt + 1] ?? '');
  const titleLine = !heading && first && first.length <= 120 && !/[.!?:,;]$/.test(first) && !/^[-*+>|<\d[(]/.test(first) && !runsOn && /\s/.test(first) && !/^WEBVTT/.test(first) ? plainTitle(first) : null;
  // Where the title was read from a line of text, which line (-1 where a heading or the file's name gave it).
  const titleAt = !heading && titleLine ? firstAt : -1;
  const frontMatter: FrontMatter = {
    title: heading || titleLine || titleFromFileName(file),
    // "SENTENCING REMARKS OF HIS HONOUR JUDGE ALISTAIR PENROSE" under a court's header: a line of the head names who delivers it.
    // A witness statement, an affidavit: "I, Janine Rowe, of …, will say as follows:" names who writes it.
    author: takeByline(lines, Math.max(headingAt, 0)) ?? (heading ? titleSpeaker(heading) : null) ?? firstOf(beforeBody(head).filter((line) => !/^#{1,6}\s/.test(line)).map(plainTitle), titleSpeaker) ?? firstOf(lines.slice(0, 3 * HEAD_LINES), declarant),
    date: null,
    event: null,
    source: null,
    lang: null,
    interviewer: null,
    interviewee: null,
    speakers: [],
  };
  return { frontMatter, titleAt };
}

/**
 * The head's lines before its first sentence of text or its first rule: "STATEMENT OF PRIYA RAMASWAMY" after the hearing has
 * begun, "Testimony of …" after a compilation's page rule, heads a part of it.
 */
function beforeBody(head: string[]): string[] {
  const body = head.findIndex((line) => (/[.!?]["”’)]*\s*$/.test(line.trim()) && line.trim().split(/\s+/).length >= 8) || THEMATIC_BREAK.test(line));
  return body < 0 ? head : head.slice(0, body);
}

function firstOf(lines: string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const found = read(line);
    if (found) return found;
  }
  return null;
}

/** The byline among the first lines from `from` on, blanked so that it is no passage; null when there is none. */
function takeByline(lines: string[], from: number): string | null {
  for (let i = from; i < Math.min(lines.length, from + HEAD_LINES); i++) {
    // "| Author | Sam Whitley |" in a document's table of particulars: a byline that stays in its table.
    const row = /^\s*\|\s*([^|]{2,30}?)\s*\|\s*([^|]{2,80}?)\s*\|\s*$/.exec(lines[i] ?? '');
    // "| **Authors** | Lena Okafor (Senior UX Researcher), Matteo Brandt (UX Researcher) |": the cells' emphasis is no part of them.
    const author = bylineAuthor(row ? `${plainTitle(row[1] as string)}: ${plainTitle(row[2] as string)}` : (lines[i] ?? ''));
    if (author) {
      if (!row) lines[i] = '';
      return author;
    }
  }
  return null;
}

function plainTitle(text: string): string {
  return text.replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2').replace(/\s+/g, ' ').trim();
}

/** "team-sync_2026-03-04.md" → "Team sync 2026-03-04". */
function titleFromFileName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[_]+/g, ' ').replace(/(?<=\p{L})-(?=\p{L})|-(?=\p{L})|(?<=\p{L})-/gu, ' ').replace(/\s+/g, ' ').trim();
  return base ? base.charAt(0).toUpperCase() + base.slice(1) : 'Untitled report';
}

function parseFrontMatter(file: string, yamlText: string): FrontMatter {
  const counter = new LineCounter();
  // yaml's own uniqueKeys check compares every key with every other: 100,000 keys take 104 s.
  // Keys are checked here with a set instead, in one pass.
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  // Front matter starts on file line 2, after the opening fence.
  const lineOf = (offset: number | undefined) => (offset === undefined ? 2 : counter.linePos(offset).line + 1);
  const fail = (node: Node | null | undefined, problem: string): never => {
    throw new KnowledgeError(file, lineOf(node?.range?.[0]), problem);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    // "title: Oral history: Mabel Ocheng" is what people write: plain "key: value" lines are read as written.
    const plain = plainKeyValues(yamlText);
    if (plain) return parseFrontMatter(file, plain);
    throw new KnowledgeError(file, lineOf(firstError.pos[0]), `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'front matter must be a YAML mapping such as "title: ..."');

  const text = (key: string, required: boolean): string | null => {
    const node = root.get(key, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return required ? fail(root, `front matter needs "${key}:"`) : null;
    }
    if (!isScalar(node)) return fail(node, `"${key}" must be plain text`);
    const value = node.value instanceof Date ? node.value.toISOString().slice(0, 10) : node.value;
    if (typeof value !== 'string' && typeof value !== 'number') return fail(node, `"${key}" must be plain text`);
    const trimmed = String(value).trim();
    if (!trimmed) return required ? fail(node, `"${key}" is empty`) : null;
    return trimmed;
  };

  // Other keys (tags, layout, lang…) are the business of whatever else reads the file; one a
  // letter or two from a key of ours is a typo that would silently drop a value.
  const seen = new Set<string>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (seen.has(key)) fail(pair.key as Node, `front matter has "${key}:" twice`);
    seen.add(key);
    const meant = KNOWN_KEYS.find((known) => known !== key && !KNOWN_KEYS.includes(key) && editDistance(known, key) <= (known.length <= 5 ? 1 : 2));
    if (meant) fail(pair.key as Node, `unknown front matter key "${key}" (did you mean "${meant}"?)`);
  }
  return {
    title: text('title', true) as string,
    author: text('author', false),
    date: text('date', false),
    event: text('event', false),
    source: text('source', false) ?? text('publication', false),
    lang: text('lang', false) ?? text('language', false),
    interviewer: text('interviewer', false),
    interviewee: text('interviewee', false),
    speakers: parseSpeakers(root.get('speakers', true) as Node | undefined, fail),
  };
}

/**
 * Front matter of plain "key: value" lines whose values hold a colon YAML refuses, as valid
 * YAML with each value quoted; null when any line is more than that (a list, a nested map).
 */
function plainKeyValues(yamlText: string): string | null {
  const lines = yamlText.split('\n').filter((l) => l.trim());
  if (lines.length === 0 || lines.length > 50) return null;
  const out: string[] = [];
  for (const line of lines) {
    const m = /^([A-Za-z_][\w-]*):\s+(\S.*?)\s*$/.exec(line);
    if (!m || /^["'[{|>]/.test(m[2] as string)) return null;
    out.push(`${m[1]}: ${JSON.stringify(m[2])}`);
  }
  return out.join('\n');
}

function parseSpeakers(node: Node | undefined, fail: (node: Node | null | undefined, problem: string) => never): SpeakerEntry[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) return fail(node, '"speakers" must be a list of entries with "name:"');
  return node.items.map((item) => {
    const entry = item as Node;
    if (!isMap(entry)) return fail(entry, 'each speaker needs at least "name:"');
    const field = (key: string): string | null => {
      const value = entry.get(key);
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string') return fail(entry.get(key, true) as Node, `speaker "${key}" must be plain text`);
      return value.trim() || null;
    };
    for (const pair of entry.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!['name', 'aliases', 'organisation', 'organization', 'role'].includes(key)) {
        fail(pair.key as Node, `unknown speaker key "${key}" (known: name, aliases, organisation, role)`);
      }
    }
    const name = field('name');
    if (!name) return fail(entry, 'each speaker needs "name:"');
    const aliasNode = entry.get('aliases', true) as Node | undefined;
    let aliases: string[] = [];
    if (aliasNode !== undefined) {
      const raw = (aliasNode as { toJSON(): unknown }).toJSON();
      if (!Array.isArray(raw) || raw.some((a) => typeof a !== 'string')) return fail(aliasNode, '"aliases" must be a list of names');
      aliases = (raw as string[]).map((a) => a.trim()).filter(Boolean);
    }
    return { name, aliases, organisation: field('organisation') ?? field('organization'), role: field('role') };
  });
}
