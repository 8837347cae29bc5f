/**
 * What went wrong, in words, whatever was thrown: `throw 'text'` and `throw { code }` happen
 * (libraries, user scripts), and reading `.message` off them as if they were errors gives
 * `undefined`.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** The `code` of what was thrown (Node's 'ENOENT', 'ERR_BUFFER_TOO_LARGE'), or undefined: also when `null` or a string was thrown. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
