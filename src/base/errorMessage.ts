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
