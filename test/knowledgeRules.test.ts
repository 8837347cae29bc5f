/**
 * Each attribution rule on its own: the patterns (language), speaker labels (markdown),
 * finding people (speakers), what points at them (mentions), what a mention earns (evidence),
 * labels and interviews (turns), and the decision (attribution).
 */
import { describe, expect, it } from 'vitest';
import { attributePassages, decide, type DraftPassage, type Tally } from '../src/knowledge/attribution.ts';
import { authorEvidence, evidenceFor, POINTS } from '../src/knowledge/evidence.ts';
import type { FrontMatter } from '../src/knowledge/frontMatter.ts';
import { CLAIM_OF_SUBJECT, FINDINGS_HEADING, FINDINGS_LEAD_IN, SPEECH_VERB_FORMS, sentenceSpans, sentences, withoutQuotations } from '../src/knowledge/language.ts';
import { labelOf, parseBlocks } from '../src/knowledge/markdown.ts';
import { Antecedents } from '../src/knowledge/pronouns.ts';
import { mentionFinder, rolePhrases } from '../src/knowledge/mentions.ts';
import { detectSpeakers } from '../src/knowledge/speakerDetection.ts';
import { mergeSpeakers, speakerNamed, type ReportSpeaker } from '../src/knowledge/speakerIdentity.ts';
import { findSpeaker, readTurns } from '../src/knowledge/turns.ts';

const front = (extra: Partial<FrontMatter> = {}): FrontMatter => ({ title: 't', author: null, date: null, event: null, source: null, lang: null, interviewer: null, interviewee: null, speakers: [], ...extra });
const draft = (text: string, extra: Partial<DraftPassage> = {}): DraftPassage => ({ kind: 'paragraph', text, section: 'S', turn: null, ...extra });
const byName = (list: ReportSpeaker[]) => new Map(list.map((s) => [s.name, s]));

describe('language', () => {
  it('splits sentences, not at abbreviations or initials, and after quotation marks of other languages', () => {
    expect(sentences('Ahead of VMware (i.e., proprietary) vendors. Dr. Lee agreed. J. R. Smith did not.')).toEqual(['Ahead of VMware (i.e., proprietary) vendors.', 'Dr. Lee agreed.', 'J. R. Smith did not.']);
    expect(sentences('He was cautious. „Tape is only as good as your last restore“, he said.')).toHaveLength(2);
    const text = 'One. Two.';
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['One.', 'Two.']);
  });

  it('treats « », „ “ and ‹ › as quotations', () => {
    expect(withoutQuotations('« I sleep » she said; „I agree“; ‹I do›; “I will”').match(/\bI\b/g)).toBeNull();
  });

  it('builds every form of the speech verbs from their base forms', () => {
    for (const form of ['says', 'said', 'noted', 'noting', 'warns', 'replied', 'pointed out', 'spoke']) expect(SPEECH_VERB_FORMS).toContain(form);
    expect(SPEECH_VERB_FORMS).not.toContain('finding');
  });

  it('owns a claim only when it follows ("is that"), not when it is described', () => {
    expect(CLAIM_OF_SUBJECT.test(' message is that Xen is a project')).toBe(true);
    expect(CLAIM_OF_SUBJECT.test(' concern is understandable')).toBe(false);
  });

  it('knows the lead-ins and headings of findings', () => {
    for (const lead of ['The key findings he presented:', 'The survey found:', 'The board agreed the following decisions:', 'My takeaways:', 'Our recommendations:']) expect(FINDINGS_LEAD_IN.test(lead), lead).toBe(true);
    expect(FINDINGS_LEAD_IN.test('He said this:')).toBe(false);
    for (const heading of ['Key findings', 'Takeaways', '3. Decisions', 'Conclusions']) expect(FINDINGS_HEADING.test(heading), heading).toBe(true);
    expect(FINDINGS_HEADING.test('Why now')).toBe(false);
  });
});

describe('speaker labels', () => {
  it.each([
    ['**Priya Natarajan:** Let us start.', 'Priya Natarajan', null],
    ['**Webb**: Nine times out of ten.', 'Webb', null],
    ['WEBB: Nine times out of ten.', 'WEBB', null],
    ['**Ann Lee** (Acme): We agree.', 'Ann Lee', 'Acme'],
    ['Q: Why replace them?', 'Q', null],
    ['**A:** Because.', 'A', null],
    ['[00:12:03] Marcus Webb: Hello.', 'Marcus Webb', null],
    ['Jürgen Müller: Ja.', 'Jürgen Müller', null],
  ])('%s', (line, name, note) => {
    expect(labelOf(line)?.label).toMatchObject({ name, note });
  });

  it('is not a label without words after it, or on a time or a link', () => {
    for (const line of ['The key findings he presented:', '10:30 the meeting opened', 'https://example.com', 'it is lower case: no']) expect(labelOf(line), line).toBeNull();
  });

  it('splits lines that each open with a label into turns, and keeps the label out of the text', () => {
    const blocks = parseBlocks('f.md', ['**Webb:** Open buckets.', '**Tanaka:** Defaults.', 'More from Tanaka.', '', '2) A numbered item'], 1);
    expect(blocks.map((b) => [b.kind, b.text, b.label?.name])).toEqual([
      ['paragraph', 'Open buckets.', 'Webb'],
      ['paragraph', 'Defaults. More from Tanaka.', 'Tanaka'],
      ['list-item', 'A numbered item', undefined],
    ]);
    expect(blocks[0]?.labelled).toBe('Webb: Open buckets.');
  });
});

describe('finding speakers', () => {
  it('names the person before the organisation, in every way news prose puts it', () => {
    const found = byName(
      detectSpeakers([
        { text: 'Analyst Jane Roe of Some Research surveyed 200 firms.' },
        { text: 'Stratavault analyst Ben Okoro said the market would grow.' },
        { text: 'Chloé Martin, head of infrastructure at Banque Lumière, said her bank moved.' },
        { text: '李明 of Shanghai Data Group said demand grew.' },
      ]),
    );
    expect(found.get('Jane Roe')).toMatchObject({ organisation: 'Some Research', role: 'analyst', isOrganisation: false });
    expect(found.get('Ben Okoro')).toMatchObject({ organisation: 'Stratavault', role: 'analyst' });
    expect(found.get('Chloé Martin')).toMatchObject({ organisation: 'Banque Lumière', role: 'head of infrastructure' });
    expect(found.get('李明')).toMatchObject({ organisation: 'Shanghai Data Group' });
    for (const org of ['Some Research', 'Stratavault', 'Banque Lumière', 'Shanghai Data Group']) expect(found.has(org), org).toBe(false);
  });

  it('makes an organisation a speaker only when it speaks and no person is named for it', () => {
    const found = byName(detectSpeakers([{ text: 'Cartridge maker Fujinami said in a statement that it doubled capacity.' }, { text: 'Helix Cloud said in a statement that it agreed.' }]));
    expect(found.get('Fujinami')).toMatchObject({ isOrganisation: true });
    expect(found.get('Helix Cloud')).toMatchObject({ isOrganisation: true });
    const withPerson = byName(detectSpeakers([{ text: 'Marcus Webb of Helix Cloud spoke first.' }, { text: 'Helix Cloud said in a statement that it agreed.' }]));
    expect(withPerson.has('Helix Cloud')).toBe(false);
  });

  it('reads a roster: moderated by, the panellists were, Present: with roles in brackets', () => {
    const found = byName(
      detectSpeakers([
        { text: 'The panel was moderated by Priya Natarajan of the Open Data Institute. The panellists were Marcus Webb, who leads platform security at Helix Cloud; Aiko Tanaka, principal engineer at Stratus Systems; and Olu Adeyemi, an independent consultant.' },
        { text: 'Present: Helen Ashworth (chair), Rajesh Iyer (treasurer), Tomás Ortega (Eastport Fishermen’s Association).' },
      ]),
    );
    expect(found.get('Priya Natarajan')).toMatchObject({ organisation: 'Open Data Institute', role: 'moderator' });
    expect(found.get('Marcus Webb')).toMatchObject({ organisation: 'Helix Cloud' });
    expect(found.get('Aiko Tanaka')).toMatchObject({ organisation: 'Stratus Systems', role: 'principal engineer' });
    expect(found.get('Olu Adeyemi')?.role).toBe('independent consultant');
    expect(found.get('Helen Ashworth')?.role).toBe('chair');
    expect(found.get('Tomás Ortega')?.organisation).toBe('Eastport Fishermen’s Association');
    expect(found.has('Open Infrastructure Summit')).toBe(false);
    expect(found.has('Eastport Fishermen')).toBe(false);
  });

  it('gives surnames and initials as aliases, first names for labels, and drops a shared one', () => {
    const merged = mergeSpeakers(detectSpeakers([{ text: 'Rajesh Iyer reported a loss.' }, { text: 'Anna Iyer said it was fine.' }]), [], 'Dr. Kwame Mensah');
    const iyer = merged.find((s) => s.name === 'Rajesh Iyer');
    expect(iyer?.aliases).toEqual(['RI', 'Rajesh']);
    expect(iyer?.shortNames).toEqual(['Rajesh']);
    expect(merged.find((s) => s.isAuthor)).toMatchObject({ name: 'Kwame Mensah', role: 'author' });
  });
});

describe('mentions', () => {
  const webb = { ...speakerNamed('Marcus Webb'), organisation: 'Helix Cloud', role: 'head of security at Helix Cloud' };
  const roe = { ...speakerNamed('Jane Roe'), role: 'chair' };
  const finder = mentionFinder([webb, roe]);

  it('points at a person by name, organisation, role, and by a pronoun after their name', () => {
    const sentence = 'Helix Cloud said the chair agreed; Webb added that he was wrong.';
    const found = finder.find(sentence, null);
    expect(found.map((m) => (m.kind === 'speaker' ? `${m.via}:${m.speaker.name}` : m.kind === 'pronoun' ? `pronoun:${m.gender}` : m.kind))).toEqual(['organisation:Marcus Webb', 'role:Jane Roe', 'name:Marcus Webb', 'pronoun:male']);
    const mentions = new Antecedents(new Set(['him', 'her'])).resolve(sentence, found);
    expect(mentions.map((m) => (m.kind === 'speaker' ? `${m.via}:${m.speaker.name}` : m.kind))).toEqual(['organisation:Marcus Webb', 'role:Jane Roe', 'name:Marcus Webb', 'pronoun:Marcus Webb']);
  });

  it('reads roles as people call them', () => {
    expect(rolePhrases({ role: 'head of signalling at Northline Rail', isOrganisation: false })).toEqual(expect.arrayContaining(['head of signalling', 'head']));
    expect(rolePhrases({ role: 'independent security consultant', isOrganisation: false })).toContain('consultant');
  });
});

describe('evidence', () => {
  const crosby = speakerNamed('Simon Crosby');
  const finder = mentionFinder([crosby]);
  const first = (sentence: string) => evidenceFor(sentence, finder.find(sentence, crosby)[0] as never);

  it('reads the verb after a name set off by its part as theirs, but not the verb of a clause about them', () => {
    const hulme = speakerNamed('Darren Hulme');
    const of = (sentence: string) => evidenceFor(sentence, mentionFinder([hulme]).find(sentence, hulme).find((m) => m.kind === 'speaker') as never).speaks;
    expect(of('Its supervisor, Darren Hulme, stated that the rota was fine.')).toBe(true);
    expect(of('The depot supervisor, Mr Darren Hulme, who first raised the concern, did not attend.')).toBe(false);
  });

  it('takes a quote signed with a dash as the signer’s', () => {
    const found = detectSpeakers([{ text: 'Tape is only as good as your last restore test. — Jürgen Müller, Énergie Suisse' }]);
    expect(found.find((s) => s.name === 'Jürgen Müller')?.organisation).toBe('Énergie Suisse');
    const muller = speakerNamed('Jürgen Müller');
    const sentence = 'Tape is only as good as your last restore test. — Jürgen Müller';
    expect(evidenceFor(sentence, mentionFinder([muller]).find(sentence, null)[0] as never).speaks).toBe(true);
  });

  it('scores the subject of a speech verb highest, a source next, a mere mention least', () => {
    expect(first('Crosby claims that Xen is ahead.').points).toBe(POINTS.speech + POINTS.subject);
    expect(first('The talk was given by Simon Crosby of XenSource.').points).toBe(POINTS.source);
    expect(first('I met Crosby at the bar.').points).toBe(POINTS.mention);
  });

  it('gives no words to what stands before ", according to" or to a possessive before its verb', () => {
    const unnamed = (sentence: string, description: string) => {
      const index = sentence.indexOf(description);
      return evidenceFor(sentence, { kind: 'unnamed', description, index, end: index + description.length }).speaks;
    };
    expect(unnamed('Bonuses were tied to keeping incidents below a target, according to internal documents and interviews with managers.', 'a target')).toBe(false);
    expect(unnamed("Had those cases been counted, the company's publicly reported injury rate would have been higher.", 'the company')).toBe(false);
    expect(unnamed('The rate fell, the company said.', 'the company')).toBe(true);
  });

  it('marks a source the author passes on', () => {
    expect(first('I gleaned that from a conversation with Crosby.')).toMatchObject({ reported: true });
    expect(first('According to Crosby, Xen wins.')).toMatchObject({ reported: false });
  });

  it('counts the author’s first person outside quotations only', () => {
    expect(authorEvidence('I predict that Xen will win.')).toBe(POINTS.firstPerson);
    expect(authorEvidence('He said "I predict it".')).toBe(0);
    expect(authorEvidence('It struck me as odd.')).toBe(POINTS.firstPersonObject);
  });
});

describe('deciding', () => {
  const tally = (points: number, author: number, reported = false): Tally => ({ speakers: new Map([['X', { points, speaks: true, reported, attribution: { kind: 'speaker', name: 'X' } }]]), author });

  it('gives the passage to a speaker with enough evidence, at least the author’s', () => {
    expect(decide(tally(5, 2))).toEqual({ kind: 'speaker', name: 'X' });
    expect(decide(tally(1.5, 0))).toBeNull();
    expect(decide(tally(1.5, 2))).toEqual({ kind: 'author' });
    expect(decide(tally(5, 2, true))).toEqual({ kind: 'speaker', name: 'X', via: 'author' });
  });

  it('gives a tie to the speaker: speech (3) against the author\'s "I" and "me" (2 + 1)', () => {
    expect(POINTS.speech).toBe(POINTS.firstPerson + POINTS.firstPersonObject);
    expect(decide(tally(POINTS.speech, POINTS.firstPerson + POINTS.firstPersonObject))).toEqual({ kind: 'speaker', name: 'X' });
    expect(decide(tally(POINTS.speech, POINTS.speech + 0.5))).toEqual({ kind: 'author' });
  });
});

describe('attributing passages', () => {
  const roe = { ...speakerNamed('Jane Roe'), organisation: 'Some Research', role: 'analyst' };

  it('keeps each sentence’s voice where a paragraph mixes them', () => {
    const [result] = attributePassages([draft('Roe warned that tape is costly. I am not sure she is right.')], [roe]);
    expect(result?.attribution).toEqual({ kind: 'speaker', name: 'Jane Roe' });
    expect(result?.voices?.map((v) => v.attribution)).toEqual([{ kind: 'speaker', name: 'Jane Roe' }, { kind: 'author' }]);
  });

  it('gives a list its lead-in’s voice, or the body the lead-in credits', () => {
    const results = attributePassages(
      [draft('Roe presented the key findings:'), draft('Tape is cheap.', { kind: 'list-item' }), draft('The operator’s own summary lists its key points:', { section: 'T' }), draft('Trains run.', { kind: 'list-item', section: 'T' })],
      [roe],
    );
    expect(results.map((r) => [r.attribution, r.isFinding])).toEqual([
      [{ kind: 'speaker', name: 'Jane Roe' }, false],
      [{ kind: 'speaker', name: 'Jane Roe' }, true],
      [{ kind: 'author' }, false],
      [{ kind: 'unnamed', label: 'the operator', via: 'author' }, true],
    ]);
  });

  it('continues a speaker through a paragraph that is only a quotation, and links an answer to its question', () => {
    const results = attributePassages(
      [draft('Roe said tape is back.'), draft('« Nous dormons mieux. »'), draft('What worries you?', { turn: { kind: 'author' } }), draft('Software updates.', { turn: { kind: 'speaker', name: 'Jane Roe' } })],
      [roe],
    );
    expect(results[1]?.attribution).toEqual({ kind: 'speaker', name: 'Jane Roe' });
    expect(results[3]).toMatchObject({ attribution: { kind: 'speaker', name: 'Jane Roe' }, context: 'What worries you?' });
  });
});

describe('turns', () => {
  const labelled = (lines: string[]) => lines.map((text) => ({ text: labelOf(text) ? text.slice(labelOf(text)?.rest) : text, ...(labelOf(text) ? { label: labelOf(text)?.label } : {}) }));

  it('gives Q and A to the people the introduction names', () => {
    const people = mergeSpeakers(detectSpeakers([{ text: 'Tom Achterberg spoke with Ines Carvalho, head of signalling at Northline Rail.' }]), [], 'Tom Achterberg');
    const turns = readTurns(labelled(['Tom Achterberg spoke with Ines Carvalho, head of signalling at Northline Rail.', 'Q: Why?', 'A: Because.']), people, front({ author: 'Tom Achterberg' }));
    expect(turns.voices).toEqual([null, { kind: 'author' }, { kind: 'speaker', name: 'Ines Carvalho' }]);
  });

  it('takes the interviewer and interviewee from the front matter, and never guesses without them', () => {
    const turns = readTurns(labelled(['Q: Why?', 'A: Because.']), [], front({ interviewer: 'Sofia Lindqvist', interviewee: 'Dr. Kwame Mensah' }));
    expect(turns.voices).toEqual([{ kind: 'speaker', name: 'Sofia Lindqvist' }, { kind: 'speaker', name: 'Kwame Mensah' }]);
    expect(turns.added.map((s) => s.name)).toEqual(['Sofia Lindqvist', 'Kwame Mensah']);
    const unknown = readTurns(labelled(['Q: Why?', 'A: Because.']), [], front());
    expect(unknown.voices).toEqual([{ kind: 'unnamed', label: 'the interviewer' }, { kind: 'unnamed', label: 'the interviewee' }]);
  });

  it('reads a label in a list item only when it names someone known', () => {
    const people = [speakerNamed('Marcus Webb')];
    const drafts = [
      { text: 'Read the matrix.', label: { name: 'Webb', note: null, bold: true }, kind: 'list-item' as const },
      { text: '£650.', label: { name: 'Cost', note: null, bold: true }, kind: 'list-item' as const },
      { text: '£650 again.', label: { name: 'Cost', note: null, bold: true }, kind: 'list-item' as const },
    ];
    expect(readTurns(drafts, people, front()).voices).toEqual([{ kind: 'speaker', name: 'Marcus Webb' }, null, null]);
  });

  it('resolves first names, surnames and capitals to the person, and leaves "Note:" as text', () => {
    const people = [speakerNamed('Priya Natarajan'), speakerNamed('Marcus Webb')];
    const turns = readTurns(labelled(['**Priya:** Hello.', 'WEBB: Hi.', 'Note: recorded live.', '**Dana Fox:** New here.', '**Dana Fox:** Again.', 'Chair: Marcus Webb']), people, front());
    expect(turns.voices).toEqual([
      { kind: 'speaker', name: 'Priya Natarajan' },
      { kind: 'speaker', name: 'Marcus Webb' },
      null,
      { kind: 'speaker', name: 'Dana Fox' },
      { kind: 'speaker', name: 'Dana Fox' },
      null,
    ]);
    expect(findSpeaker(people, 'marcus WEBB')?.name).toBe('Marcus Webb');
  });
});
