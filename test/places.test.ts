/**
 * Places' own reports: added from chat into `knowledge/places/<place>/`, answered only in that
 * place, listed, removed, and refused clearly with nothing written. Attachments are served from
 * 127.0.0.1.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../src/commands/interpret.ts';
import { runReport, type ReportRequest } from '../src/commands/report.ts';
import { createLogger } from '../src/base/logger.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { PlaceShelf, safeFileName, withAddedBy } from '../src/runtime/placeShelf.ts';
import { Places } from '../src/runtime/places.ts';
import { isPublicAddress } from '../src/import/publicAddresses.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { serveFiles, type FileServer } from './support/fileServer.ts';

const LIBRARY = path.join(FIXTURES, 'library/riverside-library-digitisation.md');
/** The file name an add gives it: from its title. */
const ID = 'scanning-the-stacks-how-a-city-library-is-digitising-a-century-of-newspapers';
const A = 'discord-111';
/** Under the 10 MB an add may fetch, but more than a 64 MB heap can import (as in importMemory.test.ts). */
const HUGE = `Harbour notes\n\n${'Mooring fees will rise by 5% from June, said Rajesh Iyer of the harbour board.\n\n'.repeat(120_000)}`;
const B = 'discord-222';

let dir: string;
let shared: KnowledgeBase;
let places: Places;
let shelf: PlaceShelf;
let files: FileServer;
let release: () => void;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-places-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  const logger = createLogger('error', () => {});
  shared = await KnowledgeBase.open(dir, logger);
  places = await Places.open(shared, logger);
  shelf = new PlaceShelf(places, { limits: { maxBytes: 100_000 }, privateAddresses: true, now: () => new Date('2026-12-05T09:00:00Z') });
  const held = new Promise<void>((resolve) => (release = resolve));
  const library = await readFile(LIBRARY);
  files = await serveFiles({
    'riverside.md': { body: library, type: 'text/markdown' },
    'slow.md': { body: library, held },
    'big.txt': { body: 'word '.repeat(30_000) },
    'picture.png': { body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    'gone.md': { status: 404 },
    'huge.txt': { body: HUGE },
  });
});

afterEach(async () => {
  release();
  places.close();
  shared.close();
  await files.close();
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string, size: number | null = null) => ({ kind: 'file' as const, url: files.url(name), name, size });
const lead = (place: string | null, command: string, input: Record<string, string> = {}) => runCommand(places.context(place), command, input).lead;
const placeFiles = async (place: string) => readdir(path.join(dir, 'places', place)).catch(() => [] as string[]);
const ask = (request: Partial<ReportRequest>) => runReport(shelf, { subcommand: 'list', place: A, user: '42', mayManage: true, ...request });

describe('a place’s own reports', () => {
  it('answer in that place only, never in another place, a DM or the shared knowledge', async () => {
    const added = await shelf.add(A, file('riverside.md'), '42');
    expect(added).toMatchObject({ id: ID, title: expect.stringMatching(/^Scanning the stacks/), passages: expect.any(Number) });
    expect(added.speakers).toContain('Maria Lopez');

    expect(lead(A, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez .*said it\.$/);
    expect(lead(A, 'about')).toMatch(/^I answer from 2 reports/);
    for (const elsewhere of [B, null]) {
      expect(lead(elsewhere, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);
      expect(lead(elsewhere, 'about')).toMatch(/^I answer from 1 report,/);
      expect(JSON.stringify(runCommand(places.context(elsewhere), 'speakers', {}))).not.toContain('Maria Lopez');
      expect(lead(elsewhere, 'quotes', { speaker: 'Maria Lopez' })).not.toMatch(/^Maria Lopez/);
    }
    // The shared folder's loader reads no subfolder: a reload of it still has one report.
    await shared.reload();
    expect(shared.current().search.knowledge.reports).toHaveLength(1);
  });

  it('are plain Markdown with who added them and when, and nothing else is left in the folder', async () => {
    await shelf.add(A, file('riverside.md'), '42');
    expect(await placeFiles(A)).toEqual([`${ID}.md`]);
    const text = await readFile(path.join(dir, 'places', A, `${ID}.md`), 'utf8');
    expect(text).toMatch(/^---\n[\s\S]*\nadded_by: "42"\nadded_at: "2026-12-05T09:00:00.000Z"\n---\n/);
    expect(await readdir(os.tmpdir())).not.toContain(expect.stringMatching(/^report-bot-add-/));
  });

  it('are listed with the shared ones, who added each and when', async () => {
    await shelf.add(A, file('riverside.md'), '42');
    const answer = await ask({ subcommand: 'list' });
    expect(answer.lead).toBe('I answer here from 2 reports: 1 added here, 1 shared by every place.');
    expect(answer.lines.join('\n')).toMatch(/Added here:\n- “Scanning the stacks[^\n]* · added by user 42 on 2026-12-05 09:00 UTC · id scanning-the-stacks-how-a-city-library-is-digitising-a-century-of-newspapers\nShared[^\n]*\n- “LinuxWorld and virtualization/);
    expect((await runReport(shelf, { subcommand: 'list', place: B, user: '7', mayManage: true })).lead).toBe('I answer from 1 report, shared by every place.');
  });

  it('are removed: gone from the answers, and the place answers from the shared reports again', async () => {
    await shelf.add(A, file('riverside.md'), '42');
    expect((await ask({ subcommand: 'remove', report: ID })).lead).toMatch(/^Removed “Scanning the stacks/);
    expect(lead(A, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);
    expect(await placeFiles(A)).toEqual([]);
    expect((await ask({ subcommand: 'remove', report: ID })).lead).toBe(`This server has no report “${ID}”: /report list shows them.`);
    expect((await ask({ subcommand: 'remove', report: 'linuxworld' })).lead).toMatch(/is shared by every place: it is the operator’s to remove/);
  });

  it('follow an operator’s edits: a place folder made by hand, and its last report deleted by hand', async () => {
    places.watch();
    await mkdir(path.join(dir, 'places', B), { recursive: true });
    await copyFile(LIBRARY, path.join(dir, 'places', B, 'library.md'));
    await until(async () => (await places.ready(B)) && /^Maria Lopez/.test(lead(B, 'who-said', { text: 'broken spines' })));
    expect(lead(A, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);
    await unlink(path.join(dir, 'places', B, 'library.md'));
    await until(() => /nothing/.test(lead(B, 'who-said', { text: 'broken spines' })));
    expect(places.keys).toEqual([]);
  });

  it('are found again after a restart, at the place’s first question', async () => {
    await shelf.add(A, file('riverside.md'), '42');
    places.close();
    places = await Places.open(shared, createLogger('error', () => {}));
    expect(places.keys).toEqual([]);
    expect(await places.ready(A, 120_000)).toBe(true);
    expect(lead(A, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez/);
    expect(lead(B, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);
  });
});

describe('/report refuses, clearly and privately, with nothing written', () => {
  const refused = async (request: Partial<ReportRequest>, expected: RegExp | string) => {
    const answer = await ask({ subcommand: 'add', ...request });
    if (typeof expected === 'string') expect(answer.lead).toBe(expected);
    else expect(answer.lead).toMatch(expected);
    expect(await placeFiles(A)).toEqual([]);
    expect(lead(A, 'about')).toMatch(/^I answer from 1 report,/);
  };

  it('a file over the limit, by its stated size before a byte is fetched, or as it streams in', async () => {
    await refused({ file: { url: files.url('big.txt'), name: 'big.txt', size: 150_000 } }, 'Cannot import big.txt: the file is 150,000 bytes, more than the 100,000 bytes limit');
    expect(files.hits.get('big.txt')).toBeUndefined();
    await refused({ file: { url: files.url('big.txt'), name: 'big.txt', size: null } }, /^Cannot import big.txt: the file is (larger than|150,000 bytes, more than) the 100,000 bytes limit$/);
    // Found in the import, not by the shelf: said to a French asker in French all the same.
    await refused({ file: { url: files.url('big.txt'), name: 'big.txt', size: null }, lang: 'fr' }, /^Impossible d’importer big.txt : le fichier (dépasse|fait 150\s000 octets, plus que) la limite de 100\s000 octets$/);
  });

  it('a type it cannot read, a failing address, and no report or two', async () => {
    await refused({ file: { url: files.url('picture.png'), name: 'picture.png', size: 4 } }, /^Cannot import picture.png: a .png file is /);
    await refused({ file: { url: files.url('gone.md'), name: 'gone.md', size: null } }, 'Cannot import gone.md: the server answered 404 Not Found, not the file');
    await refused({ url: files.url('gone.md') }, /^Cannot import http:\/\/127\.0\.0\.1:\d+\/gone\.md: the server answered 404/);
    await refused({ url: 'ftp://example.invalid/x' }, /^Cannot import ftp:\/\/example\.invalid\/x: only http and https addresses/);
    await refused({}, /^Give the report to add/);
    await refused({ url: files.url('riverside.md'), file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } }, /^Give one report at a time/);
  });

  it('a page at an address that is not public (this machine, its network, the cloud’s metadata service), by default', async () => {
    shelf = new PlaceShelf(places);
    await refused({ url: files.url('riverside.md') }, /^Cannot import http:\/\/127\.0\.0\.1:\d+\/riverside\.md: cannot fetch the page \(127\.0\.0\.1 is not a public address: only public web pages can be added from chat\)$/);
    await refused({ url: files.url('riverside.md').replace('127.0.0.1', 'localhost') }, /^Cannot import http:\/\/localhost:\d+\/riverside\.md: cannot fetch the page \(localhost is not a public address/);
    await refused({ url: 'http://[::ffff:169.254.169.254]/latest/meta-data/' }, /is not a public address/);
    await refused({ url: files.url('riverside.md'), lang: 'fr' }, /^Impossible d’importer http:\/\/127\.0\.0\.1:\d+\/riverside\.md : impossible de récupérer la page \(127\.0\.0\.1 n’est pas une adresse publique : seules les pages web publiques peuvent être ajoutées depuis le chat\)$/);
    expect(files.hits.get('riverside.md')).toBeUndefined();
    for (const address of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::a9fe:a9fe', '0.0.0.0']) expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111']) expect(isPublicAddress(address), address).toBe(true);
  });

  it('a document that needs more memory than an import may use: its worker stops, not the bot', async () => {
    shelf = new PlaceShelf(places, { privateAddresses: true, importHeapMb: 64 });
    await refused({ file: { url: files.url('huge.txt'), name: 'huge.txt', size: null } }, 'Cannot import huge.txt: reading it takes more than the 64 MB of memory an import may use: split the document');
    expect(lead(A, 'who-said', { text: 'glue layers GPL' })).toMatch(/^Tom Hanrahan/);
  });

  it('a report past what the place’s knowledge reads together: taken back out, and said why', async () => {
    places.close();
    places = await Places.open(shared, createLogger('error', () => {}), { maxTotalBytes: (await readFile(path.join(dir, 'linuxworld.md'))).length + 100 });
    shelf = new PlaceShelf(places, { privateAddresses: true });
    await refused({ file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } }, /^Cannot add riverside\.md: the folder's reports pass .* together here, so this one and those after it are not read/);
    expect(places.keys).toEqual([]);
  });

  it('a second import in the same place while one runs: “an import is already running here”; another place is not held up', async () => {
    const first = ask({ subcommand: 'add', file: { url: files.url('slow.md'), name: 'slow.md', size: null } });
    await until(() => files.hits.get('slow.md') === 1);
    await refused({ file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } }, 'An import is already running here: wait for it to finish (its answer says when), then try again.');
    expect((await runReport(shelf, { subcommand: 'add', place: B, user: '7', mayManage: true, file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } })).lead).toMatch(/^Added/);
    release();
    expect((await first).lead).toMatch(/^Added “Scanning the stacks/);
    expect(await placeFiles(A)).toEqual([`${ID}.md`]);
  });

  it('the same report twice, a member who may not manage the place, and a DM', async () => {
    await shelf.add(A, file('riverside.md'), '42');
    expect((await ask({ subcommand: 'add', file: { url: files.url('riverside.md'), name: 'riverside.md', size: null } })).lead).toMatch(/^This server already has a report named scanning-the-stacks-how-a-city-library-is-digitising-a-century-of-newspapers/);
    expect((await ask({ subcommand: 'remove', report: ID, mayManage: false })).lead).toBe('Only members with the Manage Server permission can manage this server’s reports.');
    expect(await placeFiles(A)).toEqual([`${ID}.md`]);
    expect((await ask({ subcommand: 'list', place: null })).lead).toMatch(/^\/report works in a server/);
  });
});

describe('storage details', () => {
  it('who added a report replaces an earlier one; attachment names are file names', () => {
    expect(withAddedBy('---\ntitle: T\nadded_by: "1"\n---\nBody\n', '2', 'now')).toBe('---\ntitle: T\nadded_by: "2"\nadded_at: "now"\n---\nBody\n');
    expect(safeFileName('../../etc/pass wd.md')).toBe('pass-wd.md');
    expect(safeFileName('.hidden.txt')).toBe('hidden.txt');
    expect(safeFileName('C:\\Users\\x\\Report (final).docx')).toBe('Report-final-.docx');
  });
});

async function until(test: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await test())) await new Promise((r) => setTimeout(r, 10));
}
