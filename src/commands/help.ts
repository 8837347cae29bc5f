import { examplesFor } from './examples.ts';
import { defineCommand, type CommandSpec } from './types.ts';

export function usage(spec: CommandSpec): string {
  const options = spec.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [`/${spec.name}`, ...options].join(' ');
}

/** Help is built from the other commands' own definitions, so it cannot fall out of date. */
export function makeHelp(all: () => readonly CommandSpec[]): CommandSpec<'help', never> {
  return defineCommand({
    name: 'help',
    description: 'What I can answer, with an example of each command.',
    options: [],
    example: '/help',
    parseText: () => ({}),
    run(ctx) {
      // Examples from the loaded reports: their people and topics, not the bundled report's.
      const examples = examplesFor(ctx);
      return {
        kind: 'help',
        command: 'help',
        query: '',
        lead: 'I answer questions about the report: who said what, its findings, and its speakers.',
        commands: all().map((spec) => ({ usage: usage(spec), description: spec.description, example: examples.commands[spec.name] ?? spec.example })),
        freeText: examples.freeText,
      };
    },
  });
}
