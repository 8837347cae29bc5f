/**
 * A wiki page saved as its source (MediaWiki's markup), as talk pages and discussions are
 * copied: "== Proposed merge ==" headings, "[[User:Ives|Brannoch Ives]]" links, "'''Oppose'''",
 * "{{unsigned|…}}" templates, "<small>" and "<!-- … -->", and replies indented with ":" and
 * "*:". Each line is rewritten as the Markdown it renders to, one line for one, so that line
 * numbers stay the report's own; a reply is a list item of its own, as a browser shows it.
 * (wtf_wikipedia renders whole pages well, but to text without the lines they came from.)
 */

/** "== Heading ==", at any level: the page's sections. */
const HEADING = /^(={1,6})\s*(.+?)\s*\1\s*$/;
/** Headings and links in the markup a wiki writes: enough of them make a page of wikitext. */
const WIKI_SIGN = /^={2,6}[^=].*={2,6}\s*$|\[\[[^\]]{1,200}\]\]|\{\{[^}]{1,200}\}\}|'''[^']/;
/** Lines of wiki markup a report needs before it is read as one. */
const MIN_WIKI_LINES = 3;
/** Lines looked at to decide. */
const LOOK = 400;

/** The lines rendered, or null when the report is not wikitext. */
export function wikitextLines(lines: string[]): string[] | null {
  const head = lines.slice(0, LOOK);
  if (!head.some((l) => HEADING.test(l) && /^==/.test(l)) || head.filter((l) => WIKI_SIGN.test(l)).length < MIN_WIKI_LINES) return null;
  let depth = 0;
  let comment = false;
  return lines.map((raw) => {
    // Templates and comments that run over lines ("{{WikiProject banner shell|…" to "}}") say nothing of the discussion.
    let line = raw;
    if (comment) {
      const end = line.indexOf('-->');
      if (end < 0) return '';
      comment = false;
      line = line.slice(end + 3);
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      comment = true;
      line = line.slice(0, open);
    }
    const { text, depth: after } = withoutTemplates(line, depth);
    depth = after;
    return render(text);
  });
}

/** A line without its templates, and how many templates are still open at its end. */
function withoutTemplates(line: string, depth: number): { text: string; depth: number } {
  let out = '';
  let open = depth;
  let kept = '';
  for (let i = 0; i < line.length; i++) {
    if (line.startsWith('{{', i)) {
      // "{{done}}", "{{tick}}": a reply's one-word template reads as its word.
      const word = /^\{\{(done|agree|support|oppose|not done|tick|yes|no)\}\}/i.exec(line.slice(i))?.[1];
      if (word && open === 0) {
        out += word.charAt(0).toUpperCase() + word.slice(1);
        i += word.length + 3;
        continue;
      }
      // "{{unsigned|Lowfield Rambler|…}}": the comment's signature, as the wiki renders it.
      const unsigned = open === 0 ? /^\{\{unsigned(?:IP)?\|([^|}]+)(?:\|([^|}]+))?/i.exec(line.slice(i)) : null;
      if (unsigned?.[1]) kept = ` — ${unsigned[1].trim()} (talk)${unsigned[2] ? ` ${unsigned[2].trim()}` : ''}`;
      open++;
      i++;
    } else if (line.startsWith('}}', i) && open > 0) {
      open--;
      i++;
      if (open === 0 && kept) {
        out += kept;
        kept = '';
      }
    } else if (open === 0) out += line.charAt(i);
  }
  return { text: out, depth: open };
}

function render(line: string): string {
  // "----": a rule between parts of the page, which Markdown would read as underlining the line above.
  if (/^-{4,}\s*$/.test(line)) return '';
  const heading = HEADING.exec(line);
  if (heading?.[1] && heading[2]) return `${'#'.repeat(heading[1].length)} ${inline(heading[2])}`;
  // ":", "::", "*:", "#:": a reply, however deep; "*" a comment in a list of votes.
  const indent = /^([:*#]+)\s*/.exec(line);
  const text = inline(indent ? line.slice(indent[0].length) : line).trim();
  if (!text) return '';
  return indent ? `- ${text}` : text;
}

/** Links as their text, bold and italics as Markdown's, HTML tags and entities as the text they show. */
function inline(text: string): string {
  return text
    // "[[User:Ottoline Vey|Otto V.]]": a signature's account, which every signature of theirs shares, whatever it displays.
    .replace(/\[\[User:([^|\]]+)(?:\|[^\]]*)?\]\]/gi, '$1')
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\[(?:https?:)?\/\/\S+\s+([^\]]+)\]/g, '$1')
    .replace(/'''(.*?)'''/g, '**$1**')
    .replace(/''(.*?)''/g, '*$1*')
    .replace(/<ref[^>]*\/>|<ref[^>]*>.*?<\/ref>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&mdash;/g, '—')
    .replace(/&ndash;/g, '–')
    .replace(/&amp;/g, '&');
}
