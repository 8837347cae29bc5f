import { closeSync, openSync, readSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importRefused, placeWord, ReportProblem, titled, type AddedReport, type Gap, type ListedReport, type ReportShelf, type ReportSource } from '../commands/report.ts';
import { downloadFile } from '../import/download.ts';
import { ImportError } from '../import/errors.ts';
import { importInWorker } from '../import/importWorkerClient.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../import/limits.ts';
import type { Feedback } from './feedback.ts';
import type { Places } from './places.ts';
import type { PlaceWork } from './reportStore.ts';

export interface ShelfOptions {
  /** The largest report the bot reads (KNOWLEDGE_MAX_BYTES). */
  maxReportBytes?: number;
  /** What one import may read; the defaults are `npm run import`'s. */
  limits?: Partial<ImportLimits>;
  /**
   * Pages at addresses that are not public (this machine, its network, the cloud's metadata
   * service) may be added too: for tests on 127.0.0.1 only. Attachments come from the platform,
   * not from the person asking, and are fetched wherever the platform says.
   */
  privateAddresses?: boolean;
  now?: () => Date;
  /** The import worker's heap in MB (default importWorkerClient's): tests make it small. */
  importHeapMb?: number;
  /** What /report gaps reads; absent or off: it says no feedback is kept. */
  feedback?: Feedback;
}

/** How much of a report's head is read for who added it: the front matter's first lines. */
const HEAD_BYTES = 4096;

/**
 * Places' own reports, as Markdown with front matter, kept by the places' store (a folder an
 * operator can read, back up or edit, or PostgreSQL, whose other replicas rebuild alongside
 * this one). An add runs `npm run import`'s pipeline in a folder of its own, then gives the
 * report to the store; then the place's knowledge is refreshed, so the answer to the add is
 * given once the report answers.
 */
export class PlaceShelf implements ReportShelf {

  constructor(
    private readonly places: Places,
    private readonly options: ShelfOptions = {},
  ) {}

  private get limits(): ImportLimits {
    return { ...DEFAULT_IMPORT_LIMITS, ...this.options.limits };
  }

  async add(place: string, source: ReportSource, by: string): Promise<AddedReport> {
    const shown = source.kind === 'file' ? source.name : source.url;
    return this.exclusively(place, 'import', async () => {
      const limits = this.limits;
      if (source.kind === 'file' && source.size !== null && source.size > limits.maxBytes) {
        throw importRefused(shown, { key: 'tooLarge', what: 'file', size: source.size as number, limit: limits.maxBytes });
      }
      const staging = await mkdtemp(path.join(os.tmpdir(), 'report-bot-add-'));
      try {
        const summary = await imported(shown, async () => {
          const input = source.kind === 'url' ? source.url : path.join(staging, safeFileName(source.name));
          if (source.kind === 'file') await downloadFile(source.url, input, source.name, limits, source.headers);
          // In a worker whose heap is bounded, as `npm run import`: one huge document cannot take the bot's memory.
          const publicOnly = source.kind === 'url' && !this.options.privateAddresses;
          return importInWorker(input, { knowledgeDir: path.join(staging, 'out'), limits, maxReportBytes: this.options.maxReportBytes }, { publicOnly, heapMb: this.options.importHeapMb });
        });
        const name = path.basename(summary.path);
        const content = withAddedBy(await readFile(summary.path, 'utf8'), by, (this.options.now?.() ?? new Date()).toISOString());
        if ((await imported(shown, () => this.places.store.write(place, name, content))) === 'exists') {
          throw new ReportProblem((r) => r.report.exists(placeWord(place), stem(name), titled(summary.title)));
        }
        await this.places.refresh(place);
        await this.servedOrTakenBack(place, name, shown);
        const { title, author, format, sections, passages, speakers, unnamedSpeakers, dropped } = summary;
        return { id: stem(name), title, author, format, sections, passages, speakers, unnamedSpeakers, dropped };
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }

  async ready(place: string): Promise<void> {
    if (!(await this.places.ready(place))) throw new ReportProblem((r) => r.notices.placeLoading);
  }

  list(place: string | null): ListedReport[] {
    const own = place ? path.resolve(this.places.dirOf(place)) : null;
    return this.places.context(place).search.knowledge.reports.map((report) => {
      const shared = path.resolve(path.dirname(report.file)) !== own;
      const added = shared ? { addedBy: null, addedAt: null } : addedBy(report.file);
      return { id: stem(report.file), title: report.title, author: report.author, passages: report.passageCount, shared, ...added };
    });
  }

  async remove(place: string, id: string): Promise<ListedReport> {
    return this.exclusively(place, 'remove', async () => {
      const wanted = id.toLowerCase();
      await this.ready(place);
      const reports = this.list(place);
      const found = reports.find((r) => r.id.toLowerCase() === wanted) ?? reports.find((r) => r.title.toLowerCase() === wanted);
      if (!found) throw new ReportProblem((r) => r.report.noSuch(placeWord(place), titled(id.slice(0, 100))));
      if (found.shared) throw new ReportProblem((r) => r.report.sharedNotYours(titled(found.title)));
      await this.places.store.delete(place, `${found.id}.md`);
      await this.places.refresh(place);
      return found;
    });
  }

  async gaps(place: string): Promise<Gap[] | null> {
    const { feedback } = this.options;
    return feedback?.enabled ? feedback.gaps(place) : null;
  }

  /**
   * The report reads on its own, but the place's knowledge may still not serve it (its reports
   * and the shared ones past KNOWLEDGE_MAX_TOTAL_BYTES together): then it is taken back out, and
   * the add says why, rather than saying it answers when it does not.
   */
  private async servedOrTakenBack(place: string, name: string, shown: string): Promise<void> {
    const { reports, problems } = this.places.context(place).search.knowledge;
    const target = path.resolve(this.places.dirOf(place), name);
    const same = (file: string) => path.resolve(file) === target;
    if (reports.some((r) => same(r.file))) return;
    await this.places.store.delete(place, name);
    await this.places.refresh(place);
    const problem = problems.find((p) => same(p.file))?.problem;
    throw new ReportProblem((r) => r.report.cannotAdd(shown, problem ?? r.report.notLoaded(placeWord(place))));
  }

  /** One add or remove at a time in a place, on every replica that shares the store. */
  private async exclusively<T>(place: string, kind: PlaceWork, work: () => Promise<T>): Promise<T> {
    const running = await this.places.store.claim(place, kind);
    if (running === 'import') throw new ReportProblem((r) => r.report.importRunning);
    if (running) throw new ReportProblem((r) => r.report.removing(placeWord(place)));
    try {
      return await work();
    } finally {
      await this.places.store.release(place);
    }
  }
}

/** An import's own errors, said to the asker (importRefused). */
async function imported<T>(shown: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportError) throw importRefused(shown, error.reason);
    throw error;
  }
}

const stem = (file: string) => path.basename(file, path.extname(file));

/** The attachment's name as a file name of the staging folder: its extension kept, since it decides the format. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[^\w.-]+/g, '-').replace(/^\.+/, '');
  const extension = path.extname(base).slice(0, 12);
  return `${path.basename(base, path.extname(base)).slice(0, 80) || 'report'}${extension}`;
}

/**
 * The report with who added it and when in its front matter. An earlier `added_by` (a report
 * exported from another place) is replaced: a key twice would not load.
 */
export function withAddedBy(content: string, by: string, at: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(content);
  if (!match) throw new Error('an imported report always has front matter');
  const kept = (match[1] ?? '').split(/\r?\n/).filter((line) => !/^added_(?:by|at)\s*:/.test(line));
  return `---\n${[...kept, `added_by: ${JSON.stringify(by)}`, `added_at: ${JSON.stringify(at)}`].join('\n')}\n---\n${content.slice(match[0].length)}`;
}

/** Who added a place's report and when, from its front matter. */
function addedBy(file: string): { addedBy: string | null; addedAt: string | null } {
  let head = '';
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      head = buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return { addedBy: null, addedAt: null };
  }
  const value = (key: string) => {
    const raw = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim() ?? null;
    return raw === null ? null : raw.replace(/^"(.*)"$/, '$1');
  };
  return { addedBy: value('added_by'), addedAt: value('added_at') };
}
