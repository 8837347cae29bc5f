/**
 * People a question describes in the report's own words where no speaker has them as a role
 * (issue 21, point 5): "the treasurer", "the guy who runs NFS at a bank". Each layout is written
 * for the test: a chat, a forum thread, a French chat.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFor } from './support/knowledgeContext.ts';
import { buildKnowledge } from '../src/knowledge/load.ts';
import { answerText } from './support/answer.ts';

const contextOf = (content: string) => contextFor(buildKnowledge([{ file: 'report.md', content }]));
const who = (ctx: ReturnType<typeof contextOf>, description: string) => ctx.search.resolveSpeakers(description)?.speakers.map((s) => s.name) ?? null;

const CHAT = [
  '# Allotment group',
  '',
  '[02/03/2026, 19:02] Priya Nair: Welcome to the newer people: I am chairing the committee this year, Tom Ellery is treasurer, and Dev Ramaswamy looks after the beehives.',
  '[02/03/2026, 19:04] Tom Ellery: We have £412 in the account after the seed order.',
  '[02/03/2026, 19:05] Dev Ramaswamy: The old pump seized in January, the seals had perished.',
  '[02/03/2026, 19:07] Priya Nair: Safety officer note: Tom Ellery, please post the receipts in the shared folder.',
  '[02/03/2026, 19:09] Hana Sato: As a retired librarian, I can run the seed swap table.',
  '[02/03/2026, 19:11] Hana Sato: I take the first train from town, it gets in at nine.',
  '[02/03/2026, 19:13] Omar Haddad: I am a qualified electrician, so Tom Ellery can leave the shed wiring to me.',
].join('\n');

const THREAD = [
  '# Is NFS still fine for build caches?',
  '',
  'Pete Dvorak:',
  '',
  'I run NFS for about 900 build agents at a bank and the pain is configuration, not the protocol.',
  '',
  'Lena Hart:',
  '',
  'I run NFS too. After a lock problem I run the NFS mounts read-only.',
  '',
  'Pete Dvorak:',
  '',
  'Attribute caching at 30 seconds took our p99 from 40 ms to 4 ms.',
  '',
  'Lena Hart:',
  '',
  'Mine stayed slow whatever we set.',
].join('\n');

describe('someone the report describes in a sentence', () => {
  const chat = contextOf(CHAT);

  it('is the person a sentence names with the description', () => {
    // "Tom Ellery is treasurer" is said by Priya: the clause that holds the description names whom it describes.
    expect(who(chat, 'the treasurer')).toEqual(['Tom Ellery']);
    expect(who(chat, 'the person who looks after the beehives')).toEqual(['Dev Ramaswamy']);
    const answer = answerText(chat, 'what did the treasurer say about the account?');
    expect(answer.kind === 'passages' ? answer.results[0]?.passage.text : answer.lead).toContain('£412');
  });

  it('is the speaker who describes themselves so', () => {
    expect(who(chat, 'the retired librarian')).toEqual(['Hana Sato']);
    // The clause in the first person holds the description; the name in the next one is someone else.
    expect(who(chat, 'the electrician')).toEqual(['Omar Haddad']);
  });

  it('is no one where the description names a thing, or the name is only spoken to', () => {
    // "the first train" is no kind of person; "Safety officer note: Tom Ellery, …" speaks to Tom, who is no safety officer.
    expect(who(chat, 'the first train')).toBeNull();
    expect(who(chat, 'the safety officer')).toBeNull();
  });

  it('is whoever says more of it, among people who say some of it', () => {
    // Both run NFS, Lena more often; only Pete runs it at a bank.
    expect(who(contextOf(THREAD), 'the guy who runs NFS at a bank')).toEqual(['Pete Dvorak']);
  });

  it('is the one a given name and an acronym stand beside: "an update from Marguerite, our CEO, then Tobias, our CFO"', () => {
    const meeting = contextOf(
      [
        '# All-hands',
        '',
        'Devika Prasanna   0:03',
        'Welcome. We start with an update from Marguerite, our CEO, then Tobias, our CFO, on the numbers.',
        '',
        'Marguerite Okonkwo   1:12',
        'There are no layoffs planned.',
        '',
        'Tobias Lindqvist   5:20',
        'We have twenty-six months of runway.',
        '',
        'Devika Prasanna   9:40',
        'Thank you both.',
      ].join('\n'),
    );
    expect(who(meeting, 'the CEO')).toEqual(['Marguerite Okonkwo']);
    expect(who(meeting, 'the CFO')).toEqual(['Tobias Lindqvist']);
  });

  it('is the one an "as" clause puts in the part: the writer, or the one the next clause names', () => {
    const forum = contextOf(
      [
        '# Week 4 forum',
        '',
        '[03/03/2025, 10:14] Helena Marsh: Please post by Friday.',
        "[06/03/2025, 18:02] Jonah Okafor: Hi all, as the module's teaching assistant, here's where the discussion landed.",
        '[06/03/2025, 18:05] Aoife Brennan: As treasurer of the flood group, Ravi Menon told us the pumps cost £40,000.',
        '[06/03/2025, 18:07] Ravi Menon: That was the quote in 2023.',
      ].join('\n'),
    );
    expect(who(forum, 'the teaching assistant')).toEqual(['Jonah Okafor']);
    expect(who(forum, 'the treasurer')).toEqual(['Ravi Menon']);
  });

  it('is the one a relative clause or a label describes, in another form of the word: "Mr Ealing, who prosecutes", "Defence: Ms Qureshi"', () => {
    const remarks = contextOf(
      [
        '# Sentencing remarks',
        '',
        'Defence: Ms Farah Qureshi',
        '',
        'Farah Qureshi said: "He has shown real remorse since the day of his arrest."',
        '',
        'Jonathan Ealing said: "The victims were picked out by the key safes beside their doors."',
        '',
        'Mr Ealing, who prosecutes for the Crown, asked for the order to last five years.',
      ].join('\n'),
    );
    expect(who(remarks, 'the prosecutor')).toEqual(['Jonathan Ealing']);
    expect(who(remarks, 'the defender')).toEqual(['Farah Qureshi']);
  });

  it('is read in French too', () => {
    const french = contextOf(
      [
        '# Groupe des parents',
        '',
        '[02/03/2026, 19:02] Claire Morel : Bonsoir à tous, Julien Petit est notre trésorier cette année.',
        '[02/03/2026, 19:04] Julien Petit : Il reste 212 euros après la kermesse.',
        "[02/03/2026, 19:06] Maëlle Guivarch : Je suis ostréicultrice à Cancale, je peux apporter les huîtres pour la fête de l'école.",
      ].join('\n'),
    );
    expect(who(french, 'le trésorier')).toEqual(['Julien Petit']);
    expect(who(french, "l'ostréicultrice")).toEqual(['Maëlle Guivarch']);
  });
});

describe('"the author" of a thread whose page badges its poster', () => {
  const MR = [
    'Add TTL-based eviction to the route cache',
    '',
    'Farid Haddad @fhaddad · 3 days ago Author',
    'I went with plain TTL because lookups go cold after a few minutes.',
    '',
    'Tobias Wren @twren · 2 days ago Maintainer',
    'I am not convinced TTL is the right tool here.',
    '',
    'Farid Haddad @fhaddad · 2 days ago Author',
    'Reads outnumber writes forty to one.',
    '',
    'Ingrid Solberg @isolberg · 2 days ago Maintainer',
    'Can we do TTL plus a cap in this request?',
  ].join('\n');

  it('is the poster the page calls "Author", where the report names no writer of its own', () => {
    expect(who(contextOf(MR), 'the author')).toEqual(['Farid Haddad']);
  });

  it('reads "the author go with TTL" as no description: the word after the person is the question\'s verb', () => {
    // The whole merge request, whose reviewer says "go with" and "TTL rather than" in one sentence.
    const page = contextOf(readFileSync('test/fixtures/dev24-gitlab-merge-request-review/gitlab-merge-request-review.md', 'utf8'));
    expect(who(page, 'the author go with TTL rather than')).toBeNull();
  });
});

describe('parts numbered in words', () => {
  it('finds Reviewer 2 as "the second reviewer", "reviewer two", "reviewer #2" and "le deuxième reviewer"', () => {
    const ctx = contextOf(['# Decision letter', '', '**Reviewer 1:** The design cannot support causal claims.', '', '**Reviewer 2:** The literature review is too long.', '', '**Reviewer 3:** Figure 2 is hard to read.', '', '**Reviewer 2:** The data should be deposited.'].join('\n'));
    for (const asked of ['the second reviewer', 'reviewer two', 'Reviewer #2', 'le deuxième reviewer']) expect(who(ctx, asked)).toEqual(['Reviewer 2']);
    expect(who(ctx, 'the third reviewer')).toEqual(['Reviewer 3']);
  });
});

describe('a description the report says in another form of its word', () => {
  it('finds "the economist" in the one who lectures "in economics", the person named before it rather than a place after', () => {
    const ctx = contextOf(['# Pedestrian streets', '', 'CHIDI OKAFOR is a senior lecturer in urban economics at the University of Westhaven.', '', 'OKAFOR: Footfall rose in most schemes.', '', 'WESTHAVEN: Traders are worried about parking.', '', 'OKAFOR: Shopkeepers overestimate how many customers drive.'].join('\n'));
    expect(who(ctx, 'the economist')).toEqual(['Chidi Okafor']);
  });
});
