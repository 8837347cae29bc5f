/**
 * Only regular files are imported: a folder, a FIFO, a socket or a device is named for what it
 * is, at once (a FIFO's open would block, /dev/zero never ends), with exit code 1 and nothing written.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesIn, refusedImport, tempDir } from './support/imported.ts';
import { cleanEnv, runTs } from './support/run.ts';

const unix = process.platform !== 'win32';
const servers: Server[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function refusal(input: string): Promise<{ problem: string; ms: number; written: string[] }> {
  const { error, problem, ms, written } = await refusedImport(input);
  expect(error.source).toBe(input);
  return { problem, ms, written };
}

async function mkfifo(name: string): Promise<string> {
  const fifo = path.join(await tempDir('report-bot-input-'), name);
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

describe('a path that is not a regular file', () => {
  it('a folder, whatever its name says', async () => {
    const folder = path.join(await tempDir('report-bot-input-'), 'report.pdf');
    await mkdir(folder);
    expect(await refusal(folder)).toMatchObject({ problem: 'a folder, not a file', written: [] });
  });

  it.skipIf(!unix)('a FIFO (named pipe) is refused without opening it, so nothing waits for a writer', async () => {
    const { problem, ms, written } = await refusal(await mkfifo('notes.txt'));
    expect(problem).toBe('a FIFO (named pipe), not a file');
    expect(ms).toBeLessThan(2_000);
    expect(written).toEqual([]);
  });

  it.skipIf(!unix)('a socket', async () => {
    const socket = path.join(await tempDir('report-bot-input-'), 'page.html');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    expect(await refusal(socket)).toMatchObject({ problem: 'a socket, not a file', written: [] });
  });

  it.skipIf(!unix)('a character device (/dev/zero, /dev/urandom), by its own path or a link named like a document', async () => {
    const dir = await tempDir('report-bot-input-');
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const link = path.join(dir, `${path.basename(device)}.txt`);
      await symlink(device, link);
      for (const input of [device, link]) {
        const { problem, ms, written } = await refusal(input);
        expect(problem, input).toBe('a character device, not a file');
        expect(ms).toBeLessThan(2_000);
        expect(written).toEqual([]);
      }
    }
  });
});

describe.skipIf(!unix)('npm run import of a FIFO or a device', () => {
  it('exit code 1, one line naming the path and what it is, nothing written, no wait', async () => {
    const dir = await tempDir('report-bot-input-');
    const zero = path.join(dir, 'zero.md');
    await symlink('/dev/zero', zero);
    const cases: [string, string][] = [
      [await mkfifo('pipe.html'), 'a FIFO (named pipe)'],
      [zero, 'a character device'],
    ];
    for (const [input, kind] of cases) {
      const knowledgeDir = await tempDir();
      const { code, stdout, stderr } = await runTs('src/importReport.ts', [input, '--knowledge', knowledgeDir], { env: cleanEnv(), timeoutMs: 15_000 });
      expect(code, stderr).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`Cannot import ${input}: ${kind}, not a file\n`);
      expect(await filesIn(knowledgeDir)).toEqual([]);
    }
  });
});
