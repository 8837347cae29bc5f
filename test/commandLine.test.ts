/**
 * The command line of every entry point, read by node:util's parseArgs: an option the command
 * does not know is an error that names it, before anything is read or sent.
 */
import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../src/base/commandLine.ts';
import { runTs } from './support/run.ts';

describe('an unknown option', () => {
  it.each([
    ['npm start', 'src/main.ts', 1, 'unknown option --frobnicate (the options are --knowledge)'],
    ['npm run check-knowledge', 'src/checkKnowledge.ts', 1, 'unknown option --frobnicate (the options are --knowledge)'],
    ['npm run deploy-commands', 'src/deployCommands.ts', 1, 'unknown option --frobnicate (the options are --knowledge)'],
    ['npm run gaps', 'src/gaps.ts', 1, 'unknown option --frobnicate (the options are --knowledge)'],
    ['npm run bench', 'bench/run.ts', 2, 'unknown option --frobnicate (the options are --quick, --json, --shapes, --sizes, --stall, --only, --places, --memory)'],
    ['npm run ask', 'src/ask.ts', 2, 'unknown option --frobnicate (the options are --knowledge, --json, --conversation)\nUsage: npm run ask'],
    ['npm run import', 'src/importReport.ts', 2, 'unknown option --frobnicate (the options are --knowledge, --title, --author, --force, --max-bytes, --max-pages, --help)\nUsage: npm run --silent import'],
  ])('%s names it and stops', async (_command, script, exitCode, message) => {
    const { code, stdout, stderr } = await runTs(script, ['--frobnicate', '/about'], { input: '/about\n' });
    expect(code).toBe(exitCode);
    expect(stdout + stderr).toContain(message);
    expect(stdout + stderr).not.toMatch(/I answer from|at [\w.]+ \(|TypeError/);
  });
});

describe('readCommandLine', () => {
  const options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

  it('names the unknown option as typed, in a group of short ones too', () => {
    expect(readCommandLine(['-hx'], options)).toEqual({ ok: false, problem: 'unknown option -x (the options are --knowledge, --json, --help)' });
    expect(readCommandLine(['--knowledge', 'dir', '--jsn=1'], options)).toEqual({ ok: false, problem: 'unknown option --jsn (the options are --knowledge, --json, --help)' });
  });

  it('reads --knowledge with nothing after it as empty, and still reads the options after it', () => {
    expect(readCommandLine(['--knowledge', '--json', '/about'], options, true)).toMatchObject({ ok: true, values: { knowledge: '', json: true }, positionals: ['/about'] });
    expect(readCommandLine(['/about', '--knowledge'], options, true)).toMatchObject({ ok: true, values: { knowledge: '' } });
    expect(readCommandLine(['--knowledge', 'dir', '-h'], options)).toMatchObject({ ok: true, values: { knowledge: 'dir', help: true } });
  });

  it('takes everything after -- as arguments, and refuses arguments where the command takes none', () => {
    expect(readCommandLine(['--', '--knowledge', '-x'], options, true)).toMatchObject({ ok: true, values: {}, positionals: ['--knowledge', '-x'] });
    expect(readCommandLine(['stray'], options)).toEqual({ ok: false, problem: expect.stringMatching(/^Unexpected argument 'stray'/) });
  });
});
