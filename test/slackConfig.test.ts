import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/runtime/config.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './support/fakeSlack.ts';

function problems(env: Record<string, string>): string[] {
  const result = readConfig(env);
  return result.ok ? [] : result.problems;
}

describe('Slack configuration', () => {
  it('Socket Mode with an app token; no HTTP server unless PORT is set', () => {
    const result = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
    expect(result).toMatchObject({ ok: true, config: { slack: { botToken: BOT_TOKEN, appToken: APP_TOKEN, signingSecret: null, apiUrl: null }, http: null, discord: null } });
    expect(readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, PORT: '8080' })).toMatchObject({ config: { http: { port: 8080, host: '0.0.0.0' } } });
  });

  it('HTTP mode with a signing secret, on PORT (default 3000) and HOST (default 0.0.0.0)', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET })).toMatchObject({ ok: true, config: { slack: { appToken: null, signingSecret: SIGNING_SECRET }, http: { port: 3000, host: '0.0.0.0' } } });
    expect(readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', HOST: '127.0.0.1' })).toMatchObject({ config: { http: { port: 0, host: '127.0.0.1' } } });
  });

  it('one clear message per problem, naming the variable, never the secret', () => {
    const found = problems({ SLACK_BOT_TOKEN: 'xoxp-user-token-not-a-bot-0123456789', SLACK_APP_TOKEN: 'xoxb-wrong-kind-0123456789', SLACK_API_URL: 'slack.com', PORT: 'eighty' });
    expect(found).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN does not look like a bot token \(it starts with xoxb-\)/),
      expect.stringMatching(/^SLACK_APP_TOKEN does not look like an app-level token/),
      expect.stringMatching(/^SLACK_API_URL must be an http\(s\) URL/),
      expect.stringMatching(/^PORT must be a port number/),
    ]);
    expect(found.join('\n')).not.toMatch(/xoxp-user-token|xoxb-wrong-kind/);
    expect(problems({ SLACK_BOT_TOKEN: BOT_TOKEN })).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET is not set: without SLACK_APP_TOKEN the Slack app runs in HTTP mode/)]);
    expect(problems({ SLACK_APP_TOKEN: APP_TOKEN })).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/)]);
  });

  it('Slack and Discord together', () => {
    const result = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.fakeTk.not-a-real-token-just-for-tests-0123', DISCORD_APPLICATION_ID: '100000000000000001' });
    expect(result.ok && result.config.slack && result.config.discord).toBeTruthy();
  });
});
