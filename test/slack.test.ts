/**
 * End to end: the real Bolt app of the real bot against the fake Slack on 127.0.0.1, in both
 * modes. HTTP mode gets signed requests on the bot's own HTTP server; Socket Mode gets envelopes
 * over the fake's WebSocket. Each test checks the acknowledgements and the calls the app made:
 * bodies, blocks within Block Kit's limits, and no raw mention anywhere.
 */
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/base/logger.ts';
import { Feedback } from '../src/runtime/feedback.ts';
import { FileFeedbackStore } from '../src/runtime/feedbackFile.ts';
import { NOTICES } from '../src/commands/notices.ts';
import { WHO_SAID_THIS } from '../src/slack/interactions.ts';
import { BOT_ID, BOT_USER_ID, CHANNEL_ID, DM_CHANNEL_ID, TEAM_ID, type SlackCall } from './support/fakeSlack.ts';
import { useSlack, type Delivery, type Mode } from './support/slack.ts';
import { ALICE, BOB, buttonClick, channelMessage, directMessage, eventCallback, mention, messageShortcut, slashCommand, type Button } from './support/slackPayloads.ts';
import { blockProblems } from './support/slackLimits.ts';

const CAROL = 'U0000CAROL0';
const DAN = 'U00000DAN00';

interface Message {
  text?: string;
  blocks?: { type: string; text?: { text: string }; elements?: (Button & { text: { text: string } })[]; fields?: { text: string }[] }[];
  response_type?: string;
  replace_original?: boolean;
  delete_original?: boolean;
  thread_ts?: string;
  channel?: string;
}

/** Every piece of text a message shows, joined. */
function shown(message: Message): string {
  const parts = [message.text ?? ''];
  for (const b of message.blocks ?? []) {
    if (b.text) parts.push(b.text.text);
    for (const e of b.elements ?? []) parts.push(typeof e.text === 'string' ? e.text : (e.text?.text ?? ''));
    for (const f of b.fields ?? []) parts.push(f.text);
  }
  return parts.join('\n');
}

/** Every button of a message, 👍 and 👎 (`all`) or not. */
function buttons(message: Message, all = false): Button[] {
  return (message.blocks ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .filter((b) => all || !b.action_id.startsWith('answer.vote_'));
}

function button(message: Message, actionId: string): Button {
  const found = buttons(message, true).find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(message).slice(0, 300)}`);
  return found;
}

/** A message is safe when it fits Block Kit and holds no mention Slack would turn into a ping. */
function expectSafe(message: Message, where: string): void {
  expect(blockProblems(message), where).toEqual([]);
  const text = shown(message);
  expect(text, where).not.toMatch(/<[!@#]/);
  expect(text, where).not.toMatch(/@(?:channel|here|everyone)\b/);
}

describe.each(['http', 'socket'] as Mode[])('Slack app in %s mode', (mode) => {
  const feedbackFile = path.join(os.tmpdir(), `report-bot-slack-feedback-${mode}-${process.pid}`, 'feedback.jsonl');
  const env = useSlack(mode, new Feedback(new FileFeedbackStore(feedbackFile), createLogger('error', () => {}), { days: 30 }));
  afterAll(() => rm(path.dirname(feedbackFile), { recursive: true, force: true }));
  let seen = 0;

  afterEach(() => {
    for (const call of env.fake.calls.slice(seen)) if (call.body.blocks || call.body.text) expectSafe(call.body as Message, `${call.kind} ${call.name}`);
    seen = env.fake.calls.length;
  });

  async function command(name: string, text: string, user = ALICE): Promise<Message> {
    const delivery: Delivery = await env.command(slashCommand(name, text, user, env.fake.responseUrl()));
    expect(delivery.status).toBe(200);
    const answer = delivery.body as Message;
    expectSafe(answer, `${name} ${text}`);
    return answer;
  }

  /** Clicks a button and resolves with the response-URL calls it caused. */
  async function click(b: Button, user: string, ephemeral: boolean, calls = 1): Promise<SlackCall[]> {
    const url = env.fake.responseUrl();
    const id = url.split('/').pop() as string;
    const delivery = await env.interact(buttonClick(b, user, url, ephemeral));
    expect(delivery.status).toBe(200);
    await env.fake.waitForCall(() => env.fake.calls.filter((c) => c.kind === 'response' && c.name === id).length >= calls);
    return env.fake.calls.filter((c) => c.kind === 'response' && c.name === id);
  }

  async function postAfter(since: number, test: (call: SlackCall) => boolean = () => true): Promise<SlackCall> {
    return env.fake.waitForCall((c) => c.kind === 'api' && c.name === 'chat.postMessage' && c.status === 200 && test(c), 10_000, since);
  }

  describe('slash commands answer privately, with Share in channel', () => {
    it('/who-said names the speaker, the matched words in bold, with section and report', async () => {
      const answer = await command('/who-said', 'glue layers GPL');
      expect(answer.response_type).toBe('ephemeral');
      expect(answer.text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      const text = shown(answer);
      expect(text).toContain('*glue layers* as *GPL*');
      expect(text).toContain('*Tom Hanrahan (Microsoft Open Source Lab)* · Microsoft: No threat?, paragraph 13 · LinuxWorld and virtualization');
      expect(button(answer, 'answer.share').value).toBe('share|0|who-said|glue layers GPL');
    });

    it('/findings, /search, /quotes (speaker first), /speakers, /about, /summary and /help', async () => {
      expect((await command('/findings', 'high availability')).text).toBe('1 finding about “high availability”.');
      const search = await command('/search', 'consolidation ratios');
      expect(search.text).toBe('1 passage matches “consolidation ratios”.');
      expect(shown(search)).toContain('*Consolidation ratios*');
      expect((await command('/quotes', 'Crosbie about KVM')).text).toBe('Simon Crosby (XenSource) on “KVM”: 1 passage.');
      const speakers = shown(await command('/speakers', ''));
      expect(speakers).toContain('• *Tony Iams* (analyst): 8 passages');
      expect(speakers).toContain('the speaker at the session on virtualization and security (not named in the report)');
      const about = await command('/about', '');
      expect(about.text).toBe('I answer from 1 report, 33 passages in all.');
      expect(shown(about)).toContain('*Author*\nBernard Golden');
      const help = shown(await command('/help', ''));
      for (const name of ['/who-said', '/findings', '/search', '/quotes', '/speakers', '/about', '/summary', '/help']) expect(help).toContain(`*${name}*`);
      const summary = await command('/summary', '');
      expect(summary.text).toMatch(/^“LinuxWorld and virtualization: .*” by Bernard Golden: 7 sections, 6 speakers besides the author, 8 findings\.$/);
      expect(shown(summary)).toContain('• *Xen: Alive and kicking* — ');
    });

    it('/speakers with a name: who someone is, and the passage that introduces them', async () => {
      const card = await command('/speakers', 'Tony Iams');
      expect(card.text).toBe('Tony Iams (analyst): 8 passages in 1 report.');
      const text = shown(card);
      expect(text).toContain('*Named as*\nTony Iams, Iams, Tony');
      expect(text).toContain('Introduced here:');
      expect(text).toContain('I expected analyst *Tony Iams*');
    });

    it('nothing matched: a short answer with suggestions', async () => {
      const answer = await command('/who-said', 'blockchain will replace the hypervisor');
      expect(answer.text).toMatch(/^The report has nothing that matches/);
      expect(shown(answer)).toContain('`/search hypervisor`');
      expect(answer.blocks).toHaveLength(3);
    });

    it('a query with <!channel>, <!here> and a user mention pings nobody', async () => {
      // Slack sends typed angle brackets as entities and real mentions in angle brackets.
      const answer = await command('/search', '<!channel> <!here> <@U0123ABCD|bob> &lt;!everyone&gt; hypervisor');
      expect(shown(answer)).toContain('@\u200bchannel');
      expect(shown(answer)).toContain('&lt;!everyone&gt;');
    });
  });

  describe('buttons', () => {
    it('Next and Previous turn the asker\'s pages; anyone else gets a private notice', async () => {
      const first = await command('/findings', '');
      expect(shown(first)).toContain('Page 1 of 2');
      expect(buttons(first).map((b) => b.action_id)).toEqual(['answer.next', 'answer.share']);
      const [turned] = await click(button(first, 'answer.next'), ALICE, true);
      const page2 = turned?.body as Message;
      expect(page2.replace_original).toBe(true);
      expect(shown(page2)).toContain('Page 2 of 2');
      expect(shown(page2)).not.toEqual(shown(first));
      // Still private: it keeps Share in channel.
      expect(buttons(page2).map((b) => b.action_id)).toEqual(['answer.previous', 'answer.share']);
      const [back] = await click(button(page2, 'answer.previous'), ALICE, true);
      expect(shown(back?.body as Message)).toContain('Page 1 of 2');

      const [refused] = await click(button(first, 'answer.next'), BOB, false);
      expect(refused?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: NOTICES.notYourPages });
    });

    it('Share in channel posts the page for everyone, then removes the private copy', async () => {
      const first = await command('/quotes', 'Tony Iams');
      const [, page2] = await click(button(first, 'answer.next'), ALICE, true).then((calls) => [first, calls[0]?.body as Message]);
      const [shared, removed] = await click(button(page2 as Message, 'answer.share'), ALICE, true, 2);
      const post = shared?.body as Message;
      expect(post.response_type).toBe('in_channel');
      expect(post.replace_original).toBe(false);
      expect(shown(post)).toContain('Page 2 of 2');
      expect(buttons(post).map((b) => b.action_id)).toEqual(['answer.previous']);
      expect(removed?.body).toEqual({ delete_original: true });
      // In the channel, only the asker turns the pages.
      const [refused] = await click(button(post, 'answer.previous'), BOB, false);
      expect(refused?.body).toMatchObject({ response_type: 'ephemeral', text: NOTICES.notYourPages });
    });

    it('👍 and 👎 under passages: 👎 is thanked privately and recorded for the workspace, never who voted', async () => {
      const answer = await command('/who-said', 'glue layers GPL');
      expect(buttons(answer, true).slice(-2).map((b) => b.action_id)).toEqual(['answer.vote_up', 'answer.vote_down']);
      const [liked] = await click(button(answer, 'answer.vote_up'), BOB, true);
      expect(liked?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: NOTICES.votedThanks });
      const [thanks] = await click(button(answer, 'answer.vote_down'), BOB, true);
      expect(thanks?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: NOTICES.dislikedThanks });
      await command('/who-said', 'zebra crossings of Lisbon');
      let text = '';
      while (!text.includes('zebra crossings of Lisbon')) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        text = await readFile(feedbackFile, 'utf8').catch(() => '');
      }
      const entries = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
      const kept = entries.filter((e) => e.kind === 'disliked' || e.question === 'zebra crossings of Lisbon');
      expect(kept.map((e) => [e.place, e.kind, e.command, e.question])).toEqual([
        [`slack-${TEAM_ID}`, 'disliked', 'who-said', 'glue layers GPL'],
        [`slack-${TEAM_ID}`, 'unanswered', 'who-said', 'zebra crossings of Lisbon'],
      ]);
      expect(kept[0]?.passages).toEqual(expect.arrayContaining([expect.stringMatching(/#\d+$/)]));
      expect(text).not.toContain(BOB);
      expect(text).not.toContain(ALICE);
    });

    it('a failed response URL (5xx) is retried', async () => {
      const first = await command('/findings', '');
      let failures = 0;
      const fail = (call: SlackCall) => (call.kind === 'response' && failures++ < 1 ? { status: 503, body: 'busy' } : null);
      env.fake.faults.push(fail);
      try {
        const calls = await click(button(first, 'answer.next'), ALICE, true, 2);
        expect(calls.map((c) => c.status)).toEqual([503, 200]);
        expect(shown(calls[1]?.body as Message)).toContain('Page 2 of 2');
      } finally {
        env.fake.faults.splice(env.fake.faults.indexOf(fail), 1);
      }
    });
  });

  it('the message shortcut "Who said this?" attributes the message privately', async () => {
    const url = env.fake.responseUrl();
    await env.interact(messageShortcut(WHO_SAID_THIS, 'Xen is an open source project, not a product', ALICE, url));
    const call = await env.fake.waitForCall((c) => c.kind === 'response' && url.endsWith(`/${c.name}`));
    const answer = call.body as Message;
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe('Simon Crosby (XenSource) said it.');
    expect(buttons(answer).map((b) => b.action_id)).toEqual(['answer.share']);
  });

  it('in a DM every message is a question, answered in the conversation', async () => {
    const since = env.fake.calls.length;
    await env.event(eventCallback(directMessage('what did Crosby say about KVM?', ALICE)));
    const call = await postAfter(since);
    expect(call.body.channel).toBe(DM_CHANNEL_ID);
    expect(call.body.thread_ts).toBeUndefined();
    expect(call.body.text).toBe('Simon Crosby (XenSource) on “KVM”: 1 passage.');
  });

  it('"who is Crosby?" in a DM gets the speaker card', async () => {
    const since = env.fake.calls.length;
    await env.event(eventCallback(directMessage('who is Crosby?', ALICE)));
    const call = await postAfter(since);
    expect(call.body.text).toBe('Simon Crosby (XenSource): 3 passages in 1 report.');
    expect(shown(call.body as Message)).toContain('*Organisation*\nXenSource');
  });

  it('a mention in a channel is answered in its thread, the mention itself left out', async () => {
    const since = env.fake.calls.length;
    const event = mention('who said Xen is not a product?', ALICE);
    await env.event(eventCallback(event));
    const call = await postAfter(since);
    expect(call.body).toMatchObject({ channel: CHANNEL_ID, thread_ts: event.ts, text: 'Simon Crosby (XenSource) said it.' });
  });

  describe('follow-ups', () => {
    /** Sends events the app must not answer, then a DM it must: only that one is answered. */
    async function unanswered(events: Record<string, unknown>[]): Promise<void> {
      const since = env.fake.calls.length;
      for (const e of events) await env.event(eventCallback(e));
      await env.event(eventCallback(directMessage('help', DAN)));
      await postAfter(since, (c) => c.body.channel === DM_CHANNEL_ID);
      await new Promise((r) => setTimeout(r, 200));
      expect(env.fake.calls.slice(since).filter((c) => c.name === 'chat.postMessage').map((c) => c.body.channel)).toEqual([DM_CHANNEL_ID]);
    }

    async function answerTo(event: Record<string, unknown>): Promise<Message> {
      const since = env.fake.calls.length;
      await env.event(eventCallback(event));
      return (await postAfter(since)).body as Message;
    }

    it('answers a two-part question in two messages, the second read against the first', async () => {
      const since = env.fake.calls.length;
      await env.event(eventCallback(directMessage('who is simon crosby and what did he say about microsoft?', CAROL)));
      const card = (await postAfter(since)).body as Message;
      const said = (await postAfter(since, (c) => (c.body as Message).text !== card.text)).body as Message;
      expect(card.text).toMatch(/^Simon Crosby \(XenSource\): \d+ passages/);
      expect(said.text).toMatch(/^Simon Crosby \(XenSource\) on “microsoft”/);
    });

    it('in a DM, "what else did he say?" follows the answer before it', async () => {
      expect((await answerTo(directMessage('who said glue layers GPL?', CAROL))).text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      const more = await answerTo(directMessage('what else did he say?', CAROL));
      expect(more.channel).toBe(DM_CHANNEL_ID);
      expect(more.text).toMatch(/^Tom Hanrahan, more: /);
      expect(shown(more)).toContain('*Tom Hanrahan (Microsoft Open Source Lab)');
    });

    it('a reply in the thread of an answer continues without a mention; other threads and other people are not answered', async () => {
      const asked = mention('who said glue layers GPL?', CAROL);
      expect((await answerTo(asked)).thread_ts).toBe(asked.ts);
      const reply = await answerTo(channelMessage('and about Novell?', CAROL, { thread_ts: asked.ts }));
      expect(reply).toMatchObject({ channel: CHANNEL_ID, thread_ts: asked.ts });
      expect(reply.text).toMatch(/^Tom Hanrahan .*“Novell”/);
      expect((await answerTo(channelMessage('who else said that?', CAROL, { thread_ts: asked.ts }))).text).toMatch(/^Besides Tom Hanrahan, on “Novell”/);
      await unanswered([
        // A thread the app never answered in.
        channelMessage('what else did he say?', CAROL, { thread_ts: `${Math.floor(Date.now() / 1000) - 60}.000001` }),
        // Someone the app is not talking with, in that thread.
        channelMessage('what else did he say?', BOB, { thread_ts: asked.ts }),
        // The channel outside the thread.
        channelMessage('what else did he say?', CAROL),
        // A reply that mentions the app comes as app_mention too: answered there, once.
        channelMessage(`<@${BOT_USER_ID}> what else did he say?`, CAROL, { thread_ts: asked.ts }),
        // Its own answers in the thread.
        channelMessage('Tom Hanrahan, more:', BOT_USER_ID, { thread_ts: asked.ts, bot_id: BOT_ID }),
      ]);
    });

    it('a slash command is followed up by a mention in the channel; /new forgets, threads included', async () => {
      expect((await command('/who-said', 'glue layers GPL', DAN)).text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
      const asked = mention('what else did he say?', DAN);
      expect((await answerTo(asked)).text).toMatch(/^Tom Hanrahan, more: /);
      expect((await command('/new', '', DAN)).text).toMatch(/^New conversation/);
      // The thread of that answer goes on, remembering nothing.
      const lost = await answerTo(channelMessage('what else did he say?', DAN, { thread_ts: asked.ts }));
      expect(lost.thread_ts).toBe(asked.ts);
      expect(lost.text).toMatch(/ask a question first/);
    });
  });

  it('a retried event is answered once; a retry after a failed delivery is answered', async () => {
    const since = env.fake.calls.length;
    const body = eventCallback(directMessage('findings about consolidation', ALICE));
    await env.event(body);
    await postAfter(since);
    await env.event(body, { num: 1, reason: 'http_timeout' });
    await env.event(body, { num: 2, reason: 'unknown_error' });
    // A marker question after the retries: once it is answered, the retries were handled.
    await env.event(eventCallback(directMessage('who spoke?', ALICE)));
    await postAfter(since, (c) => String(c.body.text).startsWith('5 named speakers'));
    const posts = env.fake.calls.slice(since).filter((c) => c.name === 'chat.postMessage');
    expect(posts.map((c) => c.body.text)).toEqual([expect.stringMatching(/finding/), expect.stringMatching(/^5 named speakers/)]);

    const lost = eventCallback(directMessage('who spoke?', ALICE));
    const before = env.fake.calls.length;
    await env.event(lost, { num: 1, reason: 'http_error' });
    await postAfter(before);
  });

  it('ignores its own messages, edits and other bots', async () => {
    const since = env.fake.calls.length;
    await env.event(eventCallback(directMessage('who spoke?', BOT_USER_ID, { bot_id: BOT_ID })));
    await env.event(eventCallback(directMessage('who spoke?', 'U0OTHERBOT', { bot_id: 'B0OTHERBOT', subtype: 'bot_message' })));
    await env.event(eventCallback({ ...directMessage('', ALICE), subtype: 'message_changed', message: { text: 'who spoke?', user: ALICE } }));
    await env.event(eventCallback(mention('who spoke?', 'U0OTHERBOT', { bot_id: 'B0OTHERBOT' })));
    await env.event(eventCallback(directMessage('help', ALICE)));
    await postAfter(since);
    const posts = env.fake.calls.slice(since).filter((c) => c.name === 'chat.postMessage');
    expect(posts.map((c) => c.body.text)).toEqual([expect.stringMatching(/^I answer questions about the report/)]);
  });

  it('waits out a 429 with Retry-After, then answers', async () => {
    const since = env.fake.calls.length;
    let limited = 0;
    const rateLimit = (call: SlackCall) => (call.name === 'chat.postMessage' && limited++ < 1 ? { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } } : null);
    env.fake.faults.push(rateLimit);
    try {
      await env.event(eventCallback(directMessage('who said glue layers GPL', ALICE)));
      const answered = await postAfter(since);
      const posts = env.fake.calls.slice(since).filter((c) => c.name === 'chat.postMessage');
      expect(posts.map((c) => c.status)).toEqual([429, 200]);
      expect(answered.body.text).toBe('Tom Hanrahan (Microsoft Open Source Lab) said it.');
    } finally {
      env.fake.faults.splice(env.fake.faults.indexOf(rateLimit), 1);
    }
  });

  it('retries a 5xx from the Web API, then answers', async () => {
    const since = env.fake.calls.length;
    let failures = 0;
    const fail = (call: SlackCall) => (call.name === 'chat.postMessage' && failures++ < 2 ? { status: 503, body: 'upstream busy' } : null);
    env.fake.faults.push(fail);
    try {
      await env.event(eventCallback(directMessage('who spoke?', ALICE)));
      await postAfter(since);
      expect(env.fake.calls.slice(since).filter((c) => c.name === 'chat.postMessage').map((c) => c.status)).toEqual([503, 503, 200]);
    } finally {
      env.fake.faults.splice(env.fake.faults.indexOf(fail), 1);
    }
  });

  it('a failing answer gets a private apology, is logged with its context, and the app keeps answering', async () => {
    const since = env.fake.calls.length;
    const refuse = (call: SlackCall) => (call.name === 'chat.postMessage' ? { status: 200, body: { ok: false, error: 'channel_not_found' } } : null);
    env.fake.faults.push(refuse);
    try {
      await env.event(eventCallback(mention('who spoke?', ALICE)));
      const apology = await env.fake.waitForCall((c) => c.name === 'chat.postEphemeral', 10_000, since);
      expect(apology.body).toMatchObject({ channel: CHANNEL_ID, user: ALICE, text: NOTICES.apology });
      expect(env.running.logs.join('\n')).toMatch(/ERROR question failed \{"team":"T0000000001","channel":"C0000000001","user":"U00000ALICE".*channel_not_found/);
    } finally {
      env.fake.faults.splice(env.fake.faults.indexOf(refuse), 1);
    }
    const after = env.fake.calls.length;
    await env.event(eventCallback(directMessage('help', ALICE)));
    await postAfter(after);
  });
});
