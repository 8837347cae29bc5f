import { DETERMINER, LANGUAGES, SOMEONE_WORDS } from '../language/index.ts';
import { escapeRegExp, sentenceSpans, SPEECH_VERB } from '../knowledge/language.ts';
import { foldName, isKindOfPerson } from '../knowledge/speakerIdentity.ts';
import type { Passage, Speaker } from '../knowledge/types.ts';
import { forEachTerm, stemsOf } from './text.ts';
import { nameScanner } from '../knowledge/mentions.ts';
import { isCommonWord, isNoun, relatedForms } from '../knowledge/wordnet.ts';

/**
 * "the treasurer", "the retired librarian", "the person who works in local government finance":
 * people a question describes in the report's own words where no speaker has them as a role. The
 * report says who they are in a sentence somewhere: of someone it names ("Tom is treasurer",
 * "Marta Quintela, a retired librarian,"), or of themselves in their own words ("I spent nine
 * years as the storage admin for the county hospital network"). That sentence's person is the one
 * described: a nominal mention linked to its entity, as quote attribution links a cue's subject.
 */

/** The speaker of a passage speaks of themselves: "I", "my", "je", "yo". */
const FIRST_PERSON = (() => {
  const words = [...new Set(LANGUAGES.flatMap((l) => l.firstPerson))].map(escapeRegExp);
  // An elided word ("j'") runs into the next.
  const whole = words.filter((w) => !/['’]$/.test(w));
  const elided = words.filter((w) => /['’]$/.test(w));
  return new RegExp(`(?:^|[^\\p{L}'’])(?:(?:${whole.join('|')})(?=$|[^\\p{L}'’])|(?:${elided.join('|') || '(?!)'}))`, 'iu');
})();
/** A clause that puts someone in the part the description names: "as the module's teaching assistant", "en tant que trésorière". */
const AS_PART = new RegExp(String.raw`^(?:${[...new Set(LANGUAGES.flatMap((l) => l.asPart))].map(escapeRegExp).join('|')})\s`, 'iu');
/** Words after which a description's head gives way to what qualifies it: "librarian" in "the retired librarian from Leeds". */
const QUALIFIERS = new Set([
  ...'who whom whose that which from of at in with for on to by near outside inside behind about over under running qui que quien'.split(' '),
  ...LANGUAGES.flatMap((l) => l.of).map((w) => w.replace(/['’]$/, '')),
]);
/** A clause that describes whom the clause beside it names: "a retired librarian", "our treasurer", "notre trésorier". */
const APPOSITION = new RegExp(`^(?:${DETERMINER}|(?:our|my|their|his|her|notre|mon|ma|son|sa|leur|nuestro|nuestra|mi|su)\\s+)`, 'iu');
/** How near the edge of the clause beside an apposition its name must stand. */
const NEAR_WORDS = 4;
const lastWords = (clause: string | undefined) => clause?.split(/\s+/).slice(-NEAR_WORDS).join(' ');
/** Where one clause of a sentence ends and another, about someone else perhaps, begins. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s(?:and|but|while|whereas|et|mais|y|pero)\s/giu;
/** A description is a few words: more is a question's topic run into it. */
const MAX_WORDS = 6;
/** Sentences read for a description: the work per question is bounded. */
const MAX_SENTENCES = 400;
/** The search that finds the sentences: its passages, and the share of the description they must hold (a word the report never uses weighs most, so little; the sentences count the words held). */
export const DESCRIBING = { passages: 20, coverage: 0.25 } as const;
/** "the …", "a …", "l'…": a description of someone, not their name. */
const DESCRIBED = new RegExp(`^${DETERMINER}`, 'iu');
/** A verb of saying or "about" in it: a question's topic run into the description. */
const SAYING = new RegExp(String.raw`(?:^|\s)(?:${SPEECH_VERB}|about|say|says|think|thinks)(?:\s|$)`, 'iu');

export interface Description {
  /** Stems of the description's content words. */
  stems: string[];
  /** Other forms that say the head, by its stem: "the prosecutor" is who "prosecutes", who stands for the "prosecution". */
  forms: ReadonlyMap<string, readonly string[]>;
  /** How many of them a sentence must hold: all, or all but one of three or more. */
  needed: number;
  /** The words, for the search that finds the sentences. */
  query: string;
}

/**
 * The content of a description that follows an article ("the retired librarian", "l'élue chargée
 * de la transition"), or null for a name, a topic or a phrase with a verb of saying in it.
 */
export function descriptionOf(text: string): Description | null {
  const folded = text.trim().replace(/[?!.,;:]+$/, '');
  const rest = folded.replace(DESCRIBED, '');
  if (rest === folded || SAYING.test(rest)) return null;
  const words: string[] = [];
  const stems: string[] = [];
  let head = '';
  let qualified = false;
  const acronyms = new Set([...rest.matchAll(/\b\p{Lu}{2,5}\b/gu)].map((m) => m[0].toLowerCase()));
  forEachTerm(rest, (term, termStem, stopword) => {
    if (QUALIFIERS.has(term)) qualified = true;
    if (stopword) return;
    // "the author go with TTL": a short word after the noun is the sentence's verb, and the head is no person ("the local MP" keeps its head).
    if (!qualified && (term.length >= 3 || !acronyms.has(term))) head = term;
    if (term.length < 3) return;
    if (SOMEONE_WORDS.has(term)) return;
    words.push(term);
    stems.push(termStem);
  });
  // "the first train" is no one: the description's head names a kind of person, or a word English does not know ("admin", "ostréicultrice").
  // "the CEO", "the SRE": an acronym names a part, whatever WordNet makes of its letters.
  if (!head || (!SOMEONE_WORDS.has(head) && !acronyms.has(head) && !isKindOfPerson(head) && (isNoun(head) || isCommonWord(head)))) return null;
  const unique = [...new Set(stems)];
  if (unique.length === 0 || unique.length > MAX_WORDS) return null;
  const headStem = stemsOf(head)[0];
  // Two steps through the act: "defender" → defend → "defence", "prosecutor" → prosecute → "prosecution".
  const related = relatedForms(head).flatMap((w) => [w, ...relatedForms(w)]);
  const forms = new Map(headStem ? [[headStem, [...new Set(related.flatMap((w) => stemsOf(w)))].filter((s) => s !== headStem)]] : []);
  return { stems: unique, forms, needed: unique.length >= 3 ? unique.length - 1 : unique.length, query: words.join(' ') };
}

/** How many of the description's words a text's stems hold, each in any of its forms. */
function heldIn(description: Description, held: ReadonlySet<string>): number {
  return description.stems.filter((s) => held.has(s) || (description.forms.get(s) ?? []).some((f) => held.has(f))).length;
}

/** Where a name may start in folded text: any letter or digit ("u/spreadsheet_goblin", "zb"). */
const FOLDED_START = /[\p{L}\p{N}]/gu;

/**
 * The named speakers a description may stand for, by each name and alias folded: a clause's names are found as
 * mentions.ts finds names in a text (nameScanner), one scanner per report, built when a clause of it is first read.
 */
export class PeopleNames {
  private readonly scanners = new Map<string, { scan: ReturnType<typeof nameScanner>; ids: Map<string, Set<string>> }>();
  readonly ids: ReadonlySet<string>;

  constructor(private readonly people: readonly Speaker[]) {
    this.ids = new Set(people.map((s) => s.id));
  }

  /** The people of report `reportId` a folded clause names. */
  in(clause: string, reportId: string): string[] {
    return [...new Set(this.mentions(clause, reportId).map((m) => m.id))];
  }

  /** Where in a folded clause it names each person of report `reportId`, in order. */
  mentions(clause: string, reportId: string): { index: number; id: string }[] {
    let scanner = this.scanners.get(reportId);
    if (!scanner) {
      const ids = new Map<string, Set<string>>();
      for (const s of this.people) {
        if (!s.reports.includes(reportId)) continue;
        for (const name of [s.name, ...s.aliases]) {
          if (name.length < 2) continue;
          const folded = foldName(name);
          ids.set(folded, (ids.get(folded) ?? new Set()).add(s.id));
        }
      }
      scanner = { scan: nameScanner(ids.keys(), FOLDED_START), ids };
      this.scanners.set(reportId, scanner);
    }
    const { scan, ids } = scanner;
    return scan(clause).flatMap((m) => [...(ids.get(m.name) ?? [])].map((id) => ({ index: m.index, id })));
  }
}

/**
 * The one speaker the passages' sentences describe so, or null when they describe none or
 * several equally.
 */
export function describedSpeaker(description: Description, passages: readonly Passage[], people: PeopleNames): string | null {
  // Sentences holding more of the description speak for it first: "I run NFS at a bank" before "we run NFS too".
  let most = description.needed;
  const votes = new Map<string, number>();
  let read = 0;
  for (const passage of passages) {
    for (const [start, end] of sentenceSpans(passage.text)) {
      if (++read > MAX_SENTENCES) break;
      const sentence = passage.text.slice(start, end);
      const count = heldIn(description, new Set(stemsOf(sentence)));
      if (count < most) continue;
      const who = personOf(passage, sentence, description, people);
      if (!who) continue;
      if (count > most) {
        most = count;
        votes.clear();
      }
      votes.set(who, (votes.get(who) ?? 0) + 1);
    }
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/**
 * Who the sentence's clause holding the description is about: its speaker when it is in their
 * first person ("as a retired librarian, I …"), the one person it names ("Tom is treasurer"), or
 * the name set beside it when it opens with an article ("Marta Quintela, a retired librarian,",
 * "our treasurer, Tom"). Undefined when the sentence says nothing of who it is.
 */
function personOf(passage: Passage, sentence: string, description: Description, people: PeopleNames): string | undefined {
  const clauses = foldName(sentence).split(CLAUSE_BREAK).map((c) => c.trim());
  const named = (clause: string) => people.in(clause, passage.reportId);
  for (const [i, clause] of clauses.entries()) {
    if (heldIn(description, new Set(stemsOf(clause))) === 0) continue;
    if (FIRST_PERSON.test(clause)) return ownSpeaker(passage, people.ids);
    const inClause = named(clause);
    if (inClause.length > 0) return inClause.length === 1 ? inClause[0] : subjectOf(clause, description, people.mentions(clause, passage.reportId));
    // "Hi all, as the module's teaching assistant, here's where we landed": the part is the subject's, one named in the clause
    // after it ("As treasurer, Tom said …") or else the writer.
    if (AS_PART.test(clause)) {
      const next = clauses[i + 1] ? named(clauses[i + 1] as string) : [];
      return next.length === 1 ? next[0] : next.length === 0 ? ownSpeaker(passage, people.ids) : undefined;
    }
    // "Mr Ealing, who prosecutes, told me": a relative clause describes the name just before it.
    if (RELATIVE.test(clause)) {
      const before = named(lastWords(clauses[i - 1]) ?? '');
      if (before.length === 1) return before[0];
      continue;
    }
    // "Prosecution: Mr Jonathan Ealing": a clause that is the description alone labels the name beside it, as an apposition does.
    if (!APPOSITION.test(clause) && !onlyDescribes(clause, description)) continue;
    // "… an update from Marguerite, our CEO, then Tobias": the name that ends the clause before, else the one that opens the clause after.
    for (const beside of [lastWords(clauses[i - 1]), clauses[i + 1]?.split(/\s+/).slice(0, NEAR_WORDS).join(' ')]) {
      const one = beside ? named(beside) : [];
      if (one.length === 1) return one[0];
    }
  }
  // "As a retired librarian, I …": the first person of a sentence that names no one.
  return FIRST_PERSON.test(sentence) && clauses.every((c) => named(c).length === 0) ? ownSpeaker(passage, people.ids) : undefined;
}

/**
 * Of several people a clause names, the one its description is said of: the one named last before it ("Chidi Okafor
 * is a senior lecturer in urban economics at the University of Westhaven" describes Okafor, not Westhaven's chamber).
 */
function subjectOf(clause: string, description: Description, mentions: { index: number; id: string }[]): string | undefined {
  let at = -1;
  let offset = 0;
  forEachTerm(clause, (_term, termStem) => {
    if (at < 0 && (description.stems.includes(termStem) || [...description.forms.values()].some((f) => f.includes(termStem)))) at = clause.indexOf(_term, offset);
    if (at < 0) offset = Math.max(offset, clause.indexOf(_term, offset) + _term.length);
  });
  return mentions.filter((m) => m.index < at).pop()?.id;
}

/** A clause that opens with a relative pronoun: "who prosecutes", "qui préside", "quien preside". */
const RELATIVE = /^(?:who|qui|quien|quienes)\s/iu;

/** Whether every word of a clause that says anything is one of the description's: "prosecution", "the chair". */
function onlyDescribes(clause: string, description: Description): boolean {
  let other = false;
  let any = false;
  forEachTerm(clause, (_term, termStem, stopword) => {
    if (stopword) return;
    if (description.stems.includes(termStem) || [...description.forms.values()].some((f) => f.includes(termStem))) any = true;
    else other = true;
  });
  return any && !other;
}

/** The passage's own speaker, a named one speaking for themselves. */
function ownSpeaker(passage: Passage, ids: ReadonlySet<string>): string | undefined {
  const { attribution } = passage;
  return attribution.kind === 'speaker' && attribution.via !== 'author' && ids.has(attribution.speakerId) ? attribution.speakerId : undefined;
}
