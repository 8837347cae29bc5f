import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { AnswerRef } from '../src/commands/answerRef.ts';
import { COMMANDS } from '../src/commands/registry.ts';
import { parseValue, pageValue, shareValue } from '../src/slack/actionValues.ts';
import { renderPage } from '../src/slack/answerBlocks.ts';
import { LIMITS } from '../src/slack/limits.ts';
import { answerMessage } from '../src/slack/message.ts';
import { DEFAULT_RETRY, postToResponseUrl, webClientRetry } from '../src/slack/responseUrl.ts';
import { DEADLINE_MS } from '../src/base/shutdown.ts';
import { answerRetry } from '../src/slack/retries.ts';
import { escapeText, plainText, textWithin } from '../src/slack/safeText.ts';
import { boltLogger } from '../src/slack/boltLogger.ts';
import { createLogger } from '../src/base/logger.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { blockProblems } from './support/slackLimits.ts';
import { answerText } from './support/answer.ts';

describe('escaping', () => {
  it.each([
    ['<!channel> <!here> <!everyone>', /<!/],
    ['<@U0123ABCD> <#C0123|general>', /<[@#]/],
    ['@channel @here @everyone', /@(channel|here|everyone)/],
    ['<https://evil.example|click me>', /<http/],
    ['AT&T', /&(?!amp;)/],
  ])('%s', (text, forbidden) => {
    expect(escapeText(text)).not.toMatch(forbidden);
  });

  it('reads Slack-encoded text as the words typed', () => {
    expect(plainText('&lt;b&gt; &amp; <@U0123|bob> <@U0456> <#C0789|general> <!here> <https://x.example|the site> <https://y.example>')).toBe(
      '<b> & @bob @someone #general @here the site https://y.example',
    );
  });

  it('cuts at a word boundary with the escapes counted', () => {
    const cut = textWithin('a&b '.repeat(1000), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/a&amp;b…$/);
  });
});

describe('button values', () => {
  it('carry the command, its options, the page and the owner', () => {
    const ref: AnswerRef = { command: 'quotes', input: { speaker: 'Tony Iams', topic: 'storage' } };
    expect(parseValue(pageValue(2, 'U00000ALICE', ref))).toEqual({ kind: 'page', page: 2, owner: 'U00000ALICE', ref });
    expect(parseValue(shareValue(1, ref))).toEqual({ kind: 'share', page: 1, ref });
  });

  it('keep the first words of a query too long for 2,000 characters, and nothing in memory', () => {
    const long = Array.from({ length: 1200 }, (_, i) => `word${i}`).join(' ');
    const value = pageValue(0, 'U00000ALICE', { command: 'search', input: { text: long } });
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    const parsed = parseValue(value);
    const text = (parsed?.ref?.command === 'search' && parsed.ref.input.text) || '';
    expect(long.startsWith(text)).toBe(true);
    expect(text.split(' ').length).toBeGreaterThan(150);
    expect(text).toMatch(/word\d+$/);
  });

  it('reject what they did not make', () => {
    for (const junk of ['', 'noop|0', 'page|x|U1|search|a', 'page|-1|U1|search|a']) expect(parseValue(junk)).toBeNull();
    expect(parseValue('share|0|nosuchcommand')?.ref).toBeNull();
  });
});

describe('Block Kit rendering', () => {
  it('fits Block Kit for every command and page, even with a 6,000-character hostile query', async () => {
    const ctx = await contextOf(BUNDLED);
    const huge = '<!channel> @here &amp; *x* '.repeat(300).slice(0, 6000);
    const lines = [...COMMANDS.map((c) => c.example), `/search ${huge}`, `/who-said ${huge}`, `/quotes ${huge}`, `/quotes Crosby about ${huge}`, '/findings', '/speakers', '/about', '/help', '/nosuch'];
    for (const line of lines) {
      const answer = answerText(ctx, line);
      const pages = renderPage(answer).pages;
      for (let page = 0; page < pages; page++) {
        const message = answerMessage(answer, { command: answer.command, input: { text: huge } } as AnswerRef, { page, owner: 'U00000ALICE', shareable: true });
        expect(blockProblems(message), line.slice(0, 40)).toEqual([]);
        // Button values are never shown; everything else is.
        expect(JSON.stringify(message, (key, v: unknown) => (key === 'value' ? undefined : v))).not.toMatch(/<!|@here/);
      }
    }
  });

  it('the checker finds what Slack would refuse', () => {
    const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
    expect(blockProblems({ text: 'x', blocks: [section('x'.repeat(3001))] })).toEqual(['block 0 section text 3001 > 3000']);
    expect(blockProblems({ text: 'x', blocks: Array.from({ length: 51 }, () => section('x')) })).toEqual(['51 blocks > 50']);
    expect(blockProblems({ text: 'x', blocks: [section('')] })).toEqual(['block 0 section text is empty']);
  });

  it('pages a long list five passages at a time, with Previous only after the first page', async () => {
    const answer = answerText(await contextOf(BUNDLED), '/quotes Bernard Golden');
    const ref: AnswerRef = { command: 'quotes', input: { speaker: 'Bernard Golden' } };
    const first = answerMessage(answer, ref, { owner: 'U1' });
    const last = answerMessage(answer, ref, { page: 99, owner: 'U1' });
    const ids = (m: typeof first) => m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids(first)).toEqual(['answer.next', 'answer.vote_up', 'answer.vote_down']);
    expect(ids(last)).toEqual(['answer.previous', 'answer.vote_up', 'answer.vote_down']);
    expect(JSON.stringify(last)).toContain('Page 4 of 4');
  });
});

describe('retried events', () => {
  it.each([
    [undefined, undefined, true],
    [1, 'http_timeout', false],
    [2, 'unknown_error', false],
    [1, 'timeout', false],
    [1, 'http_error', true],
    [1, 'connection_failed', true],
  ])('retry %s (%s) answered: %s', (num, reason, answered) => {
    expect(answerRetry(num, reason)).toBe(answered);
  });
});

describe('response URLs', () => {
  async function server(statuses: { status: number; headers?: Record<string, string> }[]) {
    const seen: number[] = [];
    const http = createServer((req, res) => {
      req.resume();
      const next = statuses[seen.length] ?? { status: 200 };
      seen.push(next.status);
      res.writeHead(next.status, next.headers).end(next.status === 200 ? 'ok' : 'no');
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/r`, seen, close: () => new Promise((r) => http.close(r)) };
  }

  it("the Web API client's longest wait after a one-second Retry-After leaves a second of a stop's deadline", () => {
    const client = webClientRetry(DEFAULT_RETRY);
    // p-retry's first wait is minTimeout times a random factor from 1 to 2, after Retry-After.
    expect(1000 + client.minTimeout * (client.randomize ? 2 : 1)).toBeLessThanOrEqual(DEADLINE_MS - 1000);
    expect(client.retries).toBe(DEFAULT_RETRY.retries);
  });

  it('retry 429 after Retry-After and 5xx with back-off, then stop at a final answer', async () => {
    const s = await server([{ status: 429, headers: { 'retry-after': '0' } }, { status: 502 }]);
    await postToResponseUrl(s.url, { text: 'x' }, { retries: 3, minWaitMs: 1, maxWaitMs: 5 });
    expect(s.seen).toEqual([429, 502, 200]);
    const gone = await server([{ status: 404 }]);
    await expect(postToResponseUrl(gone.url, { text: 'x' }, { retries: 3, minWaitMs: 1, maxWaitMs: 5 })).rejects.toThrow(/404/);
    expect(gone.seen).toEqual([404]);
    const down = await server([{ status: 500 }, { status: 500 }, { status: 500 }]);
    await expect(postToResponseUrl(down.url, { text: 'x' }, { retries: 2, minWaitMs: 1, maxWaitMs: 5 })).rejects.toThrow(/500/);
    expect(down.seen).toEqual([500, 500, 500]);
    await Promise.all([s.close(), gone.close(), down.close()]);
  });
});

describe("Bolt's log lines", () => {
  it('go through the bot logger, secrets masked, errors as context', async () => {
    const { addSecret } = await import('../src/base/logger.ts');
    addSecret('xoxb-secret-token-in-a-log-line');
    const lines: string[] = [];
    const log = boltLogger(createLogger('debug', (l) => lines.push(l)), 'debug');
    log.warn('token', 'xoxb-secret-token-in-a-log-line', { n: 1 });
    log.error(new Error('boom'));
    expect(lines[0]).toMatch(/WARN {2}slack: token \[redacted\] \{"n":1\}$/);
    expect(lines[1]).toMatch(/ERROR slack: boom \{"error":\{"name":"Error","message":"boom"/);
    expect(log.getLevel()).toBe('debug');
  });
});
