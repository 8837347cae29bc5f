import { createHash } from 'node:crypto';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { LoadedKnowledge } from '../../src/knowledge/types.ts';
import type { BotContext } from '../../src/commands/types.ts';
import { finish } from '../../src/base/steps.ts';
import { decodeSnapshot } from '../../src/snapshot/decode.ts';
import { contextOfSnapshot, snapshotOf } from '../../src/snapshot/context.ts';
import { joinPieces } from '../../src/snapshot/encode.ts';

/**
 * Everything a command needs for knowledge loaded in this thread (tests and `npm run
 * pass-rates`; the bot loads through its knowledge worker). It goes through a snapshot,
 * as the running bot's knowledge does (built in a worker, or read from the cache), so that
 * every answer, in the tests too, comes from the one form the bot serves.
 */
export function contextFor(knowledge: LoadedKnowledge): BotContext {
  const hash = createHash('sha256');
  for (const p of knowledge.passages) hash.update(`${p.id}\u0000${p.text}\u0000`);
  const meta = { version: hash.digest('base64url').slice(0, 12), codeVersion: 'in-process', sources: [] };
  return contextOfSnapshot(finish(decodeSnapshot(joinPieces(snapshotOf(knowledge, meta)))));
}

/** Loads a knowledge folder and indexes it: everything a command needs. */
export async function loadContext(dir: string): Promise<BotContext> {
  return contextFor(await loadKnowledge(dir));
}
