import { examplesFor } from './examples.ts';
import { DEFAULT_LANGUAGE, languageByCode, type Language } from '../language/index.ts';
import { defineCommand, type CommandSpec } from './types.ts';

/** How a command is typed, under the names a client in `language` shows (English's own otherwise). */
export function usage(spec: CommandSpec, language: Language = DEFAULT_LANGUAGE): string {
  const local = language.commands[spec.name];
  const options = spec.options.map((o) => {
    const name = local?.options?.[o.name]?.name ?? o.name;
    return o.required ? `<${name}>` : `[${name}]`;
  });
  return [`/${local?.name ?? spec.name}`, ...options].join(' ');
}

/** An example under the command's name in `language`: "/qui-a-dit …" for a French asker. */
function localExample(example: string, command: string, language: Language): string {
  const local = language.commands[command]?.name;
  return local && example.startsWith(`/${command}`) ? `/${local}${example.slice(command.length + 1)}` : example;
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
      const language = languageByCode(input.lang) ?? DEFAULT_LANGUAGE;
      return {
        kind: 'help',
        command: 'help',
        query: '',
        lead: language.replies.help,
        commands: all().map((spec) => ({ usage: usage(spec, language), description: language.commands[spec.name]?.description ?? spec.description, example: localExample(examples.commands[spec.name] ?? spec.example, spec.name, language) })),
        freeText: examples.freeText,
      };
    },
  });
}
