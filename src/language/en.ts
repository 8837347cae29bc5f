import { stemmer } from 'stemmer';
import { FRAMES } from './englishQuestions.ts';
import type { Language } from './types.ts';

/**
 * English, the bot's first language: the words news reports, transcripts and minutes use to
 * report speech and name roles, and the bot's own sentences. The question frames are in
 * src/language/englishQuestions.ts, which reads English questions.
 */

/** Nouns that name a job or a position, as in "analyst Tony Iams" or "Jane Doe, chief architect". */
const ROLE_NOUNS = [
  'analyst', 'economist', 'researcher', 'scientist', 'professor', 'engineer', 'architect', 'developer', 'designer',
  'director', 'manager', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'founder', 'co-founder',
  'CEO', 'CTO', 'CIO', 'CFO', 'COO', 'CISO', 'officer', 'executive', 'head', 'lead', 'leader', 'spokesperson',
  'spokesman', 'spokeswoman', 'consultant', 'evangelist', 'strategist', 'editor', 'reporter', 'journalist',
  'correspondent', 'author', 'lawyer', 'attorney', 'judge', 'justice', 'magistrate', 'minister', 'senator', 'governor', 'mayor', 'fellow', 'partner',
  'maintainer', 'organiser', 'organizer', 'investor', 'advocate', 'librarian', 'curator', 'historian', 'treasurer',
  'secretary', 'moderator', 'host', 'presenter', 'panellist', 'panelist', 'interviewer', 'economist', 'physician',
  'doctor', 'nurse', 'teacher', 'student', 'coordinator', 'administrator', 'specialist', 'adviser', 'advisor',
  'commissioner', 'councillor', 'councilor', 'inspector', 'auditor', 'planner', 'master', 'captain', 'pilot',
  'trainer', 'coach', 'owner', 'vice-president', 'VP', 'SVP', 'EVP', 'principal', 'technologist', 'programmer', 'clerk', 'councilmember',
];

/** Verbs that put words or claims in a subject's mouth, as base form and irregular forms. */
const SPEECH_VERBS: [base: string, ...irregular: string[]][] = [
  ['say', 'said'], ['tell', 'told'], ['claim'], ['note'], ['believe'], ['share'], ['present'], ['argue'], ['explain'],
  ['add'], ['warn'], ['predict'], ['state'], ['insist'], ['caution'], ['suggest'], ['point out', 'pointed out', 'points out', 'pointing out'],
  ['conclude'], ['report'], ['find', 'found'], ['show', 'shown'], ['describe'], ['recommend'], ['admit', 'admitted', 'admitting'],
  ['acknowledge'], ['announce'], ['be concerned', 'concerned'],
  ['worry', 'worries', 'worried'], ['emphasise'], ['emphasize'], ['stress', 'stresses'], ['contend'], ['maintain'],
  ['interview'], ['survey'], ['demonstrate'], ['reveal'], ['mention'], ['kick off', 'kicked off', 'kicks off'],
  ['make the point', 'made the point', 'makes the point', 'making the point', 'made the case', 'makes the case'],
  ['observe'], ['assert'], ['counter'], ['reply', 'replies', 'replied'], ['read out', 'reads out'], ['expect'], ['think', 'thought'],
  ['estimate'], ['propose'], ['recall'], ['write', 'wrote', 'written'], ['quip', 'quipped'], ['joke'], ['agree'],
  ['disagree'], ['cite'], ['hope'], ['fear'], ['ask'], ['urge'], ['vow'], ['promise'], ['concede'], ['call'],
  ['put it'], ['complain'], ['remark'], ['comment'], ['respond'], ['confirm'], ['deny', 'denies', 'denied'],
  ['speculate'], ['forecast'], ['advise'], ['highlight'], ['outline'], ['boast', 'boasted'], ['question'],
  ['counsel', 'counselled', 'counseled'], ['declare'], ['stated'], ['reckon'], ['doubt'], ['accept'], ['objected', 'object'],
  ['speak', 'spoke', 'spoken'], ['talk'], ['raise'], ['bring up', 'brought up', 'brings up'], ['welcome'], ['criticise'], ['criticize'], ['praise'], ['thank'], ['recount'], ['testify', 'testified', 'testifies'],
];

/** Verbs whose -ing form reports speech ("Crosby, noting that"); most -ing forms are nouns too ("finding", "meeting"). */
const ING_FORMS = new Set(['note', 'say', 'add', 'argue', 'warn', 'explain', 'insist', 'claim', 'predict', 'suggest', 'stress']);

/** Regular forms of a verb: "note" → note, notes, noted, noting. */
function verbForms([base, ...irregular]: [string, ...string[]]): string[] {
  if (base.includes(' ')) return [base, ...irregular];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return [base, s, ed, ...(ING_FORMS.has(base) ? [`${stem}ing`] : []), ...irregular];
}

const SPEECH_VERB_FORMS = SPEECH_VERBS.flatMap(verbForms);

/** What a list of results is called: "The key findings he presented:", "Takeaways", "The survey found:". */
const FINDING_NOUNS = [
  'findings?', 'results?', 'conclusions?', 'takeaways?', 'take-aways?', 'lessons?', 'key points', 'main points', 'key themes', 'themes?',
  'highlights', 'recommendations?', 'decisions?', 'resolutions?', 'outcomes?', 'insights?', 'key facts', 'facts',
  'figures', 'key figures', 'statistics', 'actions', 'action items', 'action points', 'next steps',
  'things to remember', 'what we learned', 'lessons learned', 'at a glance', 'in numbers', 'by the numbers',
  'fact sheet', 'factsheet',
];

const STOP_WORDS = (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves s t d ll m re ve eh oh also ' +
    'anyone anybody someone somebody everyone everybody anything something everything nothing nobody ' +
    'thing things stuff lot lots kind sort bit'
  ).split(' ');

export const english: Language = {
  code: 'en',
  detectCode: 'eng',
  name: 'English',
  // Porter's stemmer, as the index has always used: only plain ASCII words, a name such as "Müller" stays whole.
  stem: (word) => (word.length > 2 && /^[a-z]+$/.test(word) ? stemmer(word) : word),
  stopWords: STOP_WORDS,
  of: [],
  articles: ['the', 'a', 'an'],
  speech: {
    verbs: SPEECH_VERB_FORMS,
    before: ['said', 'says', 'added', 'explained', 'noted', 'warned', 'argued', 'insisted', 'asked', 'replied', 'wrote', 'told', 'according to', 'recalled', 'admitted', 'continued'],
    pronouns: ['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself'],
  },
  roleNouns: ROLE_NOUNS,
  people: { articles: [], nouns: [] },
  roleInEnglish: {},
  spokenTitles: ['remarks', 'speech', 'statement', 'address', 'testimony', 'keynote', 'lecture', 'sermon', 'eulogy', 'message', 'letter', 'foreword', 'op-ed'],
  bylineOpeners: ['by', 'written by', 'words', 'words by', 'text', 'reported by', 'story by', 'author', 'authors', 'prepared by', 'compiled by', 'report by', 'reporting officer', 'investigating officer'],
  notNames: [],
  labelWords: [],
  rosterPhrases: [],
  rosterWords: [],
  findings: { nouns: FINDING_NOUNS, one: ['theme', 'finding', 'lesson', 'conclusion', 'takeaway', 'result', 'recommendation'] },
  frames: FRAMES,
  replies: {
    saidIt: (who, byAuthor, close) => `${who} ${byAuthor ? 'wrote' : 'said'} ${close ? 'something close to it' : 'it'}.`,
    nothingMatches: (query) => `The report has nothing that matches ${query} well enough to name who said it.`,
    noSuchSpeaker: (name) => `No one called ${name} speaks in the report.`,
    help: 'I answer questions about the report: who said what, its findings, and its speakers.',
    searchNothing: (query) => `The report has nothing on ${query}.`,
    findingsNothing: (topic, whose) => `No finding${whose} in the report is about ${topic}.`,
    saysNothingAbout: (who, topic) => `${who} says nothing about ${topic} in the report.`,
  },
  // The commands' own names and descriptions are English (src/commands).
  discordLocales: [],
  commands: {},
};
