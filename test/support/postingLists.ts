import { encodePostings, Postings } from '../../src/search/postings.ts';

/** Posting lists over `size` documents, list `i` holding each document with chance `shares[i]`, with counts 1 to 255: drawn with `rand`. */
export function randomLists(rand: () => number, size: number, shares: number[]): { postings: Postings; lists: { docs: number[]; counts: number[] }[] } {
  const lists = shares.map((share) => {
    const docs: number[] = [];
    const counts: number[] = [];
    for (let doc = 0; doc < size; doc++) {
      if (rand() < share) {
        docs.push(doc);
        counts.push(1 + Math.floor(rand() * 255));
      }
    }
    return { docs, counts };
  });
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.docs.length));
  const postings = new Postings(encodePostings(offsets, Int32Array.from(lists.flatMap((l) => l.docs)), Uint8Array.from(lists.flatMap((l) => l.counts))), size);
  return { postings, lists };
}
