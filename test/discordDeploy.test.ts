/**
 * deploy-commands and sharding, against the fake Discord: the real script and the real
 * ShardingManager in their own processes.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/registry.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { discordConfig } from './support/bot.ts';
import { APP_ID, FakeDiscord, GUILD_2_ID, GUILD_ID, TOKEN, user } from './support/fakeDiscord.ts';
import { slashCommand } from './support/payloads.ts';
import { ROOT } from './support/context.ts';
import { cleanEnv, runTs } from './support/run.ts';
import { limitProblems } from './support/discordLimits.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  await fake?.stop();
});

const discordEnv = (extra: Record<string, string> = {}) =>
  cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', ...extra });

describe('npm run deploy-commands', () => {
  it('PUTs every command to the development server, usable in servers, DMs and user installs', async () => {
    const since = fake.calls.length;
    const { code, stdout, stderr } = await runTs('src/deployCommands.ts', [], { env: discordEnv({ DISCORD_GUILD_ID: GUILD_ID }) });
    expect(code, stderr).toBe(0);
    // Every slash command, /report and the message menu.
    expect(stdout).toContain(`Registered ${COMMANDS.length + 2} commands in server ${GUILD_ID}`);
    const put = fake.calls.slice(since).find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    const body = put?.body as { name: string; type: number; contexts: number[]; integration_types: number[]; default_member_permissions?: string; options?: { name: string; type: number; autocomplete?: boolean; required?: boolean }[] }[];
    expect(body.map((c) => c.name)).toEqual(['who-said', 'findings', 'search', 'quotes', 'speakers', 'about', 'summary', 'new', 'help', 'report', 'Who said this?']);
    // A server's own reports: servers only, and Manage Server by default.
    expect(body.find((c) => c.name === 'report')).toMatchObject({ contexts: [0], integration_types: [0], default_member_permissions: '32' });
    for (const command of body.filter((c) => c.name !== 'report')) {
      expect(command.contexts).toEqual([0, 1, 2]);
      expect(command.integration_types).toEqual([0, 1]);
    }
    for (const command of body.filter((c) => c.type === 1 && c.name !== 'report')) expect(command.options?.find((o) => o.name === 'private')).toMatchObject({ type: 5 });
    expect(body.find((c) => c.name === 'who-said')?.options?.[0]).toMatchObject({ name: 'text', required: true, autocomplete: true });
    expect(body.find((c) => c.name === 'quotes')?.options?.map((o) => o.name)).toEqual(['speaker', 'topic', 'private']);
    expect(body.find((c) => c.name === 'summary')?.options?.[0]).toMatchObject({ name: 'report', required: false, autocomplete: true });
    expect(body.find((c) => c.name === 'Who said this?')?.type).toBe(3);
  });

  it('skips the call when nothing changed, and registers globally without a server id', async () => {
    const printed: string[] = [];
    const since = fake.calls.length;
    expect(await deployCommands(discordConfig(fake, { guildId: null }), (l) => printed.push(l))).toBe(0);
    expect(await deployCommands(discordConfig(fake, { guildId: null }), (l) => printed.push(l))).toBe(0);
    const puts = fake.calls.slice(since).filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([`/api/v10/applications/${APP_ID}/commands`]);
    expect(printed[0]).toMatch(new RegExp(`^Registered ${COMMANDS.length + 2} commands globally`));
    expect(printed.at(-1)).toMatch(/already up to date globally/);
  });
});

describe('sharding', () => {
  it('runs two shards under the ShardingManager, each answering its own servers', async () => {
    fake.shardCount = 2;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: discordEnv({ DISCORD_SHARDS: '2' }), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await fake.waitForShards(2, 30_000).catch((error: Error) => {
        throw new Error(`${error.message}\n${output}`);
      });
      const identified = fake.gatewayLog.filter((g) => g.op === 2).map((g) => (g.d as { shard: number[] }).shard);
      expect(identified).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
      // GUILD_ID is on shard 0, GUILD_2_ID on shard 1: each shard answers its own.
      for (const guildId of [GUILD_ID, GUILD_2_ID]) {
        const payload = slashCommand('who-said', { text: 'glue layers GPL' }, user('600000000000000006'), { guildId, channelId: guildId === GUILD_ID ? undefined : '300000000000000009' });
        // A shard is ready once its servers arrived; retry the dispatch until it is.
        let body: unknown;
        for (let attempt = 0; attempt < 20 && !body; attempt++) {
          fake.dispatch('INTERACTION_CREATE', payload, guildId);
          body = await fake.callbackOf(payload.id, 500).then((c) => c.body, () => undefined);
        }
        expect(body, output).toMatchObject({ type: 4, data: { content: 'Tom Hanrahan (Microsoft Open Source Lab) said it.', allowed_mentions: { parse: [] } } });
        expect(limitProblems((body as { data: Parameters<typeof limitProblems>[0] }).data)).toEqual([]);
      }
      expect(output).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fake.shardCount = 1;
    }
    expect(output).toMatch(/shard started.*"shard":0/);
    expect(output).toMatch(/shard started.*"shard":1/);
  }, 60_000);
});
