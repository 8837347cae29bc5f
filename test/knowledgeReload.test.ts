/**
 * Knowledge that changes while the bot runs: an added, edited or removed report is
 * re-indexed without a restart, by the same rules as at start: a broken report is logged
 * while the others keep serving, and a folder with nothing readable keeps the last version.
 */
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource, syntheticCorpus, writeCorpus } from '../bench/synthetic.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { answerJson } from '../src/console/json.ts';
import { KnowledgeBase } from '../src/runtime/knowledgeBase.ts';
import type { WorkerRequest } from '../src/runtime/knowledgeWorkerProtocol.ts';
import { createLogger } from '../src/base/logger.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { until } from './support/wait.ts';

const open: { base: KnowledgeBase; dir: string }[] = [];
afterEach(async () => {
  for (const { base, dir } of open.splice(0)) {
    base.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function watched(): Promise<{ base: KnowledgeBase; dir: string; logs: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-watch-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  const logs: string[] = [];
  const base = await KnowledgeBase.open(dir, createLogger('debug', (l) => logs.push(l)));
  base.watch();
  open.push({ base, dir });
  return { base, dir, logs };
}

/** Makes a change to the folder and waits for the reload it causes. */
async function reloadAfter(base: KnowledgeBase, change: () => Promise<unknown>): Promise<void> {
  const reloads = base.reloads;
  await change();
  await until(() => base.reloads > reloads);
}

const lead = (base: KnowledgeBase, command: string, input: Record<string, string>) => runCommand(base.current(), command, input).lead;

describe('a watched knowledge folder', () => {
  it('serves an added report, an edited one and forgets a removed one, without a restart', async () => {
    const { base, dir } = await watched();
    const library = path.join(dir, 'library.md');
    expect(lead(base, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);

    await reloadAfter(base, () => copyFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md'), library));
    expect(lead(base, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez .*said it\.$/);
    expect(lead(base, 'about', {})).toMatch(/^I answer from 2 reports/);

    await reloadAfter(base, async () => writeFile(library, (await readFile(library, 'utf8')).replace('broken spines', 'cracked bindings')));
    expect(lead(base, 'who-said', { text: 'cracked bindings' })).toMatch(/^Maria Lopez .*said it\.$/);

    await reloadAfter(base, () => rm(library));
    expect(lead(base, 'who-said', { text: 'cracked bindings' })).toMatch(/nothing/);
    expect(lead(base, 'about', {})).toMatch(/^I answer from 1 report/);
  });

  it('serves the good reports after a broken one is added, and logs its file and line', async () => {
    const { base, dir, logs } = await watched();
    await reloadAfter(base, () => writeFile(path.join(dir, 'broken.md'), '---\ntitle: Broken\nauthor: [oops\n---\n\nText.\n'));
    expect(lead(base, 'who-said', { text: 'glue layers GPL' })).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect(lead(base, 'about', {})).toBe('I answer from 1 report, 33 passages in all. 1 report could not be read: see the log.');
    const line = logs.find((l) => l.includes('report not served'));
    expect(line).toContain(`"file":"${path.join(dir, 'broken.md')}"`);
    expect(line).toContain('"line":3');
    expect(line).toMatch(/not valid YAML/);
  });

  it('skips a FIFO added while it runs, without opening it', async () => {
    const { base, dir, logs } = await watched();
    const fifo = path.join(dir, 'pipe.md');
    // A regression would block this test's own process on the open, where vitest's timeout
    // cannot end it: a writer ends such an open after a few seconds, and the test then fails.
    const unblock = spawn('sh', ['-c', `sleep 5; echo '---' > '${fifo}'`], { stdio: 'ignore' });
    await reloadAfter(base, async () => execFileSync('mkfifo', [fifo]));
    unblock.kill();
    expect(logs).toContainEqual(expect.stringContaining(`"file":"${fifo}","reason":"a FIFO (named pipe)"`));
    expect(lead(base, 'about', {})).toBe('I answer from 1 report, 33 passages in all.');
  });

  it('keeps the last version serving when no report can be read any more', async () => {
    const { base, dir, logs } = await watched();
    await reloadAfter(base, () => writeFile(path.join(dir, 'linuxworld.md'), '---\ntitle: The front matter never closes\n\nText.\n'));
    expect(lead(base, 'who-said', { text: 'glue layers GPL' })).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect(logs).toContainEqual(expect.stringContaining(`"file":"${path.join(dir, 'linuxworld.md')}","line":1`));
    expect(logs).toContainEqual(expect.stringContaining('no report could be read, still answering from the previous version'));
  });
});

describe('a reload of a large folder', () => {
  it('runs off the main thread: answers go on from the last good version until the new one is ready', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-large-'));
    await writeCorpus(dir, syntheticCorpus(await readSource(path.join(BUNDLED, 'linuxworld-2007-virtualization.md')), 10_000));
    const logs: string[] = [];
    const base = await KnowledgeBase.open(dir, createLogger('debug', (l) => logs.push(l)));
    open.push({ base, dir });
    const first = base.current();
    const question = { text: first.search.knowledge.passages.at(5_000)?.text.slice(0, 90) ?? '' };
    const answerBefore = runCommand(first, 'search', question);
    expect(answerBefore.kind).toBe('passages');

    const changed = path.join(dir, 'synthetic-00000.md');
    await writeFile(changed, `${await readFile(changed, 'utf8')}\nThe quagga committee adjourned the zebra hearing.\n`);
    let reloaded = false;
    const reload = base.reload().then(() => (reloaded = true));
    const during: string[] = [];
    while (!reloaded) {
      // What a user asking now gets: the same answer as before, from the version still served.
      const ctx = base.current();
      if (ctx === first) during.push(JSON.stringify(answerJson(runCommand(ctx, 'search', question))));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await reload;

    // Answered all along, never held up by the reload (a build on the main thread would leave room for 0 or 1).
    expect(during.length).toBeGreaterThan(20);
    expect(new Set(during)).toEqual(new Set([JSON.stringify(answerJson(answerBefore))]));
    expect(base.current()).not.toBe(first);
    const found = runCommand(base.current(), 'search', { text: 'quagga committee adjourned the zebra hearing' });
    expect(found.kind === 'passages' && found.results[0]?.passage.text).toBe('The quagga committee adjourned the zebra hearing.');
    expect(logs.find((l) => l.includes('knowledge reloaded'))).toMatch(/"passages":10001/);
  });
});

describe('the knowledge worker', () => {
  it('ends with the bot that started it, even in the middle of a build that never yields', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-orphan-'));
    // One report of many thousand turns: a synchronous parse of seconds.
    const turns = Array.from({ length: 300_000 }, (_, i) => `Speaker ${i % 7}: Crosby claims that open source virtualization is ahead, turn ${i}.`).join('\n');
    await writeFile(path.join(dir, 'long.md'), `---\ntitle: Long\n---\n\n${turns}\n`);
    const worker = new URL('../src/runtime/knowledgeWorker.ts', import.meta.url).pathname;
    // A stand-in bot: forks the worker, asks for the build, prints the worker's pid, and is then killed.
    const script = `const { fork } = require('node:child_process'); const w = fork(${JSON.stringify(worker)}, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }); w.send({ dir: ${JSON.stringify(dir)}, maxBytes: 50000000 }); console.log(w.pid); setInterval(() => {}, 1000);`;
    const bot = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = await new Promise<number>((resolve) => bot.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
      const alive = () => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      await new Promise((r) => setTimeout(r, 1_500));
      expect(alive()).toBe(true);
      bot.kill('SIGKILL');
      await until(() => !alive(), 3_000);
      expect(alive()).toBe(false);
    } finally {
      bot.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finishes its build after a Ctrl-C reaches it: it shares the bot\'s process group, and the bot decides', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-worker-'));
    const cacheDir = path.join(dir, 'cache');
    const reports = path.join(dir, 'reports');
    await writeCorpus(reports, syntheticCorpus(await readSource(path.join(BUNDLED, 'linuxworld-2007-virtualization.md')), 3_000));
    const worker = fork(new URL('../src/runtime/knowledgeWorker.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    try {
      const reply = new Promise<{ ok: boolean }>((resolve, reject) => {
        // Its notices of each report it reads come first; the answer is the message that is not one.
        worker.on('message', (message: { ok?: boolean }) => {
          if ('ok' in message) resolve(message as { ok: boolean });
        });
        worker.once('exit', (code, signal) => reject(new Error(`the worker ended (${signal ?? code}) without an answer`)));
      });
      reply.catch(() => {});
      worker.send({ dir: reports, maxBytes: 10_000_000, cacheDir } satisfies WorkerRequest);
      // Its first saved report says the build is under way, so its handlers are set: a signal now is one a build meets.
      await until(() => existsSync(cacheDir) && readdirSync(cacheDir, { recursive: true }).some((name) => String(name).endsWith('.json')), 30_000);
      worker.kill('SIGINT');
      expect((await reply).ok).toBe(true);
    } finally {
      worker.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
