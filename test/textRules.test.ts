/** Small rules that protect every answer: the terminal's control filter, the phrase re-rank, the cut of echoed text. */
import { describe, expect, it } from 'vitest';
import { quoted } from '../src/commands/results.ts';
import { PLAIN, renderText } from '../src/console/render.ts';
import { TermIndex } from '../src/search/termIndex.ts';
import { synonymsOf } from '../src/knowledge/wordnet.ts';

describe('the terminal', () => {
  it('never passes control characters from a query or a report to the terminal', () => {
    const text = renderText({ kind: 'none', command: 'search', query: 'x', lead: 'No \u001b[31mred\u001b[0m\u0007 \u009b2J here', suggestions: [{ label: 'a', command: '/search \u001b]0;title\u0007' }] }, PLAIN);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('No [31mred[0m 2J here');
  });

  it('never lets bidirectional overrides from a report reorder what the terminal shows', () => {
    const text = renderText({ kind: 'none', command: 'search', query: 'x', lead: 'admin\u202e gnp.exe \u2066isolated\u2069 end', suggestions: [] }, PLAIN);
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('admin gnp.exe isolated end');
  });
});

describe('ranking by phrase', () => {
  it('puts the passage that holds the words in order above one with the same words apart', () => {
    const index = TermIndex.build([
      'Security, the session, virtualization.',
      'I went to the session on virtualization and security, which was long and held in a small room far from the hall.',
      'Nothing to see here about cooking.',
    ]);
    const hits = index.search('the session on virtualization and security', { minCoverage: 0.5 }).hits;
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
  });
});

describe('quoting what the user typed', () => {
  it('keeps short text whole and cuts long text at 80 characters with an ellipsis', () => {
    expect(quoted('open source')).toBe('“open source”');
    const long = 'a'.repeat(200);
    const cut = quoted(long);
    expect(cut).toBe(`“${'a'.repeat(79)}…”`);
    expect([...quoted(`${'b'.repeat(78)}😀😀`)].at(-2)).toBe('…');
    expect(quoted(`${'b'.repeat(78)}😀😀`)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('synonyms from WordNet', () => {
  it('gives base forms and synonyms of a word, and nothing for a word WordNet lacks', () => {
    expect(synonymsOf('worried')).toEqual(expect.arrayContaining(['worry', 'concern']));
    expect(synonymsOf('talked')).toContain('speak');
    expect(synonymsOf('blockchain')).toEqual([]);
  });
});
