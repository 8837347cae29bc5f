import type { BotContext } from '../commands/types.ts';
import type { LoadedKnowledge } from '../knowledge/types.ts';
import { buildIndex, PassageSearch, passageTables } from '../search/passageSearch.ts';
import { TermIndex } from '../search/termIndex.ts';
import type { Snapshot } from './decode.ts';
import { encodeSnapshot } from './encode.ts';
import { reportWords } from '../search/reportWords.ts';
import type { SnapshotMeta, SnapshotPieces } from './format.ts';

/** Everything a command needs, from a snapshot: its knowledge and its index, read in place. */
export function contextOfSnapshot(snapshot: Snapshot): BotContext {
  const index = TermIndex.fromParts(snapshot.index, snapshot.textOf, snapshot.knowledge.passages.length);
  return { search: new PassageSearch(snapshot.knowledge, index, snapshot.tables), version: snapshot.meta.version };
}

/** A snapshot of knowledge loaded in this thread, with its index built. */
export function snapshotOf(knowledge: LoadedKnowledge, meta: SnapshotMeta): SnapshotPieces {
  // Read once: the index stems them, the snapshot keeps them for the threads that open it.
  const words = reportWords(knowledge);
  return encodeSnapshot(knowledge, buildIndex(knowledge, words).toParts(), passageTables(knowledge), meta, words);
}
