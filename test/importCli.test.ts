/**
 * The import command as people run it: what it prints, its exit codes, never overwriting a
 * report without --force, and writing so that a reader never sees half a file.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../src/import/writeReport.ts';
import { FIXTURES } from './support/context.ts';
import { cleanEnv, run, runTs } from './support/run.ts';
import { filesIn, tempDir } from './support/imported.ts';

const NEWS_PAGE = path.join(FIXTURES, 'import', 'linuxworld-news-page.html');
const SLUG = 'linuxworld-and-virtualization-xen-vs-kvm-microsoft-s-xen-friendly-drivers.md';
const importCli = (args: string[], env: Record<string, string> = {}) => runTs('src/importReport.ts', args, { env: cleanEnv(env) });

describe('npm run import', () => {
  it('writes the report named from its title and prints its path and a summary', async () => {
    const dir = await tempDir();
    // The npm script itself, once: it builds and runs the compiled entry point.
    const { code, stdout, stderr } = await run('npm', ['run', '--silent', 'import', '--', NEWS_PAGE, '--knowledge', dir], { timeoutMs: 60_000 });
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(
      `Wrote ${path.join(dir, SLUG)}\n` +
        '  “LinuxWorld and virtualization: Xen vs. KVM, Microsoft\'s Xen-friendly drivers” by Bernard Golden · web page · 6 sections, 33 passages · speakers found: Simon Crosby, Sam Ramji, Tom Hanrahan, Tony Iams, 2 unnamed\n',
    );
    expect(await filesIn(dir)).toEqual([SLUG]);
  });

  it('writes into KNOWLEDGE_DIR when no --knowledge is given', async () => {
    const dir = await tempDir();
    const { code } = await importCli([NEWS_PAGE], { KNOWLEDGE_DIR: dir });
    expect(code).toBe(0);
    expect(await filesIn(dir)).toEqual([SLUG]);
  });

  it('refuses to overwrite a report without --force, and replaces it with --force', async () => {
    const dir = await tempDir();
    expect((await importCli([NEWS_PAGE, '--knowledge', dir])).code).toBe(0);
    const target = path.join(dir, SLUG);
    const first = await readFile(target, 'utf8');

    const again = await importCli([NEWS_PAGE, '--knowledge', dir, '--author', 'Someone Else']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`Cannot import ${NEWS_PAGE}: ${target} already exists: pass --force to replace it, or --title to name it differently\n`);
    expect(await readFile(target, 'utf8')).toBe(first);

    const forced = await importCli([NEWS_PAGE, '--knowledge', dir, '--author', 'Someone Else', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(first.replace('author: Bernard Golden', 'author: Someone Else'));
    expect(await filesIn(dir)).toEqual([SLUG]);
  });

  it('bad input: exit code 1, the file and the problem on stderr, nothing written', async () => {
    const input = path.join(await tempDir('report-bot-input-'), 'scan.pdf');
    await writeFile(input, 'not a pdf at all');
    const dir = await tempDir();
    const { code, stdout, stderr } = await importCli([input, '--knowledge', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Cannot import ${input}: not a PDF: its content is text\n`);
    expect(await filesIn(dir)).toEqual([]);
  });

  it('a wrong command line: exit code 2 and the usage', async () => {
    for (const args of [[], ['a.pdf', '--titel', 'x']]) {
      const { code, stderr } = await importCli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: npm run --silent import -- <file or URL>');
    }
    const help = await importCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--force');
  });
});

describe('writing a report', () => {
  it('a reader of the folder only ever sees a whole report, old or new', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'report.md');
    const versions = ['a', 'b'].map((letter) => `---\ntitle: ${letter}\n---\n\n${`${letter.repeat(80)}\n`.repeat(50_000)}`);
    await writeReport(target, versions[0] as string, false);
    let writing = true;
    const seen = new Set<string>();
    const strays = new Set<string>();
    const reader = (async () => {
      while (writing) {
        const text = await readFile(target, 'utf8');
        seen.add(versions.includes(text) ? text.slice(11, 12) : `partial (${text.length} characters)`);
        for (const name of await readdir(dir)) if (name !== 'report.md') strays.add(name);
      }
    })();
    for (let i = 0; i < 20; i++) await writeReport(target, versions[(i + 1) % 2] as string, true);
    writing = false;
    await reader;
    expect([...seen].sort()).toEqual(['a', 'b']);
    // The only other file ever seen is the hidden temporary one, which the loader skips.
    for (const name of strays) expect(name).toMatch(/^\.report\.md\.[0-9a-f]{8}\.tmp$/);
    expect(await filesIn(dir)).toEqual(['report.md']);
  });

  it('two imports racing for one name: one writes, the other is refused', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'report.md');
    const results = await Promise.all(['one', 'two', 'three'].map((n) => writeReport(target, `---\ntitle: ${n}\n---\n\nText.\n`, false)));
    expect(results.sort()).toEqual(['exists', 'exists', 'written']);
    expect(await filesIn(dir)).toEqual(['report.md']);
  });

  it('creates the knowledge folder when it does not exist yet', async () => {
    const dir = path.join(await tempDir(), 'new', 'knowledge');
    await writeReport(path.join(dir, 'r.md'), 'x', false);
    expect((await stat(dir)).isDirectory()).toBe(true);
  });
});
