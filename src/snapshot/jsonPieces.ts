/**
 * JSON.stringify's text of plain data, in pieces: objects and arrays opened down to `depth`
 * levels, what is deeper stringified whole. A 49 MB report's part saved in one string was
 * 70 MB, copied twice more on its way to the disk: 180 MB of the knowledge worker's peak.
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object') {
    // What JSON.stringify leaves out of an object is null in an array, and only arrays come here with it.
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* jsonPieces(value[i], depth - 1);
    }
    yield ']';
    return;
  }
  let separator = '{';
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    yield `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    yield* jsonPieces(field, depth - 1);
  }
  yield separator === '{' ? '{}' : '}';
}

/** Pieces joined into strings of about `size` characters: one write each rather than one per piece. */
export function* batched(pieces: Iterable<string>, size: number): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
