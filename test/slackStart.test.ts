/**
 * `npm start`'s entry point in its own process with Slack configured: Socket Mode and HTTP mode
 * against the fake Slack, a clean stop on SIGTERM, and no token or secret in any output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED, FIXTURES, ROOT } from './support/context.ts';
import { APP_TOKEN, BOT_TOKEN, DM_CHANNEL_ID, FakeSlack, SIGNING_SECRET } from './support/fakeSlack.ts';
import { cleanEnv, runTs } from './support/run.ts';
import { postSigned } from './support/slack.ts';
import { ALICE, directMessage, eventCallback, slashCommand } from './support/slackPayloads.ts';
import { until } from './support/wait.ts';
import { FakeDiscord, GUILD_ID, user } from './support/fakeDiscord.ts';
import { slashCommand as discordCommand } from './support/payloads.ts';
import { botEnv, freePort, groupGoneWithin, killStarted, startInGroup } from './support/processes.ts';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  killStarted();
  await fake?.stop();
});

const SECRETS = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];

function expectNoSecret(output: string): void {
  for (const secret of SECRETS) expect(output).not.toContain(secret);
  expect(output).not.toMatch(/xoxb-\d|xapp-\d/);
}

interface Bot {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

function startBot(env: Record<string, string>): Bot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: cleanEnv({ LOG_LEVEL: 'debug', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('npm start with Slack', () => {
  it('Socket Mode: connects with the app token, answers a DM, stops cleanly on SIGTERM', async () => {
    const connections = fake.connections;
    const bot = startBot({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
    try {
      await until(() => fake.connections > connections && fake.socketOpen, 30_000);
      const since = fake.calls.length;
      await fake.envelope('events_api', eventCallback(directMessage('who said glue layers GPL', ALICE)));
      const answer = await fake.waitForCall((c) => c.name === 'chat.postMessage', 10_000, since);
      expect(answer.body).toMatchObject({ channel: DM_CHANNEL_ID, text: 'Tom Hanrahan (Microsoft Open Source Lab) said it.' });
    } finally {
      expect(await bot.stop()).toBe(0);
    }
    expect(bot.output()).toMatch(/stopped/);
    expectNoSecret(bot.output());
  }, 60_000);

  it('SIGTERM while an answer waits out a 429: the answer is still sent, then the process exits 0', async () => {
    const connections = fake.connections;
    const bot = startBot({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
    let limited = 0;
    const rateLimit = (call: { name: string }) => (call.name === 'chat.postMessage' && limited++ < 1 ? { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } } : null);
    try {
      await until(() => fake.connections > connections && fake.socketOpen, 30_000);
      fake.faults.push(rateLimit);
      const since = fake.calls.length;
      await fake.envelope('events_api', eventCallback(directMessage('who spoke?', ALICE)));
      await fake.waitForCall((c) => c.name === 'chat.postMessage' && c.status === 429, 10_000, since);
      const exited = bot.stop();
      const answered = await fake.waitForCall((c) => c.name === 'chat.postMessage' && c.status === 200, 10_000, since);
      expect(answered.body.text).toMatch(/^5 named speakers/);
      expect(await exited).toBe(0);
    } finally {
      fake.faults.splice(fake.faults.indexOf(rateLimit), 1);
      bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('a file an admin shares in a DM is added and answers in that workspace at once, in the process npm start runs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-bot-slack-start-'));
    await copyFile(path.join(BUNDLED, 'linuxworld-2007-virtualization.md'), path.join(dir, 'linuxworld.md'));
    fake.files.set('riverside.md', { body: await readFile(path.join(FIXTURES, 'library/riverside-library-digitisation.md')), type: 'text/markdown' });
    const connections = fake.connections;
    const bot = startBot({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, KNOWLEDGE_DIR: dir, KNOWLEDGE_CACHE_DIR: 'off', REPORT_ADMINS: ALICE });
    try {
      await until(() => fake.connections > connections && fake.socketOpen, 30_000);
      const share = directMessage('', ALICE, { subtype: 'file_share', files: [{ id: 'F1', name: 'riverside.md', size: 2635, url_private_download: fake.fileUrl('riverside.md') }] });
      let since = fake.calls.length;
      await fake.envelope('events_api', eventCallback(share));
      const added = await fake.waitForCall((c) => c.name === 'chat.postMessage' && c.body.thread_ts === share.ts, 60_000, since);
      expect(added.body.text).toMatch(/^Added “Scanning the stacks: .*: I answer from it in this workspace now\.$/);
      expect(await readdir(path.join(dir, 'places'))).toEqual(['slack-T0000000001']);
      since = fake.calls.length;
      await fake.envelope('events_api', eventCallback(directMessage('who said broken spines?', ALICE)));
      expect((await fake.waitForCall((c) => c.name === 'chat.postMessage', 10_000, since)).body.text).toMatch(/^Maria Lopez/);
    } finally {
      expect(await bot.stop()).toBe(0);
      await rm(dir, { recursive: true, force: true });
    }
    expectNoSecret(bot.output());
  }, 90_000);

  it('HTTP mode: /slack/events and /healthz on PORT and HOST, stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const bot = startBot({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1' });
    const url = `http://127.0.0.1:${port}`;
    try {
      let healthy = false;
      await until(() => {
        void fetch(`${url}/healthz`).then((r) => (healthy = r.ok), () => {});
        return healthy;
      }, 30_000);
      const { status, body } = await postSigned(url, new URLSearchParams(slashCommand('/quotes', 'Crosby about KVM', ALICE, fake.responseUrl())).toString(), 'application/x-www-form-urlencoded');
      expect(status).toBe(200);
      expect(body?.text).toBe('Simon Crosby (XenSource) on “KVM”: 1 passage.');
      expect((await postSigned(url, 'x=1', 'application/x-www-form-urlencoded', { secret: 'wrong-secret' })).status).toBe(401);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
    expectNoSecret(bot.output());
  }, 60_000);

  it('Discord, Slack and the HTTP server in one process, all closed by one SIGTERM', async () => {
    const discord = await new FakeDiscord().start();
    const port = await freePort();
    const connections = fake.connections;
    const bot = startInGroup(process.execPath, ['--import', 'tsx', 'src/main.ts'], botEnv(discord, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1' }));
    try {
      await discord.waitForShards(1, 30_000);
      await until(() => fake.connections > connections && fake.socketOpen, 30_000);
      await until(() => bot.output().includes('http server listening'), 30_000);
      const interaction = discordCommand('who-said', { text: 'glue layers GPL' }, user('600000000000000006'), { guildId: GUILD_ID });
      discord.dispatch('INTERACTION_CREATE', interaction, GUILD_ID);
      const callback = await discord.callbackOf(interaction.id, 10_000);
      expect(JSON.stringify(callback.body)).toContain('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      const since = fake.calls.length;
      await fake.envelope('events_api', eventCallback(directMessage('who said glue layers GPL', ALICE)));
      expect((await fake.waitForCall((c) => c.name === 'chat.postMessage', 10_000, since)).body.text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toMatchObject({ ok: true, passages: 33 });
      process.kill(bot.child.pid as number, 'SIGTERM');
      expect(await groupGoneWithin(bot.child.pid as number, 5000)).not.toBeNull();
      expect((await bot.exited).code).toBe(0);
      const stopped = /INFO {2}stopped (\{.*\})/.exec(bot.output())?.[1] ?? '{}';
      expect((JSON.parse(stopped) as { closed: string[] }).closed.sort()).toEqual(['discord gateway', 'http server', 'knowledge watcher', 'slack app']);
      expectNoSecret(bot.output());
    } finally {
      await discord.stop();
    }
  }, 90_000);

  it('a bot token Slack refuses stops the start with a clear line, and is not printed', async () => {
    const refused = 'xoxb-9999999999-9999999999999-RefusedTokenNotKnownToSlack';
    const { code, stdout, stderr } = await runTs('src/main.ts', [], { env: cleanEnv({ SLACK_BOT_TOKEN: refused, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' }), timeoutMs: 30_000 });
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not start the Slack app.*invalid_auth/);
    expect(stdout + stderr).not.toContain(refused);
    expectNoSecret(stdout + stderr);
  }, 40_000);

  it('a configuration problem names the variable and never the value', async () => {
    const { code, stderr } = await runTs('src/main.ts', [], { env: cleanEnv({ SLACK_BOT_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET }) });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN does not look like a bot token');
    expectNoSecret(stderr);
  });
});
