/**
 * Questions as a chat channel types them (issue 23): the wrapping read past, chat spellings read
 * as words, yes/no and gist questions answered with the passages that decide them, two questions
 * in one answered in two parts, a list's lead-in never a result, and the paragraph that carries
 * on a speaker's findings found among them. The unanswerable stay unanswered.
 */
import { describe, expect, it } from 'vitest';
import { unwrapChat } from '../src/commands/chatWrapping.ts';
import { interpret } from '../src/commands/interpret.ts';
import type { Answer, BotContext } from '../src/commands/types.ts';
import { answerJson } from '../src/console/json.ts';
import { renderText } from '../src/console/render.ts';
import { converse, turnAnswer } from '../src/conversation/converse.ts';
import path from 'node:path';
import { BUNDLED, FIXTURES, contextOf, resultsOf } from './support/context.ts';
import { answerText } from './support/answer.ts';

const ctx: BotContext = await contextOf(BUNDLED);
const top = (a: Answer) => resultsOf(a)[0];

describe('the chat wrapping', () => {
  it.each([
    ['hey bot, who said open source is ahead?', 'who said open source is ahead?'],
    ['<@123456789012345678> who compared xen to a car engine lol', 'who compared xen to a car engine'],
    ['@report-bot what did crosby say about kvm? thx', 'what did crosby say about kvm?'],
    ['hi there! what did crosby say about kvm?? 🙏', 'what did crosby say about kvm?'],
    ['yo who talked about the glue layers pls', 'who talked about the glue layers'],
    ['ok so who was worried about fragmentation lol :)', 'who was worried about fragmentation'],
    ['wat did ppl say abt the exhibition w/ u', 'what did people say about the exhibition with you'],
    ['according to the analyst, what drives x86 virtualization?', 'what did the analyst say about drives x86 virtualization?'],
  ])('%s → %s', (typed, question) => {
    expect(unwrapChat(typed)).toBe(question);
  });

  it('never rewrites a word the report uses, and leaves a line that is all wrapping as typed', () => {
    expect(unwrapChat('who said u boats were coming', (w) => w === 'u')).toBe('who said u boats were coming');
    expect(unwrapChat('hey bot')).toBe('hey bot');
    // A handle the report uses is a name asked about; a mention of the bot, or of everyone, is not.
    const uses = (w: string) => ['pri', 'shaders', 'everyone'].includes(w);
    expect(unwrapChat('@report-bot what did @pri_shaders say about scope?', uses)).toBe('what did @pri_shaders say about scope?');
    expect(unwrapChat('@everyone who said scope?', uses)).toBe('who said scope?');
    expect(interpret('hey bot')).toMatchObject({ command: 'help' });
  });

  it('answers wrapped questions as the plain ones, and still refuses what the report does not hold', () => {
    for (const [wrapped, plain] of [
      ['yo who talked about the glue layers pls', 'who talked about the glue layers'],
      ['hi there! what did crosby say about kvm? thx', 'what did crosby say about kvm?'],
    ] as const) {
      expect(top(answerText(ctx, wrapped))?.passage.id).toBe(top(answerText(ctx, plain))?.passage.id);
    }
    for (const q of ['lol who won the world cup', 'hey bot whats a good pasta recipe', 'did anyone talk about bitcoin mining rigs?']) {
      expect(answerText(ctx, q).kind, q).toBe('none');
    }
  });
});

describe('questions that ask whether, or for the gist', () => {
  it('"is xen dead?": the report never says dead; the passages under "Xen: Alive and kicking" decide it', () => {
    const answer = answerText(ctx, 'is xen dead?');
    expect(answer.lead).toMatch(/never says “dead”/);
    expect(top(answer)?.passage.section).toBe('Xen: Alive and kicking');
  });

  it('a heading\'s words find its passages when the passages\' own words do not, below them and saying so', async () => {
    const answer = answerText(ctx, '/search alive and kicking');
    expect(resultsOf(answer).length).toBeGreaterThan(0);
    for (const r of resultsOf(answer)) expect(r.passage.section).toBe('Xen: Alive and kicking');
    expect(answer.kind === 'passages' && answer.note).toMatch(/section heading/);
    // Words a passage holds itself come first: no heading is searched then.
    expect(answer.kind === 'passages' && answerText(ctx, '/search kicked off').kind === 'passages' && (answerText(ctx, '/search kicked off') as { note?: string }).note).toBeFalsy();
    const interview = await contextOf(path.join(FIXTURES, 'interview'));
    for (const q of ['/search signal boxes run on steam', '/who-said signal boxes run on steam', 'do signal boxes run on steam?']) expect(answerText(interview, q).kind, q).toBe('none');
  });

  it('a yes/no question none of whose words the report uses finds nothing', () => {
    expect(answerText(ctx, 'is the pasta al dente?').kind).toBe('none');
  });

  it.each([
    ["what's the deal with KVM", /KVM/],
    ['any news on the ABI?', /ABI/],
    ['what happened with the hardware session', /hardware session/],
  ])('%s', (q, text) => {
    expect(top(answerText(ctx, q))?.passage.text).toMatch(text);
  });

  it('"any findings about mixing windows and linux vms?" is the findings', () => {
    const answer = answerText(ctx, 'any findings about mixing windows and linux vms on one box?');
    expect(answer.command).toBe('findings');
    expect(top(answer)?.passage.text).toContain('silos');
  });
});

describe('two questions in one', () => {
  it('answers each part, the second read against the first ("he")', () => {
    const answer = turnAnswer(converse(ctx, 'who is simon crosby and what did he say about microsoft?', null));
    expect(answer.kind).toBe('speaker');
    expect(answer.kind === 'speaker' && answer.card.summary.name).toBe('Simon Crosby');
    expect(answer.then && top(answer.then)?.speaker?.name).toBe('Simon Crosby');
    expect(answer.then && top(answer.then)?.passage.text).toContain('Microsoft');
    // Both parts reach the reader: in the terminal, and in --json.
    expect(renderText(answer)).toMatch(/Simon Crosby \(XenSource\): \d+ passages[\s\S]+Simon Crosby \(XenSource\) on “microsoft”/);
    expect(answerJson(answer)).toMatchObject({ command: 'speakers', then: { command: 'quotes' } });
  });

  it('leaves one question with an "and" in it whole', () => {
    const answer = turnAnswer(converse(ctx, 'who talked about windows and linux interop', null));
    expect(answer.then).toBeUndefined();
    expect(answer.kind).toBe('passages');
  });
});

describe('ranking that reads the question', () => {
  it('never gives a list\'s lead-in line as a result: its findings stand instead', () => {
    for (const q of ["what were iams' findings on consolidation", '/search key findings he presented', '/who-said iams findings']) {
      const answer = answerText(ctx, q);
      for (const r of resultsOf(answer)) expect(r.passage.text, q).not.toBe('The key findings he presented:');
      expect(resultsOf(answer).length, q).toBeGreaterThan(0);
    }
    expect(top(answerText(ctx, "what were iams' findings on consolidation"))?.passage.text).toMatch(/consolidation/i);
  });

  it('a sentence that carries what was said beats one that only introduces the speaker', () => {
    const answer = answerText(ctx, 'what did the microsoft guy announce');
    expect(top(answer)?.passage.text).toMatch(/^The big news: Microsoft is publishing a public ABI/);
    expect(resultsOf(answer).at(-1)?.passage.text).toMatch(/given by Sam Ramji of Microsoft/);
    // Someone whose only passage introduces them still has it.
    expect(top(answerText(ctx, '/quotes Sam Ramji'))?.passage.text).toMatch(/given by Sam Ramji/);
  });

  it('/findings storage: the paragraph that goes on about "these users" is among Iams\' findings, as reported', () => {
    const answer = answerText(ctx, '/findings storage');
    expect(top(answer)?.passage.text).toContain('not moving to true storage virtualization');
    expect(top(answer)?.label).toBe('Tony Iams (analyst), as reported by the author, Bernard Golden');
  });
});

describe('unwrapping a message of any length', () => {
  // A closing pattern that let "!" be both a separator and a word took 1.3 s on 26 of them, and
  // four times as long for each two more: this test would then run out of its time.
  it('reads runs of marks and long messages in bounded time, and keeps their meaning', { timeout: 2_000 }, () => {
    expect(unwrapChat(`who said ${'!'.repeat(60)}x`)).toBe(`who said ${'!'.repeat(60)}x`);
    // Closing marks are read near the end only: a message of 40,000 characters keeps its start.
    expect(unwrapChat(`who said xen is dead${' !'.repeat(20_000)}`).startsWith('who said xen is dead !')).toBe(true);
    expect(unwrapChat(`who said xen is dead${'!'.repeat(40_000)}x`).length).toBe(40_021);
    expect(unwrapChat('who said xen is dead?! thanks lol')).toBe('who said xen is dead?');
  });
});
