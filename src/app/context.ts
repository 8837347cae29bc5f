import { loadKnowledge } from '../knowledge/load.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { PassageSearch } from '../search/passageSearch.ts';
import type { BotContext } from '../commands/types.ts';

export function contextFor(knowledge: Knowledge): BotContext {
  return { search: new PassageSearch(knowledge) };
}

/** Loads a knowledge folder and indexes it: everything a command needs. */
export async function loadContext(dir: string): Promise<BotContext> {
  return contextFor(await loadKnowledge(dir));
}
