import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../base/logger.ts';
import { PLACE_KEY } from '../commands/report.ts';
import type { BotContext } from '../commands/types.ts';
import { isReportName } from '../knowledge/folder.ts';
import { KnowledgeBase, type KnowledgeOptions } from './knowledgeBase.ts';
import { FolderStore, type ReportStore } from './reportStore.ts';

/** Under the knowledge folder: one folder per place (`discord-<guild id>`) holding its own reports. */
export function placesFolderOf(knowledgeDir: string): string {
  return path.join(knowledgeDir, 'places');
}

/**
 * The knowledge of every place: the shared folder for DMs, the terminal and every place without
 * reports of its own; for a place with some, a knowledge base of its own built from the shared
 * reports and its own. A place's answers, autocomplete, /speakers and /about read only that
 * context, so nothing of another place's can reach them. The shared folder's loader reads no
 * subfolder, so `places/` never enters the shared knowledge. Where a place's reports are kept
 * is the store's (reportStore.ts); the places read them from the store's folder.
 */
export class Places {
  private readonly bases = new Map<string, KnowledgeBase>();
  /** One refresh at a time per place: two adds in a row must not open its knowledge twice. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private watching = false;
  private closed = false;

  private constructor(
    readonly shared: KnowledgeBase,
    readonly store: ReportStore,
    private readonly logger: Logger,
    private readonly options: KnowledgeOptions,
  ) {}

  /**
   * Every place's knowledge, for the places that have reports in the store; the store is the
   * places' from then on (closed with them). By default, the folder `places/` of the shared one.
   */
  static async open(shared: KnowledgeBase, logger: Logger, options: KnowledgeOptions = {}, store: ReportStore = new FolderStore(placesFolderOf(shared.dir), logger)): Promise<Places> {
    const places = new Places(shared, store, logger, options);
    const names = await readdir(places.root).catch(() => [] as string[]);
    for (const name of names.filter((n) => PLACE_KEY.test(n)).sort()) {
      // One place that cannot load must not keep the bot, or the other places, from starting.
      await places.refresh(name).catch((error: unknown) => logger.error('place knowledge not loaded', { place: name, error }));
    }
    return places;
  }

  get root(): string {
    return this.store.root;
  }

  dirOf(place: string): string {
    if (!PLACE_KEY.test(place)) throw new Error(`not a place: ${place}`);
    return path.join(this.root, place);
  }

  /** The knowledge a place answers from now (null or an unknown place: the shared reports). */
  readonly context = (place?: string | null): BotContext => (place ? this.bases.get(place)?.current() : undefined) ?? this.shared.current();

  /** The places with reports of their own. */
  get keys(): string[] {
    return [...this.bases.keys()];
  }

  /** Reloads each place on edits to the shared folder, and on changes the store tells of. */
  watch(): void {
    this.watching = true;
    for (const base of this.bases.values()) base.watch();
    this.store.follow({
      changed: (place) => void this.refresh(place).catch((error: unknown) => this.logger.error('place knowledge not reloaded', { place, error })),
      has: (place) => this.bases.has(place),
    });
  }

  /**
   * After a place's folder changed: its knowledge opened, reloaded, or dropped once it has no
   * report left (a reload would refuse an empty folder and go on serving the removed report).
   * Resolves when the next answer there reads the change.
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
    const base = this.bases.get(place);
    if (!(await hasReports(dir))) {
      this.bases.delete(place);
      base?.close();
      return;
    }
    if (base) return base.reload();
    const opened = await KnowledgeBase.open(dir, this.logger, { ...this.options, sharedDirs: [this.shared.dir] });
    if (this.closed) return opened.close();
    if (this.watching) opened.watch();
    this.bases.set(place, opened);
    this.logger.info('place knowledge loaded', { place, reports: opened.lastLoad?.reports });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const base of this.bases.values()) base.close();
    this.bases.clear();
    await this.store.close();
  }
}

async function hasReports(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.some(isReportName);
}
