import type { ImportProblemReplies } from './importProblems.ts';

/**
 * What the bot knows of one language, behind one interface: how its words are stemmed and
 * which are stop words, how its prose reports speech and names roles, how its reports head
 * their findings, how its speakers ask questions, and the bot's own sentences in it. A new
 * language is a new module implementing this, and its cases; the patterns that read reports
 * and questions are built from every module at once (src/language/index.ts).
 */
export interface Language {
  /** ISO 639-1, as front matter's `lang:` and Discord's locales give it: "fr". */
  code: string;
  /** ISO 639-3, as franc names it when it recognises a text: "fra". */
  detectCode: string;
  /** The language's name in itself, as /about shows it: "français". */
  name: string;
  /** The stem of a lower-case word as written (accents kept): what the index matches on. */
  stem: (word: string) => string;
  /**
   * What a question may call a report's author, lower case: "the author", "l'auteur", "la autora".
   * Each resolves to the author of the report asked about, in a question in any language.
   */
  authorNames: readonly string[];
  /** Words that carry no topic. None may be a content word of another language ("son", "car"). */
  stopWords: readonly string[];
  /** Words beside the stop words that say a short text is in this language, kept in the index ("y", "con" are words of another language). */
  markers: readonly string[];
  /** Words that join a noun to what qualifies it, in other languages than English: "de la", "du", "d'", "chez"; "del". */
  of: readonly string[];
  /** People carry two surnames and are called by the first: "Julián Montero Saavedra" is Montero. */
  firstSurnames?: boolean;
  /** Definite articles, which make a role one person: "the" mayor, "le" maire, "l'"économiste. */
  articles: readonly string[];
  /** Words that make a description someone other than whoever is named with its part: "a" field engineer, "un" riverain, "una" vecina. */
  indefinites: readonly string[];
  speech: {
    /** Forms of the verbs that put words in a subject's mouth, after it: "said", "a déclaré", "estime". */
    verbs: readonly string[];
    /** Cues right before a name, which then is the source: "said", "according to", "selon", "a déclaré". */
    before: readonly string[];
    /** The language leaves a known subject out: "Explicó que …" is someone's words, said of whom the text is about. */
    dropsSubject?: boolean;
    /**
     * Pronouns that stand for a person named before them, by the gender they tell, the subject's
     * form first: "he", "his"; "elle". A pronoun stands for the last person named whom the report
     * has not shown to be of the other gender.
     */
    pronouns: Gendered;
    /** Pronouns as often someone the subject speaks to or of as the subject: "him", "her". They tell no one's gender. */
    objectPronouns: readonly string[];
    /** Pronouns that own what follows them ("his", "her" in "her son said"): whose son, never who speaks. */
    possessives?: readonly string[];
    /** A verb of saying as the way a subject did something, after its other verb: "opened by asking", "a conclu en rappelant". */
    byDoing: readonly string[];
    /**
     * Verbs a summary of one person's account opens its sentences with, the subject left out: "Recalls evacuees …",
     * "Describes her father …", "Évoque son père …". They are the account's subject's words, told.
     */
    noteForm?: readonly string[];
    /** Verbs whose object is the source of the quotation after it: "Quotes him: "…"", "citant le maire : « … »". */
    quoting: readonly string[];
  };
  /** Titles before a name that tell the person's gender: "Mr", "Mme". */
  honorifics: Gendered;
  /** Parts that tell a person's gender as a title does: "son", "widow", "épouse", lower case. */
  genderedParts: Gendered;
  /** Titles before a name, as written, with the part each names: { Revd: 'reverend', Cllr: 'councillor' }. */
  titleParts: Readonly<Record<string, string>>;
  /** Nouns that name a job or position: "analyst", "maire", "porte-parole". */
  roleNouns: readonly string[];
  /**
   * Words for a kind of person beside the roles, and the articles before one: "une riveraine",
   * "un agriculteur". English reads them from WordNet; other languages list theirs.
   */
  people: { articles: readonly string[]; nouns: readonly string[] };
  /** Words for "someone" that describe no one in particular, lower case: "person" in "the person who works in finance", "personne". */
  someone: readonly string[];
  /** Words by which speakers speak of themselves, lower case: "i", "my"; "je", "j'"; "yo". */
  firstPerson: readonly string[];
  /** Words that put someone in a part, lower case: "as" in "as the module's teaching assistant, here's …"; "en tant que"; "como". */
  asPart: readonly string[];
  /** How a record says who fills a part, before the name (lower case): "acting as", "actúa como", "en su condición de", "faisant fonction de". */
  actsAs: readonly string[];
  /** Ordinal words, first to tenth, each as its forms (lower case): "second", "segundo|segunda", "deuxième|second|seconde": "the second reviewer" is Reviewer 2. */
  ordinals: readonly string[];
  /** Role nouns with the English word for the same role, so that "the mayor" finds "le maire" and back: { maire: 'mayor' }. */
  roleInEnglish: Readonly<Record<string, string>>;
  /** What opens a byline, lower case: "by", "written by"; "par", "propos recueillis par". */
  bylineOpeners: readonly string[];
  /** Kinds of text a title says someone delivered ("Remarks by Governor Alicia Fenwick"): that person is the text's voice. */
  spokenTitles: readonly string[];
  /** Capitalised words that open sentences or name days and months, never a first name: "Selon", "Mardi", "Madame". English's are in knowledge/language.ts. */
  notNames: readonly string[];
  /** Labels that open a line but name no speaker ("Présents :", "Ordre du jour :"), lower case. English's are in turns.ts. */
  labelWords: readonly string[];
  /** Phrases before the names of who took part, without a colon: "chaired by", "présidée par". English's are in speakerPatterns.ts. */
  rosterPhrases: readonly string[];
  /** Words that head a list of who was there, before a colon: "Present", "Présents", "Asistentes". English's are in speakerPatterns.ts. */
  rosterWords: readonly string[];
  /** What a table of people heads the column of each one's part and of their body, lower case: "fonction", "société". English's are in keys.ts and markdown.ts. */
  columns: { part: readonly string[]; organisation: readonly string[] };
  /** How an interview marks who asks and who answers, lower case: "q"/"question" and "a"/"answer"; "p"/"pregunta" and "r"/"respuesta". */
  interview: { asks: readonly string[]; answers: readonly string[] };
  /**
   * A transcription service's voices known only by number ("Speaker 1", "Intervenant 2"): `voices`, the word before the
   * number, lower case; `self`, the phrases before a name by which one says who they are ("I'm", "my name is"); `others`,
   * those by which one brings in the next voice ("with me is", "joining us is", "we have", "i now invite"); `thanks`, those by
   * which the next voice thanks the one before by name ("thank you, David"). Phrases are lower case.
   */
  numberedVoices: { voices: readonly string[]; self: readonly string[]; others: readonly string[]; thanks: readonly string[] };
  /**
   * How a letter answering comments marks them, lower case: `comments`, what a numbered comment opens with ("Comment 1.3:",
   * "Commentaire 2 —"); `responses`, what the writers' answer is labelled ("Response", "Réponse").
   */
  responseLetter: { comments: readonly string[]; responses: readonly string[] };
  /**
   * Who presides over a sitting: the phrases before their name ("chaired by", "Présidence de"), the part it gives them
   * ("chair", "président"), and the words a record's labels call that part by ("President", "Chairman", "la présidente").
   */
  presiding: { phrases: readonly string[]; role: string; parts: readonly string[] };
  /** What opens a label's field that names whom the speaker speaks for: "on behalf of" (the PPE Group), "au nom du" (groupe). */
  behalf: readonly string[];
  /** How a letter or a message greets and signs off, lower case: "hi", "kind regards"; "bonjour", "cordialement". No one's label. */
  salutations: readonly string[];
  /** What sets off the name people call someone after their name: "Margaret Thornley, known to everyone as Peggy", "dite". */
  knownAs: readonly string[];
  /** The words that open a letter to someone, before their name, lower case: "dear"; "querida", "chère". */
  letterOpeners: readonly string[];
  findings: {
    /** What a list of results is called, in headings and lead-ins: "findings", "principales conclusions". */
    nouns: readonly string[];
    /** What one numbered result is called, before its statement: "Theme 1:", "Constat 2 —", "Recomendación 3:". */
    one: readonly string[];
    /**
     * How a record states what a body decided, as patterns (case aside): "the motion is carried", "l'amendement est adopté",
     * "se aprueba por unanimidad". A sentence holding one states an outcome, a finding of the record.
     */
    outcomes: readonly string[];
    /** The verbs a resolution writes in capitals after the body that decides: "DECIDES", "DÉCIDE", "ACUERDA". */
    decides: readonly string[];
    /**
     * Words a line that leads in a list of results holds, beside the nouns, before its colon (patterns, case aside):
     * "what leadership committed to:", "Ce qui a été décidé :", "Dejo un resumen para quien llegue:".
     */
    leadIns: readonly string[];
    /**
     * How a speaker counts results off aloud (patterns, case aside). `items`: how an item of the list opens ("Second, …",
     * "Dos: …", "Deuxièmement, …"), `and` the word that may come before the last ("and finally"); `nouns` and `counts`:
     * how a sentence announces them ("three things we learned", "tres claves"); `recaps`: words that say what follows
     * sums up ("a recap of", "lo que nos llevamos", "ce qu'il faut retenir").
     */
    spoken: { items: readonly string[]; and: string; nouns: readonly string[]; counts: readonly string[]; recaps: readonly string[] };
    /**
     * How a report that sets out no findings sums itself up (patterns, case aside). `labels`: what a line that opens
     * by naming its summary calls it, beside the nouns ("Recap for the VOD:", "Short version:", "Resumen:");
     * `phrases`: what says the speaker sums up, anywhere in a sentence ("let me sum up", "pues resumo", "pour résumer").
     */
    summaries: { labels: readonly string[]; phrases: readonly string[] };
  };
  /** How a question in this language asks for a command, tried in order. */
  frames: readonly Rule[];
  /** The bot's own sentences. */
  replies: Replies;
  /** Discord's locales for this language ("fr", "es-ES"): a client in one shows the command names below. */
  discordLocales: readonly string[];
  /**
   * Command and option names and descriptions as a client in this language shows them: who-said
   * is /qui-a-dit. Every command in every language but English, whose are the commands' own (null).
   */
  commands: Readonly<Record<CommandName, LocalCommand>> | null;
  /**
   * What a client in this language shows of /report and of every command's `private` option:
   * descriptions only, the names staying English ("/report add" is what the replies name). Null
   * for English, whose are the commands' own.
   */
  commandExtras: { report: string; add: string; list: string; remove: string; gaps: string; file: string; url: string; which: string; private: string } | null;
}

/** Every command's name as the bot registers it; src/commands/registry.ts checks that its commands are these. */
export type CommandName = 'who-said' | 'findings' | 'search' | 'quotes' | 'speakers' | 'about' | 'summary' | 'new' | 'help';

/** A command as a client in another language shows it; Discord still sends its English name. */
export interface LocalCommand {
  name: string;
  description: string;
  options?: Readonly<Record<string, { name: string; description: string }>>;
}

export type Frame =
  | { command: 'help' | 'about' | 'speakers' }
  | { command: 'summary'; report?: string }
  | { command: 'who-said'; text: string }
  /** `decide`: a yes/no question, answered with what decides it. */
  | { command: 'search'; text: string; decide?: boolean }
  | { command: 'findings'; topic?: string; speaker?: string }
  | { command: 'quotes'; speaker: string; topic?: string }
  | { command: 'card'; name: string };

/** A question's pattern and what it asks for; `knows` says whether a name stands for a speaker of the loaded reports. */
export type Rule = [RegExp, (m: RegExpExecArray, knows: (name: string) => boolean) => Frame | null];

/** What an empty required option asks for: who-said's words, search's words, quotes' speaker. */
export type Wanted = 'words' | 'search' | 'speaker';

/**
 * The sentences the bot says in its own voice, in one language: every key in every language, so
 * that a language missing one does not compile. Quotation marks come with `query`, `topic` and
 * `name` already; counts are numbers, each language saying them with its own plural.
 */
export interface Replies {
  /** "Golden said it." / "The author wrote something close to it." */
  saidIt: (who: string, byAuthor: boolean, close: boolean) => string;
  /** Nothing in the loaded reports holds what was asked. */
  nothingMatches: (query: string) => string;
  /** No speaker answers to a name. */
  noSuchSpeaker: (name: string) => string;
  /** What /help opens with. */
  help: string;
  /** /search found nothing on `query`. */
  searchNothing: (query: string) => string;
  /** No finding (of `who`, where the findings were one speaker's) is about `topic`. */
  findingsNothing: (topic: string, who: string | null) => string;
  /** `who` said nothing about `topic`. */
  saysNothingAbout: (who: string, topic: string) => string;
  /** A required option left empty, with an example of the command. */
  askFor: (wanted: Wanted, example: string) => string;
  /** A list cut at `shown` passages. */
  showingFirst: (shown: number) => string;
  /** The question's words past the first ones, left out. */
  wordsLeftOut: (count: number) => string;
  /** A word the report never uses, looked for as its synonyms (each in quotation marks). */
  lookedInstead: (word: string, synonyms: readonly string[]) => string;
  /** /about: how many reports and passages, and how many reports could not be read. */
  about: (reports: number, passages: number, unreadable: number) => string;
  /** /speakers: named and unnamed speakers, in how many reports. */
  speakers: (named: number, unnamed: number, reports: number) => string;
  /** Who someone is: `label` speaks `passages` passages in `reports` reports. */
  card: (label: string, passages: number, reports: number) => string;
  /** /findings: none at all (none of `who`'s). */
  noFindings: (who: string | null) => string;
  /** /findings: all of them (all `who` presents). */
  findings: (count: number, who: string | null, reports: number) => string;
  /** /findings on a topic. */
  findingsAbout: (count: number, who: string | null, topic: string) => string;
  /** No finding is credited to `who`; what they said on `topic` instead. */
  noFindingCredited: (who: string, topic: string) => string;
  /** None of a speaker's few passages holds the topic's words: all of them are shown. */
  allOfTheirs: (topic: string) => string;
  /** No passage is marked a finding on the topic; the passages that speak of it answer instead. */
  findingsInstead: (topic: string) => string;
  /** /quotes: all of `who`'s passages. */
  quotes: (who: string, count: number) => string;
  /** /quotes on a topic. */
  quotesAbout: (who: string, topic: string, count: number) => string;
  /** None of their passages says it in these words; the closest follows. */
  closestOfTheirs: string;
  /** From result `from` on, the passages speak of it in other words. */
  inOtherWords: (from: number) => string;
  /** No one is called `name` (a description); on `topic`, the closest passage. */
  describedClosest: (name: string, topic: string) => string;
  /** `who` is named but says nothing (and `mentions` passages name them, when there are). */
  silent: (who: string, mentions: number) => string;
  /** /search: `count` passages match `query`. */
  searchMatches: (count: number, query: string) => string;
  /** The passage picked from an autocomplete list. */
  picked: string;
  /** Some of the words are in the heading above the passages. */
  underHeading: string;
  /** A yes/no question: the report never says `missing` (each quoted); `count` passages on `subject` decide it. */
  decides: (missing: readonly string[], count: number, subject: string) => string;
  /** A command name nobody has (`name` quoted, with its slash). */
  unknownCommand: (name: string) => string;
  /** /new. */
  newConversation: string;
  /** Someone asking faster than the bot answers: wait `seconds`. */
  slowDown: (seconds: number) => string;
  /** Help's line for /report, in a Discord server or a Slack workspace. */
  reportHelp: (where: 'server' | 'workspace') => string;
  /** A command a platform still shows that this version of the bot no longer has (`name` quoted). */
  outdatedCommand: (name: string) => string;
  summary: {
    nothingLoaded: string;
    /** Several reports answer to `wanted`. */
    several: (count: number, wanted: string) => string;
    /** No report is called `wanted`, among `count`. */
    noneCalled: (wanted: string, count: number) => string;
    /** No report is called `wanted`; the one loaded is summarised. */
    onlyOne: (wanted: string) => string;
    /** One report summarised in full among `count`. */
    oneOf: (count: number) => string;
    /** Every report in brief, and how to name one (`example`: a command). */
    each: (count: number, example: string) => string;
    /** Only the first `shown` reports are summarised. */
    firstShown: (shown: number) => string;
    /** A report in full: its title (quoted), author, and counts. */
    full: (title: string, author: string | null, sections: number, speakers: number, findings: number) => string;
  };
  /** What a follow-up is taken to mean, before its answer, and what it says when it cannot be read. */
  conversation: {
    /** The follow-up cannot be read without an earlier question: `what` is what is missing. */
    lost: (what: 'more' | 'whom' | 'that' | 'why' | 'other') => string;
    /** The last answer had one person: no other one to name. */
    onlyOnePerson: (label: string | null) => string;
    /** "On “topic”:" */
    on: (topic: string) => string;
    /** "More on “topic”:", or "More:" */
    more: (topic: string | null) => string;
    /** "Tony Iams, more:" */
    whoMore: (who: string) => string;
    /** "Tony Iams, on “topic”:" */
    whoOn: (who: string, topic: string) => string;
    /** "Besides Tony Iams, on “topic”:" */
    besides: (who: string, topic: string) => string;
    /** "Findings on “topic”:" */
    findingsOn: (topic: string) => string;
    /** "Why, in the words around what X said:" (`who` null: around the passage). */
    why: (who: string | null) => string;
    /** No one besides `who` says it. */
    noOneElse: (who: string) => string;
    /** Everything was shown already. */
    nothingMore: string;
    /** Passages by others than the last answer's person. */
    byOthers: (count: number) => string;
    /** More passages. */
    morePassages: (count: number) => string;
    /** The passage asked about is gone. */
    changed: string;
    /** Nothing around it. */
    nothingAround: string;
    /** Passages around it. */
    around: (count: number) => string;
  };
  /** Who carries a passage, as a reader would say it: the author, an unnamed voice, someone the author reports. */
  who: {
    /** "the author, Jane Roe"; "the author (not named in the report)" when the report names nobody. */
    author: (name: string | null) => string;
    /** The author, as a follow-up names them: "the author". */
    theAuthor: string;
    /** A voice the report describes but does not name, and the author who reports it: "a nurse (not named in the report), as reported by the author, Jane Roe". */
    unnamed: (description: string, author: string | null) => string;
    /** Someone the author reports (`who` as speakerLabel gives them): "Tony Iams (analyst), as reported by the author, Jane Roe". */
    reportedBy: (who: string, author: string | null) => string;
    /** A passage whose speaker record is gone. */
    unknown: string;
    /** The author's role beside their name in a list of speakers: "Bernard Golden (author)". */
    role: string;
  };
  /** The terminal chat's own lines, in the session's locale. */
  terminal: {
    /** The greeting: the reports (`titles`, each quoted) and how many passages. */
    welcome: (titles: string, passages: number) => string;
    bye: string;
    /** A line that failed to be answered, and why (`problem`, the error's own words). */
    failed: (problem: string) => string;
  };
  /** /report: a place's own reports added, listed, removed, and what they lack. */
  report: ReportReplies;
  /**
   * Why an import refused a document, after "Cannot import X:". English's are `npm run import`'s
   * and the logs' and name its flags ("(--max-bytes)"), which chat leaves out; the others are
   * chat's only and name none.
   */
  importProblems: ImportProblemReplies;
  /** The words around an answer's parts, as every platform shows them. */
  labels: Labels;
  /** Help's questions in plain words, on the loaded reports' people and topics. */
  examples: {
    whoSaid: (phrase: string) => string;
    quotesAbout: (who: string, topic: string) => string;
    whoIs: (name: string) => string;
    anythingAbout: (topic: string) => string;
    findingsAbout: (topic: string) => string;
    anythingElse: string;
    /** What joins a speaker and a topic in /quotes: "/quotes Crosby about KVM", "/citations Lefèvre sur budget". */
    about: string;
  };
  /** What every platform says, privately, when it cannot give an answer. */
  notices: Record<'apology' | 'notYourPages' | 'expired' | 'noText' | 'changed' | 'votedThanks' | 'placeLoading' | 'dislikedThanks', string>;
}

/** Where /report keeps a place's reports: a Discord server, a Slack workspace. */
export type Place = 'server' | 'workspace';

/**
 * What /report says, on every platform. Titles and typed text come quoted; `who` is a user
 * (a mention the platform makes of it) or `someone`.
 */
export interface ReportReplies {
  /** /report asked in a DM: it works in a server. */
  notInPlace: string;
  /** A Discord member without Manage Server. */
  notAllowed: string;
  /** A Slack member who is no admin, owner or REPORT_ADMINS. */
  notAllowedSlack: string;
  /** An add with neither a file nor an address (Discord). */
  addWhat: string;
  /** An add with both. */
  addOne: string;
  /** An add with no address in Slack, whose commands carry no file. */
  addWhatSlack: string;
  unknownSubcommand: string;
  /** The process keeps no places' reports. */
  noShelf: (where: Place) => string;
  /** Slack's acknowledgement of an add, before its answer: `what` is the address typed. */
  working: (what: string) => string;
  /** Several files shared in one Slack message. */
  oneFile: string;
  /** Slack gave no address to fetch a shared file from. */
  noFileAddress: (name: string) => string;
  /** An add done: the report's title (quoted) and author. */
  added: (title: string, author: string | null, where: Place) => string;
  /** What an add read: "Markdown · 3 sections, 12 passages · speakers found: …". */
  read: (format: string, sections: number, passages: number, speakers: readonly string[], unnamed: number) => string;
  /** What the import left out of the report. */
  leftOut: (dropped: readonly string[]) => string;
  removed: (title: string) => string;
  /** /report list's lead: all of them, `own` added here. */
  listLead: (total: number, own: number, shared: number) => string;
  addedHere: string;
  sharedHeading: string;
  /** One report listed: "“Title” by Jane Roe · 12 passages". */
  listed: (title: string, author: string | null, passages: number) => string;
  /** Who added a report here and when (`when`: "2026-01-05 14:03 UTC"), and the id remove takes. */
  addedBy: (who: string, when: string | null, id: string) => string;
  /** Whoever is not known. */
  someone: string;
  /** A user by their id, where no platform shows their name (the terminal, a test). */
  user: (id: string) => string;
  gapsOff: string;
  gapsNone: string;
  gapsLead: string;
  /** One gap: asked `count` times, unanswered or 👎, the command and the question (quoted), last asked on `last` (a date). */
  gap: (count: number, kind: 'unanswered' | 'disliked', command: string, question: string, last: string) => string;
  /** The terminal: only list; add and remove are for servers. */
  terminalOnly: (subcommand: string) => string;
  /** Refusals of an add or a remove (an import's own: `importProblems`). */
  exists: (where: Place, id: string, title: string) => string;
  noSuch: (where: Place, id: string) => string;
  sharedNotYours: (title: string) => string;
  /** The report read, but the place's knowledge did not take it. */
  notLoaded: (where: Place) => string;
  cannotAdd: (name: string, problem: string) => string;
  cannotImport: (name: string, problem: string) => string;
  importRunning: string;
  removing: (where: Place) => string;
  /** The reports' database is down: nothing changed. */
  unavailable: string;
}

/** The words a platform puts around an answer: headings, field names, buttons, counts. */
export interface Labels {
  /** Before suggested commands: "Try". */
  try: string;
  /** Before the next passages of who-said, which also fit. */
  alsoClose: string;
  /** A passage that is a finding: "finding". */
  finding: string;
  /** Where a passage stands: "Section, paragraph 12 · Report title". */
  where: (section: string, paragraph: number, report: string) => string;
  /** The passages before a report's first heading. */
  introduction: string;
  /** Results left out of a terminal answer. */
  andMore: (count: number) => string;
  /** How many passages a speaker carries: "8 passages". */
  passages: (count: number) => string;
  /** The names the text uses for someone. */
  namedAs: string;
  /** The reports someone speaks in. */
  inReports: string;
  /** Before the passage that introduces someone. */
  introducedHere: string;
  /** Who wrote a report: "by Jane Roe", "by an author not named". */
  by: (author: string | null) => string;
  /** A report's source. */
  source: (source: string) => string;
  /** A report's counts: passages, speakers besides the author, findings. */
  reportCounts: (passages: number, speakers: number, findings: number) => string;
  /** Field names of a report or a person. */
  fields: Record<'author' | 'event' | 'date' | 'source' | 'language' | 'passages' | 'speakers' | 'findings' | 'organisation' | 'role' | 'reports' | 'sections' | 'section' | 'paragraph' | 'finding', string>;
  /** A yes field: this passage is a finding. */
  yes: string;
  /** Where a person is introduced: "Introduced in Section, paragraph 3:". */
  introducedIn: (section: string, paragraph: number) => string;
  /** Discord's help: every command can answer privately. */
  privateAnswers: string;
  discordPrivate: string;
  /** A report without an author's name. */
  notNamed: string;
  /** Speakers besides the author. */
  besidesAuthor: (count: number) => string;
  /** Help: where free questions can be asked in a chat, and in the terminal. */
  inChat: string;
  justAsk: string;
  /** Before a help example: "e.g.". */
  forExample: string;
  /** Slack's help: answers are private at first, and the message shortcut. */
  slackPrivate: string;
  /** A summary's lines: who speaks (only the author; N more), counts, sections, findings. */
  whoSpeaks: string;
  onlyAuthor: string;
  andOthers: (count: number) => string;
  moreSpeakers: (count: number) => string;
  moreFindings: (count: number) => string;
  sectionCount: (count: number) => string;
  findingCount: (count: number) => string;
  /** "Sections 9–16 of 201", or "Sections: 12" (`from` null) when one page holds them all. */
  sections: (from: number | null, to: number, total: number) => string;
  /** A section with no sentence of its own to show. */
  noSentence: string;
  /** "Findings: 12" (with `shown`: the first ones shown). */
  findingsTotal: (count: number, shown?: number) => string;
  /** "Page 2 of 5". */
  page: (page: number, pages: number) => string;
  /** Buttons. */
  next: string;
  previous: string;
  share: string;
  helpful: string;
  notHelpful: string;
}

/** Words that tell a person's gender, by gender. */
export interface Gendered {
  male: readonly string[];
  female: readonly string[];
}
