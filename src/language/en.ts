import { stemmer } from 'stemmer';
import { FRAMES } from './englishQuestions.ts';
import { counted } from './counting.ts';
import { BY_SAYING, SPEECH_VERB_FORMS } from './englishVerbs.ts';
import { sizeText } from './sizes.ts';
import type { Language } from './types.ts';
import type { FileKind, SniffedContent } from './importProblems.ts';

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
  'representative', 'delegate', 'assemblymember', 'congressman', 'congresswoman',
  // Kin, who speak as such in obituaries and family stories: "Her son, Tom Alderton, said …".
  'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'brother', 'sister', 'mother', 'father', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'stepson', 'stepdaughter',
];

/** What a list of results is called: "The key findings he presented:", "Takeaways", "The survey found:". */
const FINDING_NOUNS = [
  'findings?', 'results?', 'conclusions?', 'takeaways?', 'take-aways?', 'lessons?', 'key points', 'main points', 'key themes', 'themes?',
  'highlights', 'recommendations?', 'decisions?', 'resolutions?', 'outcomes?', 'insights?', 'key facts', 'facts',
  'figures', 'key figures', 'statistics', 'actions', 'action items', 'action points', 'next steps',
  'things to remember', 'what we learned', 'what we found', 'what we found out', 'what we discovered', 'lessons learned',
  'what we agreed', 'what was agreed', 'what we decided', 'what was decided', 'agreed actions', 'at a glance', 'in numbers', 'by the numbers',
  'fact sheet', 'factsheet', 'talking points', "what's new", 'what’s new', 'key changes', 'notable changes',
  // What an inspection or a review says of what it looked at: "What the school does well", "What it should do to improve".
  'strengths', 'areas for improvement', 'does well', 'do well', 'to improve',
  // What a court, a tribunal or a committee finds: its judgment, its verdicts, its rulings, the disposition of what was put to it.
  'judgments?', 'judgements?', 'verdicts?', 'rulings?', 'dispositions?', 'determinations?',
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

/** "3 passages": English's plural, an -s for the nouns the bot counts. */
/** What a file's content is, when it is not what its name says. */
const CONTENT: Record<SniffedContent, string> = {
  PDF: 'a PDF (rename it to .pdf)',
  zip: 'a zip archive, such as a Word .docx file',
  'old Office file': 'an old Office file (.doc) or a password-protected Word file',
  binary: 'binary data',
  text: 'text',
};
/** What a file system entry that is not a regular file is, in English: the knowledge folder's log says it so too. */
export const FILE_KINDS: Record<FileKind, string> = {
  folder: 'a folder',
  fifo: 'a FIFO (named pipe)',
  'character device': 'a character device',
  'block device': 'a block device',
  socket: 'a socket',
  link: 'a link',
  other: 'not a regular file',
};
const n = (count: number, one: string) => counted(count, one, `${one}s`);
/** "1,204 passages": a count that may run to thousands, with its separators. */
const many = (count: number, one: string) => `${count.toLocaleString('en')} ${count === 1 ? one : `${one}s`}`;
/** Whose findings: " presented by Jane Roe", or nothing. */
const by = (who: string | null) => (who ? ` presented by ${who}` : '');

export const english: Language = {
  code: 'en',
  detectCode: 'eng',
  name: 'English',
  // Porter's stemmer, as the index has always used: only plain ASCII words, a name such as "Müller" stays whole.
  stem: (word) => (word.length > 2 && /^[a-z]+$/.test(word) ? stemmer(word) : word),
  authorNames: ['the author', 'author'],
  stopWords: STOP_WORDS,
  of: [],
  articles: ['the', 'a', 'an'],
  speech: {
    verbs: SPEECH_VERB_FORMS,
    before: ['said', 'says', 'added', 'explained', 'noted', 'warned', 'argued', 'insisted', 'asked', 'replied', 'wrote', 'told', 'according to', 'recalled', 'admitted', 'continued'],
    pronouns: { male: ['he', 'him', 'his', 'himself'], female: ['she', 'her', 'hers', 'herself'] },
    objectPronouns: ['him', 'her'],
    possessives: ['his', 'her'],
    byDoing: BY_SAYING,
  },
  honorifics: { male: ['Mr', 'Mister', 'Sir', 'Lord'], female: ['Mrs', 'Ms', 'Miss', 'Dame', 'Lady'] },
  genderedParts: {
    male: ['son', 'husband', 'widower', 'brother', 'father', 'grandson', 'grandfather', 'nephew', 'uncle', 'stepson', 'spokesman', 'chairman'],
    female: ['daughter', 'wife', 'widow', 'sister', 'mother', 'granddaughter', 'grandmother', 'niece', 'aunt', 'stepdaughter', 'spokeswoman', 'chairwoman'],
  },
  titleParts: { Revd: 'reverend', Rev: 'reverend', Reverend: 'reverend', Cllr: 'councillor', Insp: 'inspector', Sgt: 'sergeant', Capt: 'captain', Prof: 'professor', Supt: 'superintendent', Rep: 'representative', Sen: 'senator', DC: 'detective constable', DS: 'detective sergeant', DCI: 'detective chief inspector', PC: 'police constable', Det: 'detective' },
  roleNouns: ROLE_NOUNS,
  people: { articles: [], nouns: [] },
  roleInEnglish: {},
  spokenTitles: ['remarks', 'speech', 'statement', 'address', 'testimony', 'keynote', 'lecture', 'sermon', 'eulogy', 'message', 'letter', 'foreword', 'op-ed'],
  bylineOpeners: ['by', 'written by', 'words', 'words by', 'text', 'reported by', 'story by', 'author', 'authors', 'prepared by', 'compiled by', 'edited by', 'introduced and edited by', 'edited and introduced by', 'report by', 'reporting officer', 'investigating officer', 'updates by', 'live updates by', 'reporting by', 'coverage by', 'live coverage by'],
  notNames: [],
  labelWords: [],
  rosterPhrases: [],
  rosterWords: [],
  presiding: { phrases: ['chaired by', 'in the chair', 'presiding'], role: 'chair' },
  interview: { asks: ['q', 'question', 'questions', 'interviewer'], answers: ['a', 'answer', 'answers', 'interviewee'] },
  findings: { nouns: FINDING_NOUNS, one: ['theme', 'finding', 'lesson', 'conclusion', 'takeaway', 'result', 'recommendation'] },
  frames: FRAMES,
  replies: {
    saidIt: (who, byAuthor, close) => `${who} ${byAuthor ? 'wrote' : 'said'} ${close ? 'something close to it' : 'it'}.`,
    nothingMatches: (query) => `The report has nothing that matches ${query} well enough to name who said it.`,
    noSuchSpeaker: (name) => `No one called ${name} speaks in the report.`,
    help: 'I answer questions about the report: who said what, its findings, and its speakers.',
    searchNothing: (query) => `The report has nothing on ${query}.`,
    findingsNothing: (topic, who) => `No finding${by(who)} in the report is about ${topic}.`,
    saysNothingAbout: (who, topic) => `${who} says nothing about ${topic} in the report.`,
    askFor: (wanted, example) => `Tell me ${{ words: 'the words you remember', search: 'what to look for', speaker: 'whose words you want' }[wanted]}, for example: ${example}`,
    showingFirst: (shown) => `Showing the first ${shown}; add a topic to narrow them.`,
    wordsLeftOut: (count) => `Only the first words of the question were used (${count} more left out).`,
    lookedInstead: (word, synonyms) => `The report never says ${word}; I looked for ${synonyms.join(', ')} instead.`,
    about: (reports, passages, unreadable) => `I answer from ${n(reports, 'report')}, ${n(passages, 'passage')} in all.${unreadable ? ` ${n(unreadable, 'report')} could not be read: see the log.` : ''}`,
    speakers: (named, unnamed, reports) => `${n(named, 'named speaker')} and ${n(unnamed, 'unnamed one')} in ${n(reports, 'report')}.`,
    card: (label, passages, reports) => `${label}: ${n(passages, 'passage')} in ${n(reports, 'report')}.`,
    noFindings: (who) => (who ? `The report gives no findings${by(who)}.` : 'The report presents no findings.'),
    findings: (count, who, reports) => `${n(count, 'finding')}${by(who)} in ${n(reports, 'report')}.`,
    findingsAbout: (count, who, topic) => `${n(count, 'finding')}${by(who)} about ${topic}.`,
    noFindingCredited: (who, topic) => `No finding in the report is credited to ${who}; this is what the report gives them on ${topic}.`,
    quotes: (who, count) => `${who}: ${n(count, 'passage')}.`,
    quotesAbout: (who, topic, count) => `${who} on ${topic}: ${n(count, 'passage')}.`,
    closestOfTheirs: 'None of their passages says it in these words; this one comes closest.',
    inOtherWords: (from) => `From passage ${from} on, they speak of it in other words.`,
    describedClosest: (name, topic) => `No one in the report is called ${name}; on ${topic}, this comes closest.`,
    silent: (who, mentions) => `${who} says nothing in the report${mentions ? `; ${n(mentions, 'passage')} mention${mentions === 1 ? 's' : ''} them` : ''}.`,
    searchMatches: (count, query) => `${n(count, 'passage')} ${count === 1 ? 'matches' : 'match'} ${query}.`,
    picked: 'The passage you picked:',
    underHeading: 'Some of the words are in the section heading above these passages, not in the passages themselves.',
    decides: (missing, count, subject) => `The report never says ${missing.join(' or ')}; ${n(count, 'passage')} on ${subject} decide it.`,
    unknownCommand: (name) => `I don't know the command ${name}. Type /help to see what I can answer.`,
    newConversation: 'New conversation: I have forgotten whom and what we were talking about. Ask away.',
    slowDown: (seconds) => `You're asking a little fast: please wait ${seconds} s and try again.`,
    reportHelp: (where) => `This ${where}’s own reports: add one from a file or a web page, list them, remove one, see what they lack (all but list are for the ${where}’s managers).`,
    outdatedCommand: (name) => `I don't know ${name} any more: the commands may be out of date. Try /help.`,
    summary: {
      nothingLoaded: 'No report is loaded, so there is nothing to summarise.',
      several: (count, wanted) => `${n(count, 'report')} match ${wanted}: name one of them.`,
      noneCalled: (wanted, count) => `No report is called ${wanted}. There are ${n(count, 'report')}: /about lists them.`,
      onlyOne: (wanted) => `No report is called ${wanted}; this is the only one loaded.`,
      oneOf: (count) => `One of ${n(count, 'report')}; /summary without a report gives a short summary of each.`,
      each: (count, example) => `${n(count, 'report')}, each in brief. For one in full, name it: /summary ${example}`,
      firstShown: (shown) => `The first ${shown} are here; /about lists them all, and /summary <title> gives any one.`,
      full: (title, author, sections, speakers, findings) => `${title}${author ? ` by ${author}` : ''}: ${n(sections, 'section')}, ${n(speakers, 'speaker')} besides the author, ${n(findings, 'finding')}.`,
    },
    conversation: {
      lost: (what) =>
        `I'm not sure ${{ more: 'what to show more of', whom: 'whom you mean', that: 'what “that” is', why: 'what “why” is about', other: 'who “the other one” is' }[what]}: ask a question first (for example “who said open source is ahead?”), then follow it up.`,
      onlyOnePerson: (label) => `The last answer had only ${label ?? 'no one'} in it: name the other person, or ask /speakers.`,
      on: (topic) => `On ${topic}:`,
      more: (topic) => (topic ? `More on ${topic}:` : 'More:'),
      whoMore: (who) => `${who}, more:`,
      whoOn: (who, topic) => `${who}, on ${topic}:`,
      besides: (who, topic) => `Besides ${who}, on ${topic}:`,
      findingsOn: (topic) => `Findings on ${topic}:`,
      why: (who) => `Why, in the words around ${who ? `what ${who} said` : 'that passage'}:`,
      noOneElse: (who) => `No one else in the report says that: only ${who}.`,
      nothingMore: 'Nothing more: that was everything the report has on it.',
      byOthers: (count) => `${n(count, 'passage')} by others.`,
      morePassages: (count) => `${n(count, 'more passage')}.`,
      changed: 'The report has changed since that answer: ask again.',
      nothingAround: 'the report gives nothing more around it.',
      around: (count) => `${n(count, 'passage')}.`,
    },
    who: {
      author: (name) => (name ? `the author, ${name}` : 'the author (not named in the report)'),
      theAuthor: 'the author',
      unnamed: (description, author) => `${description} (not named in the report)${author ? `, as reported by the author, ${author}` : ''}`,
      reportedBy: (who, author) => `${who}, as reported by the author${author ? `, ${author}` : ''}`,
      unknown: 'an unknown speaker',
      role: 'author',
    },
    terminal: {
      welcome: (titles, passages) => `report-bot: ask me about ${titles} (${many(passages, 'passage')}).\nType /help for the commands, /quit or Ctrl-D to leave.`,
      bye: 'Bye.',
      failed: (problem) => `Sorry, something went wrong answering that (${problem}). Please try other words.`,
    },
    report: {
      notInPlace: '/report works in a server: there it adds, lists and removes that server’s own reports. Here I answer from the shared reports (/about lists them).',
      notAllowed: 'Only members with the Manage Server permission can manage this server’s reports.',
      notAllowedSlack: 'Only workspace admins and owners, and the people named in REPORT_ADMINS, can add or remove this workspace’s reports or see its gaps. Anyone may /report list.',
      addWhat: 'Give the report to add: a file (`file`) or the address of a web page (`url`).',
      addOne: 'Give one report at a time: a file or an address, not both.',
      addWhatSlack: 'Give the address of a web page: `/report add https://…`. To add a file (PDF, Word .docx, .html, .md, .txt), share it with me in a DM, or in a channel with a mention of me.',
      unknownSubcommand: 'I know /report add, /report list, /report remove and /report gaps.',
      noShelf: (where) => `This bot does not keep ${where}s’ own reports.`,
      working: (what) => `Working on /report add ${what}: the answer comes here in a few seconds.`,
      oneFile: 'Share one report at a time: one file in a message.',
      noFileAddress: (name) => `Cannot import ${name}: Slack did not say where to fetch it from. Share it again, or add a web page with /report add <url>.`,
      added: (title, author, where) => `Added ${title}${author ? ` by ${author}` : ''}: I answer from it in this ${where} now.`,
      read: (format, sections, passages, speakers, unnamed) =>
        `${format} · ${many(sections, 'section')}, ${many(passages, 'passage')} · ${speakers.length || unnamed ? `speakers found: ${[...speakers, ...(unnamed ? [`${unnamed} unnamed`] : [])].join(', ')}` : 'no speakers found besides the author'}`,
      leftOut: (dropped) => `Left out: ${dropped.join('; ')}`,
      removed: (title) => `Removed ${title}: I no longer answer from it here.`,
      listLead: (total, own, shared) => (own ? `I answer here from ${many(total, 'report')}: ${own} added here, ${shared} shared by every place.` : `I answer from ${many(total, 'report')}, shared by every place.`),
      addedHere: 'Added here:',
      sharedHeading: 'Shared (the operator’s knowledge folder):',
      listed: (title, author, passages) => `${title}${author ? ` by ${author}` : ''} · ${many(passages, 'passage')}`,
      addedBy: (who, when, id) => `added by ${who}${when ? ` on ${when}` : ''} · id ${id}`,
      someone: 'someone',
      user: (id) => `user ${id}`,
      gapsOff: 'Feedback is not recorded on this bot (FEEDBACK=off), so there are no gaps to show.',
      gapsNone: 'No unanswered or 👎 questions here lately.',
      gapsLead: 'The questions asked here that the reports did not answer well, most frequent first:',
      gap: (count, kind, command, question, last) => `${count}× ${kind === 'unanswered' ? 'unanswered' : '👎'} · ${command} ${question} · last ${last}`,
      terminalOnly: (subcommand) => `/report ${subcommand} is for Discord and Slack servers: here, add a report with npm run import, or remove its file from the knowledge folder.`,
      exists: (where, id, title) => `This ${where} already has a report named ${id} (${title}): remove it first (/report remove), then add it again.`,
      noSuch: (where, id) => `This ${where} has no report ${id}: /report list shows them.`,
      sharedNotYours: (title) => `${title} is shared by every place: it is the operator’s to remove, from the knowledge folder.`,
      notLoaded: (where) => `the ${where}’s knowledge did not load it`,
      cannotAdd: (name, problem) => `Cannot add ${name}: ${problem}`,
      cannotImport: (name, problem) => `Cannot import ${name}: ${problem}`,
      importRunning: 'An import is already running here: wait for it to finish (its answer says when), then try again.',
      removing: (where) => `A report is being removed in this ${where} right now: wait for it to finish, then try again.`,
      unavailable: 'The reports’ database cannot be reached right now, so nothing was changed: try again in a few minutes.',
    },
    importProblems: {
      notHttp: ({ extensions }) => `only http and https addresses can be fetched; for a file, give its path (${extensions} or an http(s) address)`,
      unknownType: ({ extension, extensions }) => `${extension ? `a ${extension} file is ` : 'a file without an extension is '}not a format I can import (${extensions} or an http(s) address)`,
      oldWordName: () => 'a .doc file is an old Word .doc file: open it in Word or LibreOffice and save it as .docx',
      empty: () => 'the file is empty',
      contentIsNot: ({ expected, content }) => `not a ${expected === 'Word file' ? 'Word .docx file' : expected}: its content is ${CONTENT[content]}`,
      oldWordContent: () => 'not a .docx file: it is an old Word .doc file or a password-protected one; remove the password or save it as .docx, then import that',
      notAFile: ({ kind }) => `${FILE_KINDS[kind]}, not a file`,
      cannotOpen: ({ cause, detail }) => ({ missing: 'no such file', denied: 'the file cannot be read (permission denied)', loop: 'a link that loops back on itself', other: `the file cannot be read (${detail})` })[cause],
      tooLarge: ({ what, size, limit }) => `the ${what} is ${size === null ? `${what === 'file' ? 'larger' : 'more'} than` : `${sizeText(size)}, more than`} the ${sizeText(limit)} limit (--max-bytes)`,
      timedOut: ({ seconds }) => `no complete answer within ${seconds} s (timed out)`,
      cannotFetch: ({ what, detail }) => `cannot fetch the ${what} (${detail})`,
      brokeOff: ({ detail }) => `the download broke off (${detail})`,
      tooManyRedirects: () => 'too many redirects',
      unreachable: ({ code }) => `cannot reach the server (${code})`,
      notPublic: ({ host }) => `cannot fetch the page (${host} is not a public address: only public web pages can be added from chat)`,
      serverAnswered: ({ what, status, statusText }) => `the server answered ${status}${statusText ? ` ${statusText}` : ''}, not the ${what}`,
      notWebPage: ({ mediaType, downloadIt }) => `the answer is ${mediaType ?? 'of no stated type'}, not a web page (HTML)${downloadIt ? ': download it and import the file' : ''}`,
      pdfTruncated: () => 'the PDF is truncated (it does not end with %%EOF): download or export it again',
      pdfBomb: ({ limit }) => `its text and drawing would unpack to more than the ${sizeText(limit)} limit (--max-bytes): refused before reading (a compression bomb?)`,
      pdfUncountable: ({ detail, limit }) => `${detail}: what it unpacks to cannot be checked against the ${sizeText(limit)} limit (--max-bytes) before reading, so it is refused`,
      pdfEncrypted: () => 'the PDF is encrypted with a password: save a copy without the password (or decrypt it, e.g. "qpdf --decrypt --password=... in.pdf out.pdf"), then import that',
      pdfDamaged: () => 'not a readable PDF: it is damaged or is not a PDF',
      pdfUnreadable: ({ detail }) => `the PDF cannot be read (${detail})`,
      tooManyPages: ({ pages, limit }) => `the PDF has ${pages.toLocaleString('en')} pages, more than the ${limit.toLocaleString('en')}-page limit (--max-pages): split it, or raise the limit`,
      noTextLayer: ({ pages }) => `the PDF has no text layer (${pages === 1 ? 'its page is a picture' : `its ${pages} pages are pictures`}, as in a scan): run OCR on it first (for example "ocrmypdf in.pdf out.pdf"), then import the result`,
      noWordDocument: () => 'not a Word document: the archive has no word/document.xml',
      zipBomb: ({ size, limit }) => `its XML would unpack to ${sizeText(size)}, more than the ${sizeText(limit)} limit (--max-bytes): refused before unpacking (a zip bomb?)`,
      wordDamaged: ({ detail }) => `not a readable Word file: it is damaged or truncated (a .docx is a zip archive, and this one cannot be opened: ${detail})`,
      zipRefused: ({ detail }) => `refused: ${detail}`,
      doctype: ({ part }) => `${part} declares a DOCTYPE (XML entities, which can expand without limit; Word never writes one): refused`,
      blockTooLarge: ({ part, block, size, limit }) =>
        `${part} has a ${block} of ${sizeText(size)} of XML, more than the ${sizeText(limit)} one paragraph or table row may be (each is read whole, at about 100 bytes of memory a byte): split it in Word, then import it again`,
      hasFrontMatter: () => 'the file already has front matter: change its title or author there',
      noTitle: () => 'the document states no title: give one with --title "..."',
      noText: ({ extracted }) => `no text is left after ${extracted ? `extracting the ${extracted}` : 'extraction'}: there is nothing to import`,
      wouldNotLoad: ({ line, detail }) => `the result would not load as a report (line ${line ?? '-'}: ${detail})`,
      reportTooLarge: ({ size, limit }) => `the report would be ${sizeText(size)}, more than the ${sizeText(limit)} the bot reads (KNOWLEDGE_MAX_BYTES): split the document, or raise the limit`,
      exists: ({ target }) => `${target} already exists: pass --force to replace it, or --title to name it differently`,
      cannotCreateFolder: ({ detail }) => `cannot create the knowledge folder (${detail})`,
      cannotWrite: ({ detail }) => `cannot write the report (${detail})`,
      outOfMemory: ({ mb }) => `reading it takes more than the ${mb} MB of memory an import may use: lower --max-bytes, or split the document`,
    },
    labels: {
      try: 'Try',
      alsoClose: 'Also close:',
      finding: 'finding',
      where: (section, paragraph, report) => `${section}, paragraph ${paragraph} · ${report}`,
      introduction: 'Introduction',
      andMore: (count) => `… and ${count} more. Add words to narrow the search.`,
      passages: (count) => n(count, 'passage'),
      namedAs: 'Named as',
      inReports: 'In',
      introducedHere: 'Introduced here:',
      by: (author) => `by ${author ?? 'an author not named'}`,
      source: (source) => `source: ${source}`,
      reportCounts: (passages, speakers, findings) => `${n(passages, 'passage')}, ${n(speakers, 'speaker')} besides the author, ${n(findings, 'finding')}`,
      fields: { author: 'Author', event: 'Event', date: 'Date', source: 'Source', language: 'Language', passages: 'Passages', speakers: 'Speakers', findings: 'Findings', organisation: 'Organisation', role: 'Role', reports: 'Reports', sections: 'Sections', section: 'Section', paragraph: 'Paragraph', finding: 'Finding' },
      yes: 'yes',
      introducedIn: (section, paragraph) => `Introduced in ${section}, paragraph ${paragraph}:`,
      privateAnswers: 'Private answers',
      discordPrivate: 'Every command has a `private` option: only you see the answer, with a button to share it.',
      notNamed: 'not named',
      besidesAuthor: (count) => `${count} besides the author`,
      inChat: 'In a DM with me, or mentioning me in a channel',
      justAsk: 'Or just ask',
      forExample: 'e.g.',
      slackPrivate: 'Slash command answers are private at first: *Share in channel* shows one to everyone. On any message, *More actions › Who said this?* finds who said it.',
      whoSpeaks: 'Who speaks',
      onlyAuthor: 'only the author',
      andOthers: (count) => `and ${count} more`,
      moreSpeakers: (count) => `… and ${count} more: /speakers`,
      moreFindings: (count) => `… and ${count} more: /findings`,
      sectionCount: (count) => n(count, 'section'),
      findingCount: (count) => n(count, 'finding'),
      sections: (from, to, total) => (from === null ? `Sections: ${total}` : `Sections ${from}–${to} of ${total}`),
      noSentence: '(no sentence to show)',
      findingsTotal: (count, shown) => `Findings: ${count}${shown !== undefined && count > shown ? `, the first ${shown}:` : ''}`,
      page: (page, pages) => `Page ${page} of ${pages}`,
      next: 'Next',
      previous: 'Previous',
      share: 'Share in channel',
      helpful: 'Helpful',
      notHelpful: 'Not helpful',
    },
    examples: {
      whoSaid: (phrase) => `who said ${phrase}?`,
      quotesAbout: (who, topic) => `what did ${who} say about ${topic}?`,
      whoIs: (name) => `who is ${name}?`,
      anythingAbout: (topic) => `is there anything about ${topic}?`,
      findingsAbout: (topic) => `findings about ${topic}`,
      anythingElse: 'anything else searches the report',
      about: 'about',
    },
    notices: {
      apology: 'Sorry, something went wrong while answering. It has been logged; please try again.',
      notYourPages: 'Only the person who asked can turn these pages. Run the command yourself to get your own copy.',
      expired: 'This list has expired (the bot restarted). Please run the command again.',
      noText: 'That message has no text I can look up (only attachments or embeds).',
      changed: 'The reports have changed since this answer was given. Please run the command again.',
      votedThanks: 'Thanks for the feedback.',
      placeLoading: 'The reports of this place are still loading (its first question in a while): please ask again in a few seconds.',
      dislikedThanks: 'Thanks: noted that this answer did not help (the question and the passages, not who you are), for whoever manages the reports here.',
    },
  },
  // The commands' own names and descriptions are English (src/commands).
  discordLocales: [],
  commands: null,
  commandExtras: null,
};
