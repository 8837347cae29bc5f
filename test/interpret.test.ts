import { describe, expect, it } from 'vitest';
import { interpret } from '../src/commands/interpret.ts';

function parsed(line: string) {
  const result = interpret(line);
  return 'unknown' in result ? { unknown: result.unknown } : { command: result.command, input: result.input };
}

describe('understanding what a user typed', () => {
  it.each([
    ['/who-said open source is ahead', 'who-said', { text: 'open source is ahead' }],
    ['/who said open source is ahead', 'who-said', { text: 'open source is ahead' }],
    ['who said Xen is not a product?', 'who-said', { text: 'Xen is not a product' }],
    ['Who says that consolidation drives x86 virtualization', 'who-said', { text: 'consolidation drives x86 virtualization' }],
    ['what did Crosby say about KVM?', 'quotes', { speaker: 'Crosby', topic: 'KVM' }],
    ['What did the speaker say?', 'quotes', { speaker: 'the speaker', topic: undefined }],
    ['what did the chair say the young fishermen want?', 'quotes', { speaker: 'the chair', topic: 'the young fishermen want' }],
    ['what did the teacher who asked not to be named say?', 'quotes', { speaker: 'the teacher who asked not to be named', topic: undefined }],
    ['did any reviewer raise concerns about the energy use of training?', 'who-said', { text: 'about concerns about the energy use of training' }],
    ['findings about consolidation', 'findings', { topic: 'consolidation' }],
    ['what are the key findings?', 'findings', { topic: undefined }],
    ['what were the highlights of the year?', 'findings', { topic: undefined }],
    ['what actions were agreed?', 'findings', { topic: undefined }],
    ['what are the next steps on billing?', 'findings', { topic: 'billing' }],
    ['which recommendations were made about pay?', 'findings', { topic: 'pay' }],
    ['how did the vote turn out?', 'findings', { topic: undefined }],
    ['what was the result of the vote on the height limit?', 'findings', { topic: 'the height limit' }],
    ['did the motion pass?', 'findings', { topic: undefined }],
    ['/findings', 'findings', { topic: undefined }],
    ['/quotes Crosby about KVM', 'quotes', { speaker: 'Crosby', topic: 'KVM' }],
    ['/quotes speaker:Tony Iams topic:storage', 'quotes', { speaker: 'Tony Iams', topic: 'storage' }],
    ['help', 'help', {}],
    ['/HELP', 'help', {}],
    ['/speakers', 'speakers', {}],
    ['who spoke?', 'speakers', {}],
    ['/about', 'about', {}],
    ['hello', 'help', {}],
    ['thanks!', 'help', {}],
    ['hypervisor security', 'search', { text: 'hypervisor security' }],
    ['who tracked down the commit that caused the leak?', 'who-said', { text: 'tracked down the commit that caused the leak' }],
    ['Which critic thought the ending was too neat?', 'who-said', { text: 'thought the ending was too neat' }],
  ])('%s', (line, command, input) => {
    expect(parsed(line)).toEqual({ command, input });
  });

  it('reads 6,000 characters of white space in a question without backtracking for a minute', () => {
    const spaces = ' \t'.repeat(3000);
    expect(parsed(`what did ${spaces} say about ${spaces}`)).toHaveProperty('command');
    expect(parsed(`who said ${'x '.repeat(3000)}`)).toMatchObject({ command: 'search' });
  });

  it('reports an unknown command by name', () => {
    expect(parsed('/frobnicate now')).toEqual({ unknown: 'frobnicate' });
  });
});

describe('a speaker, then any verb', () => {
  it('reads "what did X <verb> …" as what X said, with the verb kept for the search', () => {
    const result = interpret('what did Ms. Farrow ask Pike about his signature?', (name) => name === 'Ms. Farrow');
    expect('unknown' in result ? result : { command: result.command, input: result.input }).toEqual({ command: 'quotes', input: { speaker: 'Ms. Farrow', topic: 'ask Pike about his signature' } });
  });
});

describe('what someone felt or thinks', () => {
  it.each([
    ["What was Halvorsen worried about with Loomwell's prices?", { speaker: 'Halvorsen', topic: "worried Loomwell's prices" }],
    ['what is the treasurer worried about?', { speaker: 'the treasurer', topic: 'worried' }],
    ["What's Halvorsen's take on grid connection queues?", { speaker: 'Halvorsen', topic: 'grid connection queues' }],
  ])('reads "%s" as what they said, the feeling and its object the topic', (line, input) => {
    const result = interpret(line, (name) => name === 'Halvorsen' || name === 'the treasurer');
    expect('unknown' in result ? result : { command: result.command, input: result.input }).toEqual({ command: 'quotes', input });
  });
});

describe('the report is never a speaker', () => {
  // Every name is a speaker here: only the rule that the report is none keeps "the article" out of /quotes.
  const everyone = (line: string) => {
    const result = interpret(line, () => true);
    return 'unknown' in result ? { unknown: result.unknown } : { command: result.command, input: result.input };
  };

  it.each([
    ['what does the article say about KVM?', 'search', { text: 'KVM' }],
    ['what does the article say?', 'summary', { report: undefined }],
    // Past the frames that name the report ("what does the article say …"): the rule in the quotes frame.
    ['what has the article said about KVM?', 'search', { text: 'KVM' }],
    ['what did the article predict for Xen?', 'search', { text: 'predict Xen' }],
    ['what has the report said?', 'summary', { report: undefined }],
    ['what did the report find about hardware?', 'findings', { topic: 'hardware', speaker: undefined }],
    ['what did the report discover about hardware?', 'findings', { topic: 'hardware', speaker: undefined }],
    ['what did the article learn?', 'findings', { topic: undefined, speaker: undefined }],
  ])('%s', (line, command, input) => {
    expect(everyone(line)).toEqual({ command, input });
  });
});

describe('a frame with alternatives', () => {
  it('holds the whole topic of each alternative, not its first letter: the anchors bind the alternatives as one', () => {
    expect(interpret("What's going on with the Cedar Hill pool?")).toEqual({ command: 'search', input: { text: 'the Cedar Hill pool' } });
    expect(interpret('what happened to the harbour bridge')).toEqual({ command: 'search', input: { text: 'the harbour bridge' } });
  });
});

describe('a speaker\'s findings with a word between', () => {
  it('reads "what were the chair\'s main takeaways?" as the chair\'s findings', () => {
    const result = interpret("What were the chair's main takeaways?", (name) => name === 'the chair');
    expect('unknown' in result ? result : { command: result.command, input: result.input }).toEqual({ command: 'findings', input: { speaker: 'the chair' } });
  });
});
