// Compiles the entry points to dist/ with esbuild (about 0.1 s), so that the bot runs on plain
// Node: no TypeScript loader in memory (37 MB less RSS) and a faster start. Each file is
// written aside and renamed into place, so parallel builds never leave a half-written file.
// A source map names its sources relative to itself, so each map is rewritten for the place it
// moves to: left as staged, every stack trace named a file that does not exist.
import { build } from 'esbuild';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const staging = path.join(root, 'dist', `.build-${process.pid}`);
const result = await build({
  entryPoints: ['src/main.ts', 'src/ask.ts', 'src/deployCommands.ts', 'src/checkKnowledge.ts', 'src/gaps.ts', 'src/importReport.ts', 'src/import/importWorker.ts', 'src/runtime/knowledgeWorker.ts'].map((p) => path.join(root, p)),
  outdir: staging,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
});
await mkdir(path.join(root, 'dist'), { recursive: true });
for (const file of Object.keys(result.metafile.outputs)) {
  const from = path.resolve(root, file);
  const to = path.join(root, 'dist', path.basename(file));
  if (file.endsWith('.map')) await rebase(from, to);
  await rename(from, to);
}
await rm(staging, { recursive: true, force: true });

async function rebase(map, destination) {
  const json = JSON.parse(await readFile(map, 'utf8'));
  json.sources = json.sources.map((s) => path.relative(path.dirname(destination), path.resolve(path.dirname(map), s)));
  await writeFile(map, JSON.stringify(json));
}
