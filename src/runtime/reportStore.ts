import { watch, type FSWatcher } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../base/logger.ts';
import { PLACE_KEY } from '../commands/report.ts';
import { writeReport } from '../import/writeReport.ts';
import { errorCode } from '../base/errorMessage.ts';

/** Edits arrive as several file events: wait for the burst to end (as knowledgeBase.ts does). */
const SETTLE_MS = 250;

/** What may be under way in a place: one at a time there. */
export type PlaceWork = 'import' | 'remove';

/** What a store tells of changes made elsewhere: an operator's edit, another replica's add. */
export interface PlaceChanges {
  /** The place's folder under `root` has changed: its knowledge is to be read again. */
  changed(place: string): void;
  /** Whether the place's knowledge is open already. */
  has(place: string): boolean;
}

/**
 * Where places' added reports are kept: chosen once at start, the folder (no DATABASE_URL) or
 * PostgreSQL. Either way the knowledge reads a place's reports from a folder under `root`, so
 * loading, caching and answering are the same for both; PostgreSQL's store keeps that folder
 * as a copy of its rows.
 */
export interface ReportStore {
  /** The folder of the places' folders (`<root>/<place>/<name>.md`). */
  readonly root: string;
  /**
   * Keeps a place's report; 'exists' when the place has one by that name. The store's other
   * readers (replicas) are told at once, so that they rebuild alongside this one.
   */
  write(place: string, name: string, content: string): Promise<'written' | 'exists'>;
  /** Drops a place's report (nothing when it is not there), and tells the other readers as write does. */
  delete(place: string, name: string): Promise<void>;
  /**
   * Marks the place busy with `work` for every process that shares the store: null once it is
   * this caller's, else the work already under way there (nothing is marked).
   */
  claim(place: string, work: PlaceWork): Promise<PlaceWork | null>;
  /** Ends what claim began. */
  release(place: string): Promise<void>;
  /** From now on, calls `changes` with each place changed elsewhere. */
  follow(changes: PlaceChanges): void;
  close(): Promise<void>;
}

/**
 * The places' reports as Markdown files in `knowledge/places/`, which an operator can read, back
 * up or edit: a change anyone makes there is seen by the folder's watcher.
 */
export class FolderStore implements ReportStore {
  private watcher: FSWatcher | null = null;
  /** Until the places folder exists: the knowledge folder, watched for it. */
  private waiting: FSWatcher | null = null;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private changes: PlaceChanges | null = null;
  private closed = false;
  /** This process is the folder's only writer: its own marks are all there are. */
  private readonly busy = new Map<string, PlaceWork>();

  constructor(
    readonly root: string,
    private readonly logger: Logger,
  ) {}

  private file(place: string, name: string): string {
    if (!PLACE_KEY.test(place) || path.basename(name) !== name) throw new Error(`not a place's report: ${place}/${name}`);
    return path.join(this.root, place, name);
  }

  async write(place: string, name: string, content: string): Promise<'written' | 'exists'> {
    const written = await writeReport(this.file(place, name), content, false);
    // The first add makes the places folder: from then on it is watched.
    this.watchRoot();
    return written;
  }

  async delete(place: string, name: string): Promise<void> {
    await unlink(this.file(place, name)).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  }

  async claim(place: string, work: PlaceWork): Promise<PlaceWork | null> {
    const running = this.busy.get(place);
    if (running) return running;
    this.busy.set(place, work);
    return null;
  }

  async release(place: string): Promise<void> {
    this.busy.delete(place);
  }

  /**
   * The places folder is watched for places made or removed by hand; a place in memory watches
   * its own folder (places.ts), and one that is not is read as it is when it is next asked. Not
   * recursively: on Linux that is a watch on every place's folder and file, 20,001 inotify
   * watches, 75 MB of RSS and a 0.5 s stall at start for 10,000 places.
   */
  follow(changes: PlaceChanges): void {
    this.changes = changes;
    this.watchRoot();
  }

  /** Once the places folder exists (an operator's, or the first add's). */
  private watchRoot(): void {
    const changes = this.changes;
    if (!changes || this.watcher || this.closed) return;
    try {
      this.watcher = watch(this.root, (_event, name) => {
        const place = name ? String(name).split(/[\\/]/)[0] : undefined;
        if (!place || !PLACE_KEY.test(place)) return;
        clearTimeout(this.timers.get(place));
        this.timers.set(
          place,
          setTimeout(() => {
            this.timers.delete(place);
            changes.changed(place);
          }, SETTLE_MS),
        );
      });
      this.watcher.on('error', (error) => this.logger.error('cannot watch the places folder', { dir: this.root, error }));
      this.waiting?.close();
      this.waiting = null;
      // A place folder made before the watch began (with the places folder itself) is not missed.
      void readdir(this.root).then((names) => {
        for (const name of names) if (PLACE_KEY.test(name) && !changes.has(name)) changes.changed(name);
      }, () => {});
    } catch {
      // No places folder yet: watched for in the knowledge folder (and the first add makes it).
      this.waiting ??= watch(path.dirname(this.root), (_event, name) => {
        if (name && String(name) === path.basename(this.root)) this.watchRoot();
      });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    this.waiting?.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}
