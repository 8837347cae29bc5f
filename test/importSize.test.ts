/**
 * A local file has the same size limit as a page at a URL (10 MB unless --max-bytes says
 * otherwise): its stated size is checked before anything is read, and the read stops one byte
 * past the limit, so a file whose size says nothing (or grows) cannot pass either.
 */
import { symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../src/import/fetchPage.ts';
import { importReport } from '../src/import/importer.ts';
import { unpackedStreamBytes } from '../src/import/pdfStreams.ts';
import { deflatedPdf, DRAWN_LINE } from './support/documents.ts';
import { filesIn, refusedImport, tempDir } from './support/imported.ts';
import { cleanEnv, runTs } from './support/run.ts';

const NOTE = 'Harbour notes\n\nMooring fees will rise by 5% from June, said Rajesh Iyer of the harbour board.\n';

async function inputFile(name: string, content: string | Buffer = ''): Promise<string> {
  const file = path.join(await tempDir('report-bot-input-'), name);
  await writeFile(file, content);
  return file;
}

async function refusal(input: string, maxBytes?: number): Promise<{ problem: string; ms: number }> {
  const { error, problem, ms, written } = await refusedImport(input, maxBytes === undefined ? undefined : { ...DEFAULT_FETCH_LIMITS, maxBytes });
  expect(error.source).toBe(input);
  expect(written).toEqual([]);
  return { problem, ms };
}

describe('the size limit of a local file', () => {
  it('is the URL limit, 10 MB by default, checked before reading: a 1 GB file is refused at once', async () => {
    expect(DEFAULT_FETCH_LIMITS.maxBytes).toBe(10 * 1024 * 1024);
    const huge = await inputFile('huge.txt');
    await truncate(huge, 1024 * 1024 * 1024);
    const { problem, ms } = await refusal(huge);
    expect(problem).toBe('the file is 1024 MB, more than the 10 MB limit (--max-bytes)');
    expect(ms).toBeLessThan(1_000);
  });

  it('a 30 MB web page is refused before it is parsed', async () => {
    const page = `<html><head><title>Big page</title></head><body><article>${'<p>The council met again today, said Ann Lee of Acme.</p>\n'.repeat(550_000)}</article></body></html>`;
    const { problem, ms } = await refusal(await inputFile('big.html', page));
    expect(problem).toBe('the file is 30.4 MB, more than the 10 MB limit (--max-bytes)');
    expect(ms).toBeLessThan(1_000);
  });

  it('a file of exactly the limit is read; one byte more is refused', async () => {
    const size = Buffer.byteLength(NOTE);
    const input = await inputFile('notes.txt', NOTE);
    const summary = await importReport(input, { knowledgeDir: await tempDir(), limits: { ...DEFAULT_FETCH_LIMITS, maxBytes: size } });
    expect(summary.passages).toBe(1);
    expect((await refusal(input, size - 1)).problem).toBe(`the file is ${size} bytes, more than the ${size - 1} bytes limit (--max-bytes)`);
  });

  it.skipIf(process.platform !== 'linux')('a file that states no size (/proc) is still read only up to the limit', async () => {
    // /proc files say they are 0 bytes long, and are not: the read itself has to stop.
    const input = path.join(await tempDir('report-bot-input-'), 'status.txt');
    await symlink('/proc/self/status', input);
    expect((await refusal(input, 100)).problem).toBe('the file is larger than the 100 bytes limit (--max-bytes)');
  });
});

describe('npm run import -- --max-bytes N', () => {
  const importCli = (args: string[]) => runTs('src/importReport.ts', args, { env: cleanEnv() });

  it('sets the limit: a larger file is refused with exit code 1 and nothing written', async () => {
    const input = await inputFile('notes.txt', NOTE);
    const knowledgeDir = await tempDir();
    const { code, stdout, stderr } = await importCli([input, '--knowledge', knowledgeDir, '--max-bytes', '50']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Cannot import ${input}: the file is ${Buffer.byteLength(NOTE)} bytes, more than the 50 bytes limit (--max-bytes)\n`);
    expect(await filesIn(knowledgeDir)).toEqual([]);
    expect((await importCli([input, '--knowledge', knowledgeDir, `--max-bytes=${Buffer.byteLength(NOTE)}`])).code).toBe(0);
  });

  it('anything but a whole number of bytes is a wrong command line (exit code 2)', async () => {
    for (const value of ['10MB', '0', '-5']) {
      const { code, stderr } = await importCli(['notes.txt', `--max-bytes=${value}`]);
      expect(code, value).toBe(2);
      expect(stderr).toContain(`--max-bytes must be a whole number of bytes, 1 or more; it is "${value}"`);
    }
  });
});

describe("what a PDF's streams unpack to", () => {
  it('is counted within the limit and no further, pictures left out', () => {
    const small = deflatedPdf(Buffer.concat(Array.from({ length: 100 }, () => DRAWN_LINE)));
    expect(unpackedStreamBytes(small, 1_000_000)).toBe(DRAWN_LINE.length * 100);
    const bomb = deflatedPdf(Buffer.alloc(300_000_000, 0x20));
    expect(bomb.length).toBeLessThan(400_000);
    expect(unpackedStreamBytes(bomb, 1_000_000)).toBe(1_000_001);
    const picture = Buffer.from(deflatedPdf(Buffer.alloc(5_000_000, 0x20)).toString('latin1').replace('/Filter /FlateDecode', '/Subtype /Image /Filter /FlateDecode'), 'latin1');
    expect(unpackedStreamBytes(picture, 1_000_000)).toBe(0);
  });

  it('refuses a compression bomb (300 MB of drawing in under 400 KB) before pdf.js reads it, and imports the same page at its real size', async () => {
    const dir = await tempDir();
    const bomb = path.join(dir, 'bomb.pdf');
    await writeFile(bomb, deflatedPdf(Buffer.concat(Array.from({ length: 4_000_000 }, () => DRAWN_LINE))));
    const { problem, ms, written } = await refusedImport(bomb);
    expect(problem).toMatch(/would unpack to more than the 10 MB limit \(--max-bytes\).*compression bomb/);
    expect(ms).toBeLessThan(15_000);
    expect(written).toEqual([]);
    const fine = path.join(dir, 'fine.pdf');
    await writeFile(fine, deflatedPdf(Buffer.concat(Array.from({ length: 40 }, () => DRAWN_LINE))));
    const knowledgeDir = await tempDir();
    await importReport(fine, { knowledgeDir, title: 'Fox' });
    expect(await filesIn(knowledgeDir)).toEqual(['fox.md']);
  });
});
