/**
 * Importing from an address, against a server on 127.0.0.1: redirects, a 404, answers that are
 * not web pages, a slow answer past the timeout, pages over the size limit, other charsets.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../src/import/errors.ts';
import { DEFAULT_FETCH_LIMITS } from '../src/import/fetchPage.ts';
import { importReport } from '../src/import/importer.ts';
import { FIXTURES } from './support/context.ts';
import { filesIn, knowledgeOfFile, passagesOf, tempDir } from './support/imported.ts';
import { BUNDLED } from './support/context.ts';

const NEWS_PAGE = path.join(FIXTURES, 'import', 'linuxworld-news-page.html');
const LIMITS = { timeoutMs: 1_000, maxBytes: DEFAULT_FETCH_LIMITS.maxBytes };

let server: Server;
let base: string;
let page: string;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  page = await readFile(NEWS_PAGE, 'utf8');
  const big = `<html><body><article><p>${'A long report. '.repeat(800_000)}</p></article></body></html>`;
  server = createServer((req, res) => {
    const later = (ms: number, fn: () => void) => timers.add(setTimeout(fn, ms));
    switch (req.url) {
      case '/news/linuxworld':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return;
      case '/old-address':
        res.writeHead(301, { location: '/moved' }).end();
        return;
      case '/moved':
        res.writeHead(302, { location: '/news/linuxworld' }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/data.json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"title":"not a page"}');
        return;
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n');
        return;
      case '/slow-headers':
        later(5_000, () => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
        return;
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(page.slice(0, 2_000));
        later(5_000, () => res.end(page.slice(2_000)));
        return;
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(big)) }).end(big);
        return;
      case '/big-streamed':
        // No length announced: the limit has to be kept while reading.
        res.writeHead(200, { 'content-type': 'text/html', 'transfer-encoding': 'chunked' });
        res.end(big);
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(
          Buffer.from(
            '<html><head><title>Caf\xe9 culture</title></head><body><article><h1>Caf\xe9 culture</h1><p>The caf\xe9 owners met on Monday, said Ren\xe9e Blanc of the traders\x92 association, to plan a long summer of street festivals and late openings in the old town.</p><p>Most owners want the square closed to cars on Saturdays, according to Ren\xe9e Blanc, who has run her caf\xe9 for twenty years.</p></article></body></html>',
            'latin1',
          ),
        );
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of timers) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refused(address: string, limits = LIMITS): Promise<{ problem: string; dir: string; ms: number }> {
  const dir = await tempDir();
  const started = performance.now();
  const error = await importReport(address, { knowledgeDir: dir, limits }).catch((e: unknown) => e);
  const ms = performance.now() - started;
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).source).toBe(address);
  expect(await filesIn(dir)).toEqual([]);
  return { problem: (error as ImportError).problem, dir, ms };
}

describe('a URL', () => {
  it('imports the article, with the address as its source', async () => {
    const dir = await tempDir();
    const summary = await importReport(`${base}/news/linuxworld`, { knowledgeDir: dir, limits: LIMITS });
    expect(summary).toMatchObject({ format: 'web page', author: 'Bernard Golden', passages: 33, source: `${base}/news/linuxworld` });
    const [imported, original] = await Promise.all([knowledgeOfFile(summary.path), knowledgeOfFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'))]);
    expect(passagesOf(imported)).toEqual(passagesOf(original));
  });

  it('follows redirects, and names the page where it ended', async () => {
    const summary = await importReport(`${base}/old-address`, { knowledgeDir: await tempDir(), limits: LIMITS });
    expect(summary.source).toBe(`${base}/news/linuxworld`);
    expect(summary.passages).toBe(33);
  });

  it('a redirect loop is refused', async () => {
    expect((await refused(`${base}/loop`)).problem).toMatch(/too many redirects/);
  });

  it('a 404 is refused with the status', async () => {
    expect((await refused(`${base}/no-such-page`)).problem).toBe('the server answered 404 Not Found, not the page');
  });

  it('an answer that is not a web page is refused with its type', async () => {
    expect((await refused(`${base}/data.json`)).problem).toBe('the answer is application/json, not a web page (HTML)');
    expect((await refused(`${base}/report.pdf`)).problem).toBe('the answer is application/pdf, not a web page (HTML): download it and import the file');
  });

  it('an answer slower than the timeout is refused at the timeout, headers or body', async () => {
    for (const slow of ['/slow-headers', '/slow-body']) {
      const { problem, ms } = await refused(`${base}${slow}`, { ...LIMITS, timeoutMs: 300 });
      expect(problem).toBe('no complete answer within 0.3 s (timed out)');
      expect(ms).toBeLessThan(3_000);
    }
  });

  it('a page over the 10 MB limit is refused, whether or not it says its size', async () => {
    expect(DEFAULT_FETCH_LIMITS.maxBytes).toBe(10 * 1024 * 1024);
    expect((await refused(`${base}/big-declared`)).problem).toMatch(/^the page is 11\.4 MB, more than the 10 MB limit \(--max-bytes\)$/);
    expect((await refused(`${base}/big-streamed`)).problem).toBe('the page is more than the 10 MB limit (--max-bytes)');
  });

  it('a server that is not there is refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await refused(`http://127.0.0.1:${port}/x`)).problem).toBe('cannot reach the server (ECONNREFUSED)');
  });

  it('reads a page in the charset its server names', async () => {
    const summary = await importReport(`${base}/latin1`, { knowledgeDir: await tempDir(), limits: LIMITS });
    expect(summary.title).toBe('Café culture');
    const content = await readFile(summary.path, 'utf8');
    expect(content).toContain('said Renée Blanc of the traders’ association');
  });
});
