/**
 * A local file has the same size limit as a page at a URL (10 MB unless --max-bytes says
 * otherwise): its stated size is checked before anything is read, and the read stops one byte
 * past the limit, so a file whose size says nothing (or grows) cannot pass either.
 */
import { symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../src/import/fetchPage.ts';
import { importReport } from '../src/import/importer.ts';
import { unpackedStreamBytes } from '../src/import/pdfStreams.ts';
import { ascii85Encoded, deflatedPdf, DRAWN_LINE, lzwEncoded, onePagePdf } from './support/documents.ts';
import { filesIn, importFile, refusedImport, tempDir } from './support/imported.ts';
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

describe('a stream behind other filters than Flate', () => {
  /** A page of 300 lines of drawing, each its own text. */
  const page = Buffer.concat(Array.from({ length: 300 }, (_, i) => Buffer.from(`BT /F1 12 Tf 72 ${720 - 2 * i} Td (Line ${i} of the harbour minutes, said Ann Lee.) Tj ET\n`)));
  const spaces = (bytes: number) => Buffer.alloc(bytes, 0x20);

  it.each([
    ['LZW', '/LZWDecode', lzwEncoded],
    ['ASCII85 then Flate', '[/ASCII85Decode /FlateDecode]', (data: Buffer) => ascii85Encoded(deflateSync(data))],
    ['hexadecimal then LZW, abbreviated', '[/AHx /LZW]', (data: Buffer) => Buffer.from(lzwEncoded(data).toString('hex').replace(/(.{64})/g, '$1\n'), 'latin1')],
    ['run-length', '/RunLengthDecode', (data: Buffer) => Buffer.concat([...Array.from({ length: Math.ceil(data.length / 128) }, (_, i) => Buffer.concat([Buffer.from([Math.min(128, data.length - i * 128) - 1]), data.subarray(i * 128, i * 128 + 128)])), Buffer.from([128])])],
  ])('is counted through its filters: %s', (_what, filter, encode) => {
    expect(unpackedStreamBytes(onePagePdf(encode(page), filter), 1_000_000)).toBe(page.length);
    // 30 MB of spaces: a few kilobytes in LZW or Flate, 15 MB in run-length.
    expect(unpackedStreamBytes(onePagePdf(encode(spaces(30_000_000)), filter), 1_000_000)).toBe(1_000_001);
  });

  it('a run-length bomb (each two bytes 128 spaces) is counted at what it unpacks to', () => {
    const bomb = Buffer.concat([Buffer.alloc(200_000, Buffer.from([129, 0x20])), Buffer.from([128])]);
    expect(unpackedStreamBytes(onePagePdf(bomb, '/RunLengthDecode'), 20_000_000)).toBe(12_800_000);
    expect(unpackedStreamBytes(onePagePdf(bomb, '/RL'), 1_000_000)).toBe(1_000_001);
  });

  it('whose filters are named in an object of their own is counted through them', () => {
    const bomb = onePagePdf(lzwEncoded(spaces(3_000_000)), '6 0 R');
    const named = Buffer.concat([bomb.subarray(0, bomb.indexOf('xref')), Buffer.from('6 0 obj\n[/LZWDecode]\nendobj\n'), bomb.subarray(bomb.indexOf('xref'))]);
    expect(unpackedStreamBytes(named, 1_000_000)).toBe(1_000_001);
  });

  it('refuses a PDF whose filters cannot be found without reading it as pdf.js does, and an LZW bomb, before pdf.js reads either', async () => {
    const dir = await tempDir();
    const hidden = path.join(dir, 'hidden.pdf');
    await writeFile(hidden, onePagePdf(lzwEncoded(spaces(3_000_000)), '9 0 R'));
    const unknown = await refusedImport(hidden);
    expect(unknown.problem).toBe("a stream's filters are in object 9 0, which cannot be read without opening the PDF: what it unpacks to cannot be checked against the 10 MB limit (--max-bytes) before reading, so it is refused");
    expect(unknown.written).toEqual([]);
    const bomb = path.join(dir, 'bomb.pdf');
    await writeFile(bomb, onePagePdf(lzwEncoded(Buffer.concat(Array.from({ length: 200_000 }, () => DRAWN_LINE))), '/LZWDecode'));
    const refused = await refusedImport(bomb);
    expect(refused.problem).toMatch(/would unpack to more than the 10 MB limit \(--max-bytes\).*compression bomb/);
    expect(refused.written).toEqual([]);
  });

  it('imports a page stored in LZW or behind ASCII85 as pdf.js reads it, its text whole', async () => {
    for (const [filter, stream] of [
      ['/LZWDecode', lzwEncoded(page)],
      ['[/ASCII85Decode /FlateDecode]', ascii85Encoded(deflateSync(page))],
    ] as const) {
      const input = path.join(await tempDir('report-bot-input-'), 'minutes.pdf');
      await writeFile(input, onePagePdf(stream, filter));
      const { content } = await importFile(input, { title: 'Minutes' });
      expect(content, filter).toContain('Line 0 of the harbour minutes, said Ann Lee.');
      expect(content, filter).toContain('Line 299 of the harbour minutes, said Ann Lee.');
    }
  });
});
