/**
 * Network trouble, against the fake Discord and the real discord.js client: dropped gateway
 * connections, invalid sessions, rate limits, server errors, network errors and late answers.
 * After each, the bot must still answer the next interaction. A fault the bot did not handle
 * would surface as an unhandled rejection, which fails the run.
 */
import { describe, expect, it } from 'vitest';
import { useFakeDiscordWithBot } from './support/bot.ts';
import { GUILD_ID, user, type RestCall, type RestFault } from './support/fakeDiscord.ts';
import { slashCommand } from './support/payloads.ts';
import { until } from './support/wait.ts';

const ALICE = user('600000000000000006', 'alice');

const env = useFakeDiscordWithBot();

/** Dispatches until the bot answers (it may still be reconnecting) and returns the answer. */
async function answered(text = 'glue layers GPL'): Promise<RestCall> {
  const payload = slashCommand('who-said', { text }, ALICE, { guildId: GUILD_ID });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (env.fake.shards.length > 0) {
      try {
        env.fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
        return await env.fake.callbackOf(payload.id, 300);
      } catch {
        // not connected yet, or the event went to a connection that was closing
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot never answered');
}

function faultFor(interactionId: string, make: (call: RestCall) => ReturnType<RestFault>): RestFault {
  return (call) => (call.path.includes(`/interactions/${interactionId}/`) ? make(call) : null);
}

async function withFault<T>(fault: RestFault, body: () => Promise<T>): Promise<T> {
  env.fake.faults.push(fault);
  try {
    return await body();
  } finally {
    env.fake.faults.splice(env.fake.faults.indexOf(fault), 1);
  }
}

const identifies = () => env.fake.gatewayLog.filter((g) => g.op === 2).length;
const resumes = () => env.fake.gatewayLog.filter((g) => g.op === 6).length;

describe('gateway faults', () => {
  it.each([1006, 4000])('reconnects and resumes after the connection closes with %i', async (code) => {
    const before = resumes() + identifies();
    // Only this case's log lines: the first case's lines must not pass the second.
    const linesBefore = env.running.logs.length;
    env.fake.drop(code);
    await until(() => resumes() + identifies() > before, 15_000);
    expect((await answered()).body).toMatchObject({ type: 4 });
    expect(env.running.logs.slice(linesBefore).join('\n')).toMatch(/gateway (reconnecting|resumed|disconnected)/);
  });

  it('identifies again after an invalid session (op 9)', async () => {
    const before = identifies();
    env.fake.sendOp(9, false);
    await until(() => identifies() > before, 20_000);
    expect((await answered()).body).toMatchObject({ type: 4 });
  }, 30_000);
});

describe('REST faults', () => {
  it('waits out a 429 and retries the reply', async () => {
    const payload = slashCommand('who-said', { text: 'silos' }, ALICE, { guildId: GUILD_ID });
    let limited = 0;
    const fault = faultFor(payload.id, () =>
      limited++ === 0 ? { status: 429, headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false } } : null,
    );
    await withFault(fault, async () => {
      env.fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
      await until(() => (env.fake.callbackCount.get(payload.id) ?? 0) === 1);
    });
    const attempts = env.fake.calls.filter((c) => c.path.includes(`/interactions/${payload.id}/`));
    expect(attempts).toHaveLength(2);
    expect((attempts[1] as RestCall).at - (attempts[0] as RestCall).at).toBeGreaterThanOrEqual(250);
  });

  it.each([
    ['a 500 on every attempt', () => ({ status: 500, body: { message: 'Internal Server Error', code: 0 } })],
    ['a network error', () => ({ status: 0, destroy: true })],
    ['10062 Unknown interaction (answered too late)', () => ({ status: 404, body: { message: 'Unknown interaction', code: 10062 } })],
  ])('logs %s on the reply, keeps env.running and answers the next one', async (_name, make) => {
    const payload = slashCommand('who-said', { text: 'Opteron dual-core' }, ALICE, { guildId: GUILD_ID });
    const logsBefore = env.running.logs.length;
    await withFault(faultFor(payload.id, make), async () => {
      env.fake.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
      await until(() => env.running.logs.slice(logsBefore).some((l) => l.includes('could not send the apology')), 30_000);
    });
    const logged = env.running.logs.slice(logsBefore).join('\n');
    expect(logged).toMatch(/ERROR interaction failed .*"interaction":"\d+"/);
    expect(logged).toContain(`"user":"${ALICE.id}"`);
    expect((await answered('open source is ahead')).body).toMatchObject({ type: 4 });
  }, 40_000);
});
