/**
 * A knowledge folder as people really keep it: stray files, links, pipes, devices, broken and
 * oddly encoded reports next to good ones. The good reports are always served; every bad one
 * is named with its line and problem; nothing hangs. One test per case of issue 13.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../src/commands/interpret.ts';
import { readConfig } from '../src/runtime/config.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import { buildSnapshot } from '../src/snapshot/build.ts';
import { createLogger } from '../src/base/logger.ts';
import { FIXTURES } from './support/context.ts';
import { cleanEnv, run, runTs } from './support/run.ts';

const GOOD = path.join(FIXTURES, 'library/riverside-library-digitisation.md');
const GOOD_TITLE = 'Scanning the stacks: how a city library is digitising a century of newspapers';
/** A stuck open or an endless read is killed here, long before a test's own timeout. */
const CHILD_MS = 15_000;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A folder holding one good report, `library.md`, and whatever `add` puts next to it. */
async function folderWith(add: (dir: string) => Promise<unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-folder-'));
  dirs.push(dir);
  await copyFile(GOOD, path.join(dir, 'library.md'));
  await add(dir);
  return dir;
}

const report = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
const titles = (k: Knowledge) => k.reports.map((r) => r.title);
const skippedAs = (k: Knowledge, name: string) => k.skipped.find((s) => path.basename(s.file) === name)?.reason;

describe('entries that are not reports are skipped, each named at debug level', () => {
  it.each([
    ['an editor lock file .#report.md (a dangling link)', (dir: string) => symlink('user@host.1234:1700000000', path.join(dir, '.#report.md')), '.#report.md', /hidden/],
    ['a dangling link with a report name', (dir: string) => symlink(path.join(dir, 'gone.md'), path.join(dir, 'moved.md')), 'moved.md', /link to nothing/],
    ['a macOS ._report.md', (dir: string) => writeFile(path.join(dir, '._report.md'), Buffer.from('0005160700020000Mac OS X        ', 'hex')), '._report.md', /hidden/],
    ['a folder named old.md', (dir: string) => mkdir(path.join(dir, 'old.md')), 'old.md', /^a folder$/],
    ['loop.md linking to itself', (dir: string) => symlink('loop.md', path.join(dir, 'loop.md')), 'loop.md', /loops/],
    ['a hidden .draft.md', (dir: string) => writeFile(path.join(dir, '.draft.md'), report('Draft', 'Not ready.')), '.draft.md', /hidden/],
    ['a text file', (dir: string) => writeFile(path.join(dir, 'notes.txt'), 'notes'), 'notes.txt', /not a \.md file/],
  ])('%s', async (_case, add, name, reason) => {
    const knowledge = await loadKnowledge(await folderWith(add));
    expect(titles(knowledge)).toEqual([GOOD_TITLE]);
    expect(knowledge.problems).toEqual([]);
    expect(skippedAs(knowledge, name)).toMatch(reason);
  });

  it('takes a link to a regular report, and a name in capitals', async () => {
    const dir = await folderWith(async (d) => {
      await writeFile(path.join(d, 'elsewhere.txt'), report('Linked', 'Ann Lee said links work.'));
      await symlink('elsewhere.txt', path.join(d, 'linked.md'));
      await writeFile(path.join(d, 'SHOUT.MD'), report('Shouted', 'Bob Ray said capitals work.'));
    });
    expect(titles(await loadKnowledge(dir)).sort()).toEqual(['Linked', GOOD_TITLE, 'Shouted'].sort());
  });

  it('logs each skipped entry at debug level when the bot opens the folder', async () => {
    const dir = await folderWith((d) => mkdir(path.join(d, 'old.md')));
    const logs: string[] = [];
    await KnowledgeBase.open(dir, createLogger('debug', (l) => logs.push(l)));
    expect(logs.filter((l) => l.includes('DEBUG not a report, skipped'))).toEqual([expect.stringContaining(`"file":"${path.join(dir, 'old.md')}","reason":"a folder"`)]);
  });

  it('still stops on a folder with no report in it, naming what looked like one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-folder-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'old.md'));
    await expect(loadKnowledge(dir)).rejects.toThrow(/has no reports: add a Markdown \(\.md\) file \(old\.md is a folder\)/);
  });
});

/**
 * A FIFO or a device must never be opened: opening a FIFO blocks the whole process and
 * /dev/zero never ends. These run in a child process killed after CHILD_MS, so a regression
 * fails the test rather than hanging the suite or filling the memory.
 */
describe('a FIFO or a device in the folder', () => {
  it.each([
    ['a FIFO named pipe.md', (dir: string) => execFileSync('mkfifo', [path.join(dir, 'pipe.md')]), 'pipe.md', 'a FIFO (named pipe)'],
    ['zero.md linking to /dev/zero', (dir: string) => symlink('/dev/zero', path.join(dir, 'zero.md')), 'zero.md', 'a link to a character device'],
  ])('%s is skipped without being opened', { timeout: CHILD_MS + 10_000 }, async (_case, add, name, reason) => {
    const dir = await folderWith(async (d) => add(d));
    const started = Date.now();
    // The size limit bounds the memory a regression that reads /dev/zero could take.
    const env = cleanEnv({ LOG_LEVEL: 'debug', KNOWLEDGE_MAX_BYTES: '1000000' });
    const { code, stdout, stderr } = await runTs('src/checkKnowledge.ts', ['--knowledge', dir], { env, timeoutMs: CHILD_MS });
    expect(Date.now() - started, 'killed after the time limit: it hung').toBeLessThan(CHILD_MS);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/1 report, 16 passages/);
    expect(stderr).toContain(`"file":"${path.join(dir, name)}","reason":"${reason}"`);
  });

  it.each([
    ['a FIFO', 'fifo', 'a FIFO (named pipe)'],
    ['/dev/zero', '/dev/zero', 'a character device'],
  ])('reading %s directly is refused, not attempted', { timeout: CHILD_MS + 10_000 }, async (_case, target, kind) => {
    const dir = await folderWith(async () => {});
    const file = target === 'fifo' ? path.join(dir, 'pipe.md') : target;
    if (target === 'fifo') execFileSync('mkfifo', [file]);
    const script = `const { readReport } = await import('./src/knowledge/read.ts');
      try { readReport(${JSON.stringify(file)}, 1000); console.log('read'); } catch (e) { console.log(e.message); }`;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeoutMs: CHILD_MS });
    expect(stdout.trim()).toBe(`${file}: not a report: it is ${kind}`);
  });
});

describe('bad reports never stop good ones', () => {
  const broken = async (dir: string) => {
    await writeFile(path.join(dir, 'a-bad-yaml.md'), '---\ntitle: Broken\nauthor: [unclosed\n---\n\nText.\n');
    await writeFile(path.join(dir, 'b-good.md'), report('Second good report', 'Ann Lee of Acme said the second report is served.'));
    await writeFile(path.join(dir, 'c-unclosed.md'), '---\ntitle: Never closed\n\nText.\n');
    await writeFile(path.join(dir, 'd-empty-heading.md'), report('Heading', 'Text.\n\n##'));
  };

  it('serves every good report and names every bad one with its line', async () => {
    const knowledge = await loadKnowledge(await folderWith(broken));
    expect(titles(knowledge)).toEqual(['Second good report', GOOD_TITLE]);
    expect(knowledge.problems.map((p) => [path.basename(p.file), p.line])).toEqual([
      ['a-bad-yaml.md', 3],
      ['c-unclosed.md', 1],
      ['d-empty-heading.md', 7],
    ]);
    expect(knowledge.problems.map((p) => p.problem)).toEqual([expect.stringMatching(/not valid YAML/), expect.stringMatching(/never closed/), expect.stringMatching(/heading has no text/)]);
  });

  it('logs every bad one at start, and /about says how many could not be read', async () => {
    const dir = await folderWith(broken);
    const logs: string[] = [];
    const base = await KnowledgeBase.open(dir, createLogger('info', (l) => logs.push(l)));
    const named = logs.filter((l) => l.includes('WARN  report not served'));
    expect(named).toHaveLength(3);
    expect(named[0]).toContain(`"file":"${path.join(dir, 'a-bad-yaml.md')}","line":3,"problem":"front matter is not valid YAML`);
    expect(logs).toContainEqual(expect.stringContaining('3 of 5 reports could not be read; the others are served'));
    expect(runCommand(base.current(), 'about', {}).lead).toBe('I answer from 2 reports, 17 passages in all. 3 reports could not be read: see the log.');
    expect(runCommand(base.current(), 'who-said', { text: 'second report is served' }).lead).toMatch(/^Ann Lee .*said it\.$/);
  });

  it('npm start serves the good ones and names the bad ones on stderr', async () => {
    const dir = await folderWith(broken);
    const { code, stdout, stderr } = await runTs('src/main.ts', ['--knowledge', dir], { input: '/about\n' });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('I answer from 2 reports, 17 passages in all. 3 reports could not be read: see the log.');
    for (const name of ['a-bad-yaml.md', 'c-unclosed.md', 'd-empty-heading.md']) expect(stderr).toContain(`"file":"${path.join(dir, name)}"`);
  });

  it('check-knowledge prints every problem and exits 1; with none, a summary and 0', async () => {
    const dir = await folderWith(broken);
    const bad = await runTs('src/checkKnowledge.ts', ['--knowledge', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${path.join(dir, 'a-bad-yaml.md')}:3: front matter is not valid YAML`)),
      `${path.join(dir, 'c-unclosed.md')}:1: the front matter opened on this line is never closed with "---"`,
      `${path.join(dir, 'd-empty-heading.md')}:7: heading has no text`,
      `3 of 5 reports in ${dir} could not be read.`,
    ]);

    const good = await runTs('src/checkKnowledge.ts', [], { env: cleanEnv({ KNOWLEDGE_DIR: await folderWith(async () => {}) }) });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^\S+: 1 report, 16 passages, \d+ speakers; every report reads\.\n$/);
  });

  it('check-knowledge fails on a missing folder', async () => {
    const { code, stdout } = await runTs('src/checkKnowledge.ts', ['--knowledge', path.join(os.tmpdir(), 'no-such-report-bot-folder')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/the knowledge folder does not exist/);
  });
});

describe('encodings and line endings', () => {
  const TEXT = '---\ntitle: Encoded\nauthor: Hélène Dupont\n---\n\nThe café noted that the encoding is read.\n';
  const served = async (name: string, bytes: Buffer) => {
    const knowledge = await loadKnowledge(await folderWith((d) => writeFile(path.join(d, name), bytes)));
    expect(knowledge.problems).toEqual([]);
    const passage = knowledge.passages.find((p) => p.reportId === path.basename(name, '.md'));
    return { knowledge, passage };
  };

  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
    ['CRLF line endings', Buffer.from(TEXT.replace(/\n/g, '\r\n'))],
    ['CR-only line endings', Buffer.from(TEXT.replace(/\n/g, '\r'))],
  ])('%s is read as the same report', async (_case, bytes) => {
    const { knowledge, passage } = await served('encoded.md', bytes);
    expect(knowledge.reports.find((r) => r.id === 'encoded')?.title).toBe('Encoded');
    expect(passage).toMatchObject({ text: 'The café noted that the encoding is read.', line: 6 });
    expect(knowledge.reports.find((r) => r.id === 'encoded')?.author).toBe('Hélène Dupont');
    expect(knowledge.speakers.map((s) => s.name)).toContain('Hélène Dupont');
  });

  it('names a Latin-1 file with its line and a command that converts it, which works', async () => {
    const latin = Buffer.from(TEXT, 'latin1');
    const dir = await folderWith((d) => writeFile(path.join(d, 'latin.md'), latin));
    const file = path.join(dir, 'latin.md');
    const knowledge = await loadKnowledge(dir);
    expect(titles(knowledge)).toEqual([GOOD_TITLE]);
    expect(knowledge.problems).toHaveLength(1);
    const [{ line, problem }] = knowledge.problems as [Knowledge['problems'][number]];
    expect(line).toBe(3);
    expect(problem).toMatch(/^not UTF-8 \(it looks like Latin-1\/Windows-1252\): convert it with `iconv -f WINDOWS-1252 -t UTF-8 /);
    expect(problem).toContain('byte 0xE9');
    const command = /`([^`]+)`/.exec(problem)?.[1] as string;
    execFileSync('sh', ['-c', command]);
    expect(await readFile(file, 'utf8')).toBe(TEXT);
    expect(titles(await loadKnowledge(dir))).toContain('Encoded');
  });

  it.each([
    ['bytes Windows-1252 leaves undefined', Buffer.from(report('Odd', 'Text \x81\x8d here.'), 'latin1'), 5, /^not UTF-8: save it as UTF-8/],
    ['UTF-16 without a byte order mark', Buffer.from(TEXT, 'utf16le'), 1, /looks like UTF-16 without a byte order mark/],
    ['NUL bytes', Buffer.concat([Buffer.from(report('Binary', 'Text.')), Buffer.from([0, 1, 2, 3])]), 6, /NUL bytes/],
    ['a UTF-16 byte order mark on bytes that are not UTF-16', Buffer.from([0xff, 0xfe, 0x41]), null, /not valid UTF-16LE/],
  ])('names %s', async (_case, bytes, line, problem) => {
    const knowledge = await loadKnowledge(await folderWith((d) => writeFile(path.join(d, 'odd.md'), bytes)));
    expect(titles(knowledge)).toEqual([GOOD_TITLE]);
    expect(knowledge.problems).toEqual([{ file: expect.stringMatching(/odd\.md$/), line, problem: expect.stringMatching(problem) }]);
  });
});

describe('the size limit', () => {
  const HUGE = report('Huge', 'Words. '.repeat(10_000));
  const hugeBytes = Buffer.byteLength(HUGE).toLocaleString('en');

  it('names a report over KNOWLEDGE_MAX_BYTES and serves the rest', async () => {
    const dir = await folderWith((d) => writeFile(path.join(d, 'huge.md'), HUGE));
    const knowledge = await loadKnowledge(dir, { maxBytes: 40_000 });
    expect(titles(knowledge)).toEqual([GOOD_TITLE]);
    expect(knowledge.problems).toEqual([{ file: path.join(dir, 'huge.md'), line: null, problem: `the file is ${hugeBytes} bytes, over the 40,000 bytes limit: split it into several reports, or raise KNOWLEDGE_MAX_BYTES` }]);
  });

  it('reads the reports of a folder up to KNOWLEDGE_MAX_TOTAL_BYTES together, in the folder\'s order, and names the rest', async () => {
    const dir = await folderWith(async (d) => {
      for (const name of ['b.md', 'c.md', 'd.md']) await writeFile(path.join(d, name), report(`Report ${name}`, 'Words. '.repeat(2_000)));
    });
    const reportBytes = Buffer.byteLength(report('Report b.md', 'Words. '.repeat(2_000)));
    const limit = 2 * reportBytes + 100;
    const problem = `the folder's reports pass ${limit.toLocaleString('en')} bytes together here, so this one and those after it are not read: move some reports out, or raise KNOWLEDGE_MAX_TOTAL_BYTES`;
    const direct = await loadKnowledge(dir, { maxTotalBytes: limit });
    const served = await KnowledgeBase.open(dir, createLogger('error'), { maxTotalBytes: limit });
    try {
      for (const knowledge of [direct, served.current().search.knowledge]) {
        expect(titles(knowledge).sort()).toEqual(['Report b.md', 'Report c.md']);
        expect(knowledge.problems.map((p) => [path.basename(p.file), p.problem])).toEqual([['d.md', problem], ['library.md', problem]]);
      }
    } finally {
      await served.close();
    }
    expect(readConfig({ KNOWLEDGE_MAX_TOTAL_BYTES: '2048' })).toMatchObject({ ok: true, config: { knowledgeMaxTotalBytes: 2048 } });
    expect(readConfig({ KNOWLEDGE_MAX_TOTAL_BYTES: 'lots' })).toEqual({ ok: false, problems: ['KNOWLEDGE_MAX_TOTAL_BYTES must be a whole number of bytes, 1 or more (default 52428800, 50 MB); it is "lots".'] });
  });

  it.each([
    [undefined, 50 * 1024 * 1024],
    ['1000', 1000],
    [' 52428800 ', 52428800],
    ['0', null],
    ['-5', null],
    ['1.5', null],
    ['1e6', null],
    ['lots', null],
  ])('KNOWLEDGE_MAX_BYTES=%s', (text, bytes) => {
    const result = readConfig({ KNOWLEDGE_MAX_BYTES: text });
    if (bytes === null) expect(result).toEqual({ ok: false, problems: [`KNOWLEDGE_MAX_BYTES must be a whole number of bytes, 1 or more (default 52428800, 50 MB); it is "${text?.trim()}".`] });
    else expect(result.ok && result.config.knowledgeMaxBytes).toBe(bytes);
  });

  it('reads KNOWLEDGE_MAX_BYTES from the environment, and refuses a value that is not a size', async () => {
    const dir = await folderWith((d) => writeFile(path.join(d, 'huge.md'), HUGE));
    const limited = await runTs('src/checkKnowledge.ts', ['--knowledge', dir], { env: cleanEnv({ KNOWLEDGE_MAX_BYTES: '40000' }) });
    expect(limited.code).toBe(1);
    expect(limited.stdout).toContain(`${path.join(dir, 'huge.md')}: the file is ${hugeBytes} bytes, over the 40,000 bytes limit`);
    expect((await runTs('src/checkKnowledge.ts', ['--knowledge', dir])).code).toBe(0);
    const wrong = await runTs('src/main.ts', ['--knowledge', dir], { env: cleanEnv({ KNOWLEDGE_MAX_BYTES: '50MB' }) });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('KNOWLEDGE_MAX_BYTES must be a whole number of bytes, 1 or more (default 52428800, 50 MB); it is "50MB".');
  });
});

describe('a report that takes too long to read', () => {
  it('is named and skipped, the others served, and read again once it changes', async () => {
    // About 25 MB of ordinary paragraphs: several seconds of parsing, far past a 1 s deadline.
    const body = (await readFile(GOOD, 'utf8')).replace(/^---[\s\S]*?\n---\n/, '');
    const dir = await folderWith((d) => writeFile(path.join(d, 'slow.md'), report('Slow', body.repeat(Math.ceil(25e6 / body.length)))));
    const logs: string[] = [];
    const started = performance.now();
    const base = await KnowledgeBase.open(dir, createLogger('info', (l) => logs.push(l)), { reportSeconds: 1, cacheDir: null });
    try {
      expect(performance.now() - started, 'the worker was stopped at the deadline, not left to finish').toBeLessThan(CHILD_MS);
      const { knowledge } = base.current().search;
      expect(titles(knowledge)).toEqual([GOOD_TITLE]);
      expect(knowledge.problems).toEqual([{ file: path.join(dir, 'slow.md'), line: null, problem: 'it took longer than 1 s to read, so it is skipped: split it into smaller reports, or raise KNOWLEDGE_REPORT_SECONDS' }]);
      expect(logs).toContainEqual(expect.stringMatching(/ERROR report not served: it took too long to read.*"file":"slow\.md","seconds":1/));

      // Edited down to a size that reads in time: served at the next reload.
      await writeFile(path.join(dir, 'slow.md'), report('Slow no more', body));
      await base.reload();
      expect(titles(base.current().search.knowledge).sort()).toEqual([GOOD_TITLE, 'Slow no more']);
    } finally {
      base.close();
    }
  }, 60_000);

  it('is only the reading of that report: the clock stops before the merge and the index of the whole folder', async () => {
    const dir = await folderWith(async (d) => {
      await writeFile(path.join(d, 'a.md'), report('A', 'First report.'));
      await writeFile(path.join(d, 'b.md'), report('B', 'Second report.'));
    });
    const notices: ({ file: string } | null)[] = [];
    await buildSnapshot({ dir, maxBytes: 1e6, cacheDir: null, codeVersion: 'test' }, (reading) => notices.push(reading && { file: reading.file }));
    // Each report of the folder (the library's report beside these two), then the end of the reading.
    expect(notices).toEqual([{ file: 'a.md' }, { file: 'b.md' }, { file: 'library.md' }, null]);
  });

  it.each([
    [undefined, 60],
    ['2.5', 2.5],
    ['0', null],
    ['soon', null],
  ])('KNOWLEDGE_REPORT_SECONDS=%s', (text, seconds) => {
    const result = readConfig({ KNOWLEDGE_REPORT_SECONDS: text });
    if (seconds === null) expect(result).toEqual({ ok: false, problems: [`KNOWLEDGE_REPORT_SECONDS must be a number of seconds above 0 (default 60); it is "${text}".`] });
    else expect(result.ok && result.config.knowledgeReportSeconds).toBe(seconds);
  });
});

describe('--knowledge with no folder after it', () => {
  it.each([
    ['npm start', 'src/main.ts', ['--knowledge']],
    ['npm run ask', 'src/ask.ts', ['/about', '--knowledge']],
    ['npm run ask --json', 'src/ask.ts', ['--knowledge', '--json', '/about']],
    ['npm run check-knowledge', 'src/checkKnowledge.ts', ['--knowledge=']],
  ])('%s names the option', async (_case, script, args) => {
    const { code, stdout, stderr } = await runTs(script, args, { input: '/about\n' });
    expect(code).toBe(1);
    expect(stdout + stderr).toContain('--knowledge needs a folder after it');
    expect(stdout).not.toContain('I answer from');
  });
});
