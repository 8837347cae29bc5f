import { Recent } from './recent.ts';

/**
 * Posting lists, compressed: each list is the gaps between its documents, one to four bytes
 * each (a variable-length integer; a common word's gaps take one), and a byte per posting for
 * the word's count in the document. At 100,000 passages that is 12 MB instead of 28 MB as a
 * 4-byte document and a 1-byte count per posting, and a list still reads in one tight loop.
 *
 * Lists are cut into blocks of BLOCK postings, each with the document before it and where its
 * bytes start, so that looking one document up decodes at most one block.
 */
export const BLOCK = 128;
/** Gaps are read as integers of at most four 7-bit bytes. */
export const MAX_DOCUMENTS = 2 ** 28;

export interface PostingLists {
  /** List `id` holds postings `offsets[id]` to `offsets[id + 1]` (so its length is the word's document frequency). */
  offsets: Uint32Array;
  /** List `id`'s blocks are `blocks[id]` to `blocks[id + 1]` in the two arrays below. */
  blocks: Uint32Array;
  /** The document before each block's first one (-1 for a list's first block). */
  blockDoc: Int32Array;
  /** Where each block's bytes start in `bytes`. */
  blockByte: Uint32Array;
  bytes: Uint8Array;
  /** Each posting's count of its word (1 to 255), in the order of the postings. */
  counts: Uint8Array;
}

/** Compresses lists given as documents (ascending within each list) and counts (1 to 255), list after list; the counts are kept as they are. */
export function encodePostings(offsets: Uint32Array, docs: Int32Array, freqs: Uint8Array): PostingLists {
  const lists = offsets.length - 1;
  const blocks = new Uint32Array(lists + 1);
  for (let id = 0; id < lists; id++) blocks[id + 1] = (blocks[id] as number) + Math.ceil(((offsets[id + 1] as number) - (offsets[id] as number)) / BLOCK);
  const blockCount = blocks[lists] as number;
  const blockDoc = new Int32Array(blockCount);
  const blockByte = new Uint32Array(blockCount);
  let bytes = new Uint8Array(Math.max(16, docs.length * 2));
  let at = 0;
  const put = (value: number) => {
    if (at + 5 > bytes.length) {
      const grown = new Uint8Array(bytes.length * 2);
      grown.set(bytes);
      bytes = grown;
    }
    while (value >= 0x80) {
      bytes[at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    bytes[at++] = value;
  };
  for (let id = 0; id < lists; id++) {
    let previous = -1;
    for (let k = offsets[id] as number, n = 0; k < (offsets[id + 1] as number); k++, n++) {
      if (n % BLOCK === 0) {
        const block = (blocks[id] as number) + n / BLOCK;
        blockDoc[block] = previous;
        blockByte[block] = at;
      }
      const doc = docs[k] as number;
      if (doc >= MAX_DOCUMENTS) throw new RangeError(`an index holds at most ${MAX_DOCUMENTS} documents`);
      put(doc - previous);
      previous = doc;
    }
  }
  return { offsets, blocks, blockDoc, blockByte, bytes: bytes.slice(0, at), counts: freqs };
}

/** Decodes `n` gaps from byte `at` on, after document `previous`, into `docs`. */
function decodeGaps(bytes: Uint8Array, at: number, previous: number, n: number, docs: Int32Array): void {
  let doc = previous;
  for (let k = 0; k < n; k++) {
    let gap = bytes[at++] as number;
    if (gap >= 0x80) {
      gap &= 0x7f;
      for (let shift = 7; ; shift += 7) {
        const byte = bytes[at++] as number;
        gap |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
      }
    }
    doc += gap;
    docs[k] = doc;
  }
}

/** A list as one bit per document, and before each 32 documents how many of the list's postings come earlier. */
export interface Bitmap {
  bits: Uint32Array;
  ranks: Uint32Array;
  /** Where the list's counts start. */
  first: number;
}

/** A list in more than this share of the documents may get a bitmap. */
const DENSE_SHARE = 1 / 16;
/** Bitmaps kept, the most recently used: each is a quarter of a byte per document. */
const MAX_BITMAPS = 64;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Reading the lists: every posting of one, in order, or one document's count. */
export class Postings {
  private readonly block = new Int32Array(BLOCK);
  private readonly bitmaps = new Recent<number, Bitmap>(MAX_BITMAPS);

  /** `size`: the number of documents the lists are over. */
  constructor(
    private readonly lists: PostingLists,
    private readonly size: number,
  ) {}

  /** How many documents list `id` holds. */
  length(id: number): number {
    return (this.lists.offsets[id + 1] as number) - (this.lists.offsets[id] as number);
  }

  /** Decodes list `id` into `docs` and `counts` (each at least as long as the list) and returns its length. */
  decode(id: number, docs: Int32Array, counts: Uint8Array): number {
    const { offsets, blocks, blockByte, bytes } = this.lists;
    const n = this.length(id);
    if (n === 0) return 0;
    decodeGaps(bytes, blockByte[blocks[id] as number] as number, -1, n, docs);
    counts.set(this.lists.counts.subarray(offsets[id], offsets[id + 1]));
    return n;
  }

  /**
   * Calls `visit(k, count)` for each of `docs[0]` to `docs[n - 1]` (ascending) that list `id`
   * holds, with the word's count there: a merge, block by block, in which a block that falls
   * between two of `docs` is stepped over undecoded.
   */
  intersect(id: number, docs: Int32Array, n: number, visit: (k: number, count: number) => void): void {
    const { offsets, blocks, blockDoc, blockByte, bytes, counts } = this.lists;
    const first = blocks[id] as number;
    const last = (blocks[id + 1] as number) - 1;
    const length = this.length(id);
    let k = 0;
    for (let block = first; block <= last && k < n; block++) {
      // The block's last document comes before the next one wanted.
      if (block < last && (blockDoc[block + 1] as number) < (docs[k] as number)) continue;
      const inBlock = Math.min(BLOCK, length - (block - first) * BLOCK);
      decodeGaps(bytes, blockByte[block] as number, blockDoc[block] as number, inBlock, this.block);
      const start = (offsets[id] as number) + (block - first) * BLOCK;
      for (let j = 0; j < inBlock && k < n; j++) {
        const doc = this.block[j] as number;
        while (k < n && (docs[k] as number) < doc) k++;
        if (k < n && docs[k] === doc) visit(k++, counts[start + j] as number);
      }
    }
  }

  /** How many times list `id`'s word occurs in `doc`, or 0 when the document is not in it. */
  countIn(id: number, doc: number): number {
    const { offsets, blocks, blockDoc, blockByte, bytes, counts } = this.lists;
    const first = blocks[id] as number;
    let lo = first;
    let hi = (blocks[id + 1] as number) - 1;
    if (hi < lo) return 0;
    // The last block whose preceding document is below `doc`.
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((blockDoc[mid] as number) < doc) lo = mid;
      else hi = mid - 1;
    }
    const inBlock = Math.min(BLOCK, this.length(id) - (lo - first) * BLOCK);
    decodeGaps(bytes, blockByte[lo] as number, blockDoc[lo] as number, inBlock, this.block);
    for (let k = 0; k < inBlock; k++) {
      const at = this.block[k] as number;
      if (at >= doc) return at === doc ? (counts[(offsets[id] as number) + (lo - first) * BLOCK + k] as number) : 0;
    }
    return 0;
  }

  /**
   * List `id` as a bitmap, when it is in a large share of the documents: a query that only
   * updates the few documents it has found looks each of them up in it, where walking a list of
   * most passages would cost as many steps as the list is long. Made on first use; null for a
   * list too short to need one.
   */
  bitmap(id: number): Bitmap | null {
    const n = this.length(id);
    if (n < this.size * DENSE_SHARE) return null;
    let bitmap = this.bitmaps.get(id);
    if (!bitmap) {
      const { offsets, blocks, blockDoc, blockByte, bytes } = this.lists;
      const bits = new Uint32Array(Math.ceil(this.size / 32) + 1);
      for (let block = blocks[id] as number, left = n; left > 0; block++, left -= BLOCK) {
        const inBlock = Math.min(BLOCK, left);
        decodeGaps(bytes, blockByte[block] as number, blockDoc[block] as number, inBlock, this.block);
        for (let k = 0; k < inBlock; k++) {
          const doc = this.block[k] as number;
          bits[doc >>> 5] = (bits[doc >>> 5] as number) | (1 << (doc & 31));
        }
      }
      const ranks = new Uint32Array(bits.length);
      for (let w = 1; w < bits.length; w++) ranks[w] = (ranks[w - 1] as number) + popcount(bits[w - 1] as number);
      bitmap = { bits, ranks, first: offsets[id] as number };
      this.bitmaps.set(id, bitmap);
    }
    return bitmap;
  }

  /** The lists that have a bitmap now, least recently used first. */
  bitmapLists(): number[] {
    return this.bitmaps.keys();
  }

  /** How many times a bitmap's word occurs in `doc`, or 0. */
  countInBitmap(bitmap: Bitmap, doc: number): number {
    const w = doc >>> 5;
    const word = bitmap.bits[w] as number;
    const bit = 1 << (doc & 31);
    if ((word & bit) === 0) return 0;
    return this.lists.counts[bitmap.first + (bitmap.ranks[w] as number) + popcount(word & (bit - 1))] as number;
  }

  /** What `countIn` costs against walking a list: a binary search over its blocks and a block decoded. */
  lookupCost(id: number): number {
    return Math.log2((this.lists.blocks[id + 1] as number) - (this.lists.blocks[id] as number) + 1) + BLOCK;
  }
}
