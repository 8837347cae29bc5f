import { rolePhrases } from '../knowledge/mentions.ts';
import { foldName } from '../knowledge/speakers.ts';
import type { Speaker } from '../knowledge/types.ts';

/** The speakers a name in a question stands for, and how it named them. */
export interface SpeakerMatch {
  speakers: { key: string; name: string }[];
  how: 'name' | 'organisation' | 'role' | 'description' | 'close spelling';
}

interface Entry {
  key: string;
  names: string[];
}

/** Words people put where a speaker's name would go that name nobody: "what does the article say". */
const NOBODY =
  /^(?:report|reports|article|story|piece|text|document|paper|post|blog|interview|transcript|minutes|meeting|panel|session|survey|study|book|it|this|that|they|them|anyone|anybody|everyone|everybody|someone|somebody|people|nobody|no one|you|we|us|i|me|he|she|him|her|one|whoever|bot|all|any|others?)$/;
const AUTHOR_WORDS = new Set(['writer', 'narrator', 'journalist', 'reporter']);

/**
 * Resolves a name typed in a question to speakers: a name, surname, first name or alias in any
 * case and with or without accents; an organisation, for all the people the report names for it;
 * a role ("the analyst", "the head of signalling", "the moderator"), for whoever has it; an
 * unnamed speaker's description; else the closest spelling.
 */
export function speakerQuery(speakers: Speaker[], entries: Entry[]) {
  const exact = new Map<string, Entry[]>();
  const put = (name: string, entry: Entry) => {
    const key = foldName(name).replace(/^(?:the|a|an)\s+/, '');
    const list = exact.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    exact.set(key, list);
  };
  for (const entry of entries) for (const name of entry.names) put(name, entry);
  const authors = entries.filter((e) => e.names.includes('author'));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const people = speakers.filter((s) => !s.isOrganisation);
  const result = (list: Entry[], how: SpeakerMatch['how']): SpeakerMatch => ({ speakers: list.map((e) => ({ key: e.key, name: e.names[0] as string })), how });

  return {
    resolve(text: string, fuzzy: (wanted: string, limit: number) => Entry[]): SpeakerMatch | null {
      const wanted = foldName(text)
        .replace(/^(?:the|a|an)\s+/, '')
        .replace(/['’]s?$/, '')
        .replace(/[?!.,;:]+$/, '')
        .trim();
      if (!wanted || NOBODY.test(wanted)) return null;
      const named = exact.get(wanted);
      if (named) return result(named, 'name');
      if (AUTHOR_WORDS.has(wanted) && authors.length) return result(authors, 'name');

      const words = new RegExp(`(?:^|\\s)${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`);
      const ofOrganisation = people.filter((s) => s.organisation && words.test(foldName(s.organisation)));
      const entriesOf = (list: Speaker[]) => list.map((s) => byKey.get(s.id)).filter((e): e is Entry => e !== undefined);
      if (ofOrganisation.length) return result(entriesOf(ofOrganisation), 'organisation');

      const withRole = people.filter((s) => rolePhrases(s).includes(wanted) || (s.role !== null && wanted.length >= 4 && words.test(foldName(s.role))));
      if (withRole.length) return result(entriesOf(withRole), 'role');

      const described = entries.filter((e) => e.key.startsWith('unnamed:') && words.test(foldName(e.key.slice('unnamed:'.length))));
      if (described.length) return result(described, 'description');

      const close = fuzzy(wanted, 1);
      return close.length ? result(close, 'close spelling') : null;
    },
  };
}
