import type { CommandSpec } from './types.ts';

/** Free text the bot understands in the terminal and in DMs, with the command each becomes. */
export const FREE_TEXT_EXAMPLES = [
  'who said Xen is not a product?',
  'what did Crosby say about KVM?',
  'findings about consolidation',
  'anything else searches the report',
];

export function usage(spec: CommandSpec): string {
  const options = spec.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [`/${spec.name}`, ...options].join(' ');
}

/** Help is built from the other commands' own definitions, so it cannot fall out of date. */
export function makeHelp(all: () => CommandSpec[]): CommandSpec {
  return {
    name: 'help',
    description: 'What I can answer, with an example of each command.',
    options: [],
    example: '/help',
    parseText: () => ({}),
    run() {
      return {
        kind: 'help',
        command: 'help',
        query: '',
        lead: 'I answer questions about the report: who said what, its findings, and its speakers.',
        commands: all().map((spec) => ({ usage: usage(spec), description: spec.description, example: spec.example })),
        freeText: FREE_TEXT_EXAMPLES,
      };
    },
  };
}
