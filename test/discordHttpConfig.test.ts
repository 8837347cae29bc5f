import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, readConfig } from '../src/runtime/config.ts';
import { APP_ID, TOKEN } from './support/fakeDiscord.ts';

const KEY = 'a'.repeat(64);

describe('Discord interactions configuration', () => {
  it('DISCORD_PUBLIC_KEY alone: interactions over HTTP on PORT (default 3000), no gateway', () => {
    expect(readConfig({ DISCORD_PUBLIC_KEY: KEY.toUpperCase() })).toMatchObject({
      ok: true,
      config: { discord: null, discordInteractions: { publicKey: KEY, cooldownSeconds: 10, cooldownBurst: 3 }, http: { port: 3000, host: '0.0.0.0' } },
    });
  });

  it('with DISCORD_TOKEN too: the gateway and the HTTP endpoint, with one cooldown setting', () => {
    const result = readConfig({ DISCORD_PUBLIC_KEY: KEY, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, COOLDOWN_SECONDS: '4', PORT: '8080' });
    expect(result).toMatchObject({ ok: true, config: { discord: { token: TOKEN, cooldownSeconds: 4 }, discordInteractions: { publicKey: KEY, cooldownSeconds: 4 }, http: { port: 8080 } } });
  });

  it('a key that is not 32 bytes of hex is named as the problem', () => {
    for (const key of ['abc', `${KEY}00`, 'g'.repeat(64)]) {
      expect(readConfig({ DISCORD_PUBLIC_KEY: key })).toEqual({ ok: false, problems: [expect.stringMatching(/^DISCORD_PUBLIC_KEY must be the 64 hexadecimal characters of the Public Key/)] });
    }
  });
});

describe('DISCORD_MESSAGE_CONTENT', () => {
  it('is off unless "on"; anything else is named as the problem', () => {
    const discord = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID };
    expect(readConfig(discord)).toMatchObject({ ok: true, config: { discord: { messageContent: false } } });
    expect(readConfig({ ...discord, DISCORD_MESSAGE_CONTENT: 'ON' })).toMatchObject({ ok: true, config: { discord: { messageContent: true } } });
    expect(readConfig({ ...discord, DISCORD_MESSAGE_CONTENT: 'off' })).toMatchObject({ ok: true, config: { discord: { messageContent: false } } });
    expect(readConfig({ ...discord, DISCORD_MESSAGE_CONTENT: 'yes' })).toEqual({ ok: false, problems: [expect.stringMatching(/^DISCORD_MESSAGE_CONTENT must be "on"/)] });
  });
});

describe('the saved index folder', () => {
  it('is .cache/report-bot unless KNOWLEDGE_CACHE_DIR names another, or "off"', () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { knowledgeCacheDir: DEFAULT_CACHE_DIR } });
    expect(readConfig({ KNOWLEDGE_CACHE_DIR: '/var/cache/report-bot' })).toMatchObject({ config: { knowledgeCacheDir: '/var/cache/report-bot' } });
    expect(readConfig({ KNOWLEDGE_CACHE_DIR: 'OFF' })).toMatchObject({ config: { knowledgeCacheDir: null } });
  });
});
