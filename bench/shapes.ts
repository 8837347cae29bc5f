/**
 * The "shapes" line of `npm run bench`: a 20 MB report of each shape that makes loading slow
 * beyond reason, or memory pass its bound, where a step of it is not linear (issues 13 and 25):
 * `Name: text` turns with single newlines, one huge list under a findings lead-in, one huge
 * paragraph, 200,000 `**Name:**` turns, a report at the 50 MB limit, and text in many small
 * files. Each loads in its own process as the bot first loads it (the knowledge worker builds and
 * saves into an empty cache folder, the bot reads the snapshot), stopped after a time limit; the target is under 10 s for 20 MB,
 * and under 400 MB peak RSS in each process.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load.ts';
import { BOT_NODE_FLAGS } from './stats.ts';
import { names, sentences, syntheticCorpus, writeCorpus, type Corpus, type Source } from './synthetic.ts';

export interface ShapeResult {
  shape: string;
  files: number;
  megabytes: number;
  /** Null when the load was stopped at the time limit. */
  load: LoadResult | null;
  /** Peak RSS when it was stopped (Linux), or null. */
  stoppedAtMB: number | null;
  limitSeconds: number;
}

const FRONT = (title: string) => `---\ntitle: ${title}\nauthor: Bench Author\n---\n\n`;

/** Lines from `line()` joined with single newlines until the text holds `bytes`. */
function fill(head: string, bytes: number, line: () => string): string {
  const parts = [head];
  for (let size = head.length; size < bytes; ) {
    const next = line();
    parts.push(next);
    size += next.length + 1;
  }
  return `${parts.join('\n')}\n`;
}

const SHAPES: { shape: string; make: (source: Source, bytes: number) => Corpus['files'] }[] = [
  {
    shape: 'single-newline turns',
    make: (source, bytes) => {
      const say = sentences(source, 11);
      const who = names(8, 11);
      let i = 0;
      return [{ name: 'turns.md', content: fill(`${FRONT('Transcript')}## Transcript\n`, bytes, () => `${who[i++ % who.length]}: ${say()}`) }];
    },
  },
  {
    shape: 'one huge list',
    make: (source, bytes) => {
      const say = sentences(source, 12);
      return [{ name: 'list.md', content: fill(`${FRONT('Findings')}The key findings he presented:\n`, bytes, () => `- ${say()}`) }];
    },
  },
  {
    shape: 'one huge paragraph',
    make: (source, bytes) => {
      const say = sentences(source, 13);
      return [{ name: 'paragraph.md', content: fill(FRONT('Paragraph'), bytes, () => `${say()} ${say()}`) }];
    },
  },
  {
    // A transcript whose turns are labelled on lines of their own ("Name -- Title"), with no front matter: the label template is learnt from the report.
    shape: 'labels on their own lines',
    make: (source, bytes) => {
      const say = sentences(source, 15);
      const who = names(8, 15);
      const titles = ['Chief Financial Officer', 'Chief Executive Officer', 'Larkspur Securities -- Analyst', 'Vice President, Investor Relations'];
      let i = 0;
      return [{ name: 'call.md', content: fill('# Earnings call\n', bytes, () => `\n${who[i % who.length]} -- ${titles[i++ % titles.length]}\n\n${say()} ${say()}`) }];
    },
  },
  {
    shape: 'WebVTT cues',
    make: (source, bytes) => {
      const say = sentences(source, 16);
      const who = names(6, 16);
      let i = 0;
      const time = (n: number) => `${String(Math.floor(n / 3600) % 100).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000`;
      return [{ name: 'meeting.md', content: fill('WEBVTT\n', bytes, () => `\nu${Math.floor(i / 3)}/${i % 3}\n${time(i)} --> ${time(i + 1)}\n<v ${who[Math.floor(i++ / 3) % who.length]}>${say()}</v>`) }];
    },
  },
  {
    shape: 'one huge table',
    make: (source, bytes) => {
      const say = sentences(source, 17);
      return [{ name: 'table.md', content: fill(`${FRONT('Findings')}## Key findings\n\n| Finding | Evidence |\n|---|---|`, bytes, () => `| ${say()} | ${say()} |`) }];
    },
  },
  {
    // Issue 25's worst turns: 200,000 at the full size, a label and a short sentence each.
    shape: '**Name:** turns',
    make: (source, bytes) => {
      const say = sentences(source, 18);
      const who = names(8, 18);
      const turns = Math.round(bytes / 105);
      return [{ name: 'panel.md', content: `${FRONT('Panel')}${Array.from({ length: turns }, (_, i) => `**${who[i % who.length]}:** ${say().slice(0, 60)}`).join('\n\n')}\n` }];
    },
  },
  {
    // The largest report KNOWLEDGE_MAX_BYTES lets in (50 MB at the full size): ordinary paragraphs.
    shape: 'a report at the size limit',
    make: (source, bytes) => {
      const say = sentences(source, 19);
      return [{ name: 'long.md', content: fill(`${FRONT('Long report')}## Part one\n`, bytes * 2.45, () => `\n${say()} ${say()} ${say()}`) }];
    },
  },
  {
    shape: 'many small files',
    // A synthetic passage and its share of headings take about 450 bytes.
    make: (source, bytes) => syntheticCorpus(source, Math.round(bytes / 450), 14).files,
  },
];

function peakRssOf(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function loadIn(script: string, dir: string, cacheDir: string, limitSeconds: number): Promise<{ load: LoadResult | null; stoppedAtMB: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...BOT_NODE_FLAGS, script, dir, cacheDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let stoppedAtMB: number | null = null;
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      stoppedAtMB = child.pid ? peakRssOf(child.pid) : null;
      child.kill('SIGKILL');
    }, limitSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ load: JSON.parse(out) as LoadResult, stoppedAtMB: null });
      else if (stoppedAtMB !== null || child.signalCode === 'SIGKILL') resolve({ load: null, stoppedAtMB });
      else reject(new Error(`bench/load.ts exited with ${code}`));
    });
  });
}

export async function measureShapes(source: Source, script: string, { megabytes, limitSeconds, say }: { megabytes: number; limitSeconds: number; say: (line: string) => void }): Promise<ShapeResult[]> {
  const results: ShapeResult[] = [];
  for (const { shape, make } of SHAPES) {
    const files = make(source, megabytes * 1024 * 1024);
    const dir = path.join(os.tmpdir(), `report-bot-bench-shape-${shape.replace(/\W+/g, '-')}`);
    await writeCorpus(dir, { files, passages: 0 });
    const size = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0) / 1024 / 1024;
    say(`measuring the shape "${shape}" (${size.toFixed(1)} MB in ${files.length} file${files.length === 1 ? '' : 's'})...`);
    // An empty cache folder, as at the bot's first start: the worker saves each report's part and the snapshot too.
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-bench-shape-cache-'));
    try {
      results.push({ shape, files: files.length, megabytes: size, limitSeconds, ...(await loadIn(script, dir, cacheDir, limitSeconds)) });
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
  return results;
}

/** One line: each shape's load time and peak RSS, or where it was stopped. */
export function shapesLine(results: ShapeResult[]): string {
  const cells = results.map(({ shape, files, megabytes, load, stoppedAtMB, limitSeconds }) => {
    const what = `${shape} (${megabytes.toFixed(0)} MB${files > 1 ? ` in ${files} files` : ''})`;
    if (!load) return `${what}: stopped after ${limitSeconds} s${stoppedAtMB ? `, ${stoppedAtMB} MB peak RSS by then` : ''}`;
    const problems = load.problems.length ? `, ${load.problems.length} not read: ${load.problems[0]}` : '';
    return `${what}: ${(load.loadMs / 1000).toFixed(1)} s, worker ${load.workerPeakRssMB} MB and bot ${load.peakRssMB} MB peak RSS, ${load.passages.toLocaleString('en')} passages${problems}`;
  });
  return `Shapes (loaded as the bot first loads them, into an empty cache folder; target under 10 s for 20 MB, and under 400 MB peak RSS in the worker and in the bot): ${cells.join(' · ')}`;
}
