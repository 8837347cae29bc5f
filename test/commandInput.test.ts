import { describe, expect, it } from 'vitest';
import { COMMANDS, refOf } from '../src/commands/registry.ts';
import { defineCommand, type Answer } from '../src/commands/types.ts';

/**
 * Each command's input is keyed by its own option names, and the compiler holds parseText and
 * run to them. The `@ts-expect-error` lines are the test: `npm test` runs tsc over test/, and
 * tsc fails when the line under one of them compiles (a misspelt key accepted again).
 */
const nothing = (query: string): Answer => ({ kind: 'none', command: 'demo', query, lead: '', suggestions: [] });
const option = <const Name extends string>(name: Name) => ({ name, description: name, required: false, maxLength: 100 });

describe("a command's typed input", () => {
  it('takes from parseText only the names of its options', () => {
    const demo = defineCommand({
      name: 'demo',
      description: 'A command with two options.',
      options: [option('speaker'), option('topic')],
      example: '/demo Crosby about KVM',
      parseText(rest) {
        const [speaker, topic] = rest.split(' about ', 2);
        return { speaker, topic };
      },
      run: (_ctx, input) => nothing(`${input.speaker} ${input.topic}`),
    });
    const misspelt = defineCommand({
      name: 'demo',
      description: 'The same, with a misspelt key in parseText.',
      options: [option('speaker'), option('topic')],
      example: '/demo Crosby about KVM',
      // @ts-expect-error "topc" is none of its options: refOf would drop the topic without a word.
      parseText: (rest) => ({ speaker: rest, topc: rest }),
      run: (_ctx, input) => nothing(`${input.speaker}`),
    });
    const noOptions = defineCommand({
      name: 'demo',
      description: 'A command without options returns none.',
      options: [],
      example: '/demo',
      // @ts-expect-error a command without options has no "text" (it is not taken as an option either).
      parseText: (rest) => ({ text: rest }),
      run: () => nothing(''),
    });
    // What the compiler stops is what refOf would lose at run time.
    expect(refOf(demo, demo.parseText('Crosby about KVM')).input).toEqual({ speaker: 'Crosby', topic: 'KVM' });
    expect(refOf(misspelt, misspelt.parseText('Crosby')).input).toEqual({ speaker: 'Crosby' });
    expect(refOf(noOptions, noOptions.parseText('anything')).input).toEqual({});
  });

  it('lets run read its options and hidden values, and no other name', () => {
    const demo = defineCommand({
      name: 'demo',
      description: 'A command with a hidden value.',
      options: [option('text')],
      hidden: ['decide'],
      example: '/demo words',
      parseText: (rest) => ({ text: rest }),
      run(_ctx, input) {
        // @ts-expect-error "txet" is neither an option nor a hidden value.
        return nothing(`${input.text} ${input.decide} ${input.txet}`);
      },
    });
    expect(demo.hidden).toEqual(['decide']);
  });

  it("holds every registered command's parseText to its options", () => {
    for (const command of COMMANDS) {
      const names = new Set<string>(command.options.map((o) => o.name));
      const parsed = command.parseText('Simon Crosby about KVM');
      expect(Object.keys(parsed).filter((key) => !names.has(key)), command.name).toEqual([]);
    }
  });
});
