/**
 * The token never appears in logs, errors or crash output: a real token-shaped value is fed
 * to the bot, which meets a login failure, failing replies and stray errors; every line it
 * prints is searched for the token and for its secret part.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, GUILD_ID, TOKEN, APP_ID, user } from './support/fakeDiscord.ts';
import { slashCommand } from './support/payloads.ts';
import { ROOT } from './support/context.ts';
import { cleanEnv, runTs } from './support/run.ts';

const SECRET_PART = TOKEN.split('.')[2] as string;

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  await fake?.stop();
});

function expectNoSecret(output: string): void {
  expect(output).not.toContain(TOKEN);
  expect(output).not.toContain(SECRET_PART);
}

describe('the token', () => {
  it('is not printed when Discord refuses it', async () => {
    const refuse = () => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } });
    fake.faults.push(refuse);
    try {
      const { code, stdout, stderr } = await runTs('src/main.ts', [], { env: cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' }) });
      expect(code).toBe(1);
      expect(stderr).toMatch(/could not log in to Discord/);
      expectNoSecret(stdout + stderr);
    } finally {
      fake.faults.splice(fake.faults.indexOf(refuse), 1);
    }
  });

  it('is not printed in JSON log lines (LOG_FORMAT=json), each line one object', async () => {
    const refuse = () => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } });
    fake.faults.push(refuse);
    try {
      const { code, stdout, stderr } = await runTs('src/main.ts', [], { env: cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }) });
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as { level: string; msg: string });
      expect(lines.find((l) => l.msg === 'could not log in to Discord')).toMatchObject({ level: 'error', error: { name: expect.any(String), message: expect.any(String) } });
      expectNoSecret(stdout + stderr);
    } finally {
      fake.faults.splice(fake.faults.indexOf(refuse), 1);
    }
  });

  it('is not printed by a running bot whose replies fail', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', COOLDOWN_SECONDS: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const fail = (call: { path: string }) => (call.path.includes('/interactions/') ? { status: 500, body: { message: 'boom', code: 0 } } : null);
    try {
      await fake.waitForShards(1, 30_000);
      fake.faults.push(fail);
      for (let i = 0; i < 50 && !output.includes('could not send the apology'); i++) {
        try {
          fake.dispatch('INTERACTION_CREATE', slashCommand('who-said', { text: 'silos' }, user('600000000000000006'), { guildId: GUILD_ID }), GUILD_ID);
        } catch {
          // still connecting
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(output).toMatch(/interaction failed/);
    } finally {
      fake.faults.splice(fake.faults.indexOf(fail), 1);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(output).toMatch(/shutting down/);
    expectNoSecret(output);
  }, 60_000);

  it('is masked in an unhandled rejection, which is logged and does not stop the process', async () => {
    const { code, stdout, stderr } = await runTs('test/fixtures/scripts/strayErrors.ts', ['rejection'], { env: cleanEnv({ DISCORD_TOKEN: TOKEN }) });
    expect(code).toBe(0);
    expect(stdout).toContain('still running');
    expect(stderr).toMatch(/unhandled rejection.*rejected with \[redacted\]/);
    expectNoSecret(stdout + stderr);
  });

  it('is masked in an uncaught exception, after which the process exits with code 1 for its supervisor', async () => {
    const { code, stdout, stderr } = await runTs('test/fixtures/scripts/strayErrors.ts', ['exception'], { env: cleanEnv({ DISCORD_TOKEN: TOKEN }) });
    expect(code).toBe(1);
    expect(stdout).not.toContain('still running');
    expect(stderr).toMatch(/uncaught exception.*handler blew up with \[redacted\]/);
    expectNoSecret(stdout + stderr);
  });

  it('stays out of git', async () => {
    const { stdout } = await (await import('./support/run.ts')).run('git', ['check-ignore', '.env']);
    expect(stdout.trim()).toBe('.env');
  });
});
