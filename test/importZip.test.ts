/**
 * A .docx is a zip archive, and a zip can be a bomb: a few hundred KB that unpack to gigabytes.
 * The archive's directory is checked before anything is unpacked (entry count, the sizes it
 * states), an entry that unpacks larger than it stated is stopped there, and XML that declares
 * entities is refused. The bombs are built here, each well under 2 MB on disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../src/import/fetchPage.ts';
import { MAX_ZIP_ENTRIES } from '../src/import/zip.ts';
import { withParagraphs, wordFileWith } from './support/documents.ts';
import { importBytes, refusedImport, tempDir } from './support/imported.ts';

const hasZip = (() => {
  try {
    execFileSync('zip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const MB = 1024 * 1024;

/** The archive's directory rewritten to state `size` as the entry's unpacked size. */
function statingSize(zip: Buffer, entry: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(entry);
  for (let p = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); p >= 0; p--) {
    if (out.readUInt32LE(p) === 0x02014b50 && out.subarray(p + 46, p + 46 + name.length).equals(name)) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`${entry} not in the directory`);
}

async function refusal(name: string, bytes: Buffer, maxBytes = DEFAULT_FETCH_LIMITS.maxBytes): Promise<{ problem: string; ms: number }> {
  const input = path.join(await tempDir('report-bot-input-'), name);
  await writeFile(input, bytes);
  const { error, problem, ms, written } = await refusedImport(input, { ...DEFAULT_FETCH_LIMITS, maxBytes });
  expect(error.message.startsWith(`${input}: `)).toBe(true);
  expect(written).toEqual([]);
  return { problem, ms };
}

describe('a Word file that is a zip bomb', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await wordFileWith(withParagraphs(200 * MB));
  });

  it('whose XML states 200 MB (in a file of well under 1 MB) is refused before unpacking, at once', async () => {
    expect(bomb.length).toBeLessThan(MB);
    const { problem, ms } = await refusal('bomb.docx', bomb);
    expect(problem).toBe('its XML would unpack to 200 MB, more than the 10 MB limit (--max-bytes): refused before unpacking (a zip bomb?)');
    expect(ms).toBeLessThan(2_000);
  });

  it('the limit on its XML is the size limit: under it, the same kind of file imports', async () => {
    const small = await wordFileWith(withParagraphs(2 * MB));
    expect((await refusal('two-mb.docx', small, MB)).problem).toMatch(/^its XML would unpack to 2 MB, more than the 1 MB limit \(--max-bytes\)/);
    const { summary } = await importBytes('two-mb.docx', small, { limits: { ...DEFAULT_FETCH_LIMITS, maxBytes: 3 * MB } });
    expect(summary.title).toBe('Budget day');
  });

  it('whose directory understates an entry is stopped at the stated size while unpacking', async () => {
    const lying = statingSize(await wordFileWith(withParagraphs(50 * MB)), 'word/document.xml', 4096);
    const { problem, ms } = await refusal('lying.docx', lying);
    expect(problem).toBe('refused: word/document.xml unpacks to more than the 4,096 bytes the zip directory states (a zip bomb, or a damaged file)');
    expect(ms).toBeLessThan(2_000);
  });

  it(`with more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} entries is refused from its directory`, async () => {
    const zip = await JSZip.loadAsync(await wordFileWith((xml) => xml));
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) zip.file(`word/media/${i}`, '');
    const many = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(many.length).toBeLessThan(2 * MB);
    const { problem, ms } = await refusal('many.docx', many);
    const count = Object.keys(zip.files).length;
    expect(problem).toBe(`refused: the archive holds ${count.toLocaleString('en')} entries, more than the 10,000 allowed`);
    expect(ms).toBeLessThan(2_000);
  });
});

describe('XML that declares entities', () => {
  it('a "billion laughs" document.xml is refused, not expanded', async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const laughs = await wordFileWith((xml) => xml.replace('?>', `?><!DOCTYPE w:document [${entities}]>`).replace('</w:body>', '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>'));
    const { problem } = await refusal('laughs.docx', laughs);
    expect(problem).toBe('word/document.xml declares a DOCTYPE (XML entities, which can expand without limit; Word never writes one): refused');
  });

  it('in any part that is read, such as the core properties', async () => {
    const core = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&a;</dc:title></cp:coreProperties>';
    const { problem } = await refusal('core.docx', await wordFileWith((xml) => xml, { 'docProps/core.xml': core }));
    expect(problem).toBe('docProps/core.xml declares a DOCTYPE (XML entities, which can expand without limit; Word never writes one): refused');
  });
});

describe('an ordinary Word file', () => {
  it('with a picture imports: pictures are never unpacked, only the XML', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const doc = new Document({
      title: 'Harbour fees',
      creator: 'Ann Lee',
      sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }), new Paragraph('Mooring fees will rise by 5% from June, said Rajesh Iyer of the harbour board.')] }],
    });
    const { summary, content } = await importBytes('harbour.docx', await Packer.toBuffer(doc));
    expect(summary).toMatchObject({ title: 'Harbour fees', author: 'Ann Lee', passages: 1 });
    expect(content).toContain('Mooring fees will rise by 5% from June, said Rajesh Iyer of the harbour board.');
  });

  it.skipIf(!hasZip)('written in zip64 form (sizes in zip64 fields, as zip -fz writes them) imports', async () => {
    const dir = await tempDir('report-bot-input-');
    const zip = await JSZip.loadAsync(await wordFileWith(withParagraphs(100_000)));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      await mkdir(path.dirname(path.join(dir, 'parts', name)), { recursive: true });
      await writeFile(path.join(dir, 'parts', name), await entry.async('nodebuffer'));
    }
    execFileSync('zip', ['-q', '-r', '-fz', path.join(dir, 'zip64.docx'), '.'], { cwd: path.join(dir, 'parts') });
    const bytes = await readFile(path.join(dir, 'zip64.docx'));
    // The end record points on to the zip64 one: the directory's offset is 0xFFFFFFFF.
    expect(bytes.readUInt32LE(bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16)).toBe(0xffffffff);
    const { summary } = await importBytes('zip64.docx', bytes);
    expect(summary).toMatchObject({ title: 'Budget day', author: 'Ann Lee' });
    expect(summary.passages).toBeGreaterThan(500);
  });
});
