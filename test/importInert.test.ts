/**
 * Imported text never becomes live HTML or a script link in the report's Markdown: what a page
 * escaped ("&lt;script&gt;") stays text (in a code span, which the loader reads as its text),
 * raw tags are not copied as HTML, and javascript:, data: and vbscript: links keep only their text.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inertMarkdown } from '../src/import/inertMarkdown.ts';
import { FIXTURES } from './support/context.ts';
import { importBytes, importFile } from './support/imported.ts';

const HOSTILE_PAGE = path.join(FIXTURES, 'import-hostile', 'hostile-page.html');

const outsideCode = (markdown: string) => markdown.replace(/`[^`\n]*`/g, '');

/** Anything a Markdown renderer would take for HTML or an autolink: "<" before a letter, "/", "!" or "?", outside a code span. */
function liveTags(markdown: string): string[] {
  return outsideCode(markdown).match(/<[A-Za-z/!?][^>\n]*>?/g) ?? [];
}

describe('a web page with script in its text and script links', () => {
  it('keeps the escaped text as text, drops the script links and keeps their words', async () => {
    const { content, knowledge } = await importFile(HOSTILE_PAGE);
    expect(liveTags(content)).toEqual([]);
    expect(outsideCode(content)).not.toMatch(/javascript:|data:|vbscript:|onclick/);
    expect(content).toContain('who wrote `<script>`alert(1) `</script>` on the whiteboard');
    expect(content).toContain('Owners can read the fee table, the old rates or the appeal form before the board meets');
    expect(content).toContain('The page also said pay here and `<img src=x onerror=alert(6)>` and');
    expect(content).toContain('with a span and bold words.');
    // What a reader of the bot sees is the page's own text, with no Markdown around it.
    expect(knowledge.passages[0]?.text).toContain('who wrote <script>alert(1) </script> on the whiteboard');
  });
});

describe('Markdown and text files', () => {
  it('raw HTML is not copied as HTML, unsafe links keep their text, safe links stay', async () => {
    const notes = [
      '# Harbour notes',
      '',
      'Fees rise in June, said Rajesh Iyer of the harbour board. <script>alert(1)</script>',
      '',
      'See [the table](javascript:alert(2)), ![the chart](data:image/svg+xml,x) and [the minutes](https://example.org/minutes) or [the agenda](agenda.html).',
      '',
      '<div onclick="alert(3)">A block of HTML</div>',
      '',
      '[ref]: vbscript:msgbox(4)',
    ].join('\n');
    const { content } = await importBytes('notes.md', notes);
    expect(liveTags(content)).toEqual([]);
    expect(outsideCode(content)).not.toMatch(/\]\(javascript:|\]\(data:|\]: ?vbscript:/);
    expect(content).toContain('See the table, the chart and [the minutes](https://example.org/minutes) or [the agenda](agenda.html).');
  });

  it('a Markdown report with its own front matter keeps it, its body made inert', async () => {
    const report = '---\ntitle: Harbour notes\nauthor: Ann Lee\n---\n\nFees rise in June, said Rajesh Iyer of the harbour board. <iframe src="javascript:alert(1)"></iframe>\n';
    const { content } = await importBytes('report.md', report);
    expect(content).toBe('---\ntitle: Harbour notes\nauthor: Ann Lee\n---\n\nFees rise in June, said Rajesh Iyer of the harbour board. `<iframe src="javascript:alert(1)"></iframe>`\n');
  });

  it('a text file', async () => {
    const { content } = await importBytes('notes.txt', 'Harbour notes\n\nFees rise in June, said Rajesh Iyer of the harbour board, as <b>the notice</b> says.\n');
    expect(content).toContain('as `<b>`the notice `</b>` says.');
  });
});

describe('inertMarkdown', () => {
  it.each([
    ['a tag goes into a code span, after a space where a word or URL touches it', 'x <b>y</b> https://a.example/<i>', 'x `<b>`y `</b>` https://a.example/ `<i>`'],
    ['tags side by side are one span', '<b><i>both</i></b>', '`<b><i>`both `</i></b>`'],
    ['an HTML comment, a declaration and a processing instruction', '<!-- c --> <!X> <?php ?>', '`<!-- c -->` `<!X>` `<?php ?>`'],
    ['a "<" with no ">" on its line still goes', '<div\nclass="x">', '`<div`\nclass="x">'],
    ['an autolink with a script scheme', '<javascript:alert(1)>', '`<javascript:alert(1)>`'],
    ['where backticks could pair with the span, "<" is written &lt;', 'a `code` and <b>', 'a `code` and &lt;b>'],
    ['where a backslash could escape it, too', 'C:\\<dir>', 'C:\\&lt;dir>'],
    ['"<" before a space or digit opens nothing', 'if a < b and c<3', 'if a < b and c<3'],
    ['a javascript: link keeps its text', '[click](javascript:alert(1))', 'click'],
    ['a data: image keeps its alt text', '![chart](data:image/svg+xml,x)', 'chart'],
    ['in any case, with entities or whitespace in the scheme', '[a](JavaScript:x) [b](java&#115;cript:x) [c](<java\tscript:x>) [d](\nvbscript:x)', 'a b c d'],
    ['over a line break', '[two\nlines](javascript:x)', 'two\nlines'],
    ['http(s), mailto and relative links stay', '[a](https://a.example/x) [b](mailto:a@b.example) [c](../c.html)', '[a](https://a.example/x) [b](mailto:a@b.example) [c](../c.html)'],
    ['a definition with a script scheme defines nothing', '[x]: javascript:alert(1)\n- [y]: data:text/html,z', '[x] : javascript:alert(1)\n- [y] : data:text/html,z'],
    ['a safe definition stays', '[x]: https://a.example/', '[x]: https://a.example/'],
    ['a link taken out does not join what was around it into a new one', '[a][](javascript:1)(javascript:2)', '[a] (javascript:2)'],
  ])('%s', (_what, input, expected) => {
    expect(inertMarkdown(input)).toBe(expected);
  });

  it('takes linear time on a megabyte of unclosed tags, broken links and brackets', () => {
    for (const unit of ['<a ', '[a](javascript:x ', '](javascript:', '[x]: javascript:1 ', '`<a ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      const out = inertMarkdown(text);
      expect(performance.now() - started, unit).toBeLessThan(1_500);
      expect(liveTags(out), unit).toEqual([]);
    }
  });
});
