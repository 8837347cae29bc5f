import { FIRST_PERSON_WORD, HONORIFIC, REPORTS_SPEECH, quotedSpans } from './language.ts';
import { isNounOrVerb } from './wordnet.ts';
import { isFullName, namesSomeone } from './labelTemplate.ts';
import { titleCase } from './byline.ts';
import type { Block } from './markdown.ts';

/**
 * "**Germany:** Foreign Minister Jonas Keller said in a statement that …": a round-up's run-in
 * heading, a place or a body the paragraph is about, not a speaker's label. A report's labels are
 * headings so when nearly every one of them is used once and the paragraphs under them tell, in
 * the third person, what others said; a transcript's labels come back, and its turns speak for
 * themselves ("I", "we"). Such a label stays in the text, where a question can find it, and the
 * paragraph's quotes go to whom its cues name.
 */

/** Labelled paragraphs needed before labels are judged as a family. */
const MIN_LABELLED = 3;

/** A paragraph that opens with what its subject does ("Says", "Opens by noting", "Adds that"): the label is the subject. */
function opensWithItsVerb(text: string): boolean {
  const word = /^(\p{Lu}\p{Ll}+)s\b/u.exec(text)?.[1];
  return word !== undefined && !/^(?:His|Her|It|Thi|Thu|Wa|I|Ha|Doe)$/.test(word) && isNounOrVerb(word.toLowerCase());
}

const fullName = (name: string) => isFullName(name) && namesSomeone(name) && !/\b(?:of|for|and|the)\b|&/i.test(name);

/** The text with its quotations left out: what the writer says, not whom they quote. */
export function outsideQuotes(text: string, quoted: [number, number][] = quotedSpans(text)): string {
  let out = '';
  let at = 0;
  for (const [start, end] of quoted) {
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Takes the labels off paragraphs whose labels are a round-up's run-in headings. A label on a line
 * of its own ("**MAROVIA**" over the paragraphs that quote Marovia's president) becomes the heading
 * of the paragraphs under it.
 */
export function readRunInHeadings(blocks: Block[]): void {
  const candidate = (b: Block | undefined) => b !== undefined && b.label !== undefined && !b.label.source && !b.tableRow && b.kind === 'paragraph';
  // A label on a line of its own covers the paragraphs under it: each run of them is one use.
  const runs = blocks.filter((b, i) => candidate(b) && (b.labelled !== undefined || blocks[i - 1]?.label?.name !== b.label?.name));
  const labelled = new Set(blocks.filter(candidate));
  if (runs.length < MIN_LABELLED) return;
  const names = new Set(runs.map((b) => b.label?.name));
  if (names.size < runs.length * 0.7) return;
  // "**Dr Castellanos:** Says the score …", a live blog's note of what its label's person says, and "**AMINA SESAY:**
  // She says …", an interpreter's: the label is the one who speaks, told of.
  // "ANN ABBOTT:" is a person's full name, a speaker whatever the paragraph tells; "NORTHERN UNION" and "CONCORD OF NATIONS" are not.
  const person = (b: Block) => HONORIFIC.test(b.label?.name ?? '') || fullName(b.label?.name ?? '') || /^(?:He|She|They)\b/.test(b.text) || opensWithItsVerb(b.text);
  const told = runs.filter((b) => {
    const own = outsideQuotes(b.text);
    return REPORTS_SPEECH.test(own) && !FIRST_PERSON_WORD.test(own) && !person(b);
  });
  if (told.length < runs.length * 0.6) return;
  const heads = new Set(runs);
  // Rebuilt in one pass rather than spliced, heading by heading.
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.label && labelled.has(block) && !FIRST_PERSON_WORD.test(outsideQuotes(block.text)) && !person(block)) {
      const name = block.label.name;
      delete block.label;
      if (block.labelled) {
        block.text = block.labelled;
        delete block.labelled;
      } else if (heads.has(block)) out.push({ kind: 'heading', text: headingText(name), line: block.line });
    }
    out.push(block);
  }
  blocks.length = 0;
  for (const block of out) blocks.push(block);
}

/** "NORTHERN UNION" → "Northern Union": a heading in capitals as a reader writes it. */
function headingText(name: string): string {
  return /\p{Ll}/u.test(name) ? name : titleCase(name);
}
