/**
 * `npm run bench -- --places N` (issue 26, point 4): N places with a short report each, in one
 * bot process, as `npm start` holds them (compiled, the places watched). Prints one JSON object:
 * RSS at rest before any place is asked, each place's first answer (cold: its saved snapshot
 * read), answers in places in memory (warm), RSS once every place was asked with the least
 * recently used dropped past KNOWLEDGE_MEMORY_MB, and how long an added report takes to answer
 * on the replica that added it and on a second one. Run by bench/run.ts, in its own process.
 *
 * Generating N places is bounded: every place holds the same report, so one snapshot, built
 * once by the knowledge worker, is current for every place, and is hard-linked into each
 * place's cache folder (what a start after N adds would find). The "two replicas" are two
 * Places in this one process over the same knowledge, places and cache folders, each with its
 * own shared knowledge and folder store: a second process would need a second copy of the
 * 10,000 places' memory on this 2-core machine, and the folder store is the same either way.
 */
import { copyFile, link, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLogger } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { PlaceShelf } from '../src/runtime/placeShelf.ts';
import { Places } from '../src/runtime/places.ts';
import { CacheFolder } from '../src/snapshot/cacheFolder.ts';
import { percentiles, type Latency } from './stats.ts';
import { readFlags } from './flags.ts';

export interface PlacesResult {
  places: number;
  memoryMB: number;
  /** Writing the places' folders, and linking the one snapshot into each place's cache folder. */
  generateSeconds: number;
  snapshotBytes: number;
  /** This process at rest (2 s after, nothing forced): the shared knowledge, both replicas open, no place asked. */
  rssAtRestMB: number;
  /** Every place asked once in turn: ready() and a /who-said answer, ms. */
  cold: Latency;
  /** Questions told to ask again (the load outlasted its wait), and answers that named the wrong speaker. */
  retries: number;
  wrong: number;
  /** At rest after every place was asked: RSS, places in memory, what they are estimated to take (from their snapshots). */
  rssAfterMB: number;
  /** The same once a full collection has run (what is garbage, and what is held), and the heap then. */
  rssAfterGcMB: number;
  heapAfterGcMB: number;
  externalAfterGcMB: number;
  held: number;
  heldMB: number;
  /** Places in memory asked again. */
  warm: Latency;
  /** From /report add's start to its report answering: on the replica that added it, and on the other. */
  added: { here: Latency; otherNotInMemory: Latency; otherInMemory: Latency };
}

const { values: flags } = readFlags({ places: { type: 'string', default: '0' }, dir: { type: 'string', default: '' }, memory: { type: 'string', default: '0' } });
const count = Number(flags.places);
const root = flags.dir;
const memoryMB = Number(flags.memory);
const ADD_RUNS = 5;

const BUNDLED = path.resolve(import.meta.dirname, '../knowledge/linuxworld-2007-virtualization.md');
const REPORT = '---\ntitle: Harbour notes\n---\n\nMooring fees will rise by five percent from June, said Rajesh Iyer of the harbour board.\n\nThe new pontoon opens in August, Rajesh Iyer said.\n';
const ADDED = ['Olga Novak', 'Kenji Tanaka', 'Fatima Haddad', 'Lars Berg', 'Grace Hughes', 'Pavel Kowal', 'Ines Costa'];
const addedReport = (i: number) => `---\ntitle: Ferry notes ${i}\n---\n\nThe ferry timetable changes with the autumn tides, said ${ADDED[i % ADDED.length]} of the port authority.\n`;

const placeKey = (i: number) => `discord-${String(100_000_000_000_000_000n + BigInt(i))}`;
const rss = () => Math.round(process.memoryUsage().rss / 1e5) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (from: number) => performance.now() - from;

async function main(): Promise<void> {
  await rm(root, { recursive: true, force: true });
  const knowledgeDir = path.join(root, 'knowledge');
  const placesDir = path.join(knowledgeDir, 'places');
  const cacheDir = path.join(root, 'cache');
  await mkdir(placesDir, { recursive: true });
  await copyFile(BUNDLED, path.join(knowledgeDir, 'linuxworld-2007-virtualization.md'));
  const logger = createLogger('error', () => {});
  const options = { cacheDir, memoryBytes: memoryMB * 1024 * 1024 };

  const generating = performance.now();
  for (let i = 0; i < count; i++) {
    await mkdir(path.join(placesDir, placeKey(i)));
    await writeFile(path.join(placesDir, placeKey(i), 'harbour-notes.md'), REPORT);
  }
  const shared = await KnowledgeBase.open(knowledgeDir, logger, { cacheDir });
  const one = await Places.open(shared, logger, options);
  await one.ready(placeKey(0), 600_000);
  const first = new CacheFolder(cacheDir, path.join(placesDir, placeKey(0)));
  for (let i = 1; i < count; i++) {
    const cache = new CacheFolder(cacheDir, path.join(placesDir, placeKey(i)));
    await mkdir(cache.path, { recursive: true });
    await link(first.snapshotFile, cache.snapshotFile);
    await writeFile(path.join(cache.path, 'for.txt'), path.join(placesDir, placeKey(i)));
  }
  const generateSeconds = ms(generating) / 1000;
  const snapshotBytes = (await stat(first.snapshotFile)).size;
  await one.close();

  // As npm start opens them: the shared knowledge, the places, watched; a second replica alike.
  const replicas = await Promise.all([0, 1].map(async () => {
    const base = await KnowledgeBase.open(knowledgeDir, logger, { cacheDir });
    base.watch();
    const places = await Places.open(base, logger, options);
    places.watch();
    return { base, places };
  }));
  const [here, other] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
  await sleep(2000);
  const rssAtRestMB = rss();

  let retries = 0;
  let wrong = 0;
  const ask = async (places: Places, place: string, speaker: RegExp, text: string): Promise<number> => {
    const started = performance.now();
    if (!(await places.ready(place))) retries++;
    else if (!speaker.test(runCommand(places.context(place), 'who-said', { text }).lead)) wrong++;
    return ms(started);
  };
  const harbour = (places: Places, place: string) => ask(places, place, /^Rajesh Iyer/, 'mooring fees');
  const cold: number[] = [];
  for (let i = 0; i < count; i++) cold.push(await harbour(here.places, placeKey(i)));
  await sleep(2000);
  const rssAfterMB = rss();
  // Run with --expose-gc: what a collection gives back tells garbage from what is held.
  (globalThis as { gc?: () => void }).gc?.();
  await sleep(500);
  const rssAfterGcMB = rss();
  const heapAfterGcMB = Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
  const externalAfterGcMB = Math.round(process.memoryUsage().external / 1e5) / 10;
  const held = here.places.keys;
  const warm: number[] = [];
  for (let round = 0; round < 3; round++) for (const place of held.slice(-1000)) warm.push(await harbour(here.places, place));

  const added = await measureAdds(here.places, other.places);
  const result: PlacesResult = {
    places: count,
    memoryMB,
    generateSeconds: Math.round(generateSeconds * 10) / 10,
    snapshotBytes,
    rssAtRestMB,
    cold: percentiles(cold),
    retries,
    wrong,
    rssAfterMB,
    rssAfterGcMB,
    heapAfterGcMB,
    externalAfterGcMB,
    held: held.length,
    heldMB: Math.round(here.places.memoryBytes / 1e5) / 10,
    warm: percentiles(warm),
    added,
  };
  for (const { base, places } of replicas) {
    await places.close();
    base.close();
  }
  await rm(root, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * /report add on one replica, the report served over HTTP as an attachment would be: how long
 * until it answers there (the add returns once it does), and on the other replica, in a place
 * it had not loaded and in one it had in memory (its watcher reloads it).
 */
async function measureAdds(here: Places, other: Places): Promise<PlacesResult['added']> {
  const server = await serve();
  const url = (i: number) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry-${i}.md`;
  const shelf = new PlaceShelf(here, { privateAddresses: true });
  const times = { here: [] as number[], otherNotInMemory: [] as number[], otherInMemory: [] as number[] };
  for (let i = 0; i < ADD_RUNS * 2; i++) {
    // Even runs: a place new to both; odd runs: a place the other replica has in memory.
    const inMemory = i % 2 === 1;
    const place = inMemory ? placeKey(count - 1 - i) : placeKey(count + i);
    if (inMemory) await other.ready(place, 600_000);
    const speaker = new RegExp(`^${ADDED[i % ADDED.length]}`);
    const started = performance.now();
    const answersOther = (async () => {
      for (;;) {
        if ((await other.ready(place)) && speaker.test(runCommand(other.context(place), 'who-said', { text: 'ferry timetable' }).lead)) return ms(started);
        await sleep(10);
      }
    })();
    await shelf.add(place, { kind: 'file', url: url(i), name: `ferry-${i}.md`, size: null }, 'bench');
    if (!speaker.test(runCommand(here.context(place), 'who-said', { text: 'ferry timetable' }).lead)) throw new Error('the added report does not answer on the replica that added it');
    times.here.push(ms(started));
    (inMemory ? times.otherInMemory : times.otherNotInMemory).push(await answersOther);
  }
  server.close();
  return { here: percentiles(times.here), otherNotInMemory: percentiles(times.otherNotInMemory), otherInMemory: percentiles(times.otherInMemory) };
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const i = Number(/ferry-(\d+)\.md$/.exec(req.url ?? '')?.[1] ?? -1);
    if (i < 0) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/markdown' }).end(addedReport(i));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

await main();
