/**
 * Knowledge that changes while the bot runs: an added, edited or removed report is
 * re-indexed without a restart; a broken edit keeps the last good version serving.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../src/commands/interpret.ts';
import { KnowledgeBase } from '../src/knowledgeBase.ts';
import { createLogger } from '../src/logger.ts';
import { BUNDLED, FIXTURES } from './support/context.ts';
import { until } from './support/wait.ts';

const open: KnowledgeBase[] = [];
afterEach(() => {
  for (const base of open.splice(0)) base.close();
});

async function watched(): Promise<{ base: KnowledgeBase; dir: string; logs: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-watch-'));
  await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
  const logs: string[] = [];
  const base = await KnowledgeBase.open(dir, createLogger('debug', (l) => logs.push(l)));
  base.watch();
  open.push(base);
  return { base, dir, logs };
}

const lead = (base: KnowledgeBase, command: string, input: Record<string, string>) => runCommand(base.current(), command, input).lead;

describe('a watched knowledge folder', () => {
  it('serves an added report, an edited one and forgets a removed one, without a restart', async () => {
    const { base, dir } = await watched();
    expect(lead(base, 'who-said', { text: 'broken spines' })).toMatch(/nothing/);

    let reloads = base.reloads;
    await copyFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md'), path.join(dir, 'library.md'));
    await until(() => base.reloads > reloads);
    expect(lead(base, 'who-said', { text: 'broken spines' })).toMatch(/^Maria Lopez .*said it\.$/);
    expect(lead(base, 'about', {})).toMatch(/^I answer from 2 reports/);

    reloads = base.reloads;
    const edited = (await import('node:fs')).readFileSync(path.join(dir, 'library.md'), 'utf8').replace('broken spines', 'cracked bindings');
    await writeFile(path.join(dir, 'library.md'), edited);
    await until(() => base.reloads > reloads);
    expect(lead(base, 'who-said', { text: 'cracked bindings' })).toMatch(/^Maria Lopez .*said it\.$/);

    reloads = base.reloads;
    await rm(path.join(dir, 'library.md'));
    await until(() => base.reloads > reloads);
    expect(lead(base, 'who-said', { text: 'cracked bindings' })).toMatch(/nothing/);
    expect(lead(base, 'about', {})).toMatch(/^I answer from 1 report/);
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the good reports after a broken one is added, and logs its file and line', async () => {
    const { base, dir, logs } = await watched();
    const reloads = base.reloads;
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: Broken\nauthor: [oops\n---\n\nText.\n');
    await until(() => base.reloads > reloads);
    expect(lead(base, 'who-said', { text: 'glue layers GPL' })).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect(lead(base, 'about', {})).toBe('I answer from 1 report, 33 passages in all. 1 report could not be read: see the log.');
    const line = logs.find((l) => l.includes('report not served'));
    expect(line).toContain(`"file":"${path.join(dir, 'broken.md')}"`);
    expect(line).toContain('"line":3');
    expect(line).toMatch(/not valid YAML/);
    await rm(dir, { recursive: true, force: true });
  });

  it('skips a FIFO added while it runs, without opening it', async () => {
    const { base, dir, logs } = await watched();
    const reloads = base.reloads;
    // A regression would block this test's own process on the open: vitest's timeout could not
    // end it, so the FIFO is given a writer that ends the open after a few seconds.
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const unblock = spawn('sh', ['-c', `sleep 5; echo '---' > '${fifo}'`], { stdio: 'ignore' });
    await until(() => base.reloads > reloads);
    unblock.kill();
    expect(logs).toContainEqual(expect.stringContaining(`"file":"${fifo}","reason":"a FIFO (named pipe)"`));
    expect(lead(base, 'about', {})).toBe('I answer from 1 report, 33 passages in all.');
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the last version serving when no report can be read any more', async () => {
    const { base, dir, logs } = await watched();
    const reloads = base.reloads;
    await writeFile(path.join(dir, 'linuxworld.md'), 'The front matter is gone.\n');
    await until(() => base.reloads > reloads);
    expect(lead(base, 'who-said', { text: 'glue layers GPL' })).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect(logs).toContainEqual(expect.stringContaining(`"file":"${path.join(dir, 'linuxworld.md')}","line":1`));
    expect(logs).toContainEqual(expect.stringContaining('no report could be read, still answering from the previous version'));
    await rm(dir, { recursive: true, force: true });
  });
});
