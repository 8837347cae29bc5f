/**
 * docs/importing.md's examples, run again: each `$ npm run --silent import -- …` and `$ npm run
 * --silent ask -- --knowledge my-reports …` line, in the doc's order, on documents made as its
 * names say (the bundled article as a web page, as a PDF with a running header; the library
 * report as a Word file; a scan, a locked PDF, bombs, a page the server does not have), must
 * print what the doc shows under it. Paths are the doc's: ~/Downloads and my-reports.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED, FIXTURES, ROOT } from './support/context.ts';
import { DRAWN_LINE, deflatedPdf, encryptedPdf, imageOnlyPdf, readReport, reportToDocx, reportToPdf, shortPagesPdf, withParagraphs, wordFileWith } from './support/documents.ts';
import { runTs } from './support/run.ts';

const MB = 1024 * 1024;
const COMMAND = /^\$ npm run --silent (import|ask) -- (.+)$/;

interface Example {
  script: 'import' | 'ask';
  args: string;
  output: string;
}

/** Each example: the command on its `$` line, and every line after it up to the next `$` line or the block's end. */
function examples(): Example[] {
  const out: Example[] = [];
  let current: Example | null = null;
  for (const text of readFileSync(path.join(ROOT, 'docs/importing.md'), 'utf8').split('\n')) {
    if (current && (text.startsWith('```') || text.startsWith('$ '))) {
      out.push(current);
      current = null;
    }
    const command = COMMAND.exec(text);
    if (command) current = { script: command[1] as Example['script'], args: command[2] as string, output: '' };
    else if (current && text) current.output += `${text}\n`;
  }
  return out;
}

/** The documents the examples name, made here. */
async function documents(): Promise<Record<string, Uint8Array | string>> {
  const linuxworld = readReport(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'));
  const words = '<w:r><w:t xml:space="preserve">The council met again today to discuss the budget. </w:t></w:r>';
  return {
    'linuxworld.html': readFileSync(path.join(FIXTURES, 'import', 'linuxworld-news-page.html')),
    'linuxworld-2007.pdf': await reportToPdf(linuxworld, { runningHeader: 'LinuxWorld 2007: virtualization report' }),
    'riverside.docx': await reportToDocx(readReport(path.join(FIXTURES, 'library', 'riverside-library-digitisation.md'))),
    'scan.pdf': await imageOnlyPdf(2),
    'locked.pdf': await encryptedPdf(linuxworld),
    'bomb.docx': await wordFileWith(withParagraphs(200 * MB)),
    'archive.pdf': await shortPagesPdf(2_000),
    'bomb.pdf': deflatedPdf(Buffer.concat(Array.from({ length: Math.ceil((11 * MB) / DRAWN_LINE.length) }, () => DRAWN_LINE))),
    'long.docx': await wordFileWith((xml) => xml.replace('</w:body>', `<w:p>${words.repeat(Math.ceil((2.5 * MB) / words.length))}</w:p></w:body>`)),
  };
}

describe('the examples in docs/importing.md', () => {
  let server: Server | null = null;
  let at = '';
  afterAll(async () => {
    server?.close();
    if (at) await rm(at, { recursive: true, force: true });
  });

  it('print what the doc shows, run in its order', async () => {
    at = await mkdtemp(path.join(os.tmpdir(), 'report-bot-docs-import-'));
    const downloads = path.join(at, 'Downloads');
    await mkdir(downloads);
    for (const [name, bytes] of Object.entries(await documents())) await writeFile(path.join(downloads, name), bytes);
    // As `python3 -m http.server` answers a page it does not have.
    server = createServer((_req, res) => res.writeHead(404, 'File not found').end());
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // The imports write into one folder, in order; /about and /speakers are asked of the web page alone, as the doc says.
    const folders = { import: path.join(at, 'my-reports'), ask: path.join(at, 'ask', 'my-reports') };
    await mkdir(folders.ask, { recursive: true });
    await copyFile(path.join(downloads, 'linuxworld.html'), path.join(at, 'linuxworld.html'));
    expect((await runTs('src/importReport.ts', [path.join(at, 'linuxworld.html'), '--knowledge', folders.ask])).code).toBe(0);

    const found = examples();
    expect(found.filter((e) => e.script === 'import').length).toBe(12);
    expect(found.filter((e) => e.script === 'ask').length).toBe(2);
    for (const example of found) {
      const args = example.args
        .split(' ')
        .map((arg) => arg.replace(/^~\/Downloads\//, `${downloads}/`).replace(/^http:\/\/127\.0\.0\.1:8080\//, served).replace(/^my-reports$/, folders[example.script]));
      const run = await runTs(example.script === 'import' ? 'src/importReport.ts' : 'src/ask.ts', args, { timeoutMs: 60_000 });
      const printed = (run.stdout + run.stderr).split(`${downloads}/`).join('/root/Downloads/').split(folders[example.script]).join('my-reports').split(served).join('http://127.0.0.1:8080/');
      expect(printed, example.args).toBe(example.output);
    }
  }, 600_000);
});
