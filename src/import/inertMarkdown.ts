/**
 * Imported text as Markdown that no renderer turns into live HTML or a script link. The readers
 * write text as it reads (the knowledge loader reads no escapes), so a page's "&lt;script&gt;"
 * arrived as a raw <script>, and "[x](javascript:...)" in a page's text or a Markdown file stayed
 * a link. Only two things make Markdown live: a "<" that opens a tag, an HTML block or an
 * autolink, and a link's destination. Each is handled wherever it stands, without trusting a
 * parse of code blocks or spans: a mistaken idea of where code ends would leave HTML live.
 */
export function inertMarkdown(markdown: string): string {
  // A blank line ends every paragraph, and with it every code span and link.
  return markdown
    .split(/(\n[ \t]*\n)/)
    .map((chunk, i) => (i % 2 ? chunk : inertChunk(chunk)))
    .join('');
}

/** A Markdown report as it stands, its body made inert; its front matter is YAML, read, not rendered. */
export function inertReport(text: string): string {
  const lines = text.split('\n');
  // Where the knowledge loader ends the front matter: the next line that is only "---".
  const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  if (end < 0) return inertMarkdown(text);
  return `${lines.slice(0, end + 1).join('\n')}\n${inertMarkdown(lines.slice(end + 1).join('\n'))}`;
}

function inertChunk(chunk: string): string {
  return inertTags(withoutUnsafeDefinitions(withoutUnsafeLinks(chunk)));
}

/**
 * A destination is kept when it is http(s) or mailto, or has no scheme at all; anything that
 * might become one once entities, escapes or whitespace are read ("java&#115;cript:",
 * "java\tscript:") is not, nor one too long to read whole. So javascript:, data: and vbscript:
 * go, and anything else as odd.
 */
function safeDestination({ raw, whole }: Destination): boolean {
  // Browsers drop whitespace and control characters inside a URL's scheme: all but printable ASCII and beyond goes.
  const squeezed = raw.replace(/[^\u0021-\u007e\u0080-\uffff]+/g, '');
  if (/^(?:https?|mailto):/i.test(squeezed)) return true;
  const head = squeezed.split(/[/?#]/, 1)[0] ?? '';
  return whole && !/[:&\\]/.test(head);
}

interface Destination {
  raw: string;
  /** Read to its end (within DESTINATION characters). */
  whole: boolean;
  start: number;
  /** Past its closing ">" when it has one; -1 when not found. */
  end: number;
}

/** As far as a destination is read: the scheme is in its first characters or it is not kept. */
const DESTINATION = 300;

/** The destination that starts after `at` ("(" or "]:"), spaces and one line break skipped. */
function destinationAt(text: string, at: number): Destination {
  const window = text.slice(at, at + DESTINATION);
  const cut = at + DESTINATION < text.length;
  const lead = /^[ \t]*\n?[ \t]*/.exec(window)?.[0].length ?? 0;
  const rest = window.slice(lead);
  const start = at + lead;
  if (rest.startsWith('<')) {
    const close = rest.indexOf('>');
    return close < 0 ? { raw: rest.slice(1), whole: !cut, start, end: -1 } : { raw: rest.slice(1, close), whole: true, start, end: start + close + 1 };
  }
  const raw = /^\S*/.exec(rest)?.[0] ?? '';
  return { raw, whole: raw.length < rest.length || !cut, start, end: start + raw.length };
}

/**
 * How far back a link's text and how far on its ")" are looked for: a link longer than that is
 * taken apart by a space after its "]" instead; bounded, a megabyte of "](" costs linear time.
 */
const LINK_TEXT = 1_000;
const LINK_TAIL = 200;

/** "[text](javascript:...)" and "![alt](data:...)" become their text; other links stay. */
function withoutUnsafeLinks(text: string): string {
  const out: string[] = [];
  let last = '';
  // A link's text and what stood around it may meet as a new "](" ("[a][](javascript:x)(javascript:y)"): a space keeps them apart.
  const emit = (piece: string) => {
    if (!piece) return;
    if (last === ']' && piece.startsWith('(')) out.push(' ');
    out.push(piece);
    last = piece.charAt(piece.length - 1);
  };
  let copied = 0;
  for (let close = text.indexOf(']('); close >= 0; close = text.indexOf('](', close + 2)) {
    if (close < copied) continue;
    const destination = destinationAt(text, close + 2);
    if (safeDestination(destination)) continue;
    const open = openingBracket(text, close, Math.max(copied, close - LINK_TEXT));
    const angled = text[destination.start] === '<';
    const end = angled && destination.end < 0 ? -1 : closingParen(text, angled ? destination.end : destination.start);
    if (open < 0 || end < 0) {
      // Not a link this reader can take apart: a space after "]" keeps any renderer from reading one.
      emit(text.slice(copied, close + 1));
      emit(' ');
      copied = close + 1;
      continue;
    }
    const start = open > copied && text[open - 1] === '!' && !escaped(text, open - 1) ? open - 1 : open;
    emit(text.slice(copied, start));
    emit(text.slice(open + 1, close));
    copied = end + 1;
  }
  emit(text.slice(copied));
  return out.join('');
}

/** The "[" that opens the link text ending at `close`, not before `floor`. */
function openingBracket(text: string, close: number, floor: number): number {
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    const c = text[i];
    if ((c !== ']' && c !== '[') || escaped(text, i)) continue;
    if (c === ']') depth++;
    else if (--depth === 0) return i;
  }
  return -1;
}

/** The ")" that closes a link whose destination (or what follows it) starts at `from`. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < Math.min(text.length, from + LINK_TAIL); i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Whether a backslash escapes the character at `i`; a run of backslashes longer than any text has counts as none. */
function escaped(text: string, i: number): boolean {
  let slashes = 0;
  while (slashes < LINK_TEXT && i - slashes - 1 >= 0 && text[i - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 1 && slashes < LINK_TEXT;
}

/**
 * "[label]: javascript:..." defines where "[label]" links to, at the start of a line or inside a
 * quote or list item: wherever "]:" stands before an unsafe destination, a space after "]"
 * keeps it from defining anything, and "[label]" from linking.
 */
function withoutUnsafeDefinitions(text: string): string {
  const out: string[] = [];
  let copied = 0;
  for (let at = text.indexOf(']:'); at >= 0; at = text.indexOf(']:', at + 2)) {
    if (escaped(text, at) || safeDestination(destinationAt(text, at + 2))) continue;
    out.push(text.slice(copied, at + 1), ' ');
    copied = at + 1;
  }
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * A "<" before a letter, "/", "!" or "?" can open a tag, an HTML block or an autolink. In a
 * paragraph without backticks or backslashes it goes into a code span with what follows it up
 * to its ">" (renderers show it as code, the loader as the text it is), after a space: a bare
 * URL just before would otherwise take the span's backtick into its link (GFM autolinks run
 * to the next space). Where backticks or backslashes could pair with or escape the span's own,
 * it is written &lt;, which is inert anywhere.
 */
function inertTags(chunk: string): string {
  if (/[`\\]/.test(chunk)) return chunk.replace(/<(?=[A-Za-z/!?])/g, '&lt;');
  const out: string[] = [];
  let copied = 0;
  // The next ">", line end and "|" from where a tag starts, found once and reused, so that a
  // line of unclosed "<a" is not read to its end once for each.
  const next = { '>': -1, '\n': -1, '|': -1 };
  const nextOf = (c: keyof typeof next, from: number) => {
    if (next[c] < from) {
      const at = chunk.indexOf(c, from);
      next[c] = at < 0 ? Infinity : at;
    }
    return next[c];
  };
  const opens = /<[A-Za-z/!?]/g;
  for (let match = opens.exec(chunk); match; match = opens.exec(chunk)) {
    const start = match.index;
    let end = start;
    // Tags side by side are one span: "<b><i>".
    while (end === start || (chunk[end] === '<' && /[A-Za-z/!?]/.test(chunk[end + 1] ?? ''))) {
      const close = nextOf('>', end);
      end = close < Math.min(nextOf('\n', end), nextOf('|', end)) ? close + 1 : end + 1 + (/^[^\s|]*/.exec(chunk.slice(end + 1, end + 2001))?.[0].length ?? 0);
    }
    out.push(chunk.slice(copied, start), start > 0 && !/\s/.test(chunk[start - 1] as string) ? ' `' : '`', chunk.slice(start, end), '`');
    copied = end;
    opens.lastIndex = end;
  }
  out.push(chunk.slice(copied));
  return out.join('');
}
