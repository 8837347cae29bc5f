import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../base/logger.ts';
import { PLACE_KEY } from '../commands/report.ts';
import type { BotContext } from '../commands/types.ts';
import { isReportName } from '../knowledge/folder.ts';
import { KnowledgeBase, type KnowledgeOptions } from './knowledgeBase.ts';

/** Edits arrive as several file events: wait for the burst to end (as knowledgeBase.ts does). */
const SETTLE_MS = 250;

/** Under the knowledge folder: one folder per place (`discord-<guild id>`) holding its own reports. */
export const PLACES_FOLDER = 'places';

/**
 * The knowledge of every place: the shared folder for DMs, the terminal and every place without
 * reports of its own; for a place with some, a knowledge base of its own built from the shared
 * reports and its own. A place's answers, autocomplete, /speakers and /about read only that
 * context, so nothing of another place's can reach them. The shared folder's loader reads no
 * subfolder, so `places/` never enters the shared knowledge.
 */
export class Places {
  private readonly bases = new Map<string, KnowledgeBase>();
  /** One refresh at a time per place: two adds in a row must not open its knowledge twice. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private watching = false;
  private watcher: FSWatcher | null = null;
  /** Until the places folder exists: the knowledge folder, watched for it. */
  private waiting: FSWatcher | null = null;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  private constructor(
    readonly shared: KnowledgeBase,
    private readonly logger: Logger,
    private readonly options: KnowledgeOptions,
  ) {}

  /** Every place's knowledge, for the places that have reports in the folder. */
  static async open(shared: KnowledgeBase, logger: Logger, options: KnowledgeOptions = {}): Promise<Places> {
    const places = new Places(shared, logger, options);
    const names = await readdir(places.root).catch(() => [] as string[]);
    for (const name of names.filter((n) => PLACE_KEY.test(n)).sort()) {
      // One place that cannot load must not keep the bot, or the other places, from starting.
      await places.refresh(name).catch((error: unknown) => logger.error('place knowledge not loaded', { place: name, error }));
    }
    return places;
  }

  get root(): string {
    return path.join(this.shared.dir, PLACES_FOLDER);
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

  /**
   * Reloads each place on edits to its folder (and to the shared one), as the shared knowledge
   * is. The places folder is watched too, for what a place's own watcher cannot do: open a
   * place whose folder an operator made, and drop one whose last report was deleted.
   */
  watch(): void {
    this.watching = true;
    for (const base of this.bases.values()) base.watch();
    this.watchRoot();
  }

  /** Once the places folder exists (an operator's, or the first add's). */
  private watchRoot(): void {
    if (!this.watching || this.watcher || this.closed) return;
    try {
      this.watcher = watch(this.root, { recursive: true }, (_event, name) => {
        const place = name ? String(name).split(/[\\/]/)[0] : undefined;
        if (!place || !PLACE_KEY.test(place)) return;
        clearTimeout(this.timers.get(place));
        this.timers.set(
          place,
          setTimeout(() => {
            this.timers.delete(place);
            this.refresh(place).catch((error: unknown) => this.logger.error('place knowledge not reloaded', { place, error }));
          }, SETTLE_MS),
        );
      });
      this.watcher.on('error', (error) => this.logger.error('cannot watch the places folder', { dir: this.root, error }));
      this.waiting?.close();
      this.waiting = null;
      // A place folder made before the watch began (with the places folder itself) is not missed.
      void readdir(this.root).then((names) => {
        for (const name of names) if (PLACE_KEY.test(name) && !this.bases.has(name)) this.refresh(name).catch((error: unknown) => this.logger.error('place knowledge not loaded', { place: name, error }));
      }, () => {});
    } catch {
      // No places folder yet: watched for in the knowledge folder (and the first add makes it).
      this.waiting ??= watch(this.shared.dir, (_event, name) => {
        if (name && String(name) === PLACES_FOLDER) this.watchRoot();
      });
    }
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
    this.watchRoot();
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

  close(): void {
    this.closed = true;
    this.watcher?.close();
    this.waiting?.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const base of this.bases.values()) base.close();
    this.bases.clear();
  }
}

async function hasReports(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.some(isReportName);
}
