import TurndownService from 'turndown';

/**
 * HTML (an article, or a Word file as mammoth renders it) to the Markdown a report uses. The
 * loader reads headings, paragraphs and list items, and reads no escapes: so every heading is a
 * `##` section, each list item is one line at the left margin (nested lists flattened), inline
 * markup and links keep only their text, images and forms are dropped, and nothing is escaped.
 */
/** The little of the DOM these rules read (the project compiles without the DOM's types). */
interface Element {
  nodeName: string;
  textContent: string | null;
  parentNode: Element | null;
  previousSibling: Element | null;
  nextSibling: Element | null;
  children: ArrayLike<Element>;
  getAttribute(name: string): string | null;
}

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
turndown.escape = (text: string) => text;

turndown.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'svg', 'canvas', 'video', 'audio']);

turndown.addRule('heading', {
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement: (content) => {
    const text = flat(content);
    return text ? `\n\n## ${text}\n\n` : '';
  },
});

turndown.addRule('inline', {
  filter: ['a', 'em', 'i', 'strong', 'b', 'code'],
  replacement: (content) => content,
});

// Added after 'inline', so tried before it: a bold label that opens a paragraph stays bold, since
// the loader takes "**Ann Lee:** ..." for a transcript's turn.
turndown.addRule('speakerLabel', {
  filter: (node) => (node.nodeName === 'STRONG' || node.nodeName === 'B') && opensWithLabel(node as unknown as Element),
  replacement: (content) => `**${content.trim()}**`,
});

turndown.addRule('image', { filter: ['img', 'picture'], replacement: () => '' });

turndown.addRule('lineBreak', { filter: 'br', replacement: () => ' ' });

turndown.addRule('preformatted', {
  filter: 'pre',
  replacement: (_content, node) => `\n\n${flat((node as unknown as Element).textContent ?? '')}\n\n`,
});

turndown.addRule('listItem', {
  filter: 'li',
  replacement: (content, node) => {
    const parent = (node as unknown as Element).parentNode;
    let prefix = '- ';
    if (parent?.nodeName === 'OL') {
      const start = Number(parent.getAttribute('start') ?? 1) || 1;
      prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
    }
    // A nested list's items arrive as their own lines: they stay items; other lines fold in.
    const lines: string[] = [];
    for (const raw of content.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const nestedItem = /^(?:-|\d{1,3}\.)\s/.test(line);
      if (nestedItem || lines.length === 0) lines.push(nestedItem ? line : prefix + line);
      else lines[lines.length - 1] += ` ${line}`;
    }
    return lines.map((line) => `${line}\n`).join('');
  },
});

turndown.addRule('tableRow', {
  filter: 'tr',
  replacement: (_content, node) => {
    const cells = Array.from((node as unknown as Element).children, (cell) => flat(cell.textContent ?? '')).filter(Boolean);
    return cells.length ? `\n\n${cells.join(' | ')}\n\n` : '';
  },
});

turndown.addRule('figureCaption', {
  filter: 'figcaption',
  replacement: (content) => `\n\n${flat(content)}\n\n`,
});

turndown.addRule('rule', { filter: 'hr', replacement: () => '\n\n' });

function opensWithLabel(node: Element): boolean {
  if (!['P', 'LI', 'DIV', 'BLOCKQUOTE', 'DD'].includes(node.parentNode?.nodeName ?? '')) return false;
  for (let before = node.previousSibling; before; before = before.previousSibling) if (before.textContent?.trim()) return false;
  const text = flat(node.textContent ?? '');
  const after = node.nextSibling?.textContent ?? '';
  return text.length > 0 && text.length <= 60 && (text.endsWith(':') || after.startsWith(':'));
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function htmlToMarkdown(html: string): string {
  return turndown
    .turndown(html)
    .split('\n')
    .map((line) => line.replace(/\s+$/, '').replace(/(\S)\s{2,}/g, '$1 '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
