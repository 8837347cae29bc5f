/**
 * A broadcast script's inserts: a line that names whose voice is played ("CLIP — Cllr Mina Roy,
 * council leader", "SOT: Dr Ruth Ames, medical director"), the cue's fields in capitals ("IN:",
 * "OUT:", "DUR: 0'14\""), the words transcribed, and "ENDS". The words are the named person's;
 * the fields (whose "IN" and "OUT" repeat the words' ends) and "ENDS" are the studio's furniture,
 * no one's words, and are left out. Whatever the cue word is, the shape is the same: a word in
 * capitals, a person, fields in capitals, then a quotation.
 */

/** "CLIP — Cllr Mina Roy, council leader": a cue word in capitals, a dash or colon, a name and what they are. */
const CUE_HEAD = /^\s*(?:\*\*)?\p{Lu}{2,12}(?:\s\p{Lu}{2,12})?(?:\*\*)?\s*(?:—|–|--|-|:)\s*((?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s*([^,]{2,60}(?:,[^,]{2,60})?))?\s*$/u;
/** "IN:", "OUT:", "DUR: 0'14\"", "TC 01:02:03": a cue's field. */
const CUE_FIELD = /^\s*\p{Lu}{2,8}\s*:/u;
const QUOTATION = /^\s*["“]/;
const ENDS = /^\s*(?:ENDS?|END CLIP|\[?ENDS\]?)\s*$/;

/** The report's lines with each insert's words labelled by its voice and its fields left out, or null when it has none. */
export function cueSheetLines(lines: string[]): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const head = CUE_HEAD.exec(lines[i] as string);
    if (!head?.[1]) continue;
    let j = i + 1;
    while (j < lines.length && CUE_FIELD.test(lines[j] as string) && j - i <= 6) j++;
    // At least one field, then the words.
    if (j === i + 1 || !QUOTATION.test(lines[j] ?? '')) continue;
    out ??= [...lines];
    const label = head[2] ? `${head[1]} (${head[2].trim()})` : head[1];
    for (let k = i + 1; k < j; k++) out[k] = '';
    out[j] = `${label}: ${(lines[j] as string).trim()}`;
    let k = j + 1;
    // The words run on to "ENDS" or a blank line.
    for (; k < lines.length && (lines[k] as string).trim() && !ENDS.test(lines[k] as string); k++) {
      out[j] += ` ${(lines[k] as string).trim()}`;
      out[k] = '';
    }
    if (k < lines.length && ENDS.test(lines[k] as string)) out[k] = '';
    i = k;
  }
  return out;
}
