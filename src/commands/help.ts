import { exampleIn, examplesFor } from './examples.ts';
import { DEFAULT_LANGUAGE, localCommand, type Language } from '../language/index.ts';
import { languageOf } from './answers.ts';
import { defineCommand, type CommandSpec } from './types.ts';

/** How a command is typed, under the names a client in `language` shows (English's own otherwise). */
export function usage(spec: CommandSpec, language: Language = DEFAULT_LANGUAGE): string {
  const local = localCommand(language, spec.name);
  const options = spec.options.map((o) => {
    const name = local?.options?.[o.name]?.name ?? o.name;
    return o.required ? `<${name}>` : `[${name}]`;
  });
  return [`/${local?.name ?? spec.name}`, ...options].join(' ');
}


/** Help is built from the other commands' own definitions, so it cannot fall out of date. */
export function makeHelp(all: () => readonly CommandSpec[]): CommandSpec<'help', never, never> {
  return defineCommand({
    name: 'help',
    description: 'What I can answer, with an example of each command.',
    options: [],
    example: '/help',
    parseText: () => ({}),
    run(ctx, input) {
      // Examples from the loaded reports: their people and topics, not the bundled report's.
      const examples = examplesFor(ctx);
      const language = languageOf(input);
      return {
        kind: 'help',
        command: 'help',
        query: '',
        lead: language.replies.help,
        commands: all().map((spec) => ({ usage: usage(spec, language), description: localCommand(language, spec.name)?.description ?? spec.description, example: exampleIn(examples.commands[spec.name] ?? spec.example, spec.name, language) })),
        freeText: examples.freeText(language.replies.examples),
      };
    },
  });
}
