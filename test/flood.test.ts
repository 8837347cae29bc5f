/**
 * Floods, against the fake Discord and the real discord.js client: a burst of 5,000
 * interactions from 500 users gets exactly one answer each (a reply or the cooldown notice),
 * memory returns to within 20% of where it started, and one user's flood does not stop the
 * others from being answered.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useFakeDiscordWithBot } from './support/bot.ts';
import { GUILD_ID, user, type FakeUser } from './support/fakeDiscord.ts';
import { slashCommand, type InteractionPayload } from './support/payloads.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const QUERIES = ['glue layers GPL', 'open source is ahead', 'silos', 'hypervisor attack', 'blockchain ledger'];

const env = useFakeDiscordWithBot({ cooldownSeconds: 60 });

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

interface Sent {
  payload: InteractionPayload;
  who: FakeUser;
}

/** Dispatches all at once, then waits for every answer; returns the answer bodies by id. */
async function burst(sent: Sent[]): Promise<Map<string, { type: number; data: { flags?: number; content?: string } }>> {
  for (const { payload } of sent) env.fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
  const answers = await Promise.all(sent.map(({ payload }) => env.fake.callbackOf(payload.id, 60_000)));
  return new Map(answers.map((call, i) => [(sent[i] as Sent).payload.id, call.body as { type: number; data: { flags?: number; content?: string } }]));
}

const isNotice = (body: { data: { flags?: number; content?: string } }) => body.data.flags === 64 && /please wait/.test(body.data.content ?? '');

describe('a flood', () => {
  it('of 5,000 interactions from 500 users: one answer each, memory back within 20%', async () => {
    const users = Array.from({ length: 500 }, (_, i) => user(String(700000000000000000n + BigInt(i))));
    // Warm up with other users (cooldowns are per user), then measure from a settled heap.
    await burst(Array.from({ length: 200 }, (_, i) => ({ who: user(String(800000000000000000n + BigInt(i))), payload: slashCommand('who-said', { text: QUERIES[i % QUERIES.length] as string }, user(String(800000000000000000n + BigInt(i))), { guildId: GUILD_ID }) })));
    env.fake.forget();
    const before = heapMB();

    // Ten rounds: each user asks once per round, so every user's first ask comes before its flood.
    const sent: Sent[] = [];
    for (let round = 0; round < 10; round++) {
      for (const who of users) sent.push({ who, payload: slashCommand('who-said', { text: QUERIES[(round + sent.length) % QUERIES.length] as string }, who, { guildId: GUILD_ID }) });
    }
    const started = performance.now();
    const answers = await burst(sent);
    const elapsed = performance.now() - started;

    expect(answers.size).toBe(5000);
    for (const { payload } of sent) expect(env.fake.callbackCount.get(payload.id), payload.id).toBe(1);
    const firstOf = new Set(sent.slice(0, 500).map((s) => s.payload.id));
    let replies = 0;
    let notices = 0;
    for (const { payload } of sent) {
      const body = answers.get(payload.id) as { type: number; data: { flags?: number; content?: string } };
      expect(body.type).toBe(4);
      if (isNotice(body)) notices++;
      else replies++;
      expect(isNotice(body), 'the first ask of each user is answered, later ones get the notice').toBe(!firstOf.has(payload.id));
    }
    expect({ replies, notices }).toEqual({ replies: 500, notices: 4500 });

    const total = sent.length;
    env.fake.forget();
    answers.clear();
    sent.length = 0;
    const after = heapMB();
    // The README's Reliability section quotes this line.
    console.info(`flood: ${total} interactions from 500 users in ${(elapsed / 1000).toFixed(1)} s, ${replies} replies + ${notices} cooldown notices, 0 lost; heap ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after`);
    expect(after, `heap ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after`).toBeLessThanOrEqual(before * 1.2);
  }, 120_000);

  it("from one user does not stop the others' answers", async () => {
    const flooder = user('900000000000000001');
    const others = Array.from({ length: 50 }, (_, i) => user(String(900000000000000100n + BigInt(i))));
    const sent: Sent[] = [];
    for (let i = 0; i < 1000; i++) {
      sent.push({ who: flooder, payload: slashCommand('search', { text: 'virtualization' }, flooder, { guildId: GUILD_ID }) });
      if (i % 20 === 0) {
        const who = others[i / 20] as FakeUser;
        sent.push({ who, payload: slashCommand('search', { text: 'virtualization' }, who, { guildId: GUILD_ID }) });
      }
    }
    const answers = await burst(sent);
    const ofFlooder = sent.filter((s) => s.who === flooder).map((s) => answers.get(s.payload.id)!);
    const ofOthers = sent.filter((s) => s.who !== flooder).map((s) => answers.get(s.payload.id)!);
    expect(ofFlooder.filter(isNotice)).toHaveLength(999);
    expect(ofOthers).toHaveLength(50);
    for (const body of ofOthers) {
      expect(isNotice(body)).toBe(false);
      expect(body.data.content).toMatch(/passages? match/);
    }
  }, 60_000);
});
