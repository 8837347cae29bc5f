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
  /** Words that carry no topic. None may be a content word of another language ("son", "car"). */
  stopWords: readonly string[];
  /** Words that join a noun to what qualifies it, in other languages than English: "de la", "du", "d'", "chez"; "del". */
  of: readonly string[];
  /** Definite articles, which make a role one person: "the" mayor, "le" maire, "l'"économiste. */
  articles: readonly string[];
  speech: {
    /** Forms of the verbs that put words in a subject's mouth, after it: "said", "a déclaré", "estime". */
    verbs: readonly string[];
    /** Cues right before a name, which then is the source: "said", "according to", "selon", "a déclaré". */
    before: readonly string[];
    /** Subject pronouns that stand for the person last named: "he", "elle". */
    pronouns: readonly string[];
  };
  /** Nouns that name a job or position: "analyst", "maire", "porte-parole". */
  roleNouns: readonly string[];
  /**
   * Words for a kind of person beside the roles, and the articles before one: "une riveraine",
   * "un agriculteur". English reads them from WordNet; other languages list theirs.
   */
  people: { articles: readonly string[]; nouns: readonly string[] };
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
  findings: {
    /** What a list of results is called, in headings and lead-ins: "findings", "principales conclusions". */
    nouns: readonly string[];
    /** What one numbered result is called, before its statement: "Theme 1:", "Constat 2 —", "Recomendación 3:". */
    one: readonly string[];
  };
  /** How a question in this language asks for a command, tried in order. */
  frames: readonly Rule[];
  /** The bot's own sentences. */
  replies: Replies;
  /** Discord's locales for this language ("fr", "es-ES"): a client in one shows the command names below. */
  discordLocales: readonly string[];
  /** Command and option names and descriptions as a client in this language shows them: who-said is /qui-a-dit. */
  commands: Readonly<Record<string, LocalCommand>>;
}

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

/** The sentences the bot says in its own voice, in one language. */
export interface Replies {
  /** "Golden said it." / "The author wrote something close to it." */
  saidIt: (who: string, byAuthor: boolean, close: boolean) => string;
  /** Nothing in the loaded reports holds what was asked (`query` already in quotation marks). */
  nothingMatches: (query: string) => string;
  /** No speaker answers to a name (`name` already in quotation marks). */
  noSuchSpeaker: (name: string) => string;
  /** What /help opens with. */
  help: string;
  /** /search found nothing on `query` (in quotation marks). */
  searchNothing: (query: string) => string;
  /** No finding is about `topic` (in quotation marks); `whose`: " of Name" where the findings were one speaker's. */
  findingsNothing: (topic: string, whose: string) => string;
  /** `who` said nothing about `topic` (in quotation marks). */
  saysNothingAbout: (who: string, topic: string) => string;
}
