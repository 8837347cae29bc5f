/**
 * Strings that hold only their own characters. V8 keeps a piece of 13 characters or more cut
 * out of a longer string as a view into it: one speaker's name cut out of a 50 MB report kept
 * the whole report's text alive after its parse, through the index build and the snapshot's
 * encoding (49 MB of the knowledge worker's peak).
 */

/** A copy of `s` that keeps nothing else alive. */
export function ownString(s: string): string {
  // Shorter pieces are copied by V8 already; a longer one is joined into a string of its own, then cut from it.
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * `value` (plain objects and arrays, no cycles) with its short strings replaced in place by
 * copies, equal ones sharing one copy: names, roles, labels and headings, repeated thousands of
 * times. Longer strings, a passage's text, are left as they are: they are joined from their
 * lines, never views into the text they were read from, and copying them doubled the garbage.
 */
export function ownStrings<T>(value: T): T {
  const copies = new Map<string, string>();
  const copy = (s: string): string => {
    if (s.length < 13 || s.length > SHORT) return s;
    let own = copies.get(s);
    if (own === undefined) copies.set(s, (own = ownString(s)));
    return own;
  };
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = own(node[i]);
      return;
    }
    const fields = node as Record<string, unknown>;
    for (const key in fields) if (key !== 'text') fields[key] = own(fields[key]);
  };
  const own = (field: unknown): unknown => {
    if (typeof field === 'string') return copy(field);
    if (field !== null && typeof field === 'object') visit(field);
    return field;
  };
  return own(value) as T;
}

const SHORT = 200;
