import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../base/logger.ts';
import { PLACE_KEY } from '../commands/report.ts';
import type { BotContext } from '../commands/types.ts';
import { isReportName } from '../knowledge/folder.ts';
import { DEFAULT_KNOWLEDGE_MEMORY_MB } from './config.ts';
import { KnowledgeBase, type KnowledgeOptions } from './knowledgeBase.ts';
import { PlaceMemory } from './placeMemory.ts';
import { FolderStore, type ReportStore } from './reportStore.ts';

/** Under the knowledge folder: one folder per place (`discord-<guild id>`) holding its own reports. */
export function placesFolderOf(knowledgeDir: string): string {
  return path.join(knowledgeDir, 'places');
}

/**
 * How long a question waits for its place to load before it is told to ask again: under the 3 s
 * in which Discord wants an interaction answered, with room for the answer itself.
 */
export const DEFAULT_LOAD_WAIT_MS = 2000;

/**
 * Places loading at once. A load from a saved snapshot takes milliseconds; one without starts a
 * knowledge worker, a process of its own (66 MB at its peak at the bundled report's size): a
 * burst of first questions in many places must not start hundreds of them in a 512 MB container.
 */
const LOADS_AT_ONCE = 2;

/**
 * What a place in memory costs, from its snapshot's size: measured as the RSS per place with
 * 200 places of a 38 KB snapshot in memory (359 KB each) and 60 of a 701 KB one (1.6 MB each).
 * The snapshot is read into objects and tables larger than itself, and every place holds its
 * own index, of the shared reports too.
 */
const PLACE_FIXED_BYTES = 288 * 1024;
const PLACE_BYTES_PER_SNAPSHOT_BYTE = 1.9;
const weightOf = (snapshotBytes: number) => Math.round(PLACE_FIXED_BYTES + PLACE_BYTES_PER_SNAPSHOT_BYTE * snapshotBytes);

export interface PlacesOptions extends KnowledgeOptions {
  /** What the places' knowledge may hold together (KNOWLEDGE_MEMORY_MB), in bytes. */
  memoryBytes?: number;
}

/**
 * The knowledge of every place: the shared folder for DMs, the terminal and every place without
 * reports of its own; for a place with some, a knowledge base of its own built from the shared
 * reports and its own. A place's answers, autocomplete, /speakers and /about read only that
 * context, so nothing of another place's can reach them. The shared folder's loader reads no
 * subfolder, so `places/` never enters the shared knowledge. Where a place's reports are kept
 * is the store's (reportStore.ts); the places read them from the store's folder.
 *
 * A place is loaded at its first question (`ready`), from its saved snapshot when it is current,
 * and the least recently used are dropped past the memory budget: thousands of places fit one
 * machine, and a start reads none of them. The shared knowledge is never dropped.
 */
export class Places {
  private readonly loaded: PlaceMemory<KnowledgeBase>;
  /** One refresh at a time per place: two adds in a row must not open its knowledge twice. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private watching = false;
  private closed = false;

  private constructor(
    readonly shared: KnowledgeBase,
    readonly store: ReportStore,
    private readonly logger: Logger,
    private readonly options: PlacesOptions,
  ) {
    this.loaded = new PlaceMemory(options.memoryBytes ?? DEFAULT_KNOWLEDGE_MEMORY_MB * 1024 * 1024);
  }

  /**
   * Every place's knowledge, each loaded when first asked; the store is the places' from then on
   * (closed with them). By default, the folder `places/` of the shared one.
   */
  static async open(shared: KnowledgeBase, logger: Logger, options: PlacesOptions = {}, store: ReportStore = new FolderStore(placesFolderOf(shared.dir), logger)): Promise<Places> {
    return new Places(shared, store, logger, options);
  }

  get root(): string {
    return this.store.root;
  }

  dirOf(place: string): string {
    if (!PLACE_KEY.test(place)) throw new Error(`not a place: ${place}`);
    return path.join(this.root, place);
  }

  /**
   * The knowledge a place answers from now: its own once loaded (`ready`), else the shared
   * reports, which are every place's. A question waits for `ready` first, so that a place's own
   * reports are never missing from its answers.
   */
  readonly context = (place?: string | null): BotContext => (place ? this.loaded.use(place)?.current() : undefined) ?? this.shared.current();

  /**
   * Loads the place if it has reports of its own and they are not in memory, waiting at most
   * `waitMs`: false when its load is still under way then (the question is to be asked again; the
   * load goes on). True for DMs and places without reports, and for a place that cannot load
   * (logged; it answers from the shared reports, as it did before it had any).
   */
  readonly ready = async (place: string | null | undefined, waitMs = DEFAULT_LOAD_WAIT_MS): Promise<boolean> => {
    if (!place || this.loaded.has(place) || this.closed) return true;
    // Most places have no reports of their own: nothing to load, nor to wait for.
    if (!this.refreshing.has(place) && !(await hasReports(this.dirOf(place)))) return true;
    // Loaded meanwhile by another question: a second refresh would reload it for nothing.
    if (this.loaded.has(place)) return true;
    const loading = (this.refreshing.get(place) ?? this.refresh(place)).then(
      () => true,
      (error: unknown) => {
        this.logger.error('place knowledge not loaded', { place, error });
        return true;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
    try {
      return await Promise.race([loading, late]);
    } finally {
      clearTimeout(timer);
    }
  };

  /** The places whose knowledge is in memory now, least recently used first. */
  get keys(): string[] {
    return this.loaded.keys();
  }

  /** What the places in memory are estimated to take together, in bytes (weighed by their snapshots). */
  get memoryBytes(): number {
    return this.loaded.bytes;
  }

  /**
   * Follows changes the store tells of (an operator's, another replica's): a place in memory is
   * read again; one that is not will be read as it is when it is next asked.
   */
  watch(): void {
    this.watching = true;
    for (const place of this.loaded.keys()) this.watchPlace(place);
    this.store.follow({
      changed: (place) => {
        if (this.loaded.has(place)) void this.refresh(place).catch((error: unknown) => this.logger.error('place knowledge not reloaded', { place, error }));
      },
      has: (place) => this.loaded.has(place),
    });
  }

  private watchPlace(place: string): void {
    this.loaded.peek(place)?.watch(() => void this.refresh(place).catch((error: unknown) => this.logger.error('place knowledge not reloaded', { place, error })));
  }

  /**
   * After a place's folder changed, or to load it: its knowledge opened, reloaded, or dropped
   * once it has no report left (a reload would refuse an empty folder and go on serving the
   * removed report). Resolves when the next answer there reads the change.
   */
  refresh(place: string): Promise<void> {
    const previous = this.refreshing.get(place) ?? Promise.resolve();
    const next = previous.then(() => this.refreshNow(place));
    const kept = next.catch(() => {}).finally(() => {
      if (this.refreshing.get(place) === kept) this.refreshing.delete(place);
    });
    this.refreshing.set(place, kept);
    return next;
  }

  private async refreshNow(place: string): Promise<void> {
    if (this.closed) return;
    const dir = this.dirOf(place);
    const base = this.loaded.peek(place);
    if (!(await hasReports(dir))) {
      this.loaded.delete(place)?.close();
      return;
    }
    if (base) {
      // An edit to the shared folder reloads every place in memory: a few workers at a time, not all.
      await this.oneOfFew(() => base.reload());
      // Weighed again: the reload may have added or removed reports.
      if (this.loaded.peek(place) === base) this.hold(place, base);
      return;
    }
    const opened = await this.oneOfFew(() => KnowledgeBase.open(dir, this.logger, { ...this.options, sharedDirs: [this.shared.dir], savedInThread: true }));
    if (this.closed) return opened.close();
    this.hold(place, opened);
    if (this.watching) this.watchPlace(place);
    this.logger.info('place knowledge loaded', { place, reports: opened.lastLoad?.reports, fromCache: opened.lastLoad?.fromCache, byWorker: (opened.lastLoad?.workerMs ?? 0) > 0, bytes: opened.lastLoad?.snapshotBytes });
  }

  private hold(place: string, base: KnowledgeBase): void {
    for (const dropped of this.loaded.set(place, base, weightOf(base.lastLoad?.snapshotBytes ?? 0))) {
      dropped.close();
      this.logger.debug('place knowledge dropped: the least recently used, past KNOWLEDGE_MEMORY_MB', { dir: dropped.dir });
    }
  }

  /** Runs a load when fewer than LOADS_AT_ONCE are running. */
  private async oneOfFew<T>(work: () => Promise<T>): Promise<T> {
    // A slot is handed from the load that ends to the next one waiting: none can come between.
    if (this.running >= LOADS_AT_ONCE) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const base of this.loaded.clear()) base.close();
    await this.store.close();
  }
}

async function hasReports(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.some(isReportName);
}
