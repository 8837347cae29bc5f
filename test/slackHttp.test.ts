/**
 * HTTP mode on the bot's one HTTP server: Bolt's signature and timestamp checks, the routes
 * beside /slack/events, deferred initialisation, and buttons that outlive the app that made them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { NOTICES } from '../src/commands/notices.ts';
import { createSlackApp } from '../src/slack/app.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { FakeSlack } from './support/fakeSlack.ts';
import { postSigned, signature, startSlack, type RunningSlack } from './support/slack.ts';
import { ALICE, buttonClick, slashCommand } from './support/slackPayloads.ts';
import { ConversationStore } from '../src/conversation/store.ts';

let fake: FakeSlack;
let running: RunningSlack;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  running = await startSlack('http', fake, await contextOf(BUNDLED));
});
afterAll(async () => {
  await running?.stop();
  await fake?.stop();
});

const form = (command: string, text: string) => new URLSearchParams(slashCommand(command, text, ALICE, fake.responseUrl())).toString();
const FORM = 'application/x-www-form-urlencoded';

describe('request signing', () => {
  it('a correctly signed command is answered in the response', async () => {
    const { status, body } = await postSigned(running.url, form('/speakers', ''), FORM);
    expect(status).toBe(200);
    expect(body?.text).toBe('5 named speakers and 2 unnamed ones in 1 report.');
  });

  it('a bad signature gets 401 and no answer', async () => {
    const calls = fake.calls.length;
    const { status, body } = await postSigned(running.url, form('/speakers', ''), FORM, { secret: 'not-the-signing-secret' });
    expect(status).toBe(401);
    expect(body).toBeNull();
    expect(fake.calls.length).toBe(calls);
    expect(running.logs.join('\n')).toMatch(/WARN .*slack: request refused: invalid signature.*"route":"\/slack\/events"/);
  });

  it('a flood of bad signatures is logged as one line, as the Discord route logs it', async () => {
    const line = /WARN .*slack: request refused: invalid signature/;
    const before = running.logs.filter((l) => line.test(l)).length;
    for (let i = 0; i < 40; i++) expect((await postSigned(running.url, form('/speakers', String(i)), FORM, { secret: 'not-the-signing-secret' })).status).toBe(401);
    expect(running.logs.filter((l) => line.test(l)).length - before).toBeLessThanOrEqual(1);
  });

  it('a timestamp older than five minutes gets 401, even with a valid signature for it', async () => {
    const { status } = await postSigned(running.url, form('/speakers', ''), FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(status).toBe(401);
  });

  it('a body changed after signing gets 401', async () => {
    const body = form('/speakers', '');
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`${running.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) },
      body: body.replace('speakers', 'about'),
    });
    expect(response.status).toBe(401);
  });
});

describe('setting the Request URL in Slack', () => {
  it("answers Slack's url_verification challenge", async () => {
    const { status, body } = await postSigned(running.url, JSON.stringify({ token: 'x', type: 'url_verification', challenge: 'c3po-r2d2' }), 'application/json');
    expect(status).toBe(200);
    expect(body).toEqual({ challenge: 'c3po-r2d2' });
  });
});

describe('the one HTTP server', () => {
  it('answers GET /healthz with what is loaded', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, knowledge: 'loaded', reports: 1, passages: 33, problems: 0 });
  });

  it('answers 404 elsewhere and 405 to a wrong method', async () => {
    expect((await fetch(`${running.url}/nope`)).status).toBe(404);
    const wrong = await fetch(`${running.url}/slack/events`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('deferred initialisation', () => {
  it('checks the bot token once at start (auth.test), not per request', async () => {
    const checks = fake.calls.filter((c) => c.name === 'auth.test').length;
    expect(checks).toBe(1);
    await postSigned(running.url, form('/about', ''), FORM);
    expect(fake.calls.filter((c) => c.name === 'auth.test').length).toBe(checks);
  });

  it('a refused token fails the start with Slack\'s reason, and nothing is served', async () => {
    const slack = createSlackApp({ config: { botToken: 'xoxb-refused-token-0000', appToken: null, signingSecret: 'secret-0123456789', apiUrl: fake.apiUrl, reportAdmins: [] }, context: () => { throw new Error('not used'); }, logger: createLogger('error', () => {}), logLevel: 'error', conversations: new ConversationStore() });
    await expect(slack.start()).rejects.toThrow(/invalid_auth/);
  });
});

describe('a failing command', () => {
  it('answers the asker with a private apology in the acknowledgement and logs where it came from', async () => {
    const failing = await startSlack('http', fake, await contextOf(BUNDLED), () => {
      throw new Error('the index is on fire');
    });
    try {
      const { status, body } = await postSigned(failing.url, form('/who-said', 'glue layers'), FORM);
      expect(status).toBe(200);
      expect(body).toEqual({ response_type: 'ephemeral', text: NOTICES.apology, blocks: [] });
      expect(failing.logs.join('\n')).toMatch(/ERROR slash command failed \{"team":"T0000000001","channel":"C0000000001","user":"U00000ALICE","command":"\/who-said","error":\{"name":"Error","message":"the index is on fire"/);
    } finally {
      await failing.stop();
    }
  });
});

describe('stateless HTTP mode', () => {
  it('a page button made by one copy of the app is served by another (a restart, or a load balancer)', async () => {
    const { body } = await postSigned(running.url, form('/findings', ''), FORM);
    const next = (body?.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === 'answer.next');
    expect(next).toBeDefined();
    const other = await startSlack('http', fake, await contextOf(BUNDLED));
    try {
      const url = fake.responseUrl();
      const clicked = await postSigned(other.url, `payload=${encodeURIComponent(JSON.stringify(buttonClick(next as { action_id: string; value: string }, ALICE, url, true)))}`, FORM);
      expect(clicked.status).toBe(200);
      const call = await fake.waitForCall((c) => c.kind === 'response' && url.endsWith(`/${c.name}`));
      expect(JSON.stringify(call.body)).toContain('Page 2 of 2');
    } finally {
      await other.stop();
    }
  });
});
