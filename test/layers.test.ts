import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The floors of src/, read from the import statements, so that the layering cannot rot:
 * base (process-wide pieces that need nothing else) under runtime (configuration, the App
 * every mode is given, the knowledge a running bot serves), under the platforms and the HTTP
 * server, under app (the wiring that starts and stops them). Only app imports the platforms.
 */
const src = path.resolve(import.meta.dirname, '../src');
const PLATFORMS = ['discord', 'slack', 'console', 'server'];

/**
 * Every folder of src/ on its floor, lowest first; '' is src/ itself, the entry points. A file
 * imports only from its own folder and the floors below: no import runs back up, and a new
 * folder must be given its floor here.
 */
const FLOORS: readonly (readonly string[])[] = [
  ['base'],
  ['language'],
  ['knowledge'],
  ['import', 'search'],
  ['commands'],
  ['snapshot', 'conversation'],
  ['runtime'],
  ['server'],
  ['console', 'discord', 'slack'],
  ['app'],
  [''],
];
const floorOf = (folder: string) => FLOORS.findIndex((floor) => floor.includes(folder));

/** Every import of one file: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)) found.push(match[2] as string);
  return found;
}

interface Edge {
  file: string;
  from: string;
  to: string;
}

/** Each import of a src file from another folder of src, as its folder and the folder it reaches. */
function edges(): Edge[] {
  const all: Edge[] = [];
  for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const file = path.join(src, entry);
    const from = path.relative(src, path.dirname(file)).split(path.sep)[0] ?? '';
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.relative(src, path.resolve(path.dirname(file), spec));
      // package.json, for the version: outside src/, on no floor.
      if (target.startsWith('..')) continue;
      const to = target.includes(path.sep) ? (target.split(path.sep)[0] as string) : '';
      if (to !== from) all.push({ file: path.relative(src, file), from, to });
    }
  }
  return all;
}

const wrong = (rule: (e: Edge) => boolean) => edges().filter(rule).map((e) => `src/${e.file} imports src/${e.to}/`);

describe('the layers of src/', () => {
  it('reads the imports it checks', () => {
    const seen = edges();
    expect(seen.some((e) => e.from === 'app' && e.to === 'discord')).toBe(true);
    expect(seen.some((e) => e.from === 'discord' && e.to === 'runtime')).toBe(true);
    expect(seen.some((e) => e.from === 'server' && e.to === 'base')).toBe(true);
  });

  it('leaves the wiring (src/app) to src/app: no platform, the server, runtime or base imports it', () => {
    expect(wrong((e) => e.to === 'app' && [...PLATFORMS, 'runtime', 'base'].includes(e.from))).toEqual([]);
  });

  it('keeps src/base at the bottom: it imports nothing else of src', () => {
    expect(wrong((e) => e.from === 'base')).toEqual([]);
  });

  it('keeps src/runtime below the platforms and the server', () => {
    expect(wrong((e) => e.from === 'runtime' && PLATFORMS.includes(e.to))).toEqual([]);
  });

  it('gives every folder of src/ a floor, and every import goes down a floor or stays in its folder', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => floorOf(folder) < 0)).toEqual([]);
    expect(wrong((e) => floorOf(e.to) >= floorOf(e.from)).map((w) => w.replace(/src\/\//, 'src/'))).toEqual([]);
  });
});
