import Fuse from 'fuse.js';
import { tokenize } from './text.ts';

const MAX_TOPICS = 300;
const MIN_WORD = 4;
/** Common verbs, adverbs and adjectives: words of every subject, so topics of none. */
const NOISE = new Set(
  (
    'also always among another anything around away back become being best better come comes could does doing done down ' +
    'each either else enable enough even ever every find first found from gets give given going good great have having ' +
    'however into just keep know large last least less like likely little long look made make makes making many maybe ' +
    'mean meaning means might more most much must near need needs never next once only other over part per perhaps ' +
    'pretty quite rather real really right said same says seem seems several should show since single some something ' +
    'still such sure take takes tell tend than that their them then there these they thing things think this those ' +
    'though through toward towards under unless until upon used uses using very want wants well were what when where ' +
    'whether which while whole will with within without would year years doubt accounts appear appears'
  ).split(' '),
);
const isTopicWord = (term: string) => term.length >= MIN_WORD && !NOISE.has(term) && !/^\d+$/.test(term) && !/['’]/.test(term);

/**
 * Topics a set of passages is about, for autocomplete: their words and two-word phrases
 * ("high availability", "storage virtualization"), weighted by how often they occur here and
 * how rare they are elsewhere (`idf`), each in the spelling the text uses most.
 */
export function topicsOf(texts: readonly string[], idf: (stem: string) => number): string[] {
  const score = new Map<string, number>();
  const spelling = new Map<string, Map<string, number>>();
  const count = (key: string, surface: string, weight: number) => {
    score.set(key, (score.get(key) ?? 0) + weight);
    const forms = spelling.get(key) ?? new Map<string, number>();
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
    spelling.set(key, forms);
  };
  for (const text of texts) {
    const tokens = tokenize(text);
    tokens.forEach((token, i) => {
      if (token.stopword || !isTopicWord(token.term)) return;
      const surface = text.slice(token.start, token.end).replace(/['’]s$/, '');
      count(token.stem, surface, idf(token.stem));
      const next = tokens[i + 1];
      if (next && !next.stopword && isTopicWord(next.term) && /^[\s-]+$/.test(text.slice(token.end, next.start))) {
        count(`${token.stem} ${next.stem}`, text.slice(token.start, next.end).replace(/['’]s$/, ''), idf(token.stem) + idf(next.stem));
      }
    });
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TOPICS)
    .map(([key]) => mostCommon(spelling.get(key) as Map<string, number>));
}

function mostCommon(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

const fuseOf = new WeakMap<string[], Fuse<string>>();

/** Topics that match what the user has typed so far: prefixes first, then fuse.js's close spellings. */
export function matchTopics(topics: string[], typed: string, limit: number): string[] {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return topics.slice(0, limit);
  const prefixed = topics.filter((t) => t.toLowerCase().startsWith(wanted) || t.toLowerCase().includes(` ${wanted}`));
  let fuse = fuseOf.get(topics);
  if (!fuse) fuseOf.set(topics, (fuse = new Fuse(topics, { threshold: 0.3, ignoreLocation: true })));
  const fuzzy = fuse.search(wanted.slice(0, 32), { limit }).map((r) => r.item);
  return [...new Set([...prefixed, ...fuzzy])].slice(0, limit);
}
