/**
 * The English patterns that attribution reads: how news prose names a person, introduces a
 * speaker, reports speech and speaks in the first person. Kept together so the rules that
 * the README documents live in one place.
 */

/** One capitalised word of a personal name: Crosby, O'Brien, McNealy, Jean-Luc. */
const NAME_WORD = String.raw`(?:[A-Z](?:['’][A-Z])?[a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)`;
/** A run of capitalised words, which may hold a personal name: "Tony Iams", "John Q. Public". */
export const CAPITALISED_RUN = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?${NAME_WORD})*`, 'g');
/** An organisation as news prose writes it: capitalised words, acronyms, "&". */
export const ORGANISATION = String.raw`(?:the\s+)?[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+(?:&\s+)?[A-Z](?:[\w&'’-]|\.(?=\w))*)*`;

/** Capitalised words that start a sentence or name a thing, never a person's first name. */
export const NOT_A_NAME = new Set(
  (
    'The A An This That These Those In On At Of For And But Or If When While As By With From To It Its ' +
    'He She They We I His Her Our Their My Your There Here What Who Why How Where Which Thankfully However ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Mr Mrs Ms Dr Mister Doctor Professor Saint'
  ).split(' '),
);

/** Nouns that name a job or a position, as in "analyst Tony Iams" or "Jane Doe, chief architect". */
const ROLE_NOUNS = 'analyst|economist|researcher|scientist|professor|engineer|architect|developer|designer|director|manager|president|chairman|chairwoman|chair|founder|co-founder|CEO|CTO|CIO|CFO|COO|officer|executive|head|lead|leader|spokesperson|spokesman|spokeswoman|consultant|evangelist|strategist|editor|reporter|journalist|author|lawyer|attorney|minister|senator|governor|mayor|fellow|partner|maintainer|organi[sz]er|investor|advocate|librarian|curator|historian'.split('|');
export const ROLE_NOUN = String.raw`(?:${ROLE_NOUNS.join('|')})`;
/** "Analyst" or "Professor" opening a capitalised run is a title, not a first name. */
export const ROLE_TITLE = new Set(ROLE_NOUNS.map((w) => w.replace(/\[sz\]/, 'z').replace(/^./, (c) => c.toUpperCase())));

/** Verbs (with their forms) that put words or claims in a subject's mouth. */
export const SPEECH_VERB = String.raw`(?:said|says|say|told|tells|tell|claim(?:s|ed)?|note(?:s|d)?|noting|believe(?:s|d)?|shared|shares|present(?:s|ed)|argue(?:s|d)?|explain(?:s|ed)?|add(?:s|ed)|warn(?:s|ed)?|predict(?:s|ed)?|state(?:s|d)|insist(?:s|ed)?|caution(?:s|ed)?|suggest(?:s|ed)?|point(?:s|ed)? out|conclude(?:s|d)?|report(?:s|ed)|found|finds|show(?:s|ed)|describe(?:s|d)|recommend(?:s|ed)?|admit(?:s|ted)?|acknowledge(?:s|d)|announce(?:s|d)|(?:was|is|were|are) concerned|worr(?:y|ies|ied)|emphasi[sz]e(?:s|d)|stress(?:es|ed)|contend(?:s|ed)|maintain(?:s|ed)|interview(?:s|ed)|survey(?:s|ed)|demonstrate(?:s|d)|reveal(?:s|ed)|mention(?:s|ed)|kick(?:s|ed) off|ma(?:de|king|kes) the (?:point|case)|observe(?:s|d)|assert(?:s|ed)|counter(?:s|ed)|repl(?:y|ies|ied)|answer(?:s|ed)|expect(?:s|ed)|think(?:s)?|thought|estimate(?:s|d)|propose(?:s|d)|recall(?:s|ed)|wrote|writes|quipped|joked|agree(?:s|d)|disagree(?:s|d)|cite(?:s|d)|hope(?:s|d)|fear(?:s|ed)|asked|asks|urge(?:s|d)|vow(?:s|ed)|promise(?:s|d)|conceded?|concedes|insisted|describes|calls?|called|put it)`;

/** After a subject: a few adverbs or auxiliaries, then a speech verb ("primarily and repeatedly noted"). */
export const SPEECH_AFTER_SUBJECT = new RegExp(String.raw`^\s*(?:[a-z]+,?\s+){0,4}?${SPEECH_VERB}\b`);

/** "His message is that", "Crosby's point was": a claim owned by the subject. */
export const CLAIM_OF_SUBJECT =
  /^(?:['’]s?)?\s+(?:[a-z]+\s+){0,2}(?:message|point|argument|view|cry|concern|claim|contention|conclusion|advice|thesis|position|prediction|warning|hope|fear|answer|recommendation|take|verdict|pitch|belief|argument)s?\s+(?:is|was|are|were)\b/;

/** A speech verb right before the name: "said Raj Patel", "according to Helen Park". */
export const SPEECH_BEFORE = /\b(?:said|says|added|explained|noted|warned|argued|insisted|according\s+to)\s+$/i;

/** Words that, right before a name, make that person the source of what follows. */
export const SOURCE_BEFORE =
  /(?:(?:given|presented|delivered|led|hosted|made|offered|explained|shared)\s+by|according\s+to|(?:conversation|talk|chat|interview|discussion|meeting)s?\s+(?:[a-z]+\s+){0,2}with|interviewed|told\s+by|(?:learned|heard|gleaned)\s+(?:[a-z]+\s+){0,3}from)\s+$/i;

/** Sentence openers that still leave the next noun phrase as the subject. */
export const SUBJECT_OPENER =
  /^[\s"“(]*(?:(?:but|and|so|still|also|yet|then|later|now|meanwhile|however|thankfully|indeed|instead|finally|first|second|third|next|again)\W+)*$/i;

/** People described but not named, when they speak: "the speaker noted", "several people mentioned". */
export const UNNAMED_SPEAKER =
  /\b(the|a|an|one|another|several|many|some|two|three|four|five|other|most)\s+((?:[a-z-]+\s+){0,2}?)(speakers?|presenters?|panell?ists?|attendees?|people|analysts?|executives?|spokes(?:person|man|woman)|officials?|engineers?|developers?|customers?|participants?|audience members?|observers?|critics?|experts?|users?|vendors?|sources?|volunteers?|members?|residents?|staff|researchers?|organi[sz]ers?|workers?|employees?|students?|teachers?|parents?|witnesses?|insiders?)\b/gi;
/** A cheap first test for UNNAMED_SPEAKER, which is slow to try at every "the": one of its nouns. */
export const UNNAMED_NOUN = /\b(speakers?|presenters?|panell?ists?|attendees?|people|analysts?|executives?|spokes(?:person|man|woman)|officials?|engineers?|developers?|customers?|participants?|audience members?|observers?|critics?|experts?|users?|vendors?|sources?|volunteers?|members?|residents?|staff|researchers?|organi[sz]ers?|workers?|employees?|students?|teachers?|parents?|witnesses?|insiders?)\b/i;

/** Where an unnamed speaker spoke, for a readable label: "the session on virtualization and security". */
export const SESSION_TOPIC =
  /\b(session|talk|panel|keynote|presentation|track)\s+on\s+(?!the topic\b|it\b|this\b|that\b)([a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,4}?)(?=[,.;:!?]|\s+(?:as|at|in|was|were|did|which|that|to|by|with|because)\b|$)/gi;
/** A cheap first test for SESSION_TOPIC. */
export const SESSION_WORD = /\b(?:session|talk|panel|keynote|presentation|track)\s+on\b/i;

/** The author speaking: "I" as a subject, outside quotations. */
export const FIRST_PERSON_SUBJECT = /(?:^|[^\w'’])I(?:['’](?:m|ll|ve|d)|\s+[a-z])/;
export const FIRST_PERSON_OTHER = /\b(?:me|my|mine|myself)\b/i;

export const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/gi;

/** How a report presents a result: a list introduced as findings, or a sentence marker. */
export const FINDINGS_LEAD_IN =
  /\b(?:findings?|results?|conclusions?|takeaways?|lessons?|key points|highlights|what (?:he|she|they|we) found)\b[^:]*:\s*$/i;
export const FINDING_SENTENCE =
  /^[\s"“]*(?:I\s+(?:did\s+|also\s+)?(?:learn(?:ed|t)?|found(?:\s+out)?|discovered|came\s+away\s+(?:with|knowing))\s+that\b|The\s+(?:big|biggest|main|key|real|most\s+important|other)\s+(?:news|finding|takeaway|lesson|result|surprise|discovery)\s*(?::|was\b|is\b)|(?:The\s+)?bottom\s+line\s*:|The\s+(?:study|survey|research|report|analysis)\s+(?:found|shows|showed)\s+that\b)/i;

const ABBREVIATIONS = new Set(['i.e', 'e.g', 'vs', 'mr', 'mrs', 'ms', 'dr', 'inc', 'corp', 'co', 'jr', 'sr', 'st', 'etc', 'u.s', 'no', 'approx', 'dept', 'prof']);

/** Splits prose into sentences without breaking at "i.e.", "vs." or "Mr.". */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]*\s+(?=["“(]?[A-Z0-9])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const lastWord = wordBefore(text, m.index).toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || /^[A-Z]$/.test(lastWord.toUpperCase()) && lastWord.length === 1) continue;
    out.push(text.slice(start, m.index + m[0].trimEnd().length));
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The run of word characters and dots that ends at `end` ("i.e" in "i.e."). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\w.]/.test(text[i - 1] as string)) i--;
  return text.slice(i, end);
}

/** Removes quoted speech, so that an "I" inside quotation marks is not the author. */
export function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
