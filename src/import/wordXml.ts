/**
 * A Word file's document.xml cut into pieces that mammoth can read one at a time. mammoth holds
 * its XML parser's tree, its own document tree and the HTML it writes all at once, about 100
 * bytes for each byte of XML: 1 GB for the 9.7 MB the size limit lets in. Read a piece at a
 * time, it holds one piece's worth. Each piece is a whole document.xml (the original's root
 * and body tags around some of the body's blocks), so mammoth reads it as it reads any file.
 */

/** An element found in the text: where its start tag begins, its content, and its end. */
interface XmlElement {
  /** Without its namespace prefix: "p" for "w:p". */
  name: string;
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

/** A piece of the document, and how its text meets the text of the piece before it. */
export interface WordPiece {
  xml: string;
  /** Cut inside a list (a list longer than a piece): its first item goes on the list before it. */
  inList: boolean;
}

export interface PieceSizes {
  /** A piece is cut at the first block boundary past this many characters of XML... */
  piece: number;
  /** ...that is not inside a list, unless the piece would pass this; a block larger than this is not read. */
  most: number;
}

/** Why a document cannot be cut small enough: one block larger than a piece may be. */
export class UncuttableBlock extends Error {
  constructor(
    readonly kind: string,
    readonly size: number,
  ) {
    super(`a single ${kind} of ${size} characters of XML`);
    this.name = 'UncuttableBlock';
  }
}

/** Elements whose children are blocks: a piece may end between any two of them. */
const BLOCK_CONTAINERS = new Set(['document', 'body', 'sdt', 'sdtContent', 'customXml', 'tbl']);
/** A container's own settings, repeated at the head of each piece of it. */
const PROPERTIES = /(?:Pr|tblGrid)$/;
const BLOCK_NAMES: Record<string, string> = { p: 'paragraph', tr: 'table row' };

/**
 * The document as pieces of about `sizes.piece` characters, made as they are asked for and cut
 * only between blocks (paragraphs, tables, table rows); where it can, not inside a list, whose
 * items mammoth numbers as one list. A document that fits one piece comes whole, as it is. A
 * single block larger than `sizes.most` (a paragraph of megabytes) cannot be cut without
 * changing its text: UncuttableBlock.
 */
export function* wordPieces(xml: string, sizes: PieceSizes, listStyles: ReadonlySet<string>): Generator<WordPiece> {
  const root = xml.length > sizes.piece ? xmlChildren(xml, 0, xml.length).find((element) => element.name === 'document') : undefined;
  if (!root) {
    yield { xml, inList: false };
    return;
  }
  yield* cut(xml, root, xml.slice(0, root.start), xml.slice(root.end), sizes, listStyles);
}

/**
 * `container`'s content in pieces, each written as `before` + the container's start tag and
 * properties + some of its children + its end tag + `after`. A child larger than a piece that is
 * itself a container of blocks (the body, a table, a content control) is cut the same way, one
 * level down; any other block is taken whole, up to `sizes.most`.
 */
function* cut(xml: string, container: XmlElement, before: string, after: string, sizes: PieceSizes, listStyles: ReadonlySet<string>): Generator<WordPiece> {
  const children = xmlChildren(xml, container.contentStart, container.contentEnd);
  let body = container.contentStart;
  while (children[0] && PROPERTIES.test(children[0].name)) body = (children.shift() as XmlElement).end;
  const open = before + xml.slice(container.start, body);
  const close = xml.slice(container.contentEnd, container.end) + after;
  // The piece being gathered runs from `from` to the end of the last child taken, `to`.
  let from = body;
  let to = body;
  let inList = false;
  function* flush(until: number): Generator<WordPiece> {
    const content = xml.slice(from, until);
    if (content.includes('<')) yield { xml: open + content + close, inList };
    from = to = until;
  }
  for (const [i, child] of children.entries()) {
    const size = child.end - child.start;
    if (size > sizes.piece && BLOCK_CONTAINERS.has(child.name)) {
      yield* flush(child.start);
      yield* cut(xml, child, open, close, sizes, listStyles);
      from = to = child.end;
      inList = false;
      continue;
    }
    if (size > sizes.most) throw new UncuttableBlock(BLOCK_NAMES[child.name] ?? `<${child.name}> element`, size);
    const gathered = to - from;
    if (gathered > 0 && gathered + size > sizes.piece) {
      const listGoesOn = isListItem(xml, child, listStyles) && isListItem(xml, children[i - 1] as XmlElement, listStyles);
      if (!listGoesOn || gathered + size > sizes.most) {
        yield* flush(child.start);
        inList = listGoesOn;
      }
    }
    to = child.end;
  }
  yield* flush(container.contentEnd);
}

/** A paragraph style's name where a w:pStyle element gives it, in either quotes. */
const STYLE_NAME = /<(?:[\w.-]+:)?pStyle\b[^>]*?\bval\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * A paragraph mammoth reads as a list item: numbering of its own (w:numPr), or a style that
 * numbering.xml ties to a list level.
 */
function isListItem(xml: string, element: XmlElement, listStyles: ReadonlySet<string>): boolean {
  if (element.name !== 'p') return false;
  const properties = xmlChildren(xml, element.contentStart, element.contentEnd).find((child) => child.name === 'pPr');
  if (!properties) return false;
  const text = xml.slice(properties.contentStart, properties.contentEnd);
  if (/<(?:[\w.-]+:)?numPr[\s/>]/.test(text)) return true;
  const style = STYLE_NAME.exec(text);
  return style !== null && listStyles.has(style[1] ?? style[2] ?? '');
}

/** The paragraph styles numbering.xml ties to list levels (a w:pStyle inside a w:lvl). */
export function listStylesOf(numberingXml: string | undefined): Set<string> {
  const styles = new Set<string>();
  for (const match of (numberingXml ?? '').matchAll(new RegExp(STYLE_NAME, 'g'))) styles.add(match[1] ?? match[2] ?? '');
  return styles;
}

/**
 * The elements directly inside `xml.slice(from, to)`, found by reading tags, not by parsing
 * into a tree: comments, CDATA and processing instructions are skipped, a quoted ">" in an
 * attribute is not a tag's end. A document that does not read as XML is returned as no
 * elements (mammoth then reads it whole and says what is wrong with it).
 */
function xmlChildren(xml: string, from: number, to: number): XmlElement[] {
  const found: XmlElement[] = [];
  let depth = 0;
  let open: { name: string; start: number; contentStart: number } | null = null;
  const skipTo = (at: number, end: string) => {
    const past = xml.indexOf(end, at);
    return past < 0 || past >= to ? -1 : past + end.length;
  };
  for (let at = xml.indexOf('<', from); at >= 0 && at < to; at = xml.indexOf('<', at)) {
    if (xml.startsWith('<!--', at)) at = skipTo(at + 4, '-->');
    else if (xml.startsWith('<![CDATA[', at)) at = skipTo(at + 9, ']]>');
    else if (xml.startsWith('<?', at) || xml.startsWith('<!', at)) at = skipTo(at + 2, '>');
    else if (xml[at + 1] === '/') {
      const end = skipTo(at, '>');
      if (end < 0 || --depth < 0) return [];
      if (depth === 0 && open) {
        found.push({ ...open, contentEnd: at, end });
        open = null;
      }
      at = end;
    } else {
      const end = tagEnd(xml, at, to);
      if (end < 0) return [];
      const selfClosing = xml[end - 2] === '/';
      if (depth === 0) {
        const name = (/^[^\s/>]+/.exec(xml.slice(at + 1, at + 200))?.[0] ?? '').replace(/^.*:/, '');
        if (selfClosing) found.push({ name, start: at, contentStart: end, contentEnd: end, end });
        else open = { name, start: at, contentStart: end };
      }
      if (!selfClosing) depth++;
      at = end;
    }
    if (at < 0) return [];
  }
  return depth === 0 ? found : [];
}

/** Just past the ">" that ends the start tag at `at`, quoted attribute values skipped. */
function tagEnd(xml: string, at: number, to: number): number {
  let quote = '';
  for (let i = at + 1; i < to; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}
