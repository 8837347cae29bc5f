/**
 * Follow-ups: a conversation remembers whom and what the last answer was about, so that "what
 * else did he say?", "and about Novell?", "who else said that?", "more", "why?", "who is he?"
 * and "what did the other one say?" answer as a person means them. Run on the bundled article
 * through the one function every platform calls, then through `ask --conversation`.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, BotContext } from '../src/commands/types.ts';
import { PassThrough, Writable } from 'node:stream';
import { runChat } from '../src/console/chat.ts';
import { converse, runInConversation, type ConversationSlot } from '../src/conversation/converse.ts';
import { ConversationStore } from '../src/conversation/store.ts';
import { BUNDLED, contextOf, resultsOf } from './support/context.ts';
import { runTs } from './support/run.ts';

const ctx: BotContext = await contextOf(BUNDLED);

/** Answers lines one after another in one conversation. */
function chat(...lines: string[]): Answer[] {
  const slot: ConversationSlot = { store: new ConversationStore(), key: 'test' };
  return lines.map((line) => converse(ctx, line, slot).answer);
}

const speakerOf = (a: Answer) => resultsOf(a)[0]?.speaker?.name ?? null;
const ids = (a: Answer) => resultsOf(a).map((r) => r.passage.id);

describe('follow-ups on the last answer', () => {
  it('"what else did he say?": another passage of the same speaker, none shown before', () => {
    const [first, more] = chat('/who-said glue layers GPL', 'what else did he say?') as [Answer, Answer];
    expect(speakerOf(first)).toBe('Tom Hanrahan');
    expect(more.lead).toMatch(/^Tom Hanrahan, more: /);
    expect(resultsOf(more).length).toBeGreaterThan(0);
    // Each passage is one in which Hanrahan speaks, and none is the one already shown.
    const his = new Set(ctx.search.passagesOf(resultsOf(first)[0]?.speaker?.id as string).map((p) => p.id));
    for (const id of ids(more)) expect(his.has(id), id).toBe(true);
    expect(ids(more)).not.toContain(ids(first)[0]);
  });

  it('"and about Novell?": the same speaker on a new topic, said in the answer', () => {
    const [, about] = chat('/who-said glue layers GPL', 'and about Novell?') as [Answer, Answer];
    expect(about.lead).toMatch(/^Tom Hanrahan .*“Novell”/);
    expect(resultsOf(about).every((r) => /Novell/.test(r.passage.text))).toBe(true);
  });

  it('"and about that?" after a question about "that" answers instead of recursing for ever', () => {
    const [, again] = chat('who talked about that?', 'and about that?') as [Answer, Answer];
    expect(again.lead).toEqual(expect.any(String));
    expect(again.lead).not.toMatch(/went wrong|sorry/i);
  });

  it('"who else said that?": the same topic from anyone but the last speaker', () => {
    const [, , others] = chat('/who-said glue layers GPL', 'and about Novell?', 'who else said that?') as [Answer, Answer, Answer];
    expect(others.lead).toMatch(/^Besides Tom Hanrahan, on “Novell”/);
    expect(resultsOf(others).length).toBeGreaterThan(0);
    for (const r of resultsOf(others)) expect(r.speaker?.name).not.toBe('Tom Hanrahan');
  });

  it('"more" pages on through the same question and says when there is nothing left', () => {
    const answers = chat('/search Xen', 'more', 'more', 'more', 'more', 'more', 'more', 'more', 'more', 'more');
    const seen = new Set<string>();
    for (const a of answers.slice(1)) {
      for (const id of ids(a).slice(0, 5)) {
        expect(seen.has(id), `${id} shown twice`).toBe(false);
        seen.add(id);
      }
    }
    expect(answers.at(-1)?.lead).toMatch(/Nothing more/);
  });

  it('"who is he?" is the last speaker\'s card; "why?" reads the words around the last answer', () => {
    const [first, who, why] = chat('who said open source is ahead of proprietary?', 'who is he?', 'why?') as [Answer, Answer, Answer];
    expect(speakerOf(first)).toBe('Simon Crosby');
    expect(who.kind === 'speaker' && who.card.summary.name).toBe('Simon Crosby');
    expect(why.lead).toMatch(/^Why, in the words around what Simon Crosby said/);
    const top = resultsOf(first)[0]?.passage;
    for (const r of resultsOf(why)) expect(r.passage.section).toBe(top?.section);
  });

  it('"what did the other one say?" is the second person of the last answer', () => {
    const [first, other] = chat('who talked about Microsoft?', 'what did the other one say?') as [Answer, Answer];
    const people = [...new Set(resultsOf(first).map((r) => r.speaker?.name ?? r.label))];
    expect(people.length).toBeGreaterThan(1);
    expect(other.kind).toBe('passages');
    expect(other.lead.startsWith(people[0] as string)).toBe(false);
  });

  it('"about that" is the conversation\'s topic; "what about Crosby?" is another person on it', () => {
    const [, that, crosby] = chat('who talked about KVM?', 'what did the author say about that?', 'what about Crosby?') as [Answer, Answer, Answer];
    expect(that.lead).toMatch(/“KVM”/);
    expect(resultsOf(that).every((r) => r.attribution === 'author' && /KVM/.test(r.passage.text))).toBe(true);
    expect(crosby.lead).toMatch(/^Simon Crosby .*“KVM”/);
    expect(speakerOf(crosby)).toBe('Simon Crosby');
  });

  it('a pronoun stands for the last speaker in a question of its own', () => {
    const [, said] = chat('who is Tony Iams?', 'what did he say about consolidation?') as [Answer, Answer];
    expect(speakerOf(said)).toBe('Tony Iams');
    expect(resultsOf(said)[0]?.passage.text).toMatch(/consolidat/i);
  });

  it('/new forgets; a follow-up with nothing before it says what to do, and a question of its own is untouched', () => {
    const [, fresh, lost] = chat('/who-said glue layers GPL', '/new', 'what else did he say?') as [Answer, Answer, Answer];
    expect(fresh.lead).toMatch(/^New conversation/);
    expect(lost.kind).toBe('none');
    expect(lost.lead).toMatch(/ask a question first/);
    const [, own] = chat('/who-said glue layers GPL', 'who said open source is ahead of proprietary?') as [Answer, Answer];
    expect(speakerOf(own)).toBe('Simon Crosby');
  });

  it('without a conversation every line stands alone', () => {
    expect(converse(ctx, 'what else did he say?', null).answer.lead).toMatch(/ask a question first/);
  });
});

describe('the conversation store', () => {
  it('forgets a conversation after 15 minutes without a message', () => {
    let now = 0;
    const store = new ConversationStore(undefined, undefined, () => now);
    const slot = { store, key: 'alice@general' };
    converse(ctx, '/who-said glue layers GPL', slot);
    now += 14 * 60_000;
    expect(converse(ctx, 'what else did he say?', slot).answer.lead).toMatch(/^Tom Hanrahan/);
    now += 15 * 60_000 + 1;
    expect(converse(ctx, 'what else did he say?', slot).answer.lead).toMatch(/ask a question first/);
  });

  it('keeps a conversation open after /new, and its 15 minutes run from the last message, answered or not', () => {
    let now = 0;
    const store = new ConversationStore(undefined, undefined, () => now);
    const slot = { store, key: 'alice@thread' };
    expect(store.active(slot.key)).toBe(false);
    converse(ctx, '/who-said glue layers GPL', slot);
    now += 10 * 60_000;
    // Nothing matches: what the conversation remembers stays, and it stays open.
    expect(converse(ctx, '/who-said blockchain will replace the hypervisor', slot).answer.kind).toBe('none');
    now += 10 * 60_000;
    expect(converse(ctx, 'what else did he say?', slot).answer.lead).toMatch(/^Tom Hanrahan/);
    converse(ctx, '/new', slot);
    expect(store.active(slot.key)).toBe(true);
    expect(store.get(slot.key)).toBeNull();
    now += 15 * 60_000 + 1;
    expect(store.active(slot.key)).toBe(false);
  });

  it('forgets a person\'s conversations in a place and its threads at once, no one else\'s', () => {
    const store = new ConversationStore();
    for (const key of ['slack:T:C:alice:C', 'slack:T:C:alice:1.2', 'slack:T:C:bob:C', 'slack:T:D:alice:D']) converse(ctx, '/who-said glue layers GPL', { store, key });
    store.forgetStartingWith('slack:T:C:alice:');
    expect(['slack:T:C:alice:C', 'slack:T:C:alice:1.2', 'slack:T:C:bob:C', 'slack:T:D:alice:D'].map((k) => store.get(k) !== null)).toEqual([false, false, true, true]);
    expect(store.active('slack:T:C:alice:1.2')).toBe(true);
  });

  it('keeps people and places apart, and holds a bounded number of conversations', () => {
    const store = new ConversationStore(undefined, 3);
    converse(ctx, '/who-said glue layers GPL', { store, key: 'alice@general' });
    expect(converse(ctx, 'what else did he say?', { store, key: 'bob@general' }).answer.lead).toMatch(/ask a question first/);
    for (const key of ['a', 'b', 'c', 'd']) converse(ctx, '/who-said glue layers GPL', { store, key });
    expect(store.size).toBe(3);
    expect(store.get('alice@general')).toBeNull();
  });
});

describe('a command run as such (a slash command)', () => {
  it('is never a follow-up, but its answer is remembered for the next line; /new forgets', () => {
    const slot: ConversationSlot = { store: new ConversationStore(), key: 'discord:guild:channel:alice' };
    const asked = runInConversation(ctx, { command: 'who-said', input: { text: 'glue layers GPL' } }, slot);
    expect(speakerOf(asked.answer)).toBe('Tom Hanrahan');
    expect(converse(ctx, 'what else did he say?', slot).answer.lead).toMatch(/^Tom Hanrahan, more: /);
    // A slash command's text is what it says, even when it reads like a follow-up.
    expect(runInConversation(ctx, { command: 'search', input: { text: 'more' } }, slot).answer.lead).not.toMatch(/^Tom Hanrahan/);
    runInConversation(ctx, { command: 'new', input: {} }, slot);
    expect(converse(ctx, 'what else did he say?', slot).answer.lead).toMatch(/ask a question first/);
  });
});

describe('npm run ask', () => {
  it('reads each line on its own by default, and stdin as one conversation with --conversation', async () => {
    const input = '/who-said glue layers GPL\nwhat else did he say?\n';
    const alone = await runTs('src/ask.ts', ['--json'], { input });
    const together = await runTs('src/ask.ts', ['--json', '--conversation'], { input });
    const [, aloneMore] = alone.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const [, more] = together.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(aloneMore.results).toEqual([]);
    expect(more.lead).toMatch(/^Tom Hanrahan, more: /);
    expect(more.results[0].speaker.name).toBe('Tom Hanrahan');
  });
});

describe('the terminal chat', () => {
  it('stops reading questions while nobody reads its answers, and answers them all once someone does', async () => {
    const input = new PassThrough();
    let answered = 0;
    const held: (() => void)[] = [];
    let reading = false;
    // A reader that has stopped reading: each write waits until it is let go.
    const output = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        if (reading) callback();
        else held.push(() => callback());
      },
    });
    // Every answer the chat hands over, taken or not.
    const write = output.write.bind(output);
    output.write = ((chunk: string) => {
      answered++;
      return write(chunk);
    }) as typeof output.write;
    const done = runChat(() => ctx, { input, output });
    const LINES = 400;
    // One question a write, as a pipe delivers them; a full input buffer waits, as a writer into a pipe does.
    const feeding = (async () => {
      for (let i = 0; i < LINES; i++) if (!input.write(`/who-said glue layers GPL ${i}\n`)) await new Promise((resolve) => input.once('drain', resolve));
      input.end();
    })();
    // Until the questions stop being taken up: a chat that kept answering would take them all.
    let before = -1;
    while (answered !== before) {
      before = answered;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(answered).toBeLessThan(LINES / 4);
    reading = true;
    for (const release of held.splice(0)) release();
    await feeding;
    await done;
    expect(answered).toBe(LINES);
  });

  it('is one conversation: a follow-up reads against the line before it, /new forgets', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const done = runChat(() => ctx, { input, output });
    input.end('/who-said glue layers GPL\nand about Novell?\n/new\nwhat else did he say?\n');
    await done;
    // Each answer is a block; its first line is the lead.
    const leads = text.trim().split(/\n\n+/).map((block) => block.split('\n')[0]);
    expect(leads).toEqual([
      'Tom Hanrahan (Microsoft Open Source Lab) said it.',
      expect.stringMatching(/^Tom Hanrahan .*“Novell”/),
      expect.stringMatching(/^New conversation/),
      expect.stringMatching(/ask a question first/),
    ]);
  });
});
