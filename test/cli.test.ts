import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/context.ts';
import { startInGroup } from './support/processes.ts';
import { until } from './support/wait.ts';
import { cleanEnv, run, runTs } from './support/run.ts';

describe('npm run ask', () => {
  it('prints exactly one JSON object with --json and npm run --silent', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', '--json', '/who-said open source is ahead']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer).toMatchObject({ command: 'who-said', query: 'open source is ahead' });
    const [top] = answer.results;
    expect(Object.keys(top)).toEqual(expect.arrayContaining(['report', 'passage', 'section', 'paragraph', 'speaker', 'attribution', 'text', 'excerpt', 'score']));
    expect(top).toMatchObject({ attribution: 'speaker', speaker: { name: 'Simon Crosby', organisation: 'XenSource' }, section: 'Xen: Alive and kicking' });
    expect(top.text).toContain('ahead of proprietary');
  });

  it('reads one command per line from stdin with --json', async () => {
    const { code, stdout } = await runTs('src/ask.ts', ['--json'], { input: '/who-said hypervisor attack virtual machines\n\n/who-said blockchain hyperledger\n/speakers\n' });
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.command)).toEqual(['who-said', 'who-said', 'speakers']);
    expect(answers[0].results[0]).toMatchObject({ attribution: 'unnamed', speaker: null });
    expect(answers[0].results[0].label).toContain('speaker at the session on virtualization and security');
    expect(answers[1]).toMatchObject({ results: [] });
    expect(answers[1].message).toMatch(/nothing/);
  });

  it('answers one command as text', async () => {
    const { code, stdout } = await runTs('src/ask.ts', ['/quotes Crosby']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Simon Crosby \(XenSource\): 3 passages\./);
  });
});

describe('npm start without a Discord token', () => {
  it('answers each piped line in plain text and exits', async () => {
    const { code, stdout, stderr } = await run('npm', ['start', '--silent'], { input: '/who-said glue layers GPL\nfindings about silos\n' });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    expect(stdout).toContain('1 finding about “silos”.');
    expect(stdout).not.toContain('\u001b[');
  });

  it('watches the knowledge folder, as the bot in Discord does: a report saved there answers the next question', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-terminal-'));
    await writeFile(path.join(dir, 'first.md'), '---\ntitle: First\n---\n\n**Ann Lee:** The ferry timetable changes in spring.\n');
    const bot = startInGroup(process.execPath, ['--import', 'tsx', 'src/main.ts', '--knowledge', dir], cleanEnv(), ['pipe', 'pipe', 'pipe']);
    try {
      bot.child.stdin?.write('/who-said ferry timetable\n');
      await until(() => bot.output().includes('Ann Lee said it.'), 15_000);
      await writeFile(path.join(dir, 'second.md'), '---\ntitle: Second\n---\n\n**Bo Chen:** The lighthouse keeper retired last winter.\n');
      await until(() => bot.output().includes('knowledge reloaded'), 15_000);
      bot.child.stdin?.end('/who-said lighthouse keeper retired\n');
      expect((await bot.exited).code).toBe(0);
      expect(bot.output()).toContain('Bo Chen said it.');
    } finally {
      bot.child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 40_000);

  it('starts with a broken report, naming its file and line in the log', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-cli-'));
    await writeFile(path.join(dir, 'bad.md'), '---\ntitle: ok\nauthor: [broken\n---\n\nText.\n');
    const { code, stdout, stderr } = await runTs('src/main.ts', ['--knowledge', dir], { input: '/about\n' });
    expect(code).toBe(0);
    expect(stdout).toContain('I answer from 0 reports, 0 passages in all. 1 report could not be read: see the log.');
    expect(stderr).toContain(`"file":"${path.join(dir, 'bad.md')}","line":3,"problem":"front matter is not valid YAML`);
  });

  it('stops at start-up on a missing folder', async () => {
    const { code, stderr } = await runTs('src/main.ts', ['--knowledge', path.join(os.tmpdir(), 'no-such-report-bot-folder')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot start:\n.*the knowledge folder does not exist/);
  });

  it('names every missing Discord variable and never prints the token', async () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123';
    const { code, stderr, stdout } = await runTs('src/main.ts', [], { env: cleanEnv({ DISCORD_TOKEN: token, LOG_LEVEL: 'loud' }) });
    expect(code).toBe(1);
    expect(stderr).toContain('DISCORD_APPLICATION_ID is not set');
    expect(stderr).toContain('LOG_LEVEL must be one of');
    expect(stderr + stdout).not.toContain(token);
    expect(stderr + stdout).not.toContain('GhIjKl');
  });
});

describe('the benchmark', () => {
  it('runs the bot with the same Node flags as npm start', async () => {
    const { BOT_NODE_FLAGS } = await import('../bench/stats.ts');
    const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')));
    expect(pkg.scripts.start).toContain(`node ${BOT_NODE_FLAGS.join(' ')} dist/main.js`);
  });
});

describe('the compiled bot', () => {
  it('names source files that exist in its stack traces', async () => {
    const built = await run('node', ['scripts/build.mjs']);
    expect(built.code, built.stderr).toBe(0);
    const dist = path.join(ROOT, 'dist');
    const maps = (await readdir(dist)).filter((f) => f.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(4);
    for (const map of maps) {
      const { sources } = JSON.parse(await readFile(path.join(dist, map), 'utf8')) as { sources: string[] };
      const missing = sources.filter((s) => !s.includes('node_modules') && !existsSync(path.resolve(dist, s)));
      expect(missing, map).toEqual([]);
    }
  });
});
