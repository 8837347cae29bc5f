/**
 * Hostile input through the real discord.js client and the fake Discord: slash commands,
 * autocomplete and DM messages. Every interaction is answered, within Discord's limits,
 * with no live mention.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/discord/limits.ts';
import { useFakeDiscordWithBot } from './support/bot.ts';
import { GUILD_ID } from './support/fakeDiscord.ts';
import { LIVE_MENTION, hostileText } from './support/hostile.ts';
import { autocomplete, messagePayload, slashCommand } from './support/payloads.ts';
import { user } from './support/fakeDiscord.ts';
import { limitProblems } from './support/discordLimits.ts';

const RUNS = 300;
const ALICE = user('600000000000000006', 'alice');

const env = useFakeDiscordWithBot();

type Sent = { content?: string; embeds?: Parameters<typeof limitProblems>[0]['embeds']; allowed_mentions?: unknown; choices?: { name: string; value: string }[] };

function check(message: Sent): void {
  expect(limitProblems(message)).toEqual([]);
  if (message.choices) {
    expect(message.choices.length).toBeLessThanOrEqual(LIMITS.choices);
    for (const c of message.choices) expect(Math.max(c.name.length, c.value.length)).toBeLessThanOrEqual(100);
    return;
  }
  expect(message.allowed_mentions).toMatchObject({ parse: [] });
  expect((message.content ?? '').split('\nTry ')[0]).not.toMatch(LIVE_MENTION);
}

describe('hostile input through discord.js', () => {
  it(`slash commands and autocomplete, ${RUNS} cases`, async () => {
    const command = fc.constantFrom(['who-said', 'text'], ['search', 'text'], ['findings', 'topic'], ['quotes', 'speaker']);
    await fc.assert(
      fc.asyncProperty(command, hostileText, fc.boolean(), async ([name, option], text, complete) => {
        const payload = complete ? autocomplete(name, { [option]: text }, option, ALICE) : slashCommand(name, { [option]: text }, ALICE);
        env.fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
        const body = (await env.fake.callbackOf(payload.id)).body as { type: number; data: Sent };
        expect(body.type).toBe(complete ? 8 : 4);
        check(body.data);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`DM messages, ${RUNS} cases`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText.filter((t) => t.trim().length > 0), async (text) => {
        const since = env.fake.calls.length;
        env.fake.dispatch('MESSAGE_CREATE', messagePayload(text.slice(0, 4000), ALICE));
        const call = await env.fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith('/messages'), 5000, since);
        check(call.body as Sent);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
