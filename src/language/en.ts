import { stemmer } from 'stemmer';
import { FRAMES } from './englishQuestions.ts';
import { SPEECH_VERB_FORMS } from './englishVerbs.ts';
import type { Language } from './types.ts';

/**
 * English, the bot's first language: the words news reports, transcripts and minutes use to
 * name roles and results, and the bot's own sentences. The verbs that report speech are in
 * src/language/englishVerbs.ts, the question frames in src/language/englishQuestions.ts.
 */

/** Nouns that name a job or a position, as in "analyst Tony Iams" or "Jane Doe, chief architect". */
const ROLE_NOUNS = [
  'analyst', 'economist', 'researcher', 'scientist', 'professor', 'engineer', 'architect', 'developer', 'designer',
  'director', 'manager', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'founder', 'co-founder',
  'CEO', 'CTO', 'CIO', 'CFO', 'COO', 'CISO', 'officer', 'executive', 'head', 'lead', 'leader', 'spokesperson',
  'spokesman', 'spokeswoman', 'consultant', 'evangelist', 'strategist', 'editor', 'reporter', 'journalist',
  'correspondent', 'author', 'lawyer', 'attorney', 'judge', 'justice', 'magistrate', 'minister', 'senator', 'governor', 'mayor', 'fellow', 'partner',
  'maintainer', 'organiser', 'organizer', 'investor', 'advocate', 'librarian', 'curator', 'historian', 'treasurer',
  'secretary', 'moderator', 'host', 'presenter', 'panellist', 'panelist', 'interviewer', 'physician',
  'doctor', 'nurse', 'teacher', 'student', 'coordinator', 'administrator', 'specialist', 'adviser', 'advisor',
  'commissioner', 'councillor', 'councilor', 'inspector', 'auditor', 'planner', 'master', 'captain', 'pilot',
  'trainer', 'coach', 'owner', 'vice-president', 'VP', 'SVP', 'EVP', 'principal', 'technologist', 'programmer', 'clerk', 'councilmember',
];

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
