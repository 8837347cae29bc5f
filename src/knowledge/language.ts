/**
 * The English patterns that attribution reads: how prose names a person, introduces a speaker,
 * reports speech and speaks in the first person. Each pattern is built once from the word
 * lists below, so a word is added in one place and every rule that needs it sees it.
 *
 * Why patterns and not an NLP package: compromise's `people()` found 6 of the 10 names in
 * test/fixtures (it misses "Priya Natarajan", "Olu Adeyemi", "Jürgen Müller", "李明") and
 * wink-nlp's English model has no person entities; the structure around a name ("X of Org",
 * "X, an analyst at Org", "said X") is what tells a speaker from a product, and that is what
 * these patterns read. Synonyms do come from a lexical database (src/knowledge/wordnet.ts).
 */

import { DETERMINER, LANGUAGES } from '../language/index.ts';

/** Nouns that name a job or a position in any language the bot reads: "analyst Tony Iams", "le maire". */
export const ROLE_NOUNS: readonly string[] = LANGUAGES.flatMap((l) => l.roleNouns);
/** Forms of the verbs that report speech, in every language: "said", "a déclaré", "dijo". */
export const SPEECH_VERB_FORMS: readonly string[] = LANGUAGES.flatMap((l) => l.speech.verbs);
/** What a list of results is called, in every language: "findings", "principales conclusions". */
const FINDING_NOUNS: readonly string[] = LANGUAGES.flatMap((l) => l.findings.nouns);
/** Articles before a role, in every language: "the", "le", "la", "l'". */
export const ARTICLES: readonly string[] = LANGUAGES.flatMap((l) => l.articles);
/**
 * Where a word ends, for words with accented letters ("a déclaré"): `\b` knows ASCII letters
 * only, and the patterns built here have no `u` flag.
 */
export const WORD_END = String.raw`(?![\w\u00C0-\u024F\u1E00-\u1EFF])`;
/** Where a word starts, for `test` only (it takes the character before): a look-behind tried at every position cost a tenth of the reading. */
export const WORD_START = String.raw`(?:^|[^\w\u00C0-\u024F\u1E00-\u1EFF])`;

/** Alternation of words, longest first so that "spokeswoman" wins over "spokes". */
export function alternation(words: readonly string[]): string {
  return either(words.map(escapeRegExp));
}

/** Patterns (a language file's, written as patterns) as alternatives, longest first. */
/** A word with its first letter in capitals, as it opens a sentence: "Recalls", "Évoque". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function either(patterns: readonly string[]): string {
  return [...new Set(patterns)].sort((a, b) => b.length - a.length).join('|');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Names

/** One capitalised word of a personal name in any Latin, Greek or Cyrillic script: Crosby, O'Brien, McNealy, Jean-Luc, Chloé, Müller. */
const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}*\p{Lu}?\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
/** Lower-case words inside names: "Ursula von der Leyen", "Ana de la Cruz". "y" and "e" join two names as often as one's surnames. */
const PARTICLES = ['van', 'von', 'der', 'den', 'de', 'la', 'las', 'le', 'los', 'da', 'di', 'do', 'du', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'af'];
/** The same words, as a name writes them small or, inside it, capitalised ("Yannick Le Goff"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(PARTICLES);
/** A name written in Han or Hangul script, which has no capitals: 李明, 김민준. */
const CJK_NAME = String.raw`[\p{Script=Han}\p{Script=Hangul}]{2,4}`;
/** How qualitative research names its participants: "P4", "Participant 7", "Respondent 12". */
export const PARTICIPANT_CODE = String.raw`(?:(?:Participant|Respondent|Interviewee|Informant|Patient|Caller)\s+\d{1,3}|[PR]-?\d{1,4})(?![\p{L}\d])`;
/** A run of capitalised words that may hold a personal name ("Tony Iams", "John Q. Public"), a participant's code, or a CJK name. */
/**
 * "Farrant LJ", "Quenby J", "Hale LJJ": a judge of the English courts is named by surname and the court's letters after
 * it; the letters are part of how the report names them (an initial is followed by a name, these are not).
 */
const JUDICIAL_LETTERS = String.raw`\s+(?:LJJ|LJ|JJ|J|LCJ|CJ|MR|JSC|SCJ)(?![\p{L}\p{N}]|\.?\s+\p{Lu})`;
export const CAPITALISED_RUN = new RegExp(
  String.raw`(?:${PARTICIPANT_CODE}|${NAME_WORD}(?:\s+(?:\p{Lu}\.\s+)?(?:(?:${PARTICLES.join('|')})\s+){0,2}${NAME_WORD})*(?:${JUDICIAL_LETTERS})?|${CJK_NAME})`,
  'gu',
);
/**
 * "Employee A", "Leaver 3", "Tenant B": an anonymised report's code for someone, a word for a kind of person (the caller
 * checks it with WordNet) and a letter or a number. The code is a name of its own: no surname, no first name.
 */
export const CODED_PERSON = /^((?:\p{Lu}\p{Ll}+[\s-]+){0,2}\p{Lu}\p{Ll}{2,})\s+(?:\p{Lu}|\d{1,3})$/u;
export const IS_PARTICIPANT_CODE = new RegExp(`^${PARTICIPANT_CODE}$`, 'u');

/** "P4" is also "Participant 4", and the other way round. */
export function participantForms(code: string): string[] {
  const n = /\d+/.exec(code)?.[0];
  if (!n) return [];
  return /^P-?\d/.test(code) ? [`Participant ${n}`] : /^Participant\s/.test(code) ? [`P${n}`] : /^R-?\d/.test(code) ? [`Respondent ${n}`] : /^Respondent\s/.test(code) ? [`R${n}`] : [];
}
export const IS_CJK_NAME = new RegExp(`^${CJK_NAME}$`, 'u');
/** An organisation as prose writes it: capitalised words, acronyms, "&", "of" inside ("Bank of America"), and the particles of the place names in it ("Ilha do Sal Fishers' Cooperative"). */
export const ORGANISATION = String.raw`(?:the\s+)?\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*(?:\s+(?:(?:&|of|for|and|de|du|do|da|dos|das|des|del|della|di|van|von|der|den)\s+)?\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*)*`;

/** Text without the bold a Markdown line sets names in: "By **Ruth Anselm**", "— **Dr Amara Quist**, …". */
export function withoutBold(text: string): string {
  return text.replace(/\*\*|__/g, '');
}

/** Personal titles dropped from a name: "Dr. Kwame Mensah" is Kwame Mensah, "The Revd Clement Osei" Clement Osei. */
export const HONORIFIC =
  /^(?:the\s+)?(?:(?:rt\.?|right)\s+(?:hon\.?|honou?rable)\s+)?(?:(?:(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame|revd|rev|cllr|sen|rep|gov|capt|lt|col|gen|sgt|det|insp|dc|ds|dci|pc|fr|hon|mme|mlle|herr|frau|sr|sra|srta|dña|ilmo|ilma|excmo|excma|dª)\.?|(?:m|mm|d)\.|d\.ª|professor|doctor|councillor|councilor|alderman|senator|representative|congressman|congresswoman|judge|justice|mayor|minister|governor|president|commissioner|inspector|detective|sergeant|captain|colonel|general|father|reverend|rabbi|imam|lord|lady|baroness|baron|viscount|viscountess|earl|countess|duke|duchess|commissioners|councillors|councilors|councilmembers|senators|representatives|judges|justices|ministers|inspectors|detectives)\s+)+/i;

/** "Jan 14, 2025", "21 January 2025": a day written in words, as a byline or an embedded post dates itself. */
export const WRITTEN_DATE = String.raw`(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})`;

/** Letters after a name that say what someone holds, not who they are: "Marcus Oduya MP", "Dame Ada Fell DBE". */
// "Rosa Delgado-Finch, RN, BSN", "Kenji Morimoto, PharmD, BCPS": a clinician's degrees and registrations after the name too.
const POST_NOMINAL_LETTERS = 'MP|MS|MSP|MLA|MEP|AM|TD|QC|KC|SC|JP|OBE|MBE|CBE|KBE|DBE|FRS|PhD|DPhil|MD|DO|RN|BSN|MSN|DNP|NP|PharmD|BCPS|MPH|FRCP|MRCP|FACP';
export const POST_NOMINALS = new RegExp(String.raw`(?:,?\s+(?:${POST_NOMINAL_LETTERS}))+$`);
/** "Rosa Delgado-Finch, RN, BSN - Night Charge Nurse": the letters between a roster's name and the dash before the part. */
export const LETTERS_BEFORE_DASH = new RegExp(String.raw`(?:,\s*(?:${POST_NOMINAL_LETTERS}))+(?=\s+[-–—]\s)`, 'g');


/** Capitalised words that start a sentence or name a thing, never a person's first name. */
/** Days and months: they open dates, never names. */
/** "Priya K.", "Marguerite O.": a stop after an initial, which ends a name and no sentence. */
export const ENDS_IN_INITIAL = /(?:^|\s)\p{Lu}\.\s*$/u;

export const CALENDAR_WORDS: readonly string[] = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' ');
/** The months written short, as dates print them: "Jan", "Mar". */
export const MONTHS_SHORT: readonly string[] = CALENDAR_WORDS.slice(7).map((m) => m.slice(0, 3));

export const NOT_A_NAME = new Set(
  (
    'The A An This That These Those In On At Of For And But Or If When While As By With From To It Its ' +
    'He She They We I His Her Our Their My Your There Here What Who Why How Where Which Thankfully However ' +
    `${CALENDAR_WORDS.join(' ')} ` +
    'Mr Mrs Ms Miss Mx Dr Mister Doctor Professor Saint Sir Dame Prof Honourable Honorable Hon Rt Revd Rev Cllr Pro Tem Tempore Councilmember Councilmembers Councillors Councilors ' +
    'Yes No Not Nobody Everyone Everybody Someone Anyone Both Each Every Some Most Many Several Also Then Now ' +
    'Today Yesterday Tomorrow Last Next Later Earlier After Before During Since Until Over Under About Against ' +
    'Between Among Without Within Across Through Once Still Yet Even Only Just So Because Although Though Instead Dear Hi Hello Hey Thanks Cheers'
  )
    .split(' ')
    .concat(LANGUAGES.flatMap((l) => l.notNames))
    // "Querida Lucía", "Chère Hélène": a letter's greeting is no part of the name.
    .concat(LANGUAGES.flatMap((l) => l.letterOpeners.filter((w) => !w.includes(' ')).map((w) => w.charAt(0).toUpperCase() + w.slice(1))))
    // "Recalls Lil Scaife at the last meeting …": a summary's verb, its subject left out, opens the sentence before a name.
    .concat(LANGUAGES.flatMap((l) => (l.speech.noteForm ?? []).filter((w) => !w.includes(' ')).map(capitalised))),
);

/** A street's name, never a person's: "Quay Street", "Fenwick Row", "Mill Lane" (not "Hill" or "Park", which are surnames too). */
export const STREET_NAME = /\s(?:Street|Road|Avenue|Lane|Row|Quay|Terrace|Crescent|Square|Wharf)$/;

/** Words that make a capitalised run an organisation, not a person: "Some Research", "Helix Cloud". */
export const ORGANISATION_WORDS = new Set(
  (
    'Inc Corp Corporation Co Ltd LLC PLC GmbH AG SA Group Holdings Research Institute University College School ' +
    'Council Agency Association Foundation Trust Labs Lab Laboratory Laboratories Systems Cloud Rail Railways Bank ' +
    'Banque Ministry Department Committee Board Commission Company Partners Technologies Technology Networks ' +
    'Software Solutions Services Consulting Capital Ventures Media News Press Times Post Journal Society Union ' +
    'Federation Alliance Coalition Center Centre Office Authority Bureau Service Government Parliament Congress ' +
    'Senate Court Police Hospital Clinic Energy Énergie Power Data Analytics Insights Digital Works Industries ' +
    'Motors Airlines Airways Pharma Health Insurance Electric International Global Associates Advisors Advisers ' +
    'Logistics Lines Shipping Freight Foods Farms Studios Games Hosting Entertainment Pharmaceuticals Telecom Communications Brewery Bakery Transit ' +
    'Summit Conference Forum Expo Festival Congress Symposium Workshop Meeting Awards Week Track Session Panel'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------
// Roles

export const ROLE_NOUN = String.raw`(?:${alternation(ROLE_NOUNS)})`;
/** "Analyst" or "Professor" opening a capitalised run is a title, not a first name. */
/** The role nouns in lower case, for looking a word up. */
export const ROLE_NOUN_WORDS: ReadonlySet<string> = new Set(ROLE_NOUNS.map((w) => w.toLowerCase()));
/** Honorifics before a person's name, as an alternation for patterns. */
export const PERSON_HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle|M(?=\.)|Sra|Srta|Sr|Dña|D\.ª|Dª|Ilmo|Ilma|Excmo|Excma|D(?=\.))`;
/** An honorific right before a name, in the text before it: "said Dr. Ian Marsh", "marine biologist Dr. Helen Marsh", "D. Julián …". */
export const HONORIFIC_BEFORE = new RegExp(String.raw`(?:\b(?:${PERSON_HONORIFIC}|Professor|Sir|Dame|Rev|Cllr|Councillor|Judge|Senator|Mayor)\.?\s+)+$`);
/** An honorific as a word of its own, with or without its stop: "Mme", "M.", "Mr". */
export const HONORIFIC_WORD = new RegExp(String.raw`^${PERSON_HONORIFIC}\.?$`, 'u');
/** Titles before a name as written, in every language, with the part each names: "Revd" a reverend, "Cllr" a councillor. */
export const TITLE_PARTS: ReadonlyMap<string, string> = new Map(LANGUAGES.flatMap((l) => Object.entries(l.titleParts)));
export const ROLE_TITLE = new Set(ROLE_NOUNS.map((w) => (w === w.toUpperCase() ? w : w.charAt(0).toUpperCase() + w.slice(1))));
/** Words that qualify a role noun: "senior engineer", "chief technology officer". */
export const ROLE_QUALIFIERS = [
  'senior', 'chief', 'principal', 'lead', 'managing', 'executive', 'general', 'vice', 'deputy', 'assistant',
  'associate', 'former', 'research', 'technical', 'technology', 'product', 'program', 'programme', 'marketing',
  'engineering', 'industry', 'independent', 'software', 'security', 'data', 'staff', 'distinguished', 'founding',
  'harbour', 'harbor', 'finance', 'financial', 'operating', 'information', 'policy', 'storage', 'cloud', 'platform', 'ranking',
];

// ---------------------------------------------------------------------------------------------
// Speech

export const SPEECH_VERB = String.raw`(?:${alternation(SPEECH_VERB_FORMS)})`;

/** Words between a subject and its verb: adverbs and auxiliaries ("primarily and repeatedly noted", "has also said"), not any word ("answers questions" is no speech). */
const BEFORE_VERB = String.raw`(?:[a-z]+ly|also|then|once|again|still|not|never|would|will|could|should|may|might|can|did|does|do|has|have|had|was|is|were|are|been|be|only|even|just|further|and|but|first|later|soon|too|all|both)`;
/** After a subject: a few adverbs or auxiliaries, then a speech verb; or a second verb of the subject ("looked at the brood and said", "opened by saying"). */
export const SPEECH_AFTER_SUBJECT = new RegExp(
  // "El portavoz de la oposición, Julián Paredes, acusó …", "Counsel for the Employer, Mr. Tillotson, submitted that …": a name
  // in apposition, its comma before the verb, in any language.
  String.raw`^(?:\s*(?:${BEFORE_VERB},?\s+){0,4}?|[^.;:"“„«]{0,60}?\s(?:and|then|by)\s+(?:${BEFORE_VERB}\s+){0,2})${SPEECH_VERB}${WORD_END}|^[^.;:"“„«]{0,60}?\s(?:${alternation(LANGUAGES.flatMap((l) => l.speech.byDoing))})${WORD_END}|^\s*,\s*(?:${alternation(LANGUAGES.flatMap((l) => l.speech.verbs))})${WORD_END}`,
);

/** Nouns for what a person holds or says: "His message is that", "Crosby's point was". */
const CLAIM_NOUNS = [
  'message', 'point', 'argument', 'view', 'cry', 'concern', 'claim', 'contention', 'conclusion', 'advice', 'thesis',
  'position', 'prediction', 'warning', 'hope', 'fear', 'answer', 'recommendation', 'take', 'verdict', 'pitch', 'belief',
  'finding', 'worry', 'estimate', 'forecast', 'suggestion', 'proposal', 'reply', 'response',
];
/** The claim must follow ("is that", "was to", "is: "): "his concern is understandable" describes, it does not claim. */
export const CLAIM_OF_SUBJECT = new RegExp(String.raw`^(?:['’]s?)?\s+(?:[a-z]+\s+){0,2}(?:${alternation(CLAIM_NOUNS)})s?\s+(?:is|was|are|were)(?:\s+(?:that|to)\b|\s*:|\s+["“„«])`);

/**
 * A speech verb right before the name: "said Raj Patel", "according to Helen Park". The verb may
 * come before a description of the person, then the name: "said the district health officer for Stanmere Vale, Leonard Fitch".
 */
export const SPEECH_BEFORE = new RegExp(
  String.raw`${WORD_START}(?:${alternation(LANGUAGES.flatMap((l) => l.speech.before))})\s+(?:(?:(?:its|their|our)\s+|${DETERMINER})[^,.;:!?"“”«»]{1,80},\s+)?$|${WORD_START}(?:${alternation(LANGUAGES.flatMap((l) => l.speech.verbs))})(?:-t)?-$`,
  'i',
);

/** ", according to internal documents", ", selon la mairie": a cue after a comma gives what came before it to the source after it. */
export const CUE_AFTER_COMMA = new RegExp(
  String.raw`^\s*,\s*(?:${alternation(LANGUAGES.flatMap((l) => l.speech.before.filter((cue) => !l.speech.verbs.includes(cue))))})\s+\S`,
  'i',
);

/** Words that, right before a name, make that person the source of what follows. */
export const SOURCE_BEFORE =
  /(?:(?:given|presented|delivered|led|hosted|made|offered|explained|shared)\s+by|according\s+to|(?:conversation|talk|chat|interview|discussion|meeting)s?\s+(?:[a-z]+\s+){0,2}with|interviewed|told\s+by|(?:learned|learnt|heard|gleaned)\s+(?:[a-z]+\s+){0,3}from)\s+$/i;
/** The author as the one who passes a source on: "I gleaned that info from …", "I heard from …". */
export const REPORTED_BY_AUTHOR = /\bI\s+(?:[a-z]+\s+){0,2}(?:gleaned|learned|learnt|heard|picked\s+up|was\s+told|got)\b/;

/**
 * Sentence openers that still leave the next noun phrase as the subject: "Sentencing,", "In
 * mitigation,", "Speaking outside court,", a short phrase set off by a comma, among them.
 */
export const SUBJECT_OPENER =
  /^[\s"“„«‹(]*(?:\d+(?:\.\d+)+\s+)?(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*)?(?:[^\s,.;:!?"“”]+(?:\s+[^\s,.;:!?"“”]+){0,4},\s+)?(?:(?:but|and|so|still|also|yet|then|later|now|meanwhile|however|thankfully|indeed|instead|finally|first|second|third|next|again)\W+)*$/i;

/**
 * A summary's verb opening a sentence, its subject left out, before the person it tells of: "Recalls Lil Scaife at the last
 * meeting: "…"" quotes the one it names, as "Lil Scaife at the last meeting: "…"" does.
 */
export const NOTE_FORM_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”»]?\s+)\s*(?:${either(LANGUAGES.flatMap((l) => (l.speech.noteForm ?? []).map(capitalised)))})\s+$`, 'u');

/** People described but not named, when they speak: "the speaker noted", "several people mentioned". */
const UNNAMED_NOUNS = [
  'speakers?', 'presenters?', 'panell?ists?', 'attendees?', 'people', 'analysts?', 'executives?',
  'spokes(?:person|man|woman)', 'officials?', 'engineers?', 'developers?', 'customers?', 'participants?',
  'audience members?', 'observers?', 'critics?', 'experts?', 'users?', 'vendors?', 'sources?', 'volunteers?',
  'members?', 'residents?', 'staff', 'researchers?', 'organi[sz]ers?', 'workers?', 'employees?', 'students?',
  'teachers?', 'parents?', 'witnesses?', 'insiders?', 'interviewers?', 'interviewees?', 'moderators?', 'hosts?',
  'callers?', 'questioners?', 'board', 'committee', 'council', 'operators?', 'authors?', 'editors?', 'team',
  'ministry', 'department', 'agency', 'government', 'company', 'firm', 'regulator', 'authority', 'commission',
  'listeners?', 'viewers?', 'readers?', 'organi[sz]ation',
];
const UNNAMED_NOUN_GROUP = `(${UNNAMED_NOUNS.join('|')})`;
export const UNNAMED_SPEAKER = new RegExp(
  String.raw`\b(the|a|an|one|another|several|many|some|two|three|four|five|other|most)\s+((?:[a-z-]+\s+){0,2}?)${UNNAMED_NOUN_GROUP}\b`,
  'gi',
);
/**
 * Someone described by any word for a kind of person, checked against WordNet by the caller:
 * "a farmer who asked not to be named", "one nurse", "a former colleague", "a Year 6 pupil". Tried only on
 * sentences with a speech verb, where a description can be a source.
 */
export const DESCRIBED_PERSON = /\b(the|a|an|one|another)\s+((?:[a-z-]+\s+|\d{1,2}\s+){0,3}[a-z]{3,}(?:-[a-z]+)?)\b(?!['’])/gi;
/** "who asked not to be named", between a description and its speech verb: part of who they are. */
// "who was queuing at the taxi rank that night, and who asked not to be named, said": two such clauses, joined.
export const WHO_BEFORE_VERB = new RegExp(String.raw`^(\s+who\s+[^,.;:"“”«»]{1,60}?(?:,\s+and\s+who\s+[^,.;:"“”«»]{1,60}?,)?)(?=\s+${SPEECH_VERB}${WORD_END})`);
/**
 * DESCRIBED_PERSON in the languages that put the noun first: "une riveraine de la rue des
 * Tanneurs", "un agriculteur qui a requis l'anonymat". The nouns are the modules' people and roles.
 */
export const DESCRIBED_PERSON_LISTED = (() => {
  const others = LANGUAGES.filter((l) => l.people.nouns.length > 0);
  const articles = [...new Set(others.flatMap((l) => l.people.articles))].map((a) => (/['’]$/.test(a) ? `${escapeRegExp(a)}\\s*` : `${escapeRegExp(a)}\\s+`));
  const nouns = alternation([...new Set(others.flatMap((l) => [...l.people.nouns, ...l.roleNouns]))]);
  return new RegExp(String.raw`(?<![\p{L}])(${articles.join('|')})(${nouns})(?![\p{L}'’-])`, 'giu');
})();
/** A sentence that reports speech: where DESCRIBED_PERSON is worth trying. */
export const REPORTS_SPEECH = new RegExp(String.raw`${WORD_START}${SPEECH_VERB}${WORD_END}`);
/** One word that is a verb of saying, in any case: "told", "said" (WordNet may know it as a noun too: "report"). */
export const SPEECH_WORD = new RegExp(`^${SPEECH_VERB}$`, 'i');
/** A cheap first test for UNNAMED_SPEAKER, which is slow to try at every "the": one of its nouns. */
export const UNNAMED_NOUN = new RegExp(String.raw`\b${UNNAMED_NOUN_GROUP}\b`, 'i');

/** Where an unnamed speaker spoke, for a readable label: "the session on virtualization and security". */
export const SESSION_TOPIC =
  /\b(session|talk|panel|keynote|presentation|track)\s+on\s+(?!the topic\b|it\b|this\b|that\b)([a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,4}?)(?=[,.;:!?]|\s+(?:as|at|in|was|were|did|which|that|to|by|with|because)\b|$)/gi;
/** A cheap first test for SESSION_TOPIC. */
export const SESSION_WORD = /\b(?:session|talk|panel|keynote|presentation|track)\s+on\b/i;

/** The author speaking: "I" as a subject, outside quotations. */
/** "I", "me", "my", "we", "our", "us": a speaker's own words, in either case. */
export const FIRST_PERSON_WORD = /\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|our|us)\b/i;
export const FIRST_PERSON_SUBJECT = /(?:^|[^\w'’])I(?:['’](?:m|ll|ve|d)|\s+[a-z])/;
export const FIRST_PERSON_OTHER = /\b(?:me|my|mine|myself)\b/i;
/** Words a writer uses of themselves: English's, and the other languages' ("Je remercie la Cour …", "j’ai confié"). */
export const FIRST_PERSON = new RegExp(
  String.raw`\b(?:I|I'm|I've|[Mm]y|[Ww]e|[Oo]ur|us)\b|(?<![\p{L}])(?:${either(LANGUAGES.filter((l) => l.code !== 'en').flatMap((l) => l.firstPerson).map((w) => w.replace(/['’]/, "['’]")))})(?=[\s'’]|$)`,
  'iu',
);

export type Gender = 'male' | 'female';
const GENDERS: Gender[] = ['male', 'female'];

/** Pronouns that stand for a person named before them, in every language: "he", "elle". */
export const PRONOUN = new RegExp(String.raw`\b(?:${LANGUAGES.flatMap((l) => [...l.speech.pronouns.male, ...l.speech.pronouns.female]).join('|')})\b`, 'gi');
const PRONOUN_GENDER = new Map(LANGUAGES.flatMap((l) => GENDERS.flatMap((g) => l.speech.pronouns[g].map((p) => [p, g] as const))));

/** The gender a pronoun tells: "she" female, "il" male. */
export function pronounGender(pronoun: string): Gender | undefined {
  return PRONOUN_GENDER.get(pronoun.toLowerCase());
}

const HONORIFIC_GENDER = new Map(LANGUAGES.flatMap((l) => GENDERS.flatMap((g) => l.honorifics[g].map((h) => [h.replace(/\.$/, ''), g] as const))));
/** A title that tells gender right before a name: "Ms ", "Mr. ", "Mme ". */
const HONORIFIC_END = new RegExp(String.raw`(?<![\p{L}])(${[...HONORIFIC_GENDER.keys()].map(escapeRegExp).join('|')})\.?\s+$`, 'u');

const PART_GENDER = new Map(LANGUAGES.flatMap((l) => GENDERS.flatMap((g) => l.genderedParts[g].map((p) => [p, g] as const))));

/** The gender a person's part tells: "son", "the mayor's widow"; none for most parts. */
export function partGender(role: string | null): Gender | undefined {
  if (!role) return undefined;
  for (const part of role.toLowerCase().split(/\s*;\s*/)) {
    const gender = PART_GENDER.get(part.split(/\s+/).pop() ?? '');
    if (gender) return gender;
  }
  return undefined;
}

/** The gender the title right before `index` tells: "Ms Quist" female. */
export function honorificGender(text: string, index: number): Gender | undefined {
  const m = HONORIFIC_END.exec(text.slice(Math.max(0, index - 14), index));
  return m ? HONORIFIC_GENDER.get(m[1] as string) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Findings

export const FINDINGS_LEAD_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:${FINDING_NOUNS.join('|')}|what (?:he|she|they|we) found|(?:${LANGUAGES.flatMap((l) => l.findings.leadIns).join('|')})(?:\s+(?:that|the following))?)(?![\p{L}])[^:]*:\s*$`,
  'iu',
);
/** "Theme 1: Sleep as a negotiated resource", "Finding 3 — …": a heading that names one finding, stated by the paragraph under it. */
export const ONE_FINDING_HEADING = new RegExp(String.raw`^(?:[\d.]+\s*)?(?:key\s+)?(?:${alternation(LANGUAGES.flatMap((l) => l.findings.one))})\s*\d*\s*[:.—–-]\s*\S`, 'i');
/** A paragraph that opens by numbering its finding: "Constat 1 — La voiture reste …", "Recommendation 3: Fund …". */
/** How each language counts off the items of a spoken list: "one", "second", "finally". */
const SPOKEN_ITEMS = LANGUAGES.flatMap((l) => l.findings.spoken.items);
// "Key takeaway one: flow temperature …", as a host reads out a slide: the number in words.
export const OPENS_AS_FINDING = new RegExp(String.raw`^(?:key\s+)?(?:${alternation(LANGUAGES.flatMap((l) => l.findings.one))})\s+(?:\d{1,2}|${either(SPOKEN_ITEMS)})\s*[:.—–-]\s*\S`, 'i');
/** A heading that makes its section's passages findings: "Key findings", "Takeaways", "Conclusions". */
export const FINDINGS_HEADING = new RegExp(String.raw`^(?=(?:\S+\s+){0,9}\S+\s*$)(?:[\d.\s]*)(?:.*?\s)?(?:${FINDING_NOUNS.join('|')})\b`, 'i');
/** A sentence that states what a body decided, in any language read: "The motion is carried.", "Se aprueba por unanimidad.", "Le Conseil … DÉCIDE d'approuver …". */
export const OUTCOME_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${LANGUAGES.flatMap((l) => l.findings.outcomes).join('|')})(?![\p{L}])`,
  'iu',
);
/** "DÉCIDE", "ACUERDA" in capitals, as a resolution writes them; in lower case the same words are anyone's. */
export const DECIDES_IN_CAPITALS = new RegExp(String.raw`(?<![\p{L}])(?:${LANGUAGES.flatMap((l) => l.findings.decides).join('|')})(?![\p{L}])`, 'u');
export const FINDING_SENTENCE =
  /^(?:[\s"“„«]|\p{Extended_Pictographic}|\uFE0F)*(?:(?:we|the\s+(?:authors|report|study|panel|committee|inquiry|review|board))\s+(?:therefore\s+|also\s+|strongly\s+)?(?:recommend|recommends|conclude|concludes|found|find|finds)\s+that\b|(?:(?:so|okay|ok|right|then)[,.]?\s+)?(?:we|they)\s+(?:all\s+)?(?:agree|agreed|decided|resolved|concluded)(?:\s+that)?\s*[:,]\s*\S|(?:agreed|decided|decision|resolved|resolution|action|conclusion|recommendation|outcome|key finding|finding|takeaway)\s*:|#(?:agreed|decided|decision|resolved|action)\s|I\s+(?:did\s+|also\s+)?(?:learn(?:ed|t)?|found(?:\s+out)?|discovered|came\s+away\s+(?:with|knowing))\s+that\b|The\s+(?:big|biggest|main|key|real|most\s+important|other)\s+(?:news|finding|takeaway|lesson|result|surprise|discovery)\s*(?::|was\b|is\b)|(?:The\s+)?bottom\s+line\s*:|The\s+(?:result|outcome)\s+of\s+[^.:]{1,60}?\s+(?:was|is)\s*:|There\s+(?:is|was)\s+(?:a\s+)?(?:clear\s+|rough\s+|strong\s+|no\s+)?consensus\b|The\s+(?:study|survey|research|report|analysis|review|audit)\s+(?:found|finds|shows|showed|concluded|concludes)\s+that\b)/iu;

/** Whether a sentence states what a body decided, in words or in a resolution's capitals. */
export const statesOutcome = (sentence: string): boolean => OUTCOME_SENTENCE.test(sentence) || DECIDES_IN_CAPITALS.test(sentence);

/**
 * A sentence that announces a list of findings in speech: "here are three things we learned
 * today", "three takeaways from the quarter:", "so we agree on four things". What follows in
 * the same voice, opening "One, …", "Second, …", "And finally, …", are the findings.
 */
const SPOKEN = LANGUAGES.map((l) => l.findings.spoken);
/** Each language's "and", which opens a list's last item: "and", "y", "et". */
const AND_WORDS = either(SPOKEN.map((s) => s.and));

const SPOKEN_NOUNS = either(SPOKEN.flatMap((s) => s.nouns));
export const ANNOUNCES_FINDINGS = new RegExp(
  String.raw`\b(?:(?:${either(SPOKEN.flatMap((s) => s.counts))})\s+)+(?:${SPOKEN_NOUNS})${WORD_END}(?:[^.!?]*\b(?:learn(?:ed|t)|took\s+away|take\s+away|remember|agree[d]?|decided|heard|from\s+(?:the|this|today)|today|tonight)\b)?[^.!?]*[.:!]?\s*$`,
  'i',
);
/** A cheap first test for ANNOUNCES_FINDINGS, which is slow to try at every word: one of its nouns. */
export const FINDINGS_NOUN = new RegExp(String.raw`\b(?:${SPOKEN_NOUNS})${WORD_END}`, 'i');
/** A sentence that opens with "and": the last of a list said sentence by sentence ("Landlords matter. And the remedies …"). */
export const OPENS_WITH_AND = new RegExp(String.raw`^[\s"“«]*(?:${AND_WORDS})\s`, 'i');
/** How an item of a spoken list opens: "One, …", "Second, …", "And finally, …", "Dos: …", "Deuxièmement, …", "1. …". */
export const ENUMERATES = new RegExp(String.raw`^[\s"“«]*(?:(?:${AND_WORDS})\s+)?(?:(?:${either(SPOKEN_ITEMS)})${WORD_END}\s*[,:.—–-]|\d[.)]\s)`, 'i');
/** ": read the bulletin, carry a beacon, and turn around.": three items or more after a colon, the last after "and", "y", "et". */
export const COLON_SERIES = new RegExp(String.raw`^:\s*[^,;]+(?:[,;][^,;]+)+[,;]?\s+(?:${AND_WORDS})\s+[^,;]+$`, 'i');
/** "A recap of what the audit found", "lo que nos llevamos de este episodio", "ce qu'il faut retenir", "las conclusiones de hoy": what follows sums up. */
export const RECAPS = new RegExp(String.raw`${WORD_START}(?:${either([...SPOKEN.flatMap((s) => s.recaps), ...FINDING_NOUNS])})${WORD_END}`, 'i');

const SUMMARIES = LANGUAGES.map((l) => l.findings.summaries);
/**
 * A sentence that sums a report up: one that opens by naming its summary in a few words and a colon or a dash ("Recap
 * for the VOD: …", "Short version: …", ":pushpin: DECISIONS LOG — …", "Resultados principales: …"), or says its speaker
 * sums up ("so let me sum up what you've told us", "Pues resumo lo que hemos hablado"). Where a report sets out no
 * findings, these state them.
 */
export const SUMS_UP = new RegExp(
  String.raw`^(?:[^\p{L}\d]|:[a-z_]+:)*(?:[\p{L}'’-]+\s+){0,4}?(?:${either([...SUMMARIES.flatMap((s) => s.labels), ...FINDING_NOUNS])})(?![\p{L}])[^.!?:—–]{0,40}?\s*(?::|\s[—–]\s)|(?<![\p{L}])(?:${either(SUMMARIES.flatMap((s) => s.phrases))})(?![\p{L}])`,
  'iu',
);

// ---------------------------------------------------------------------------------------------
// Sentences and quotations

/** Abbreviations in and around names that a full stop does not end: "Mr.", "Hon.", "Acme Co.". */
export const NAME_ABBREVIATIONS: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'hon', 'rt', 'co', 'inc', 'ltd', 'corp', 'cllr', 'sen', 'rep', 'gov', 'mme', 'mlle', 'sra', 'srta', 'dña', 'mm', 'mmes'];
const ABBREVIATIONS = new Set([...NAME_ABBREVIATIONS, 'i.e', 'e.g', 'vs', 'etc', 'u.s', 'no', 'approx', 'dept', 'rev', 'gen', 'revd', 'capt', 'col', 'lt', 'sgt', 'insp', 'det', 'fr', 'mx', 'messrs']);

/** Quotation marks of English and other languages: “ ” " « » „ “ ‹ › 「 」. */
const OPENING_QUOTE = '"“„«‹「『';
const QUOTED = /“[^”"]*[”"]|"[^"]*"|„[^“”"]*[“”"]|«[^»]*»|‹[^›]*›|「[^」]*」|『[^』]*』/g;

/** Splits prose into sentences without breaking at "i.e.", "vs." or "Mr.". */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map(([start, end]) => text.slice(start, end));
}

/** Sentences as [start, end) offsets into `text`. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  // French sets a space inside its quotation marks: "… ans. « Depuis le début … »" opens a sentence.
  const boundary = /[.!?…]["”’»›)]*\s+(?=(?:["“„(]|[«‹]\s?)?[\p{Lu}\p{N}\p{Script=Han}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const lastWord = wordBefore(text, m.index).toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || (lastWord.length === 1 && /\p{L}/u.test(lastWord))) continue;
    out.push([start, m.index + m[0].trimEnd().length]);
    start = m.index + m[0].length;
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end > start) out.push([start, end]);
  return out;
}

/** The run of word characters and dots that ends at `end` ("i.e" in "i.e."). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && i > end - 12 && /[\p{L}\p{N}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, end);
}

/** The closing mark each opening mark takes; ASCII quotes close themselves. */
const CLOSES: Record<string, string> = { '"': '"', '“': '”"', '„': '“”"', '«': '»', '‹': '›', '「': '」', '『': '』', "'": "'", '‘': '’' };
/** Where a quotation may open: a double or foreign mark anywhere, a single quote only at a word's start before a letter. */
const OPENER = /["“„«‹「『]|(?<![\p{L}\p{N}])['‘](?=\p{L})/gu;

/**
 * The spans of a passage that are quotation, [start, end): a quotation that opens and never
 * closes runs to the passage's end (a quote over several paragraphs reopens at each one). A
 * single quote opens only at a word's start and closes only at its end, so "don't" is no
 * quotation.
 */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Only where a quotation can open is looked at: most text has no quotation marks at all.
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const i = m.index;
    const c = m[0];
    const closes = CLOSES[c] as string;
    const single = c === "'" || c === '‘';
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charAt(j);
      if (!closes.includes(d)) continue;
      // A closing single quote ends a word: "'…budget,' said" closes; "don't" does not.
      if (single && /\p{L}/u.test(text.charAt(j + 1))) continue;
      break;
    }
    out.push([i, Math.min(j + 1, text.length)]);
    OPENER.lastIndex = j + 1;
  }
  return out;
}

/** Removes quoted speech, so that an "I" inside quotation marks is not the author. */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTED, ' ');
}

/** A passage that opens with a quotation: it continues the previous speaker. */
export function isOnlyQuotation(text: string): boolean {
  return OPENING_QUOTE.includes(text.trimStart().charAt(0));
}

/** A sentence that is a quotation from end to end, not one that opens with a quoted term ("“Building a bridge” is Microsoft-speak"). */
export function isQuotationSentence(sentence: string): boolean {
  const text = sentence.trim();
  if (!OPENING_QUOTE.includes(text.charAt(0))) return false;
  const quoted = QUOTED.exec(text);
  QUOTED.lastIndex = 0;
  return quoted !== null && quoted.index === 0 && quoted[0].length >= text.length * 0.8;
}

/** "representatives" → "representative", "nurses" → "nurse", "witnesses" → "witness": enough for WordNet to know the kind of person. */
export const singular = (word: string): string => word.replace(/(?<=[^aeiou])ies$/, 'y').replace(/(?<=(?:ch|sh|ss|x))es$/, '').replace(/s$/, '');

/**
 * "---", "* * *", a plain-text divider of "=====", and a compilation's page rule with its page's number or a word after it
 * ("------------ 7", "==========  END").
 */
export const THEMATIC_BREAK = /^\s{0,3}(?:([-*_=])(?:\s*\1){2,}|([-=_~])\2{9,}\s*(?:\d{1,4}|\p{Lu}{2,8}))\s*$/u;
