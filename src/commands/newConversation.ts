import { repliesFor } from './answers.ts';
import { defineCommand } from './types.ts';

/**
 * `/new`: the next message starts from nothing. The forgetting is the conversation's (it keeps
 * the memory); the command is here so that every platform lists and registers it as any other.
 */
export const newConversation = defineCommand({
  name: 'new',
  description: 'Start a new conversation: forget whom and what the last answers were about.',
  options: [],
  example: '/new',
  parseText: () => ({}),
  run(_ctx, input) {
    return { kind: 'none', command: 'new', query: '', lead: repliesFor(input).newConversation, suggestions: [] };
  },
});
