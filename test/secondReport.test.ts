/**
 * Attribution on a report nobody annotated: a different article (a library digitising its
 * newspapers), other speakers, introduced in other ways, and no speakers list.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ask, attributionText, contextOf, resultsOf } from './support/context.ts';

const LIBRARY = path.join(FIXTURES, 'library');

const WHO_SAID: [query: string, who: string, text: string][] = [
  ['fragile bound volumes take three times as long', 'Maria Lopez', 'three times as long'],
  ['broken spines', 'Maria Lopez', 'broken spines'],
  // A paragraph that is only a quotation continues the previous speaker.
  ['nobody warned us about the glue', 'Maria Lopez', 'glue'],
  ['accuracy 85 percent on old typefaces', 'Raj Patel', '85 percent'],
  ['corrects the worst pages by hand', 'Raj Patel', 'by hand'],
  ['the project cost 1.2 million dollars', 'Helen Park', '1.2 million'],
  ['remaining papers will cost less', 'Helen Park', 'cost less'],
  ['council will not fund beyond next year', 'a spokeswoman for the city council', 'funding beyond'],
  ['flood reports 40 years earlier than official records', 'Dan Okafor', '40 years earlier'],
  ['searching by street name beats date', 'Dan Okafor', 'street name'],
  ['old flatbeds too blurry', 'the author, Priya Raman', 'flatbeds'],
  ['grandparents in the society pages', 'several volunteers', 'grandparents'],
];

describe('a second, unannotated report', () => {
  it('finds its speakers with organisation and role from the text alone', async () => {
    const { speakers } = (await contextOf(LIBRARY)).search.knowledge;
    const byName = new Map(speakers.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual(['Dan Okafor', 'Helen Park', 'Maria Lopez', 'Priya Raman', 'Raj Patel']);
    expect(byName.get('Raj Patel')).toMatchObject({ organisation: 'Archivex', role: 'senior engineer' });
    expect(byName.get('Helen Park')).toMatchObject({ organisation: 'Northern Archives Trust' });
    expect(byName.get('Dan Okafor')).toMatchObject({ role: 'historian' });
    expect(byName.get('Maria Lopez')?.role).toContain('head of digital collections');
    expect(byName.get('Priya Raman')).toMatchObject({ role: 'author' });
  });

  it.each(WHO_SAID)('/who-said %s → %s', async (query, who, text) => {
    const answer = await ask(LIBRARY, `/who-said ${query}`);
    const top = resultsOf(answer)[0];
    expect(top, answer.lead).toBeDefined();
    expect(attributionText(top!)).toContain(who);
    expect(top!.passage.text).toContain(text);
  });

  it('lists the findings: the items of a list introduced as results, and the marked sentences', async () => {
    const answer = await ask(LIBRARY, '/findings');
    const texts = resultsOf(answer).map((r) => r.passage.text);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toMatch(/^Flood reports/);
    expect(texts.some((t) => t.startsWith('I learned that'))).toBe(true);
    expect(texts.some((t) => t.startsWith('The biggest surprise:'))).toBe(true);
    // The list inherits the speaker who introduced it ("The results he shared:").
    expect(resultsOf(answer).slice(0, 3).every((r) => r.speaker?.name === 'Dan Okafor')).toBe(true);
  });

  it('says when nothing matches instead of guessing', async () => {
    const answer = await ask(LIBRARY, '/who-said quantum computers will replace librarians');
    expect(answer.kind).toBe('none');
  });

  it('answers "what did X say about Y" from that speaker only', async () => {
    const answer = await ask(LIBRARY, 'what did Patel say about accuracy?');
    expect(answer.command).toBe('quotes');
    const results = resultsOf(answer);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.speaker?.name).toBe('Raj Patel');
  });
});
