import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMAT_VERSION } from './format.ts';

/** The source folders whose code decides what a snapshot holds, when running from TypeScript. */
const SOURCES = ['knowledge', 'search', 'snapshot'];

/**
 * What changes whenever the code that builds a snapshot may build a different one: the
 * snapshot format, that code (the compiled worker bundle, or the TypeScript sources when run
 * from them), and the installed packages (package-lock.json: a new stemmer stems differently).
 * A cache built by other code is never used.
 *
 * `entry` is the file running the build: dist/knowledgeWorker.js, or a file of src/.
 */
export function codeVersion(entry: string = fileURLToPath(import.meta.url)): string {
  const hash = createHash('sha256').update(`format ${FORMAT_VERSION}\n`);
  const srcRoot = findUp(path.dirname(entry), (dir) => path.basename(dir) === 'src' && SOURCES.every((s) => existsSync(path.join(dir, s))));
  if (entry.endsWith('.ts') && srcRoot) {
    for (const folder of SOURCES) {
      const dir = path.join(srcRoot, folder);
      for (const name of readdirSync(dir).sort()) if (name.endsWith('.ts')) hash.update(`${folder}/${name}\n`).update(readFileSync(path.join(dir, name)));
    }
  } else {
    hash.update(readFileSync(entry));
  }
  const root = findUp(path.dirname(entry), (dir) => existsSync(path.join(dir, 'package.json')));
  for (const file of ['package-lock.json', 'package.json']) {
    const at = root && path.join(root, file);
    if (at && existsSync(at)) {
      hash.update(readFileSync(at));
      break;
    }
  }
  return hash.digest('base64url').slice(0, 16);
}

function findUp(from: string, found: (dir: string) => boolean): string | null {
  for (let dir = from, i = 0; i < 6; i++, dir = path.dirname(dir)) if (found(dir)) return dir;
  return null;
}
