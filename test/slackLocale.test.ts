/**
 * Slack's user locale sets the language of the bot's own sentences: the real Bolt app against
 * the fake Slack on 127.0.0.1, in both modes. The report's text stays as written; a users.info
 * that fails or is slow leaves the answer in the question's language, never unanswered.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { UserLocales } from '../src/slack/userLocales.ts';
import { CHANNEL_ID, type SlackCall } from './support/fakeSlack.ts';
import { useSlack, type Mode } from './support/slack.ts';
import { channelMessage, directMessage, eventCallback, mention, slashCommand } from './support/slackPayloads.ts';

const FRENCH = 'U000FRENCH1';
const SPANISH = 'U00SPANISH1';
const REFUSED = 'U00REFUSED1';
const SLOW = 'U00000SLOW1';

interface Message {
  text?: string;
  thread_ts?: string;
  blocks?: { text?: { text: string }; elements?: { text?: string | { text: string } }[] }[];
}

function shown(message: Message): string {
  const parts = [message.text ?? ''];
  for (const b of message.blocks ?? []) {
    if (b.text) parts.push(b.text.text);
    for (const e of b.elements ?? []) parts.push(typeof e.text === 'string' ? e.text : (e.text?.text ?? ''));
  }
  return parts.join('\n');
}

const usersInfo = (calls: readonly SlackCall[], user: string) => calls.filter((c) => c.name === 'users.info' && c.body.user === user);

describe.each(['http', 'socket'] as Mode[])('Slack user locale in %s mode', (mode) => {
  const env = useSlack(mode);

  async function posted(event: Record<string, unknown>): Promise<Message> {
    const since = env.fake.calls.length;
    await env.event(eventCallback(event));
    const call = await env.fake.waitForCall((c) => c.name === 'chat.postMessage' && c.status === 200, 10_000, since);
    return call.body as Message;
  }

  it('a French-locale user asking in English words gets French sentences; the report is quoted as written', async () => {
    env.fake.locales.set(FRENCH, 'fr-FR');
    const delivery = await env.command(slashCommand('/who-said', 'glue layers GPL', FRENCH, env.fake.responseUrl()));
    const answer = delivery.body as Message;
    expect(answer.text).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
    expect(shown(answer)).toContain('*glue layers* as *GPL*');
    const asked = usersInfo(env.fake.calls, FRENCH);
    expect(asked).toHaveLength(1);
    expect(String(asked[0]?.body.include_locale)).toBe('true');

    expect((await posted(directMessage('who said glue layers GPL?', FRENCH))).text).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
    const question = mention('who said Xen is not a product?', FRENCH);
    const inThread = await posted(question);
    expect(inThread).toMatchObject({ thread_ts: question.ts, text: "Simon Crosby (XenSource) l'a dit." });
    const reply = await posted(channelMessage('who said glue layers GPL?', FRENCH, { thread_ts: question.ts, channel: CHANNEL_ID }));
    expect(reply.text).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
    // Remembered: one users.info for the four questions.
    expect(usersInfo(env.fake.calls, FRENCH)).toHaveLength(1);
  });

  it('a Spanish-locale user gets Spanish; an English one English', async () => {
    env.fake.locales.set(SPANISH, 'es-419');
    expect((await posted(directMessage('who said glue layers GPL?', SPANISH))).text).toBe('Tom Hanrahan (Microsoft Open Source Lab) lo dijo.');
    expect((await posted(directMessage('who said glue layers GPL?', 'U0000ENGLISH'))).text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
  });

  it('users.info refused: answered in the question’s language, and the failure logged', async () => {
    env.fake.locales.set(REFUSED, 'fr-FR');
    const refuse = (call: SlackCall) => (call.name === 'users.info' && call.body.user === REFUSED ? { status: 200, body: { ok: false, error: 'missing_scope' } } : null);
    env.fake.faults.push(refuse);
    try {
      const delivery = await env.command(slashCommand('/who-said', 'glue layers GPL', REFUSED, env.fake.responseUrl()));
      expect((delivery.body as Message).text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      expect((await posted(directMessage('qui a dit glue layers GPL ?', REFUSED))).text).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
      expect(env.running.logs.join('\n')).toMatch(/WARN +could not ask Slack for a user locale.*missing_scope/);
    } finally {
      env.fake.faults.splice(env.fake.faults.indexOf(refuse), 1);
    }
  });

  it('users.info slower than the wait: the answer goes out in the question’s language, one call for the person', async () => {
    env.fake.locales.set(SLOW, 'fr-FR');
    let asked = 0;
    const slow = (call: SlackCall) => (call.name === 'users.info' && call.body.user === SLOW && ++asked ? { status: 200, body: { ok: true, user: { id: SLOW, locale: 'fr-FR' } }, afterMs: 3_000 } : null);
    env.fake.faults.push(slow);
    try {
      const [first, second] = await Promise.all([posted(directMessage('who said glue layers GPL?', SLOW)), env.command(slashCommand('/who-said', 'glue layers GPL', SLOW, env.fake.responseUrl()))]);
      expect(first.text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      expect((second.body as Message).text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      expect(asked).toBe(1);
      // The late answer is kept: the next question is answered in French without asking again.
      await env.fake.waitForCall((c) => c.name === 'users.info' && c.body.user === SLOW, 10_000);
      expect((await posted(directMessage('who said glue layers GPL?', SLOW))).text).toBe("Tom Hanrahan (Microsoft Open Source Lab) l'a dit.");
      expect(asked).toBe(1);
    } finally {
      env.fake.faults.splice(env.fake.faults.indexOf(slow), 1);
    }
  });
});

describe('UserLocales', () => {
  /** A Web API client whose users.info answers from `locales`, counting the calls. */
  function client(locales: Record<string, string>) {
    const calls: string[] = [];
    const fake = { users: { info: async ({ user }: { user: string }) => (calls.push(user), { ok: true, user: { id: user, locale: locales[user] } }) } };
    return { calls, client: fake as unknown as AllMiddlewareArgs['client'] };
  }
  const quiet = createLogger('error', () => {});

  it('remembers a locale an hour, then asks again', async () => {
    let now = 0;
    const locales = new UserLocales(quiet, 800, () => now);
    const slack = client({ U1: 'fr-FR' });
    expect(await locales.of(slack.client, 'T', 'U1')).toBe('fr-FR');
    now += 59 * 60_000;
    expect(await locales.of(slack.client, 'T', 'U1')).toBe('fr-FR');
    expect(slack.calls).toEqual(['U1']);
    now += 2 * 60_000;
    await locales.of(slack.client, 'T', 'U1');
    expect(slack.calls).toEqual(['U1', 'U1']);
  });

  it('keeps at most 10,000 people, the oldest asked going first', async () => {
    const locales = new UserLocales(quiet);
    const slack = client({});
    for (let i = 0; i <= 10_000; i++) await locales.of(slack.client, 'T', `U${i}`);
    expect(slack.calls).toHaveLength(10_001);
    await locales.of(slack.client, 'T', 'U10000');
    await locales.of(slack.client, 'T', 'U1');
    expect(slack.calls).toHaveLength(10_001);
    await locales.of(slack.client, 'T', 'U0');
    expect(slack.calls.at(-1)).toBe('U0');
  });
});
