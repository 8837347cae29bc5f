import { CARD_FIELD, cardPosts } from './postCards.ts';
import { postedBy } from './postedBy.ts';
import { titleCase, titleSpeaker } from './byline.ts';
import { lowerBound } from '../base/sorted.ts';
import { untitledName } from './fullNames.ts';
import { isRoleHead } from './speakerPatterns.ts';
import { ownString } from '../base/ownStrings.ts';
import { ANSWERING_PARTS, ARTICLE, ASKING_PARTS, DEFAULT_LANGUAGE, LANGUAGES, ORDINAL_NUMBERS } from '../language/index.ts';
import { isKindOfPerson } from './speakerIdentity.ts';
import { withoutAccents } from '../language/accents.ts';
import { ROLE_LABEL_WORDS } from './roleWords.ts';
import { alternation, CALENDAR_WORDS, either, escapeRegExp, FINDINGS_HEADING, ENDS_IN_INITIAL, HONORIFIC, HONORIFIC_WORD, MONTHS_SHORT, NAME_ABBREVIATIONS, PERSON_HONORIFIC, REPORTS_SPEECH, ROLE_NOUN_WORDS, SPEECH_WORD, ROLE_TITLE, STREET_NAME } from './language.ts';
import { isCommonWord, isNoun, isNounOrVerb, isPersonNoun, usageCount } from './wordnet.ts';

/**
 * Speaker labels learnt from the report itself. A transcript marks its turns the same way
 * again and again: `Dana Whitlock -- Chief Financial Officer` on a line of its own, `Ilona
 * Varga  00:03:12`, `[10:02] Priya Sandhu — …`, `P3 (female, 40s, nurse): …`. Each line's
 * opening is reduced to its shape (times, names, brackets and separators abstracted, the words
 * before the name kept), and a shape that recurs with several different names, each followed
 * by text, is that report's label template. No list of tools or layouts is consulted: a layout
 * nobody has seen is read the same way, as long as it repeats.
 */

/** A label a line holds: whose turn starts there, what the label says of them, and where the words start. */
export interface LineLabel {
  name: string;
  /** What the label adds after the name, field by field: "Chief Financial Officer"; "Larkspur Securities", "Analyst". */
  fields: string[];
  /** Offset of the spoken words in the line; null when the label is the whole line and the words follow on the next lines. */
  rest: number | null;
  bold: boolean;
  /** The accounts the label gives beside the name ("@treyes.bsky.social"): other ways to name the person. */
  aliases?: string[];
}

export interface LabelLayout {
  /** Line index → the label it holds, for lines of an induced template. */
  labels: Map<number, LineLabel>;
  /** Lines that hold only a time stamp ("[00:04:12]", "0:03"): decoration, not text. */
  times: Set<number>;
  /** Whether the report marks turns by a template of its own: then a turn runs on until the next label. */
  templated: boolean;
  /** Whether its turns are a forum thread's posts, each under its writer's card (postCards.ts). */
  byCards?: boolean;
  /** Lines that close the turn before them: a post's signature under it (postedBy.ts). */
  ends: Set<number>;
  /** Lines that title the post under them, headings of their own, by what they say was posted (postedBy.ts). */
  titles: Map<number, string>;
  /** Lines stamped as the turns are but with no label: a chat's events ("06/03/2026, 20:01 - Priya Sandhu changed the group description"). */
  events: Set<number>;
}

type TokenKind = 'time' | 'paren' | 'bracket' | 'sep' | 'comma' | 'bold' | 'word' | 'nick';
interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** Marks a family whose labels end at a dash or bar with no time stamp on the line. */
const UNSTAMPED = ' unstamped';
/**
 * "[RV] Cleanest code …", "- [MT] Lovely idea", "00:00:31 [MH] Thanks, Jonah.": a code or a short name in square brackets
 * opening a line or an item, after a time stamp or not, tags the words after it.
 */
const BRACKET_TAG = /^\s{0,3}(?:(?:[-*+\u2022]|\d{1,3}[.)])\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:\*\*|__)?\[(\p{Lu}{1,4}\d{0,3}|\p{Lu}[\p{Ll}'’]+(?:\s\p{Lu}[\p{Ll}'’]+){0,2})\](?:\*\*|__)?\s+(?=\S)(?![\p{L}\d_.-]{2,30}:\s)/u;
const BRACKET_FAMILY = `inline [N]${UNSTAMPED}`;
/** A full name with its title, if any: "Mr Jonathan Ealing", "Hannah Osei". */
// "Ilma. Sra. D.ª Begoña Larrañaga Quintero": a Spanish record stacks its courtesy titles.
const TITLED_FULL_NAME = String.raw`(?:${PERSON_HONORIFIC}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
/**
 * What a label's person did, not what they are: "commented on 2 Feb 2026", "posted 3h ago" (a verb and when), "added a
 * comment", "shared a file", "changed the status to In Progress" (a verb in the past and its object).
 */
const DID = /^\p{Ll}*(?:ed|wrote|said)\b.*\d|^\p{Ll}+(?:ed|wrote|said|shared|left|made|took|gave|sent|set)\s+(?:a|an|the|on|to|in|at|this|that|his|her|their|its)\b/u;
/** A full name alone, with its title: the value of a field ("Prosecution: Mr Jonathan Ealing"). */
export const ONLY_NAME = new RegExp(String.raw`^\s*${TITLED_FULL_NAME}\s*$`, 'u');
/** "Dr Lindqvist reported …": a title and a surname open the sentence. */
const TITLED_SURNAME = new RegExp(String.raw`^(?:${PERSON_HONORIFIC})\.?\s+\p{Lu}[\p{L}'’-]+\s`, 'u');
/** A full name and then a stop, a comma or a bracket: who holds a part, as a header gives it. */
const NAMED_PART = new RegExp(String.raw`^${TITLED_FULL_NAME}\s*(?:[.,;(]|$)`, 'u');
const HEADING_MARKER = /^#{1,6}\s+(?=\S)/;
const ITEM_LABEL_END = /:|\s(?:—|–|--|\||~)\s/;
const LIST_MARKER = /^\s{0,3}(?:[-*+\u2022]|\d{1,4}[.)])\s+(?=\S)/;
/**
 * "The CHAIRMAN. The subcommittee will come to order.", "Ms. OKAFOR of New Mexico. Thank you.", "CHAIR WESTBROOK. Good afternoon.",
 * "DANIELA OKONJO. Thank you.": a name in capitals
 * (after "The" or a title) and a full stop open a turn, as legislatures' records and old plays print them; "of" and
 * a place after the name says whom they represent.
 */
const CAPITALS_THEN_STOP = /^\s{0,8}(?<bold>\*\*|__)?((?:\p{Lu}[\p{Ll}]{0,12}\.?\s+){0,2}(?:\p{Lu}{2,}(?:[-'’]\p{Lu}+)*\s+){0,3}\p{Lu}{2,}(?:[-'’]\p{Lu}+)*)(?:\s+of\s+(\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+){0,2}))?\.\k<bold>\s+(?:[–—]\s+)?(?=[^\s\d])/u;
const CAPITALS_FAMILY = `inline CAPS N .${UNSTAMPED}`;
/** A label is read from at most this much of a line: the work per line is bounded. */
const LABEL_SPAN = 140;
/** The longest line that may be a label of its own. */
const WHOLE_LINE = 110;
/** The longest post header (a name, its credentials set apart by dots, an age) that may be a label of its own. */
const POST_HEADER_LINE = 220;
/** Where an inline label can end: a colon, a dash or bar after a time stamp, a nick's closing bracket. */
const LABEL_END = /:(?:\s|$)|\s(?:—|–|--|-|\||~)\s|>\s/;
const LABEL_ENDS = new RegExp(LABEL_END.source, 'g');
const COLON_END = /:[*_]{0,2}(?:\s|$)/;
/** "14:02", "2:15 PM", "00:41:07.5", and "1358:02" as an air traffic or a recorder transcript writes hours and minutes, then seconds. */
const TIME = /(?:[0-2]\d[0-5]\d:[0-5]\d|\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,3})?(?:\s?[AaPp]\.?[Mm]\.?(?![\p{L}]))?/uy;
/** Every time stamp in a text, as TIME reads one. */
const TIMES = new RegExp(TIME.source, 'gu');
/** "+44 7700 900123": a chat export names someone it has no name for by their number. */
const PHONE = /\+\d[\d ()-]{6,18}\d/y;
const TIME_ONLY = /^\s*[[(]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\])]?\s*$/;
/** "11:03 a.m.", "2:15 PM EST" alone on a line, as a live chat stamps its entries: when, not who. */
const CLOCK_LINE = /^\s*\d{1,2}:\d{2}\s?[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?\s*$/;
/** "C/E ▸ BRIDGE": an arrow from the speaker to whom they address. */
const ARROWS = ['▸', '►', '→'];
const SEPARATORS = ['--', '—', '–', '|', '·', '•', ':', '>>', '>', '~', ' - ', '»', ...ARROWS];
/** "**0312**", "**2359**" at a line's start: a time of day in four figures. */
/** "02 04 13 27": elapsed days, hours, minutes and seconds in pairs of figures, opening a line. */
const ELAPSED_TIME = /^\d{2}(?: [0-5]\d){2,3}(?=\s)/;
const WATCH_TIME = /^(?:\*\*|__)((?:[01]\d|2[0-3])[0-5]\d)(?:\*\*|__)(?=\s)/;
const SEPARATOR_START = new Set(SEPARATORS.map((s) => s.trim().charAt(0)));
/** " la présidente", " le ministre délégué", " the Chair": an article and a part after an honorific. */
const ROLE_AFTER_HONORIFIC = new RegExp(String.raw`^\s+${ARTICLE}(?:${alternation([...ROLE_NOUN_WORDS])})(?:\s+\p{Ll}+)?(?=\s*[.:,–—])`, 'iu');
/** "M. Gilles Terrasson, rapporteur. – Supprimer …": a stop, then a dash, closes a label as a French record prints it. */
const STOP_DASH = /^\s+(?:—|–)\s/;
const STOP_DASH_SEP = '.–';
/** The gap between a transcript's columns of time, speaker and words. */
const COLUMN_GAP = '⇥';
/** Spaces that set columns apart in a line of text copied from a page. */
const WIDE_GAP = 3;
/** "M. Julien Ferrat. Monsieur …": the stop that closes a label opening with an honorific, before a capital. */
const HONORED_STOP = new RegExp(String.raw`(?<=^\s{0,8}(?:${PERSON_HONORIFIC}\.?\s+[^.:]{1,120}?\p{L}|(?:${[...ROLE_TITLE].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)).join('|')})\s+\p{Lu}[\p{L}'’-]+))\.(?=\s+\p{Lu})`, 'u');
const STOP_DASH_IN = /(?<=\p{L})\.\s+(?:—|–)\s/u;
/** A label closed so may describe its person at length ("ministre délégué auprès du ministre de la transition écologique, chargé de la mer"). */
const STOP_DASH_WORDS = 24;
/** How many times as many lines the turns' family of inline labels has as another for that one to count only for its people. */
const DOMINANT = 4;
// "Car #27", "Issue #412": a number its sign marks is a word of the label too.
const WORD = /(?:[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&/_+-]*|&|#\d{1,6}\b)/uy;
/** Words that join the parts of a name or a title: "Ana de la Cruz", "Minister for Transport". */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'la', 'le', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'the', 'on', 'in']);

/** The tokens of a line's opening, up to the first thing no label holds (a quotation mark, a sentence's end). */
function tokenize(line: string, span: number): { tokens: Token[]; complete: boolean } {
  const tokens: Token[] = [];
  const limit = Math.min(line.length, span);
  // Only a line with an "@" or an " at " in its label's reach can hold an address.
  const reach = line.slice(0, limit);
  const mailish = reach.includes('@') || reach.includes(' at ');
  let i = 0;
  /** A sticky pattern matched where the reading stands: its text as one token of `kind`, and the reading past it. */
  const matched = (pattern: RegExp, kind: 'word' | 'time'): boolean => {
    pattern.lastIndex = i;
    const m = pattern.exec(line);
    if (!m) return false;
    tokens.push({ kind, text: m[0], start: i, end: i + m[0].length });
    i += m[0].length;
    return true;
  };
  while (i < limit) {
    const c = line.charAt(i);
    if (c === ' ' || c === '\t') {
      if (line.startsWith(' - ', i)) {
        tokens.push({ kind: 'sep', text: '-', start: i, end: i + 3 });
        i += 3;
        continue;
      }
      // "14:21:04     HOT-1     gear down": after a time and a name, a gap of columns ends the label as a colon does.
      const gap = /^(?: {2,}|\t)\s*/.exec(line.slice(i, i + 40))?.[0];
      if (gap && tokens[0]?.kind === 'time' && tokens.length === 2 && tokens[1]?.kind === 'word') {
        tokens.push({ kind: 'sep', text: COLUMN_GAP, start: i, end: i + gap.length });
        i += gap.length;
        continue;
      }
      // "Dana Okafor    Maker": a wide gap between words sets a badge or a field apart from the name, as a dot does.
      if (gap && (gap.length >= WIDE_GAP || gap.startsWith('\t')) && tokens[tokens.length - 1]?.kind === 'word' && /\p{L}/u.test(line.charAt(i + gap.length))) {
        tokens.push({ kind: 'sep', text: '·', start: i, end: i + gap.length });
        i += gap.length;
        continue;
      }
      i++;
      continue;
    }
    // "02 04 13 27  CC    Kestrel, Houston.": a mission's elapsed time in days, hours, minutes and seconds, a stamp.
    const elapsed = i === 0 ? ELAPSED_TIME.exec(line) : null;
    if (elapsed) {
      tokens.push({ kind: 'time', text: elapsed[0], start: 0, end: elapsed[0].length });
      i = elapsed[0].length;
      continue;
    }
    // "**0312**": a watch log's time in four figures, set off as a stamp.
    const watch = i === 0 ? WATCH_TIME.exec(line) : null;
    if (watch) {
      tokens.push({ kind: 'time', text: watch[1] as string, start: 0, end: watch[0].length });
      i = watch[0].length;
      continue;
    }
    // "★★☆☆☆": a review's rating, decoration as a time stamp is.
    if (c === '★' || c === '☆') {
      const stars = /^[★☆]+/u.exec(line.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'time', text: stars, start: i, end: i + stars.length });
      i += stars.length;
      continue;
    }
    // "«Ch71»", "‹TB›": a channel or a tag between angle quotes, decoration as a bracket is.
    if (c === '«' || c === '‹') {
      const close = line.indexOf(c === '«' ? '»' : '›', i + 1);
      if (close < 0 || close - i > 40) return { tokens, complete: false };
      tokens.push({ kind: 'bracket', text: line.slice(i + 1, close).trim(), start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    // "TOBIAS WRENFIELD *(to camera)*": a script's direction to the actor, in brackets set in italics.
    if ((c === '*' || c === '_') && line.charAt(i + 1) !== c && (line.charAt(i + 1) === '(' || line.charAt(i - 1) === ')')) {
      tokens.push({ kind: 'bold', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    // "**A backer from Leeds** · 3 days ago": a commenter described, not named, in bold where others have names.
    const described = i === 0 ? DESCRIBED_IN_BOLD.exec(line) : null;
    if (described?.[1] && isDescription(described[1])) {
      // "**A man who did not want to be named, 50s:**": the colon inside the bold ends the label as one after it does.
      const colon = described[2] ? [{ kind: 'sep' as const, text: ':', start: described[0].length - 3, end: described[0].length - 2 }] : [];
      tokens.push({ kind: 'bold', text: '**', start: 0, end: 2 }, { kind: 'word', text: described[1], start: 2, end: 2 + described[1].length }, ...colon, { kind: 'bold', text: '**', start: described[0].length - 2, end: described[0].length });
      i = described[0].length;
      continue;
    }
    if (line.startsWith('**', i) || line.startsWith('__', i)) {
      tokens.push({ kind: 'bold', text: '**', start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if ((c === '+' && matched(PHONE, 'word')) || (/\d/.test(c) && matched(TIME, 'time'))) continue;
    // "Lena Okafor 🌊": an emoji a display name carries is decoration, as space is.
    const wide = c >= '\u2000' ? String.fromCodePoint(line.codePointAt(i) ?? 0) : '';
    if (wide && EMOJI.test(wide)) {
      i += wide.length;
      continue;
    }
    // "@lenaokafor@scholar.social" after a name: the account it posts from, decoration; with no name before it, the name.
    const handle = c === '@' ? HANDLE.exec(line.slice(i, i + 80)) : null;
    if (handle) {
      const named = tokens.some((t) => t.kind === 'word');
      tokens.push({ kind: named ? 'time' : 'word', text: handle[0], start: i, end: i + handle[0].length });
      i += handle[0].length;
      continue;
    }
    // "<tbrandt>", "< tbrandt>", "<@tbrandt>": a chat log's nick between angle brackets, whatever its case, after the
    // place irssi keeps for a channel mode (a space when there is none).
    if (c === '<') {
      const nick = /^<([@+%~& ]?[\p{L}\d_.|-]{1,30})>/u.exec(line.slice(i, i + 40));
      if (!nick?.[1]) return { tokens, complete: false };
      tokens.push({ kind: 'nick', text: nick[1].replace(/^[@+%~& ]/, ''), start: i, end: i + nick[0].length });
      i += nick[0].length;
      continue;
    }
    // "`00:01:02` **RT** — …": a stamp set in code, as Markdown exports of transcripts print it.
    if (c === '`') {
      const close = line.indexOf('`', i + 1);
      if (close < 0 || !TIME_ONLY.test(line.slice(i + 1, close))) return { tokens, complete: false };
      tokens.push({ kind: 'time', text: line.slice(i + 1, close).trim(), start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    // "Thomas Reyes {BIO 18827364 <GO>}": an exporter's tag in braces marks the person as a stamp marks the time.
    if (c === '{') {
      const close = line.indexOf('}', i + 1);
      if (close < 0 || close - i > 40) return { tokens, complete: false };
      tokens.push({ kind: 'time', text: line.slice(i + 1, close).trim(), start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    if (c === '(' || c === '[') {
      const close = line.indexOf(c === '(' ? ')' : ']', i + 1);
      if (close < 0 || close - i > 90) return { tokens, complete: false };
      const inner = line.slice(i + 1, close).trim();
      // "[02/04/2025, 08:01:12]", "(00:03:12)": a stamp of date and time, decoration.
      // "[06-Mar-26 09:14 PM]": a month's name in the date is still a stamp.
      const stamp = TIME_ONLY.test(inner) || /^\d{1,2}:\d{2}/.test(inner) || /^[\d/.,: -]*\d{1,2}:\d{2}[\d:. ]*(?:[AaPp]\.?[Mm]\.?)?$/.test(inner.replace(MONTH_IN_DATE, '0'));
      tokens.push({ kind: stamp ? 'time' : c === '(' ? 'paren' : 'bracket', text: inner, start: i, end: close + 1 });
      i = close + 1;
      // "Saoirse Quinlan (The Left). – Madam President, …": a stop and a dash after the brackets close the label too.
      const dash = line.charAt(i) === '.' ? STOP_DASH.exec(line.slice(i + 1, i + 5)) : null;
      if (dash) {
        tokens.push({ kind: 'sep', text: STOP_DASH_SEP, start: i, end: i + 1 + dash[0].length });
        i += 1 + dash[0].length;
      }
      continue;
    }
    const sep = SEPARATOR_START.has(c) ? SEPARATORS.find((s) => s !== ' - ' && line.startsWith(s, i)) : undefined;
    // "C/E ▸ BRIDGE:": whom the speaker addresses, up to the colon, is no part of who speaks; "▸ VARGA:" before any
    // name only marks the turn.
    if (sep && ARROWS.includes(sep)) {
      const named = tokens.some((t) => t.kind === 'word');
      const to = named ? line.indexOf(':', i) : -1;
      if (!named || (to > 0 && to < limit)) {
        i = named ? to : i + sep.length;
        continue;
      }
    }
    if (sep) {
      tokens.push({ kind: 'sep', text: sep, start: i, end: i + sep.length });
      i += sep.length;
      continue;
    }
    if (c === ',') {
      tokens.push({ kind: 'comma', text: ',', start: i, end: i + 1 });
      i++;
      continue;
    }
    // "rosalind at lanternfish.example.org", "tmwangi@kestrel.example": the address a name writes from, as an archive prints it.
    if (mailish && /[\p{L}\d]/u.test(c) && tokens.some((t) => t.kind === 'word') && matched(MAIL_ADDRESS, 'time')) continue;
    // "▲ 31 ▼": a link aggregator's vote buttons, decoration as space is.
    if (VOTE_ARROWS.includes(c)) {
      i++;
      continue;
    }
    // "13 hours ago", "3d ago": when a post went up, said relative to now, its time stamp.
    if (/\d/.test(c) && matched(AGO, 'time')) continue;
    // "Yesterday at 20:58", "Today at 21:14": a chat's day said relative to now, part of its time stamp.
    if ((c === 'T' || c === 't' || c === 'Y' || c === 'y') && matched(RELATIVE_DAY, 'time')) continue;
    WORD.lastIndex = i;
    const word = WORD.exec(line);
    if (word) {
      // A word that ends a sentence ("said.") ends the label's reach.
      const dotted = word[0].endsWith('.');
      const bare = dotted ? word[0].replace(/[.]+$/, '') : word[0];
      // "Greyfriars & Co. -- Analyst", "Dr. Reyes": a dot that ends an abbreviation, not a sentence.
      const after = line.slice(i + word[0].length, i + word[0].length + 4);
      const known = /^\p{Lu}$/u.test(bare) || LABEL_ABBREVIATIONS.has(bare.toLowerCase());
      // "M. Jean-Paul Castagnet. – Cet amendement …": a stop then a dash closes the label, as a French record prints it.
      const stopThenDash = dotted && !known && STOP_DASH.test(after);
      const abbreviation = dotted && !stopThenDash && (known || /^\s*(?:--|—|–|\||·|\(|,|$)/.test(after));
      const text = abbreviation ? word[0] : bare;
      tokens.push({ kind: 'word', text, start: i, end: i + text.length });
      // "M. Julien Ferrat. Monsieur le ministre, …", "Mme la présidente. La séance …": a stop closes a label that opens with an honorific.
      // "Chairman Duvernay. The subcommittee will …": a title before a surname closes the same way.
      const opener = tokens.find((t) => t.kind === 'word')?.text ?? '';
      const spoken = tokens.filter((t) => t.kind === 'word').length;
      // "Dña. Noelia …": the honorific's own stop closes nothing.
      const honoured = dotted && !abbreviation && !stopThenDash && spoken >= 2 && /^\s+\p{Lu}/u.test(after) && (HONORIFIC_WORD.test(opener) || (ROLE_TITLE.has(opener) && spoken === 2));
      if (honoured) {
        tokens.push({ kind: 'sep', text: '.', start: i + text.length, end: i + word[0].length });
        i += word[0].length;
        continue;
      }
      if (stopThenDash) {
        const end = i + word[0].length + (STOP_DASH.exec(after)?.[0].length ?? 0);
        tokens.push({ kind: 'sep', text: STOP_DASH_SEP, start: i + text.length, end });
        i = end;
        continue;
      }
      i += Math.max(text.length, 1);
      if (text.length < word[0].length) return { tokens, complete: false };
      continue;
    }
    return { tokens, complete: false };
  }
  return { tokens, complete: limit === line.length };
}

/** "@treyes@mastodon.online", "@treyes.bsky.social": the account as written, and as people write it short ("@treyes"). */
function handleNames(handle: string): string[] {
  const short = `@${handle.slice(1).split(/[@.]/)[0] ?? ''}`;
  return short === handle ? [handle] : [handle, short];
}

/** "to Everyone", "privately to Priya Nair", "Direct Message": whom a message was sent to. */
const ADDRESSED = /^(?:to|privately|direct(?:ly)?(?:\s+message)?|dm)\b/i;

/** A month's name, whole or short, inside a date: "06-Mar-26", "March 4, 2026". */
const MONTH_IN_DATE = new RegExp(String.raw`(?<=^|[\d\s/.,-])(?:${MONTHS_SHORT.join('|')})[a-z]*\.?(?=[\d\s/.,-])`, 'gi');
const RELATIVE_DAY = /(?:today|yesterday|tomorrow|tonight)(?:\s+at)?(?=\s+\d{1,2}:\d{2})/iy;
/** "2 hr", "3d", "14 minutes": an age, in a stamp's words. */
const STAMP_AGE = String.raw`\d{1,3}\s?(?:s|secs?|seconds?|m|mins?\.?|minutes?|h|hrs?\.?|hours?|d|days?|w|wks?\.?|weeks?|mo|mos?\.?|months?|y|yrs?\.?|years?)`;
const AGO = new RegExp(String.raw`${STAMP_AGE}\s+ago\b`, 'iy');
/** "· 1y", "· Updated 2y" ending a line of fields set apart by dots: a post's header says its age last. */
const HEADER_AGE = new RegExp(String.raw`\s[·•]\s[^·•]+\s[·•]\s(?:updated\s+)?${STAMP_AGE}\s*$`, 'i');
/** "link | flag", "parent | next [–]": a few short links set apart by bars, a page's own. */
const LINKS = /^\s*(?:[\p{L}\d[\]–-]+(?:\s[\p{L}\d[\]–-]+)?\s*(?:\||$)\s*){1,6}$/u;
const MAIL_ADDRESS = /[\p{L}\d._%+-]+(?:@|\s+at\s+)[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?=\s|$)/uy;
const VOTE_ARROWS = ['▲', '▼', '△', '▽', '⬆', '⬇'];

/** One emoji, or the selector that shows it as one. */
const EMOJI = /^[\p{Extended_Pictographic}\uFE0F\u200D]$/u;
/** A social network's account, "@jo_b" or "@lenaokafor@scholar.social". */
const HANDLE = /^@[\p{L}\d_.-]{1,40}(?:@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)?(?=[\s·•|,:)]|$)/u;
/** "@marenholt_geo" as a whole field: a social network's handle, another name for whoever it is beside. */
export const isHandle = (text: string) => HANDLE.test(text) && !/\s/.test(text);

/** Abbreviations a label's name or firm may hold: "Dr. Reyes", "Greyfriars & Co. -- Analyst". */
const LABEL_ABBREVIATIONS = new Set([...NAME_ABBREVIATIONS, 'bros', 'plc', 'llc', 'llp']);

/** A name starts with a capital; so does a code ("P3", a ship's "2/O"); a handle ("u/harbourlights", "@jo_b", "dev42", "tessa-mori") is a name too. */
const isCapital = (w: string) => /^\d\/\p{Lu}{1,2}$/u.test(w) || /^\+\d/.test(w) || /^[\p{Lu}\p{Lo}]/u.test(w) || /^\p{L}+\d+$/u.test(w) || /^@?\p{Ll}[\p{Ll}\d]*(?:[/_-]|\d)[\p{Ll}\d_/.-]*$/u.test(w);
const isNumber = (w: string) => /^\d/.test(w);

/** Consecutive words as runs: a name or a title ("Chief Financial Officer", "Participant 4"), a lower-case run, a number. */
interface Run {
  kind: 'N' | 'w' | '#';
  text: string;
  start: number;
  end: number;
  words: number;
}

type Part = { kind: 'T' | 'P' | 'B' | 'S' | ',' | '*'; text: string; start: number; end: number } | Run;

function partsOf(tokens: Token[], line: string): Part[] {
  const parts: Part[] = [];
  const posterBeforeTime = (k: number) => {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !/^[\p{L}\d][\p{L}\d_.-]{1,30}$/u.test(t.text) || /^\d+$/.test(t.text)) return false;
    // "Post by harbourlight » Tue Mar 03, 2026": the one word after "by", before a separator, is who posted.
    if (tokens[k - 1]?.text === 'by' && tokens[k - 2]?.kind === 'word' && k === 2 && (tokens[k + 1]?.kind === 'sep' || tokens[k + 1]?.kind === 'time')) return true;
    return tokens[k + 1]?.kind === 'time' && !tokens.slice(0, k).some((x) => x.kind === 'word' && !/^\d+$/.test(x.text));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'nick') {
      parts.push({ kind: 'N', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    if (t.kind !== 'word') {
      const kind = ({ time: 'T', paren: 'P', bracket: 'B', sep: 'S', comma: ',', bold: '*' } as const)[t.kind];
      parts.push({ kind, text: t.text, start: t.start, end: t.end });
      continue;
    }
    // "@dougbakesbread" alone over its comment: an account's handle, someone's whatever its case ("@Calgary: yes, …" answers
    // a backer in a sentence, no one's label).
    if (isHandle(t.text) && tokens.every((x, k) => k === i || x.kind !== 'word')) {
      parts.push({ kind: 'N', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    // "Q14 Chair:", "Q3 Mr Pryce:": a question's number before a name is the record's, not the person's.
    if (/^Q\d{1,4}$/.test(t.text) && tokens[i + 1]?.kind === 'word' && isCapital((tokens[i + 1] as Token).text)) {
      parts.push({ kind: '#', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    // "[06-Mar-26 09:14 PM] hazel.steward", "tomb — Yesterday at 21:06": the one word on a line of stamps (and a dash), whatever its
    // case, is the name.
    if (/^[\p{L}\d][\p{L}\d_.-]{1,30}$/u.test(t.text) && tokens.some((x) => x.kind === 'time') && tokens.every((x, k) => k === i || x.kind === 'time' || x.kind === 'sep')) {
      parts.push({ kind: 'N', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    // "[00:01:10] [SUB] lurkingfern: …": a chat's one word between its stamp (and the badges in brackets beside it) and the colon,
    // whatever its case, is who wrote.
    if (/^[\p{L}\d][\p{L}\d_.-]{1,30}$/u.test(t.text) && tokens[i + 1]?.text === ':' && tokens.slice(0, i).some((x) => x.kind === 'time') && tokens.slice(0, i).every((x) => x.kind === 'time' || x.kind === 'bracket')) {
      parts.push({ kind: 'N', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    // "dvorak_pete 13 hours ago | link | flag", "pgregory 3 hours ago | parent": the first word right before a post's time is its poster, whatever its case.
    if (posterBeforeTime(i)) {
      parts.push({ kind: 'N', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    // "**kboateng** commented on …", "★☆☆☆☆ · **quietledger** · 5 Mar": a single lower-case word alone in bold is a handle.
    if (tokens[i - 1]?.kind === 'bold' && tokens[i + 1]?.kind === 'bold' && /^\p{Ll}[\p{Ll}\d_.-]{2,38}$/u.test(t.text)) {
      parts.push({ kind: 'N', text: t.text, start: t.start, end: t.end, words: 1 });
      continue;
    }
    // "Mme la présidente. –", "M. le rapporteur :": an honorific before a part, the part's holder.
    const part = HONORIFIC_WORD.test(t.text) ? ROLE_AFTER_HONORIFIC.exec(line.slice(t.end, t.end + 60)) : null;
    if (part) {
      const end = t.end + part[0].length;
      parts.push({ kind: 'N', text: line.slice(t.start, end), start: t.start, end, words: 1 + part[0].trim().split(/\s+/).length });
      while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < end) i++;
      continue;
    }
    if (isCapital(t.text)) {
      let j = i;
      // A name runs over capitalised words, the particles between them, and a number after them ("Speaker 2").
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1] as Token;
        if (next.kind !== 'word') break;
        // "u/seafog_sarah 412 points": a handle's number after it is the post's score, not part of the name.
        const handle = /[/_@]/.test((tokens[j] as Token).text);
        if (isCapital(next.text) || (!handle && isNumber(next.text) && /^\d{1,3}$/.test(next.text))) j++;
        else if (CONNECTORS.has(next.text) && tokens[j + 2]?.kind === 'word' && isCapital((tokens[j + 2] as Token).text)) j += 2;
        else break;
      }
      const end = (tokens[j] as Token).end;
      parts.push({ kind: 'N', text: line.slice(t.start, end), start: t.start, end, words: j - i + 1 });
      i = j;
    } else {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]?.kind === 'word' && !isCapital((tokens[j + 1] as Token).text) && !posterBeforeTime(j + 1)) j++;
      const end = (tokens[j] as Token).end;
      parts.push({ kind: isNumber(t.text) && j === i ? '#' : 'w', text: line.slice(t.start, end), start: t.start, end, words: j - i + 1 });
      i = j;
    }
  }
  return parts;
}

/**
 * The labels a line may open with after a list item's or a heading's marker: the readings of
 * one kind (`inline` after an item, `line` after a heading's #), in a family of their own.
 */
function markedCandidates(line: string, marker: string, kind: 'inline' | 'line', family: string): Candidate[] {
  return candidatesOf(line.slice(marker.length))
    .filter((c) => c.family.startsWith(kind) && (kind === 'inline') === (c.label.rest !== null))
    .map((c) => ({ family: `${family} ${c.family}`, label: { ...c.label, rest: c.label.rest === null ? null : c.label.rest + marker.length } }));
}

/** "B", "C", "II", "IV": a letter or a Roman numeral up to XXIX, as an outline numbers its parts ("CC" is a code). */
const OUTLINE_MARK = /^(?:\p{Lu}|X{0,2}(?:IX|IV|V?I{0,3}))$/u;
/** The dash between an outline's number and its part's title. */
const OUTLINE_DASH = /^(?:-|–|—|--)$/;

/** Whether a name comes among `parts` from `from` on, before any colon. */
function personBeforeColon(parts: readonly Part[], from: number): boolean {
  for (let k = from; k < parts.length; k++) {
    const p = parts[k] as Part;
    if (p.kind === 'S' && p.text === ':') return false;
    if (p.kind === 'N') return true;
  }
  return false;
}

/** One way to read a line as a label: the family it belongs to, and the label it gives. */
interface Candidate {
  family: string;
  label: LineLabel;
}

/** The ways a line can be read as a label: every name-like run near its start may be the name. */
export function candidatesOf(line: string): Candidate[] {
  const tag = BRACKET_TAG.exec(line);
  if (tag?.[1]) return [{ family: BRACKET_FAMILY, label: { name: tag[1], fields: [], rest: tag[0].length, bold: /\*\*|__/.test(tag[0]) } }];
  // "- Ravi: the new staging cut our deploy time": a list item may open with a label too, a family of its own.
  const item = LIST_MARKER.exec(line);
  // Most items are sentences: only one with a colon, a dash or a bar near its start may open with a label.
  if (item) return ITEM_LABEL_END.test(line.slice(item[0].length, item[0].length + 80)) ? markedCandidates(line, item[0], 'inline', 'item') : [];
  // "### Sam Okoro" over each turn: a transcript that marks its turns with headings, a family of its own.
  const heading = HEADING_MARKER.exec(line);
  // "### Panel 1", "### Scene 3": a numbered division of a script, whoever speaks in it; "### Speaker 2" is someone.
  const division = heading ? /^(\p{Lu}\p{Ll}+)\s+\d{1,3}\s*$/u.exec(line.slice(heading[0].length))?.[1] : undefined;
  if (division && !isPersonNoun(division.toLowerCase())) return [];
  if (heading) return markedCandidates(line, heading[0], 'line', `heading ${heading[0].trim()}`);
  const capitals = CAPITALS_THEN_STOP.exec(line);
  // "MR. THOMPSON:": the stop after a title in capitals ends an abbreviation, not a label.
  // "**RAVANEL.** – Ni l'un ni l'autre": a French interview sets the name and its stop in bold, a dash before the answer.
  if (capitals?.[2] && !HONORIFIC.test(`${capitals[2].split(/\s+/).pop() ?? ''} `)) return [{ family: CAPITALS_FAMILY, label: { name: capitals[2], fields: capitals[3] ? [capitals[3]] : [], rest: capitals[0].length, bold: capitals.groups?.bold !== undefined } }];
  if (!line.trim() || /^\s{0,3}(?:#|[-*+]\s|\d{1,3}[.)]\s|\|)/.test(line) || /^\s{0,3}>\s?[^>]/.test(line)) return [];
  // A line longer than a label can only open with one: read it up to the first place a label can end.
  let span = LABEL_SPAN;
  // "Anjali Dutt · Aviation safety analyst, … · Studied … at Vellacourt University · 1y": a post's header gives every credential, then its age.
  const postHeader = line.length <= POST_HEADER_LINE && HEADER_AGE.test(line);
  if (line.length > WHOLE_LINE && !postHeader) {
    // "PUBLIC COMMENT – Marta Silva, …: …": a colon ends a label before a dash does; "09:10 — Dr Helga Sorensen (…): …":
    // an end with nothing but a time before it ends no label.
    const opening = line.slice(0, LABEL_SPAN);
    const colon = COLON_END.exec(opening);
    // A stop and a dash before any colon close the label ("M. Castagnet. – … : …").
    // Only a line that opens with an honorific or a title is tried for the stop that closes one ("Chairman Duvernay.").
    const opener = /^\s{0,8}(\S+)/.exec(opening)?.[1] ?? '';
    const stopDash = STOP_DASH_IN.exec(opening) ?? (HONORIFIC_WORD.test(opener) || ROLE_TITLE.has(opener) ? HONORED_STOP.exec(opening) : null);
    let end: RegExpExecArray | null = stopDash && (!colon || stopDash.index < colon.index) ? stopDash : colon;
    LABEL_ENDS.lastIndex = 0;
    while (!end && (end = LABEL_ENDS.exec(opening)) && !/\p{L}/u.test(opening.slice(0, end.index).replace(TIMES, ''))) {
      LABEL_ENDS.lastIndex = end.index + 1;
      end = null;
    }
    if (!end) return [];
    span = end.index + end[0].length + 2;
  }
  const { tokens, complete } = tokenize(line, span);
  const parts = partsOf(tokens, line);
  const out: Candidate[] = [];
  const words = (from: number, to: number) => parts.slice(from, to).reduce((n, p) => n + ('words' in p ? p.words : 0), 0);

  for (let slot = 0; slot < Math.min(parts.length, 6); slot++) {
    const name = parts[slot] as Part;
    // "Tuesday, February 10, 2026", "March 4, 2026": a day or a month opens a date, never a name.
    if (name.kind !== 'N' || DATE_WORD.test(name.text)) continue;
    // "El señor PRESIDENTE:", "La señora IRIARTE GOÑI:": an article opens the label, the name comes after the honorific.
    const next = parts[slot + 1];
    if (name.words === 1 && ARTICLE_WORDS.has(name.text.toLowerCase()) && next?.kind === 'w' && HONORIFIC_WORDS.has(next.text.toLowerCase())) continue;
    // "Asked by", "Answered by", "Posted by": a word before "by" is what the label's person did, never their name.
    const after = parts[slot + 1];
    if (name.words === 1 && after?.kind === 'w' && /^by\b/.test(after.text)) continue;
    // "Reviewed in the United Kingdom on 3 October 2023", "Posted on …": a verb's past form is what someone did, never who.
    if (slot === 0 && name.words === 1 && PAST_VERB.test(name.text) && isNounOrVerb(name.text.toLowerCase()) && !isNoun(name.text.toLowerCase()) && !/^by\b/.test(parts[1]?.text ?? '')) break;
    // "REPORTED BY:", "Prepared By:": in capitals the verb and its "by" are one run, and still no one.
    if (/\sby$/i.test(name.text)) continue;
    // "14:50 — Dr Zawadzki's final word: …": a possessive before words is a sentence about the person's words, not a label.
    if (/['’]s$/u.test(name.text) && after?.kind === 'w') continue;
    // "Harbour Town manager Lee Whitcombe:": a side and its part come before the person, who is the name after them.
    if (after?.kind === 'w' && isPartWord(after.text) && parts[slot + 2]?.kind === 'N') continue;
    // "B - Un simulateur coûteux", "III - Un pilotage par l’État": a letter or a Roman numeral before a dash numbers a part
    // of the report's outline; it is nobody.
    if (name.words === 1 && OUTLINE_MARK.test(name.text) && parts[slot + 1]?.kind === 'S' && OUTLINE_DASH.test(parts[slot + 1]?.text ?? '')) continue;
    // "Q - Anna Liu {BIO …}": a question's or an answer's letter before a name marks the name's turn; the name is who speaks.
    if (name.words === 1 && INTERVIEW_LETTERS.has(name.text) && personBeforeColon(parts, slot + 1)) continue;
    // Before the name, only decoration and a few constant words ("From", "Posted by").
    const before = parts.slice(0, slot);
    // "06/03/2026, 20:06 - Priya Sandhu: …": a comma inside a stamp, between its date and its time, is the stamp's.
    const stampComma = (k: number) => before[k - 1]?.kind === '#' && before[k + 1]?.kind === 'T';
    if (before.some((p) => p.kind === 'N' && p.words > 2) || words(0, slot) > 3 || before.some((p, k) => p.kind === 'P' || (p.kind === ',' && !stampComma(k)))) continue;
    // "Kestrel Athletic boss Maria Santos:", "Kestrel striker Ade Bakare:": a side and a part before each name, whatever
    // their words, are one shape, and say what the person is.
    const described = describedBefore(before);
    // "[00:00:41] [MOD][SUB] grumblewick:" beside "[00:01:10] lurkingfern:": the badges a chat sets after its stamp come and go, one shape.
    const opening = (described ? before.slice(0, -described.parts) : before).filter((p, k, all) => !(p.kind === 'B' && all.slice(0, k).some((q) => q.kind === 'T')));
    // The words before the name, as one shape for every label of the family (leadWord).
    const lead = [...opening.map((p) => (p.kind === 'N' || p.kind === 'w' ? `"${leadWord(p.text)}"` : p.kind === 'S' ? p.text : p.kind)), ...(described ? ['D'] : [])].join(' ');

    // "<tbrandt> text": the nick's closing bracket ends the label.
    if (tokens.some((t) => t.kind === 'nick' && t.start === name.start)) {
      let restAt = name.end;
      while (restAt < line.length && /\s/.test(line.charAt(restAt))) restAt++;
      if (restAt < line.length) out.push({ family: `inline ${lead} <N>`, label: { name: name.text, fields: [], rest: restAt, bold: false } });
      continue;
    }
    // The label ends at a colon, or, where a time stamp marks the line, at a dash or a bar.
    const stamped = before.some((p) => p.kind === 'T') || parts[slot + 1]?.kind === 'T';
    // "Sandra Lowe, 62, retired nurse, Hexley:": a name, then who they are in a few fields, up to the colon.
    for (let k = slot + 1; k < parts.length && k <= slot + 9; k++) {
      const p = parts[k] as Part;
      if (p.kind !== 'S') continue;
      const dash = ['—', '–', '-', '--', '|', '>', '~'].includes(p.text);
      // "IS | I'm Imogen Sallow …", "[Pre-match] SA — Good afternoon": a dash or bar right after a short name ends a
      // label too, but only as a family of its own that must prove itself by its names coming back (UNSTAMPED).
      // A short line after the dash is a title ("Martin Okafor -- Chief Executive Officer"), a whole-line label's, not words spoken.
      const spoken = line.length > WHOLE_LINE || /[.!?…]["”’)]*\s*$/.test(line);
      const bare = !stamped && dash && spoken && k === slot + 1 && name.words <= 3 && p.text !== '-' && p.text !== '>';
      if (p.text !== ':' && p.text !== STOP_DASH_SEP && p.text !== '.' && p.text !== COLUMN_GAP && !(stamped && dash) && !bare) continue;
      // Before such a stop only the name, or the name and what a comma sets after it ("M. Hugo Delmas, ministre de la santé."):
      // "Mr. Smith went to Washington." is a sentence.
      if (p.text === '.' && k > slot + 1 && parts[slot + 1]?.kind !== ',') break;
      // "… 13 hours ago | link | flag": a bar before a few short links is the page's, no words spoken.
      if (p.text === '|' && LINKS.test(line.slice(p.end))) continue;
      let restAt = p.end;
      while (parts[k + 1]?.kind === '*') restAt = (parts[++k] as Part).end;
      while (restAt < line.length && /\s/.test(line.charAt(restAt))) restAt++;
      // "Council leader Cllr Priya Hallam (Labour) said:": a description, a name and a verb of saying are prose, however like a label it opens.
      if (restAt >= line.length || words(slot + 1, k) > (p.text === STOP_DASH_SEP || p.text === '.' ? STOP_DASH_WORDS : 8) || (described && parts.slice(slot + 1, k).some((q) => q.kind === 'w' && REPORTS_SPEECH.test(q.text)))) break;
      // One family for every label that ends the same way: "Mr Speaker:", "Mr Callum Birch (Eastmere North) (Con):" and "The Minister (Ms Okafor):" are one template.
      out.push({ family: `inline ${lead} N ${p.text}${bare ? UNSTAMPED : ''}`, label: withDescription(labelFrom(parts, slot, k, restAt, before), described) });
      break;
    }
    // The whole line is the label, and the words follow: short, made only of names and decoration.
    const trimmed = line.trim();
    // "Before :", "Between :": a header's word that is no noun at all, over what it introduces; no one's name.
    const header = trimmed.endsWith(':') && name.words === 1 && !isNoun(name.text.toLowerCase()) && !namesSomeone(name.text);
    // "RO summarised the written grievance, which raised three issues:": a verb right after the name makes the line a
    // sentence that leads in what follows, whoever its subject is; "Dev Malhotra added a comment - 11/Mar/26 5:02 PM" is
    // a tracker's header, its time the label's.
    const clause = !parts.some((p) => p.kind === 'T') && parts[slot + 1]?.kind === 'w' && PAST_CLAUSE.test(parts[slot + 1]?.text ?? '') && pastVerb(/^\p{Ll}+/u.exec(parts[slot + 1]?.text ?? '')?.[0] ?? '');
    // "Marguerite L.": a stop after an initial ends the name, no sentence.
    if (complete && !header && !clause && (postHeader || (trimmed.length <= WHOLE_LINE && words(0, parts.length) <= 14)) && (!/[.!?;]$/.test(trimmed.replace(/\*+$/, '')) || ENDS_IN_INITIAL.test(trimmed))) {
      // "**Mia (Support)** replied" beside "**Priya Shah** wrote": what a label says in brackets after the name is a field, not its shape.
      const next = parts.slice(slot + 1).find((p) => p.kind !== 'P');
      // "Okafor, Chidi   0:03" beside "Unknown Speaker   0:31": a time closing the line is the shape, whatever fields come before it.
      // Only names and brackets between: "Mar 3, 2025, 09:16" is a date and a time, no one's label.
      const between = parts.slice(slot + 1, -1);
      // "Hazel | Steward — 04/03/2026 19:40" beside "Fen — Yesterday at 20:58": a chat's display name, its role and a dash before the time.
      const timed = between.length > 0 && parts[parts.length - 1]?.kind === 'T' && between.every((p) => p.kind === ',' || p.kind === 'N' || p.kind === 'P' || p.kind === 'T' || (p.kind === '#' && /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(p.text)) || (p.kind === 'S' && p.text !== ':'));
      // "Corvin | mod" beside "Ffion G": a part after a bar closing the line is a field, as one in brackets is.
      const after = parts.slice(slot + 1);
      const barred = after[0]?.kind === 'S' && after[0].text === '|' && after.length > 1 && after.slice(1).every((p) => (p.kind === 'w' || p.kind === 'N') && (p.words ?? 1) <= 3);
      const follow = timed ? 'T' : barred ? '$' : next ? (next.kind === 'S' ? next.text : next.kind) : '$';
      // "**Member:** Moira Fennick MLA (Brackenvale)", "**Date answered:** Friday 5 March": a colon with a value after it is a
      // field and its value, which the inline reading gives; only a colon closing the line ("Dana Reyes (00:03:12):") ends a label of its own.
      // "Occupation: Pharmacist", "**Answered by:** Harriet Olusanya, Minister …": a name after a colon is a field's value (fieldRecords.ts).
      const colon = parts.findIndex((p, k) => k > slot && p.kind === 'S' && p.text === ':');
      const valued = (colon > 0 && parts.slice(colon + 1).some((p) => p.kind === 'N' || p.kind === 'w')) || before.some((p) => p.kind === 'S' && p.text === ':');
      if (!valued) out.push({ family: `line ${lead} N ${follow}`, label: labelFrom(parts, slot, parts.length, null, before) });
      // "[–] u/sea_sarah 412 points" and "[–] u/old_keeper [S] 380 points": what follows the name may vary where a bracket opens the line.
      if (before.some((p) => p.kind === 'B')) out.push({ family: `line ${lead} N *`, label: labelFrom(parts, slot, parts.length, null, before) });
    }
  }
  return out;
}

/** "· 2 hr ago", "3d", "Yesterday at 20:58": a post's age on its header line. */
const POST_AGE = new RegExp(String.raw`(?:^|[\s·•|])${STAMP_AGE}(?:\s+ago)?\s*(?:$|[·•|])|\b\d{1,2}:\d{2}\b`, 'i');
/** "Gégé_du_Moulin", "tobble42": an account's handle, someone's however its words read. */
const HANDLE_NAME = /^[\p{L}\d]+(?:[_.][\p{L}\d]+)+$|^\p{Ll}+\d+$/u;
/** "Weaknesses", "Recommendations": one word, the plural of a noun for no kind of person. */
function pluralOfAThing(name: string): boolean {
  const lower = name.toLowerCase();
  if (/\s/.test(name) || !/^\p{L}{4,}s$/u.test(name) || /ss$/.test(lower)) return false;
  const one = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('es') && isNoun(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.slice(0, -1);
  return isNoun(one) && !isPersonNoun(one) && !isRoleWord(one);
}

/**
 * Whether a whole-line label reads as a person's: in bold, a handle, a name written as names are ("Joan Smith", not in
 * capitals alone), a part in its fields, or a part among its words ("His Honour Judge Pemberton-Vosse"); a signature
 * block's two columns ("Vº Bº EL PRESIDENTE      EL SECRETARIO") are no one's.
 */
function labelsAPerson(label: LineLabel): boolean {
  const { name } = label;
  if (label.bold || isHandle(name) || HANDLE_NAME.test(name)) return true;
  if (/\s{3,}|\t/.test(name)) return false;
  if (isFullName(name) && name !== name.toUpperCase()) return true;
  if (label.fields[0] !== undefined && isRoleWord(label.fields[0])) return true;
  return /\s/.test(name) && name.split(/\s+/).some((w) => isRoleWord(w));
}

/** "Sabine Kurtz, Operations Manager, Brantmoor Distribution Centre": a name, a comma and what they are, the whole line. */
const ROSTER_ENTRY = /^\s*(?:[-*•]\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*\{[^}]{1,40}\})?,\s+\p{Lu}[^.!?:]{1,100}$/u;

/** A label a record gives a turn whose speaker it did not know: "Unidentified Analyst", "Unknown Speaker", "Audience member". */
export const UNKNOWN_VOICE = /^(?:(?:unidentified|unknown|unnamed)(?:\s+[\p{L}-]+){0,2}|audience member|questioner|question from the floor)$/iu;

/** A family whose every label holds a time stamp. */
const stampedKey = (key: string) => /(?:^|\s)T(?:\s|$)/.test(key);
const PAST_VERB = /^\p{Lu}\p{Ll}+ed$/u;
/** Words opening with a verb's past form, then more words: "summarised the written grievance", "said that". */
const PAST_CLAUSE = /^(?:\p{Ll}+ed|said|told|wrote|gave|made|took|spoke)\s+\p{L}/u;
/** A verb's past form and no noun: "summarised", "asked", not "need" nor "red". */
const pastVerb = (word: string) => ['said', 'told', 'wrote', 'gave', 'made', 'took', 'spoke'].includes(word) || (isNounOrVerb(word) && !isNoun(word));

/** A day or a month ("Tuesday", "March"), or a month written short before its day ("Mar 2", "Sept. 14"), as a forum dates its posts. */
const DATE_WORD = new RegExp(`^(?:${CALENDAR_WORDS.join('|')})\\b|^(?:${MONTHS_SHORT.join('|')}|Sept)\\.?\\s+\\d{1,2}\\b|^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+(?:\\d|${MONTHS_SHORT.join('|')})`);

/** "boss", "striker", "head coach": the last word names a part someone plays. */
const isPartWord = (text: string) => isPersonNoun((text.split(/\s+/).pop() ?? '').toLowerCase());

/** The side and the part a label gives before a name ("Kestrel Athletic boss"): how many parts they take, and what they say. */
function describedBefore(before: Part[]): { parts: number; role: string; side: string | null } | null {
  const part = before[before.length - 1];
  if (!part || part.kind !== 'w' || !isPartWord(part.text)) return null;
  const side = before[before.length - 2];
  return side?.kind === 'N' ? { parts: 2, role: part.text, side: side.text } : { parts: 1, role: part.text, side: null };
}

/** A label's fields with the part and the side written before its name: the part first, as "Name -- Title -- Firm" gives them. */
function withDescription(label: LineLabel, described: { role: string; side: string | null } | null): LineLabel {
  return described ? { ...label, fields: [described.role, ...(described.side ? [described.side] : []), ...label.fields] } : label;
}

/** The label a reading gives: the name, and the fields after it as the label writes them. */
function labelFrom(parts: Part[], slot: number, end: number, rest: number | null, before: Part[]): LineLabel {
  const name = (parts[slot] as Run).text;
  const fields: string[] = [];
  const aliases: string[] = [];
  let current: string[] = [];
  const close = () => {
    // "Minister for Care, 11 March 2026": the day a label gives after its part is when, not what the person is.
    // "Sandra Lowe, 62, retired nurse": an age among the fields says how old, not who they are.
    const field = current.join(' ').replace(/\s+,/g, ',').replace(/^,\s*/, '').replace(DATED, '').replace(/(?:^|,\s*)\d{1,3}(?=,|$)/g, '').replace(/^,\s*/, '').trim();
    // "NARRATOR (V.O.)", "MAIRI (CONT'D)": how a script says the words are heard, not who says them.
    // "[S]" after a forum handle marks the thread's submitter: a marker, not an organisation.
    // "retired nurse, Hexley": fields a comma sets apart are fields each, as a dash's are.
    // "Tue Mar 03, 2026 9:40 pm" after a poster: when, written in words, not what they are.
    if (field && field.length > 1 && !/^\d/.test(field) && !DID.test(field) && !SPEECH_WORD.test(field) && !SCRIPT_EXTENSION.test(field) && !DELIVERY.test(field)) fields.push(...field.split(/,\s+/).filter((f) => !WHEN.test(f)));
    current = [];
  };
  for (let k = slot + 1; k < end; k++) {
    const p = parts[k] as Part;
    // "dvorak_pete 13 hours ago | link | flag": after a post's time come the page's links, nothing the poster is.
    if (p.kind === 'T' && parts.slice(k + 1, end).some((q) => q.kind === 'S' && q.text === '|')) break;
    if (p.kind === 'T' || p.kind === '*') continue;
    // "From Gwen Hartley-Price to Me (Direct Message):", "Priya Nair | Fenwick Row to Everyone": whom the words go to is no part of who says them.
    if (p.kind === 'w' && (current.length === 0 ? ADDRESSED.test(p.text) : p.text === 'to' && /^(?:Everyone|Me|All|Host|Hosts|Panelists|Panellists)$/.test(parts[k + 1]?.text ?? ''))) break;
    if (p.kind === 'S') close();
    else if ((p.kind === 'P' || p.kind === 'B') && HANDLE.test(p.text)) aliases.push(...handleNames(p.text));
    // "Gwen Hartley-Price (privately to Priya Nair)": whom the words went to, in brackets.
    else if ((p.kind === 'P' || p.kind === 'B') && ADDRESSED.test(p.text)) continue;
    else if (p.kind === 'P' || p.kind === 'B') {
      close();
      current.push(p.text);
      close();
    } else if (p.kind === ',') current.push(',');
    else current.push(p.text);
  }
  close();
  // "[00:00:41] [MOD][SUB] grumblewick:": the badges a chat sets before a name say what the person is there.
  const badges = before.map((p) => (p.kind === 'B' ? CHAT_BADGES[p.text.toLowerCase()] : undefined)).filter((b): b is string => b !== undefined);
  if (badges.length) fields.unshift(...badges);
  // "Okafor, Chidi   0:03", as Teams and directories write people: a surname, a comma and a given name, each one word,
  // the second no word for a part and nothing else of the language.
  const given = parts[slot + 1]?.kind === ',' ? parts[slot + 2] : undefined;
  const inverted = given?.kind === 'N' && fields[0] === given.text && /^\p{Lu}[\p{Ll}'’-]+$/u.test(name) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(given.text) && givenName(given.text);
  // "M. le maire de Vaunières :", "Mme la directrice du SDIS :": a courtesy title before an article and a part is one label, the part's holder.
  const courtesy = !inverted && HONORIFIC_WORD.test(name) && ARTICLE_WORDS.has((fields[0] ?? '').split(/\s+/)[0]?.toLowerCase() ?? '');
  const joined = inverted ? `${given.text} ${name}` : courtesy ? `${name} ${fields[0]}` : null;
  return { name: joined ?? name, fields: joined ? fields.slice(1) : fields, rest, bold: [...before, ...parts.slice(slot, end)].some((p) => p.kind === '*'), ...(aliases.length ? { aliases } : {}) };
}

/** What chat platforms' badges say of whoever wears them ("[MOD]", "[VIP]", "[BROADCASTER]"), as the platforms word it. */
const CHAT_BADGES: Readonly<Record<string, string>> = {
  mod: 'moderator',
  moderator: 'moderator',
  vip: 'VIP',
  broadcaster: 'streamer',
  streamer: 'streamer',
  sub: 'subscriber',
  subscriber: 'subscriber',
  admin: 'admin',
  staff: 'staff',
  op: 'original poster',
};

/** A word that can only be someone's name: no part anyone plays, no word of the language in common use. */
function givenName(word: string): boolean {
  const lower = word.toLowerCase();
  return !isRoleWord(word) && !isCommonWord(lower) && usageCount(lower) <= 2;
}

/** A date closing a field: ", 11 March 2026", ", March 11, 2026", ", 3 Mar". */
const DATED = /,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{4})?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)$/u;

/** Bold opening a line and holding an indefinite description: "**A backer in Auckland**". */
const DESCRIBED_IN_BOLD = /^(?:\*\*|__)((?:A|An)\s+\p{Ll}[^*_:]{2,120}?)(:?)(?:\*\*|__)/u;

/** "A backer from Leeds", "An early-bird backer": an indefinite article, then words whose first noun is a kind of person. */
export function isDescription(text: string): boolean {
  const m = /^(?:A|An)\s+((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}-]+)(?=\s|$)/u.exec(text);
  return m?.[2] !== undefined && isPersonNoun(m[2]);
}

/** A line opening with a dash. */
const DASH_OPENING = /^\s*(?:—|–|―|--)/u;

/** A field's value rather than words said: a few words, no sentence's end ("Monday 17 February 2025", "Transport and Infrastructure"). */
const isValue = (rest: string) => rest.trim().split(/\s+/).length <= 8 && !/[.!?…]["”’)*_]*\s*$/.test(rest.trim());

/** "From Priya Nair" → "Priya Nair": a name without the function word a template opens with. */
function unopened(name: string): string {
  const [first = '', ...rest] = name.split(/\s+/);
  return rest.length >= 2 && FUNCTION_WORDS.has(first.toLowerCase()) ? rest.join(' ') : name;
}

/** "CARD 3", "Volume 761": a word and a number. */
const NUMBERED = /^(\p{L}+)\s+\d+$/u;

/**
 * "PROSPECTIVE JUROR NO. 14", "Juror 7", "Caller #3": a part and the number it is known by, someone the record does not
 * name, as one name however the record writes the number ("Prospective Juror 14"); null for any other name.
 */
export function numberedPart(name: string): string | null {
  const m = /^(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})\s+(?:no\.?|number|#)?\s*(\d{1,4})$/iu.exec(name);
  return m?.[1] && m[2] && isRoleWord(m[1].split(/\s+/).pop() as string) ? `${titleCase(m[1].toLowerCase())} ${m[2]}` : null;
}

/** "Kit Moss", "Maya Lind": two to four capitalised words, the first no word that opens a sentence. */
export function isFullName(name: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name) && !FUNCTION_WORDS.has((name.split(/\s+/)[0] as string).toLowerCase());
}

/** "you", "them": a pronoun is no one's name, though no dictionary lists it ("THANK YOU" in a captioner's capitals). */
export const PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'you', 'he', 'him', 'she', 'her', 'we', 'us', 'they', 'them', 'it', 'everybody', 'everyone', 'anyone', 'anybody', 'someone', 'somebody']);

/** How interviews in every language mark who asks and who answers: "q", "a", "pregunta", "r". */
const interviewPart = (key: string) => ASKING_PARTS.has(key) || ANSWERING_PARTS.has(key);

/** Words that open a sentence, never a name: "The result:", "In short:", "What we found:". */
export const FUNCTION_WORDS = new Set(
  'the a an this that these those our we i it its in on at for by from to with and but or so if when what why how who which where there here my your his her their one some all no yes well okay ok also'.split(' '),
);

/** The honorifics of every language the bot reads, lower case without their stop: "mr", "señora", "mme". */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.honorifics.male, ...l.honorifics.female]).map((h) => h.toLowerCase().replace(/\.$/, '')));

/**
 * Other languages' words that open a sentence, as written there ("Ensuite, ma formule :", "Premièrement :"); "SA" in
 * capitals is someone's initials, and a courtesy title ("Madame la présidente :") opens a label.
 */
const OTHER_OPENERS = new Set(LANGUAGES.flatMap((l) => l.notNames.filter((w) => !HONORIFIC_WORD.test(w) && !HONORIFIC_WORDS.has(w.toLowerCase()))));

/**
 * Whether a label's name part names someone: a name (a word that is not an ordinary English
 * word: "Whitlock", "Varga"), a name in capitals, a code for an unnamed participant ("P3",
 * "Speaker 2"), or a role ("Operator", "Moderator", "Host"). "Prepared Remarks" and "Key
 * findings" are ordinary words and no one.
 */
export function namesSomeone(text: string): boolean {
  const name = text.replace(HONORIFIC, '').trim();
  const words = name.split(/\s+/).filter((w) => !CONNECTORS.has(w));
  if (words.length === 0 || words.length > 6 || FUNCTION_WORDS.has((words[0] as string).toLowerCase())) return false;
  // "P7", "R-114", "ID#12", "Participant 3": a code that stands for someone.
  if (/^\p{L}{1,3}[-#]?\d{1,4}$/u.test(name) || /^\p{L}+\s+\d{1,3}$/u.test(name)) return true;
  if (isRoleWord(name)) return true;
  if (HONORIFIC.test(text)) return true;
  return words.some((w) => {
    const lower = w.toLowerCase().replace(/['’]s?$/, '');
    if (/^\p{Lu}{1,4}$/u.test(w) && words.length === 1) return true;
    return /^\p{L}/u.test(w) && !isNoun(lower) && !isCommonWord(lower) && !PRONOUNS.has(lower);
  });
}

/** "The Minister for Transport", "The Chair", "THE COURT": "the" and an office, a label all the same. */
export function isOfficeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (!/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 5) return false;
  return words.slice(1).some((w) => isRoleWord(w) || /^(?:court|bench|chair|clerk|secretary|president|speaker|minister|commissioner|coroner|judge|mayor)$/i.test(w));
}

/** "Operator", "MODERATOR", "Audience member", "Analyst": a part someone plays. */
export function isRoleWord(text: string): boolean {
  const lower = text.toLowerCase().replace(/^the\s+/, '').trim();
  if (ROLE_LABEL_WORDS.has(lower)) return true;
  const words = lower.split(/\s+/);
  // "TESTIGO", "MAGISTRADA PRESIDENTA", "LETRADO DE LA DEFENSA": a part in another language's words (English's are WordNet's).
  if (words.length <= 4 && OTHER_ROLE_NOUNS.has(words[0] as string)) return true;
  // "Tomás Reiner" is a name, not a kind of "reiner": a first word the language lacks names someone.
  if (words.length === 2 && !isNoun(words[0] as string) && !isCommonWord(words[0] as string)) return false;
  return words.length <= 2 && /^[a-z-]+$/.test(words[words.length - 1] ?? '') && isPersonNoun(words[words.length - 1] as string);
}

/** The parts other languages list: "testigo", "fiscal", "témoin". */
const OTHER_ROLE_NOUNS = new Set(LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE).flatMap((l) => l.roleNouns.map((w) => w.toLowerCase())));

const folded = new Map<string, string>();
/**
 * Lower case without accents; a transcript repeats a handful of names thousands of times, so each
 * is folded once. The cache outlives the parse: it keeps copies, never pieces of the report's text.
 */
function fold(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = ownString(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim());
    if (folded.size > 10_000) folded.clear();
    folded.set(ownString(text), out);
  }
  return out;
}

/** A family of readings seen in the report: which lines, which names. */
interface Family {
  key: string;
  lines: number[];
  labels: LineLabel[];
}

/** How many times as many lines an inline family that names people again and again has as lines of their own that do not. */
const OUTNUMBERED = 2;

/**
 * "Offrir cet article", "Propos recueillis par …", "Bio express" on lines of their own, each a page's furniture, beside
 * "**RAVANEL.** – …" turn after turn: lines of their own whose names do not come back and mostly name no one, outnumbered
 * by inline labels whose names do, are no template; the turns' labels are.
 */
/** Parts over names, at least, before the report's lines like them are read as parts, not labels. */
const MIN_PARTS_OVER_NAMES = 2;

/**
 * "THE PSYCHOLOGIST" on the line over "Dr Farah Bashir", "THE FINANCIAL PLANNER" over "Graham Okoro": a part written over
 * the name of who plays it is one label, the name's, with the part its field. Where a report does so twice at least, the
 * other lines of the parts' kind (in capitals, or opened by an article) that no name follows are its headings
 * ("THE LETTER"), no one's label.
 */
function partsOverNames(lines: string[], labels: Map<number, LineLabel>): void {
  const partLike = (label: LineLabel) => label.rest === null && (label.name === label.name.toUpperCase() || ARTICLE_WORDS.has((label.name.split(/\s+/)[0] ?? '').toLowerCase()));
  /** Line of each part over a name → the part, without its article. */
  const merged = new Map<number, string>();
  for (const [line, label] of labels) {
    const next = labels.get(line + 1);
    const part = label.name.replace(/^(?:the|a|an)\s+/i, '');
    if (!next || next.rest !== null || !partLike(label) || !(isRoleWord(part) || isOfficeName(label.name)) || partLike(next) || !(isFullName(next.name.replace(HONORIFIC, '').trim()) || HONORIFIC.test(next.name))) continue;
    merged.set(line, part.toLowerCase());
  }
  if (merged.size < MIN_PARTS_OVER_NAMES) return;
  for (const [line, part] of merged) {
    const next = labels.get(line + 1) as LineLabel;
    labels.set(line + 1, { ...next, fields: [part, ...next.fields] });
    labels.delete(line);
  }
  for (const [line, label] of labels) if (partLike(label) && !merged.has(line)) labels.delete(line);
}

function dropOddLines(accepted: Family[], labels: Map<number, LineLabel>): void {
  const returns = (f: Family) => {
    const times = new Map<string, number>();
    for (const line of f.lines) {
      const name = labels.get(line)?.name;
      if (name) times.set(fold(name), (times.get(fold(name)) ?? 0) + 1);
    }
    return [...times.values()].filter((n) => n >= 2).length >= 2;
  };
  const inline = accepted.filter((f) => f.key.startsWith('inline') && returns(f));
  const most = Math.max(0, ...inline.map((f) => f.lines.filter((line) => labels.has(line)).length));
  for (let i = accepted.length - 1; i >= 0; i--) {
    const f = accepted[i] as Family;
    if (!f.key.startsWith('line') || returns(f) || f.lines.length * OUTNUMBERED > most) continue;
    // "Loretta Banks", "Reviewer Hx7p", "Authors" over their words once each are people still: furniture names no one.
    const names = f.lines.map((line) => labels.get(line)?.name ?? '');
    if (names.filter((n) => isFullName(n) || isRoleWord(n) || /\d/.test(n)).length * 2 >= names.length) continue;
    for (const line of f.lines) labels.delete(line);
    accepted.splice(i, 1);
  }
}

/**
 * Finds the report's label template and every line it marks. A family of readings is a
 * template when it recurs (three lines or more) with at least two different names, most of
 * which name someone. Where a family's names all open with the same word ("From Priya
 * Sandhu", "From Jo Brandt"), that word is decoration. Once the report has a template, a
 * line of another shape that names one of its speakers, or a role ("Operator"), is a label
 * too. Linear in the report: each line's first 140 characters are read once.
 */
/** "RT: " or "Rosalind Thackeray: " opening what a part's label leaves of the line: the one who plays the part. */
const PERSON_AFTER_PART = /^\s*(\p{Lu}{2,4}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*:\s+(?=\S)/u;

/**
 * "Guest — RT: Thank you, it's lovely to be here.": a part, then the initials or the name of
 * whoever plays it, then the colon. The template read the part as the label; the person after
 * it is who speaks, and the part what they are.
 */
/** "Q", "P": the letters by which a language's transcripts mark a question, in capitals. */
const QUESTION_LETTERS = [...new Set(LANGUAGES.flatMap((l) => l.interview.asks).filter((w) => w.length === 1))].map((w) => w.toUpperCase());
const BARE_QUESTION = new RegExp(String.raw`^(${QUESTION_LETTERS.join('|')})\s+(?=[\p{Lu}"“«¿¡(])`, 'u');
/** The fewest paragraphs opened so that make the layout: once, a paragraph may open with the letter. */
const MIN_BARE_QUESTIONS = 3;

/**
 * "Q Thank you, Mr. Secretary. Can you …" between "SECRETARY BRANDT:" turns: a press office prints a reporter's
 * question under the letter alone, no stop or colon after it. Where paragraph after paragraph opens so, each is a question.
 */
function bareQuestions(lines: readonly string[], labels: Map<number, LineLabel>): void {
  const opened = lines.flatMap((line, i) => (!labels.has(i) && !(lines[i - 1] ?? '').trim() && BARE_QUESTION.test(line) ? [i] : []));
  if (opened.length < MIN_BARE_QUESTIONS) return;
  for (const i of opened) {
    const m = BARE_QUESTION.exec(lines[i] as string) as RegExpExecArray;
    labels.set(i, { name: m[1] as string, fields: [], rest: m[0].length, bold: false });
  }
}

function partThenPerson(lines: readonly string[], labels: Map<number, LineLabel>): void {
  for (const [line, label] of labels) {
    if (label.rest === null || !isRoleWord(label.name)) continue;
    const person = PERSON_AFTER_PART.exec((lines[line] as string).slice(label.rest));
    const name = person?.[1];
    if (!person || !name || (!/^\p{Lu}{2,4}$/u.test(name) && !isFullName(name))) continue;
    labels.set(line, { ...label, name, fields: [label.name, ...label.fields], rest: label.rest + person[0].length });
  }
}

/** How many words a line has at least to be a sentence's, not a name with its title, when it wraps on to the next. */
const PROSE_LINE_WORDS = 8;

/**
 * A long line of a paragraph wrapped at a width, which a label on a line of its own cannot be: a long line above runs on into
 * it ("… E9, the" / "second-due engine, arrived at …"), or it runs on into the line below, in lower case ("Captain Luis
 * Ferrante (E12) stated that the crew followed the MDT route" / "without question because …"). A chat's short lines are
 * left to the template.
 */
/**
 * "ARCHIVE – BBC 1987 (North East Tonight, 14.11.87), Harold Beckwith, area" / "director, Northern Coalfields Board:": a label
 * on a line of its own, typed to a width, runs on to the colon on the next line; read whole, the second line is part of it.
 */
function wrappedLabel(lines: readonly string[], i: number): ReturnType<typeof candidatesOf> | null {
  const line = (lines[i] as string).trim();
  const next = (lines[i + 1] ?? '').trim();
  if (/:$/.test(line) || !/:$/.test(next) || next.length > WRAPPED_LABEL_TAIL || (lines[i - 1] ?? '').trim() || !(lines[i + 2] ?? '').trim()) return null;
  const found = candidatesOf(`${line} ${next}`).filter((c) => c.label.rest === null);
  return found.length ? found : null;
}
/** How long the line a wrapped label ends on may be. */
const WRAPPED_LABEL_TAIL = 60;

/**
 * "Harwell Bancroft Securities | Talmore Sensing Corp. | 4 March 2026 | 2", then "… | 3", "… | 4": a line said again
 * page after page, only its closing number counting up, is the page's running head, whatever names it holds.
 */
function runningHeads(lines: readonly string[]): number[] {
  const byHead = new Map<string, { at: number; page: number }[]>();
  lines.forEach((line, at) => {
    const m = RUNNING_HEAD.exec(line);
    if (!m?.[1] || !m[2]) return;
    const seen = byHead.get(m[1]) ?? [];
    seen.push({ at, page: Number(m[2]) });
    byHead.set(m[1], seen);
  });
  return [...byHead.values()].filter((seen) => seen.length >= 3 && seen.every((s, k) => k === 0 || s.page > (seen[k - 1] as { page: number }).page)).flatMap((seen) => seen.map((s) => s.at));
}
/** A short line closing on a number after a bar, a dash or a gap: a running head's page. */
const RUNNING_HEAD = /^\s*(\S.{8,150}?)\s*(?:\||[–—-]|\s{2,})\s*(?:page\s+|p\.\s*)?(\d{1,4})\s*$/i;

function wrappedProse(lines: readonly string[], i: number): boolean {
  const line = (lines[i] as string).trim();
  if (line.split(/\s+/).length < PROSE_LINE_WORDS) return false;
  const above = (lines[i - 1] ?? '').trim();
  if (above.split(/\s+/).length >= PROSE_LINE_WORDS && /[\p{Ll},]$/u.test(above)) return true;
  // "Everything else – the Co-op, …, the terraces on Pit Row and": a line that stops on "and" runs on into the next.
  if (FUNCTION_WORDS.has(line.split(/\s+/).pop() as string)) return true;
  return /\p{L}$/u.test(line) && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '') && !wrappedLabel(lines, i);
}

export function findLabels(lines: string[]): LabelLayout {
  const mail = mailHeaders(lines);
  const times = mail.decoration;
  const families = new Map<string, Family>();
  let afterQuote = false;
  const candidateLines = new Set<number>();
  // "Messages sorted by: [ date ] [ thread ] …", "More information about the … mailing list" under every message: a page's
  // furniture, a line of several words that comes back word for word and names no one.
  const seen = new Map<string, number>();
  for (const line of lines) if (line.length > 12 && line.length <= FURNITURE_SPAN) seen.set(line.trim(), (seen.get(line.trim()) ?? 0) + 1);
  // A sentence or a list's item said again is still said: only a line that ends no sentence is a page's. A heading said
  // again ("### Key messages" under each session) is the report's own structure.
  const furniture = (line: string) => line.length > 12 && line.length <= FURNITURE_SPAN && (seen.get(line.trim()) ?? 0) >= 3 && line.trim().split(/\s+/).length >= 3 && !LIST_MARKER.test(line) && !/^\s{0,3}#{1,6}\s/.test(line) && !/[.!?]["”’)]*\s*$/.test(line);
  for (const i of runningHeads(lines)) times.add(i);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (times.has(i) || mail.labels.has(i)) continue;
    // "Reply", "3 Likes" under a post: a page's buttons and counts, no one's label.
    if ((TIME_ONLY.test(line) && line.trim()) || CLOCK_LINE.test(line) || (line.length <= DECORATION_SPAN && (CHAT_DECORATION.test(line) || PAGE_MARK.test(line) || pageButton(line)))) {
      times.add(i);
      continue;
    }
    // A line under a blockquote names whose words were quoted: it closes a quote, it opens no turn.
    const underQuote = afterQuote;
    if (line.trim()) afterQuote = /^\s{0,3}>/.test(line);
    if (line.length > 4 && !underQuote && !quoteHead(lines, i)) {
      // A handle alone on its line under another line of a post's header ("Brindle County Highways" / "@BrindleHighways")
      // is that poster's account, no label of its own; alone after a blank line it is who comments.
      const underHeader = isHandle(line.trim()) && (lines[i - 1] ?? '').trim() !== '' && !times.has(i - 1);
      const wrapped = underHeader ? null : wrappedLabel(lines, i);
      const found = underHeader ? [] : (wrapped ?? candidatesOf(line));
      if (wrapped) times.add(i + 1);
      if (found.length && furniture(line) && !found.some((c) => namesSomeone(c.label.name) || isFullName(c.label.name))) {
        times.add(i);
        continue;
      }
      // A heading under a label ("### What happens" in a comment) is no second label line in a row.
      if (found.some((c) => !c.family.startsWith('heading'))) candidateLines.add(i);
      for (const c of found) {
        const family = families.get(c.family) ?? { key: c.family, lines: [], labels: [] };
        family.lines.push(i);
        family.labels.push(c.label);
        families.set(c.family, family);
      }
    }
  }

  const labels = new Map<number, LineLabel>(mail.labels);
  const ownWords = reportWords(lines, candidateLines);
  const accepted: Family[] = [];
  const ranked = [...families.values()].map((f) => ({ f, distinct: distinctNames(f) })).sort((a, b) => b.f.lines.length * b.distinct - a.f.lines.length * a.distinct);
  for (const { f } of ranked) {
    const free = f.lines.map((line, i) => ({ line, label: f.labels[i] as LineLabel })).filter(({ line, label }) => !labels.has(line) && !(label.rest === null && wrappedProse(lines, line)));
    // Three lines make a template; two do where the decoration could hardly be chance (a time stamp, bold, words around the name;
    // a stamp and a tag before it: "**1410** «Ch5» HELO ▸ BASE:").
    const [opening = '', closing = ''] = f.key.split(' N ');
    // Posts whose labels each give the writer's account ("Lena Okafor (@lenaokafor@scholar.social)") are turns whoever writes.
    const accounts = free.length > 0 && free.every(({ label }) => label.aliases !== undefined);
    if (free.length < (/[T*"]/.test(closing) || /T/.test(opening) && /[B*P]/.test(opening) || /"|^\w+ #/.test(f.key) ? 2 : 3)) continue;
    // "… the children are." then "— Margery Tolliver, Fenby Cross" on the next line: a dash closing the text above signs it; it opens nothing.
    if (f.key.startsWith('line') && free.filter(({ line }) => DASH_OPENING.test(lines[line] as string) && (lines[line - 1] ?? '').trim() && !candidateLines.has(line - 1)).length > free.length / 2) continue;
    // "For the Union:" / "Adrian Pell, Counsel" / "Teresa Nkemelu, Business Representative": a line of a list of who appeared,
    // among lines like it, names a party's people; it opens no turn, and the family is judged without it.
    const entries = free.filter(({ line, label }) => !(label.rest === null && ROSTER_ENTRY.test(lines[line] as string) && [line - 1, line + 1].some((n) => ROSTER_ENTRY.test(lines[n] ?? ''))));
    if (entries.length < free.length) {
      // Three lines make a template: the parties' names and a signature left over from such a list are no turns.
      if (entries.length < 3) continue;
      free.splice(0, free.length, ...entries);
    }
    // Turns alternate with what is said: a label on a line of its own is followed by text, not by another line like it (a header block, a list of names).
    // A colon closing the line says a label plainly ("LORD JUSTICE FERRANT:"): most of its lines need text after them, where a heading may come first.
    const followed = free.filter(({ line }) => !candidateLines.has(bodyAfter(lines, line))).length;
    if (f.key.startsWith('line') && (f.key.endsWith(' N :') ? followed * 2 <= free.length : followed < Math.max(Math.min(3, free.length), free.length / 2))) continue;
    const stripped = withoutConstantOpening(free.map((x) => x.label));
    const names = new Map<string, string>();
    for (const l of stripped) names.set(fold(l.name), l.name);
    // A name a label gives with a part ("COUNCILMEMBER MARSH") is someone's, whatever the word.
    const titled = new Set(stripped.filter((l) => l.fields[0] !== undefined && isRoleWord(l.fields[0]) && l.name === l.name.toUpperCase()).map((l) => fold(l.name)));
    // "[OK]" among "[RV]", "[MT]": a tag in capitals is a code, whatever word it spells.
    const tags = f.key.startsWith(BRACKET_FAMILY);
    const isCode = (name: string) => tags && /^\p{Lu}{2,4}$/u.test(name);
    // "- Fenwick Row damp: …", "- Mill Lane: …": a street in a list of actions is a place, however unknown its words.
    const street = (name: string) => f.key.startsWith('item') && STREET_NAME.test(name);
    const someone = [...names.entries()].filter(([key, name]) => !street(name) && (namesSomeone(name) || titled.has(key) || isCode(name) || isOfficeName(name) || isDescription(name))).length;
    // Names made of dictionary words ("Kit Moss", "Ola Berg") still come back turn after turn; a header's words do not.
    const fullNames = [...names.values()].filter(isFullName).length;
    // "**Tabled:** Monday 17 February 2025", "**Department:** Transport" record after record: fields and their values, not
    // people and their words; a play's "DANIEL:" comes back as often, but with lines spoken.
    if (someone < names.size * 0.6 && fullNames < names.size * 0.6 && free.filter(({ line, label }) => label.rest !== null && isValue((lines[line] as string).slice(label.rest))).length * 2 > free.length) continue;
    const recurs = free.length >= 3 && free.length > names.size && fullNames >= names.size * 0.6;
    // A play's "MARGARET", "DANIEL" come back scene after scene; its title and "SCENE ONE" stand once.
    const times = new Map<string, number>();
    for (const l of stripped) times.set(fold(l.name), (times.get(fold(l.name)) ?? 0) + 1);
    const returning = [...times.values()].filter((n) => n >= 2);
    const byReturn = returning.length >= 2 && returning.reduce((a, b) => a + b, 0) >= 4;
    // Items that are sentences with a colon in them ("- The suite is flaky again: …", "- Deploys were calmer: …") open with a
    // word, no one's label: among a list's items, only the others are counted against its names (each is checked below).
    const opener = (name: string) => !/\s/.test(name) && !namesSomeone(name) && (FUNCTION_WORDS.has(name.toLowerCase()) || isCommonWord(name.toLowerCase()) || isNoun(name.toLowerCase()));
    const labelled = f.key.startsWith('item') ? [...names.values()].filter((n) => !opener(n)).length : names.size;
    // "Orden del día:", "DESARROLLO DE LA SESIÓN", "ACUERDOS" alone on their lines, each once: a record's headings; people on
    // lines of their own come back, or one at least is named as people are ("Joan Smith", "His Honour Judge Pemberton-Vosse"), not in capitals alone.
    if (f.key.startsWith('line') && returning.length === 0 && !accounts && !stampedKey(f.key) && !stripped.some(labelsAPerson)) continue;
    if (names.size < 2 || (someone < Math.max(2, labelled * 0.6) && !recurs && !byReturn && !accounts)) continue;
    // A dash after a name is common in prose ("Acme — the firm that …"): such a family is a template only when its names
    // name people and come back turn after turn.
    // Sections named for people ("## Interview 2 — Peggy Lund") are turns only where the same people come back.
    if (f.key.startsWith('heading') && !accounts && (!byReturn || someone < names.size * 0.6)) continue;
    // "- Action: …", "- Owner: …" come back item after item too: a list's labels must name people.
    if (f.key.startsWith('item') && someone < Math.max(2, labelled * 0.6)) continue;
    // "Mr. HARGROVE.", "Ms. DELACRUZ-WEBB." in a floor debate: a courtesy title before every name says people, however many
    // members speak once.
    const courteous = stripped.filter((l) => HONORIFIC.test(`${l.name} `)).length >= stripped.length * 0.8;
    if (f.key.endsWith(UNSTAMPED) && (!byReturn || someone < names.size * 0.6 || free.length < 4 || (returning.length * 2 < names.size && !courteous))) continue;
    // "Chief Operating Officer at Vantor Logistics" under each name: headlines, whose 'names' are titles.
    if (f.key.startsWith('line') && [...names.values()].filter(namesAPart).length > names.size / 2) continue;
    const tight = f.key.startsWith('line') && free.filter(({ line }) => (lines[line + 1] ?? '').trim()).length * 2 > free.length;
    const numberedWords = new Map<string, number>();
    for (const l of stripped) {
      const word = NUMBERED.exec(l.name)?.[1];
      if (word) numberedWords.set(word, (numberedWords.get(word) ?? 0) + 1);
    }
    // A time stamp on every label line makes each a message: someone who posts once is someone still.
    const stampedFamily = stampedKey(f.key);
    const once = (label: LineLabel) => {
      if (stampedFamily || times.get(fold(label.name)) !== 1) return false;
      // "M. le commandant du groupement de gendarmerie :" once, its words the roster's in lower case: a courtesy title says a person.
      if (HONORIFIC_WORD.test(label.name.split(/\s+/)[0] ?? '') && /\s/.test(label.name)) return false;
      if (byReturn && !recurs && someone < Math.max(2, names.size * 0.6) && !namesSomeone(label.name)) return true;
      if (accounts) return false;
      // "ACTA DE LA JUNTA GENERAL ORDINARIA", "ORDEN DEL DÍA", "ASISTENTES": where names hardly come back, a line once of words the report
      // writes in lower case elsewhere is a heading, in whatever language; "LORD JUSTICE DENHOLM" is someone, "A woman with a buggy" too.
      if (!byReturn && /^\p{Lu}/u.test(label.name) && !isDescription(label.name) && ownWords.has(label.name)) return true;
      // "FUNDAMENTOS DE DERECHO", "STATEMENT OF FACTS": words in capitals joined by a small word, one of which the report
      // writes in lower case, are a heading however foreign the others ("JUAN DE LA CRUZ" writes none so).
      if (!byReturn && label.name === label.name.toUpperCase() && joinedHeading(label.name, ownWords.writes)) return true;
      // "Mais je voudrais insister sur un point :", "Premièrement :" among "Hélène Garrigou :" turns: one word, once, that the
      // report writes in lower case elsewhere opens a sentence; a role ("Moderator") is someone however often it is a word.
      return !/\s/.test(label.name) && /^\p{Lu}\p{Ll}/u.test(label.name) && !isRoleWord(label.name) && ownWords.writes(label.name);
    };
    accepted.push(f);
    // "Organiza: Fundación Cierzo para la Movilidad", "Colabora: Ayuntamiento de Valdehierro" over the first turn: a header's
    // fields, each a word once and a value, before anyone speaks a second time.
    const firstAgain = free.find(({ label }) => (times.get(fold(label.name)) ?? 0) >= 2)?.line ?? Infinity;
    const headerField = (line: number, label: LineLabel) =>
      !stampedKey(f.key) && line < firstAgain && times.get(fold(label.name)) === 1 && label.rest !== null && /^\p{Lu}\p{Ll}+$/u.test(label.name) && !isRoleWord(label.name) && /^\s*\p{Lu}/u.test((lines[line] as string).slice(label.rest)) && isValue((lines[line] as string).slice(label.rest));
    const roster = rosterLines(free);
    const freeLines = new Set(free.map(({ line }) => line));
    const cues = new Map<string, Set<string>>();
    for (const { label } of free) if (label.fields[0] && namesSomeone(label.fields[0])) cues.set(fold(label.name), (cues.get(fold(label.name)) ?? new Set()).add(fold(label.fields[0])));
    free.forEach(({ line }, i) => {
      const label = stripped[i] as LineLabel;
      if (once(label) || headerField(line, label)) return;
      // "COLD OPEN", "VERDICT CARDS" among a script's names over their lines: a heading, once, of ordinary words, with a
      // blank line under it where the family's names have their lines right under them.
      if (tight && times.get(fold(label.name)) === 1 && !(lines[line + 1] ?? '').trim() && !namesSomeone(label.name) && !isRoleWord(label.name) && !isOfficeName(label.name)) return;
      if (listsPeople(label, lines[line] as string)) return;
      // "Dana Okafor · Felix Brandt" under "Makers": fields that are the template's own names list people; no one speaks.
      if (label.fields.length > 0 && isFullName(label.name) && label.fields.every((f) => isFullName(f) && names.has(fold(f)))) return;
      if (roster.has(line)) return;
      // "Jeannot71" / "Abonné" / "le 12/03/2025 à 07h48": under a name, a word of the report's own is the writer's badge.
      if (label.rest === null && freeLines.has(line - 1) && ownWords.has(label.name)) {
        mail.decoration.add(line);
        return;
      }
      // "FINDINGS OF FACT", "Conclusions" on their lines among the witnesses' names: the record's heading for what it found.
      if (label.rest === null && FINDINGS_HEADING.test(label.name)) return;
      // "Primero: …", "Deuxièmement : …", "Second: …": an ordinal counts points off, in any language; no one is called so.
      if (ORDINAL_NUMBERS.has(label.name.toLowerCase())) return;
      // "1. Name of the deceased (if known):" / "Owen Thomas PELLOW": a form's answer under its question, no turn.
      if (label.rest === null && /:\s*$/.test(lines[line - 1] ?? '') && !candidateLines.has(line - 1)) return;
      // "Hi Laura," greets; the signature under a sign-off ("Thanks," / "Laura Mendes" / "Brightfold Studio") is its writer's,
      // who labelled the message above: no one's label.
      if (SALUTATION.test(label.name) || [1, 2].some((k) => SIGN_OFF.test(lines[line - k] ?? ''))) return;
      // "Volume 761: debated on …" above the turns: a numbered thing, once, naming no one; "CARD 3", "CARD 11" are codes of a key.
      const numbered = NUMBERED.exec(label.name)?.[1];
      if (numbered && label.fields.length === 0 && numberedWords.get(numbered) === 1 && !isRoleWord(numbered)) return;
      // Beside "- Ravi: …", "- Room: 4B" is a field of the list: an item's label names someone, each one.
      // A name in capitals that comes back ("DANIEL", whom WordNet knows as a book) is a script's name, a word or not.
      const capitalsAgain = label.name === label.name.toUpperCase() && /\p{Lu}{2}/u.test(label.name) && (times.get(fold(label.name)) ?? 0) >= 2;
      if (f.key.startsWith('item') && !namesSomeone(label.name) && !isRoleWord(label.name) && !capitalsAgain) return;
      // "- Fenwick Row damp: …", "- Reserve fund: …": a street, or a name run on into a lower-case word, is an item's topic.
      const runOn = /^\p{Ll}/u.test(label.fields[0] ?? '') && (lines[line] as string).includes(`${label.name} ${label.fields[0]}`) && !isRoleWord(label.fields[0] ?? '');
      if (f.key.startsWith('item') && (street(label.name) || runOn)) return;
      // "PUBLIC COMMENT – Marta Silva, resident of …:": words that name no one, then a name: the line is the name's, in a template of its own.
      // "ARCHIVE – BBC 1987 (North East Tonight, 26.03.87), Peter Sandham, reporter:": a word that names no one, coming back
      // before where a clip is from, then who speaks in it: the line is theirs, what follows their name their part.
      const personAt = label.fields.findIndex((field, k) => k > 0 && isFullName(field.replace(/,$/, '')) && namesSomeone(field.replace(/,$/, '')));
      const cueWord = label.name === label.name.toUpperCase() && (lines[line] as string).trimStart().startsWith(label.name);
      if (personAt > 0 && cueWord && !interviewPart(fold(label.name)) && !namesSomeone(label.name) && !isRoleWord(label.name) && (times.get(fold(label.name)) ?? 0) >= 2) {
        labels.set(line, { ...label, name: (label.fields[personAt] as string).replace(/,$/, ''), fields: label.fields.slice(personAt + 1) });
        return;
      }
      // "ACT – Margaret Holloway:", "ACT – Dennis Pryor, former deputy …:": a word that comes back before a dash with different
      // people after it is the kind of clip, not a name, however like an acronym it looks.
      const named = (label.fields[0] ?? '').split(/\s*,/)[0] as string;
      const afterDash = named !== '' && ['–', '—', '-'].some((dash) => new RegExp(`${dash} ${escapeRegExp(named)}\\s*[,:]`).test(lines[line] as string));
      if (afterDash && (!namesSomeone(label.name) || (cues.get(fold(label.name))?.size ?? 0) >= 2) && /^\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+/u.test(named) && namesSomeone(named) && !isRoleWord(named)) return;
      // "Radiology: Dr Hannah Lindqvist (Consultant Radiologist) reviewed the CT. She reported …": a record's field over a
      // sentence that names who spoke and says so; the words are that person's, reported, and the field is no one.
      const rest = label.rest === null ? '' : (lines[line] as string).slice(label.rest);
      if (rest && !namesSomeone(label.name) && (NAMED_PART.test(rest) || TITLED_SURNAME.test(rest)) && REPORTS_SPEECH.test(rest)) return;
      // "Prosecution: Mr Jonathan Ealing", "Reporter: Hannah Osei": a part and who holds it, a header's field, opens no turn.
      if (!isFullName(label.name) && ONLY_NAME.test(rest)) return;
      // "Modération : Hélène Garrigou, professeure de géographie": a part, then who holds it and what they are, opens no turn
      // ("Moderator: Jane Roe, you said …" does).
      const holder = HOLDER_AND_PART.exec(rest)?.[1];
      if (!isFullName(label.name) && holder && (isRoleHead(holder) || isKindOfPerson(holder) || ROLE_NOUN_WORDS.has(holder.toLowerCase()))) return;
      // "Reviewer: 1", "Participant: 12": a part and a number alone on the line name the one whose words follow ("Reviewer 1").
      const number = /^\s*#?(\d{1,3})\s*$/.exec(rest)?.[1];
      if (number && isRoleWord(label.name)) {
        labels.set(line, { name: `${label.name} ${number}`, fields: [], rest: null, bold: label.bold });
        return;
      }
      // "Strengths" / "Weaknesses" over each critique's bullets: a plural of a thing is a sub-heading; people come one at a time.
      if (pluralOfAThing(label.name)) return;
      const first = label.name.split(/\s+/)[0] ?? '';
      // "A (Hector Villanueva, Budget Director):" beside "Q (Tanya, Northgate):": the answer's mark, though "a" opens sentences too.
      const answered = interviewPart(fold(label.name)) && label.fields.length > 0;
      if (answered || isCode(label.name) || !(FUNCTION_WORDS.has(first.toLowerCase()) || OTHER_OPENERS.has(first)) || isOfficeName(label.name) || isDescription(label.name)) labels.set(line, label);
    });
  }
  dropOddLines(accepted, labels);
  partsOverNames(lines, labels);
  const ends = new Set<number>();
  const titles = new Map<number, string>();
  if (accepted.length === 0) {
    const posted = postedBy(lines, labels, times, ends, titles);
    const byCards = cardPosts(lines, labels, times);
    return { labels, times, templated: mail.labels.size > 0 || byCards || posted, byCards, ends, titles, events: new Set() };
  }
  headerLines(lines, labels, times);
  // A chat export's reactions (":+1: 2") and thread counts ("3 replies") between the messages: decoration.
  lines.forEach((line, i) => {
    if ((CHAT_DECORATION.test(line) || SHARED.test(line) || COUNTS.test(line)) && !labels.has(i)) times.add(i);
  });
  // Where turns open with a label on a line of its own, "PR is up: #2423" inside a comment is its writer's words:
  // an inline label then counts only for a name the line labels gave, or a part someone plays.
  const lineKeys = accepted.filter((f) => f.key.startsWith('line'));
  if (lineKeys.length) {
    const lineNames = new Set(lineKeys.flatMap((f) => f.lines.map((line) => labels.get(line)).filter((l): l is LineLabel => l !== undefined).map((l) => fold(l.name))));
    for (const f of accepted) {
      if (!f.key.startsWith('inline')) continue;
      // A family of its own ("COUNCILMEMBER ORTIZ:", "MAYOR PARK:") names people: it stays a template beside the other.
      const names = [...new Set(f.lines.map((line) => labels.get(line)?.name).filter((n): n is string => n !== undefined))];
      if (names.filter(namesSomeone).length >= names.length * 0.6 && names.length >= 3) continue;
      // "RAVANEL." for the "**Claire Ravanel**" over her box: a surname of a name the lines give is that name.
      const ofLine = (name: string) => lineNames.has(name) || [...lineNames].some((full) => full.endsWith(` ${name}`));
      for (const line of f.lines) {
        const label = labels.get(line);
        if (label && !ofLine(fold(label.name)) && !isRoleWord(label.name)) labels.delete(line);
      }
    }
  }
  // "M. Castagnet. – …" turn after turn, and "Cette proposition de loi poursuit un objectif simple : …" now and then: where
  // one family of inline labels carries the turns, another counts only for the people it names or a part someone plays.
  const inline = accepted.filter((f) => f.key.startsWith('inline'));
  const main = inline.reduce<Family | null>((best, f) => (!best || f.lines.length > best.lines.length ? f : best), null);
  if (main && inline.length > 1) {
    const people = new Set(main.lines.map((line) => labels.get(line)).filter((l): l is LineLabel => l !== undefined).map((l) => fold(l.name.replace(HONORIFIC, ''))));
    for (const f of inline) {
      if (f === main || f.lines.length * DOMINANT > main.lines.length) continue;
      for (const line of f.lines) {
        const label = labels.get(line);
        if (label && !people.has(fold(label.name.replace(HONORIFIC, ''))) && !isRoleWord(label.name)) labels.delete(line);
      }
    }
  }

  // One person's own label shape beside the template ("Posted by Dana Reyes (Fire Captain) · 5h" between the replies): theirs too, where the two alternate.
  for (const f of families.values()) {
    // "Maya Lind · 09:03" between "Jonas Feld (Support) · 09:10" turns: a full name, even of dictionary words, is someone.
    // "From Priya Nair | Fenwick Row to Everyone:" beside "From Tomasz Reid (Host) to Everyone:": the opening word is the template's.
    const own = unopened(f.labels[0]?.name ?? '');
    if (accepted.includes(f) || f.lines.length < 2 || distinctNames(f) !== 1 || !(namesSomeone(own) || isFullName(own))) continue;
    const free = f.lines.filter((line) => !labels.has(line) && !times.has(line));
    const alternates = free.every((line, i) => i === 0 || [...labels.keys()].some((l) => l > (free[i - 1] as number) && l < line));
    if (free.length === f.lines.length && alternates && f.key.startsWith(accepted[0]?.key.split(' ')[0] ?? '')) {
      accepted.push(f);
      f.lines.forEach((line, i) => {
        const label = f.labels[i] as LineLabel;
        labels.set(line, swapRoleAndName({ ...label, name: unopened(label.name) }));
      });
    }
  }

  deliveredBy(lines, labels);
  // Lines of other shapes that name a speaker the template found, or a role: "Operator" on a line of its own.
  // A list of names ("Dee Okafor, Ilona Varga, Tomas Reyes") or a line before another label opens no turn.
  const known = new Set([...labels.values()].map((l) => fold(l.name.replace(HONORIFIC, ''))));
  const kind = accepted.some((a) => a.key.startsWith('line')) ? 'line' : 'inline';
  for (const f of families.values()) {
    // "**Tomás Ó Briain, 19, student**" on a line of its own, a quotation under it, among "**Name, …:** "…"" labels: the same turn, set out otherwise.
    const quotedUnder = kind === 'inline' && f.key.startsWith('line');
    if (accepted.includes(f) || !(f.key.startsWith(kind) || quotedUnder)) continue;
    const roster = rosterLines(f.lines.map((line, i) => ({ line, label: f.labels[i] as LineLabel })));
    f.lines.forEach((line, i) => {
      const label = f.labels[i] as LineLabel;
      if (roster.has(line)) return;
      if (quotedUnder) {
        if (label.bold && isFullName(label.name) && !labels.has(line) && !times.has(line) && /^\s*["“«]/u.test(lines[nextNonBlank(lines, line)] ?? '')) labels.set(line, label);
        return;
      }
      if (labels.has(line) || times.has(line) || label.fields.length > 2 || label.fields.some((field) => known.has(fold(field)))) return;
      if (label.rest === null && labels.has(nextNonBlank(lines, line))) return;
      const bare = fold(label.name.replace(HONORIFIC, ''));
      // "Facilitator: Joana Brito. Present: …": a part, then who holds it, opens no turn.
      if (label.rest !== null && NAMED_PART.test((lines[line] as string).slice(label.rest))) return;
      // "Operator", "Unidentified Analyst" over their lines among "Name, Title" ones: a part, or a voice the record did not know.
      if (known.has(bare) || ((ROLE_LABEL_WORDS.has(bare) || UNKNOWN_VOICE.test(label.name)) && label.fields.length === 0)) labels.set(line, label);
    });
  }
  partThenPerson(lines, labels);
  bareQuestions(lines, labels);
  profileCards(lines, labels, times, mail.labels);
  postedBy(lines, labels, times, ends, titles);
  const byCards = cardPosts(lines, labels, times);
  forwardedFrom(lines, labels, times);
  return { labels, times, templated: true, byCards, ends, titles, events: chatEvents(lines, labels, times, accepted) };
}

/**
 * Lines that open with the very stamp the turns open with ("06/03/2026, 20:06 - ") but hold no label: the export's
 * record of an event, each its own line, never the words of the turn above.
 */
function chatEvents(lines: string[], labels: Map<number, LineLabel>, times: Set<number>, accepted: Family[]): Set<number> {
  const events = new Set<number>();
  const stamps = new Set(accepted.filter((f) => f.key.startsWith('inline') && stampedKey(f.key)).flatMap((f) => f.lines.map((line) => stampOf(lines[line] as string))));
  stamps.delete(null);
  if (stamps.size === 0) return events;
  lines.forEach((line, i) => {
    if (!labels.has(i) && !times.has(i) && !OPENS_WITH_A_WORD.test(line) && stamps.has(stampOf(line))) events.add(i);
  });
  return events;
}

/** A line that opens with a word opens with no stamp: it is not tokenized to find out. */
const OPENS_WITH_A_WORD = /^\s*\p{L}/u;

/** The shape of the stamp a line opens with, up to its first word ("# , T -" for "06/03/2026, 20:06 - Priya"): null without a time in it. */
function stampOf(line: string): string | null {
  if (!line.trim()) return null;
  const parts = partsOf(tokenize(line, LABEL_SPAN).tokens, line);
  const first = parts.findIndex((p) => p.kind === 'N' || p.kind === 'w');
  const before = parts.slice(0, first);
  return first > 0 && before.some((p) => p.kind === 'T') ? before.map((p) => (p.kind === 'S' ? p.text : p.kind)).join(' ') : null;
}

/** "Hélène Garrigou, professeure de …": a full name, a comma, then the first word of what they are. */
const HOLDER_AND_PART = /^\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+,\s+(\p{Ll}[\p{L}-]+)/u;

/**
 * "Evidence of Dr Priya Ramanathan" on a line of its own over what she told the court: the words are hers, the line's
 * first words their kind; "Evidence of Staff Nurse Callum Birtwhistle": his rank is his part.
 */
function deliveredBy(lines: string[], labels: Map<number, LineLabel>): void {
  for (const [line, label] of labels) {
    const person = label.rest === null ? titleSpeaker((lines[line] as string).replace(/[*_#]/g, '').trim()) : null;
    if (!person) continue;
    const name = untitledName(person);
    labels.set(line, { ...label, name, fields: name === person ? [] : [person.slice(0, person.length - name.length).trim().toLowerCase()] });
  }
}

/** The longest line that may be part of a label's header block (a headline, a time): "HR Director | People & Culture". */
const HEADER_LINE = 90;
/** "2d", "1w (edited)", "3d • Edited •", "5 hours ago": when a post was written, decoration. */
const AGE = /^\s*(?:\d{1,3}\s?(?:s|m|h|d|w|mo|y|yr|min|mins|hr|hrs|hours?|days?|weeks?|months?|years?)(?:\s+ago)?|just now|yesterday|edited)(?:\s*(?:[•·|]|\(edited\)|edited)\s*)*$/i;

/** The lines right under a label line (no blank line between) that read as a header, not as words: short, unpunctuated. */
/** "linnea_h:" over an indented or quoted line: a forum's quotation, whose name says whom it quotes, no turn. */
function quoteHead(lines: string[], i: number): boolean {
  if (!QUOTED_HANDLE.test(lines[i] as string)) return false;
  const next = lines[nextNonBlank(lines, i)] ?? '';
  return /^(?: {4}|\t|\s{0,3}>)/.test(next);
}
/** "linnea_h:": one account's handle and a colon, alone on the line. */
const QUOTED_HANDLE = /^\s*@?[\p{L}\d][\p{L}\d_.-]{1,30}:\s*$/u;


/**
 * "gasman_dave / Gas Safe Engineer / Posts: 3120 / Joined: …" after a forum post: the poster's card, their name, rank and
 * fields, which opens no turn: a name whose block holds two such fields, and the block, are the page's furniture.
 */
function profileCards(lines: string[], labels: Map<number, LineLabel>, times: Set<number>, headers: Map<number, LineLabel>): void {
  for (const [line, label] of [...labels]) {
    // A mail's "From:" over "Sent:", "To:" is its header, the label of what follows.
    if (label.rest !== null || headers.has(line) || (lines[line - 1] ?? '').trim()) continue;
    // "Kevin Tran (Agent) — Mar 3, 2026, 09:12" over "Macro applied: …": a name with when it wrote heads a post, no card.
    if (/\d{1,2}:\d{2}/.test(lines[line] as string)) continue;
    let end = line + 1;
    while (end < lines.length && (lines[end] as string).trim()) end++;
    if (end - line > CARD_LINES) continue;
    const fields = lines.slice(line + 1, end).filter((l) => CARD_FIELD.test(l)).length;
    if (fields < 2 && !(fields === 1 && end - line <= 3)) continue;
    for (let j = line; j < end; j++) {
      labels.delete(j);
      times.add(j);
    }
  }
}
const CARD_LINES = 7;
/** A line of a card under a name: a few words, no sentence ("The Continental Review", "Harlow State University"). */
const CARD_FIELD_LINE = /^[^.!?]{2,60}$/u;
/** How far down a name's block a badge is looked for. */
const BADGE_DEPTH = 3;
/** "Top contributor", "Admin", "Rising Star": a badge's few words, no sentence. */
const BADGE = /^\p{L}[\p{L}'’ -]{1,30}$/u;

/**
 * "MARISA ALBÉNIZ, presentadora" / "NACHO BERROCAL, periodista económico", "Rosalind Quaye – Director of Finance" /
 * "Daniel Mensah – Information Security Manager": names with their parts on the lines right under each other list who
 * takes part; they are no turns that say nothing.
 */
function rosterLines(found: { line: number; label: LineLabel }[]): Set<number> {
  const withPart = new Set(found.filter(({ label }) => label.rest === null && label.fields.length > 0).map(({ line }) => line));
  return new Set([...withPart].filter((line) => withPart.has(line - 1) || withPart.has(line + 1)));
}

/** Lines read for the words a report writes in lower case: enough to know its vocabulary, bounded for a huge report. */
const OWN_WORD_LINES = 20_000;

/**
 * Whether a label is made of the report's own words: each of its words of four letters or more (all but one, of three or
 * more) the report writes in lower case elsewhere than on a label's line (captions write names in lower case in the
 * turns) or in a handle ("kwame.osei"), whole, or past five letters with a short ending changed ("ASISTENTES" beside
 * "asisten", "ORDINARIA" beside "ordinario"; "Callum" is no "call"). The words are read only when asked.
 */
/** The small words of every language the bot reads: "de", "of", "du", "la". */
const STOP_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.stopWords));

/** Words in capitals with a small word between them, one of the others a word `writes` finds in lower case, and no part's. */
function joinedHeading(text: string, writes: (word: string) => boolean): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words.length < 3 || !words.slice(1, -1).some((w) => STOP_WORDS.has(w))) return false;
  const content = words.filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
  return content.some((w) => writes(w) && !isRoleWord(w) && !HONORIFIC_WORDS.has(w));
}

function reportWords(lines: string[], labelLines: ReadonlySet<number>): { has: (name: string) => boolean; writes: (word: string) => boolean } {
  /** The report's lower-case words, folded, sorted: a start is looked up where it would stand among them. */
  let sorted: string[] | null = null;
  const vocabulary = (): string[] => {
    if (sorted) return sorted;
    const words = new Set<string>();
    for (const [i, line] of lines.slice(0, OWN_WORD_LINES).entries()) {
      if (labelLines.has(i)) continue;
      for (const m of line.matchAll(/(?<![\p{L}\p{N}_@]|\p{L}\.)\p{Ll}{2,}(?![\p{L}\p{N}_]|\.\p{L})/gu)) words.add(foldWord(m[0]));
    }
    return (sorted = [...words].sort());
  };
  /** Whether some word of the report starts with `start` (or is it, where `whole`). */
  const starts = (start: string, whole: boolean): boolean => {
    const words = vocabulary();
    const found = words[lowerBound(words, start)];
    return found !== undefined && (whole ? found === start : found.startsWith(start));
  };
  /** "Ma", "mais": a short word whole; a longer one past its fifth letter with a short ending changed. */
  const writes = (word: string): boolean => {
    const folded = foldWord(word);
    return folded.length <= 5 ? starts(folded, true) : starts(folded.slice(0, Math.max(5, folded.length - (folded.length >= 8 ? 3 : 2))), false);
  };
  return {
    has(name) {
      const content = name.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
      const unknown = content.filter((w) => !writes(w)).length;
      return content.length > 0 && unknown <= (content.length >= 3 ? 1 : 0);
    },
    writes,
  };
}
const foldWord = (word: string) => withoutAccents(word.toLowerCase());

/** "oksana.v", "@marcus_t": an account's handle alone on its line, in lower case. */
const HANDLE_LINE = /^@?\p{Ll}[\p{Ll}\d_.-]{1,30}$/u;

function headerAfter(lines: string[], line: number): number[] {
  const out: number[] = [];
  // "@handle", "·", "Mar 4", "Replying to @x" under a post's name are its header however many they are: two lines besides.
  for (let j = line + 1, others = 0; j < lines.length && others < 2; j++) {
    const text = (lines[j] as string).trim();
    if (!text || text.length > HEADER_LINE || /[.!?:;]["”’)]*$/.test(text)) break;
    out.push(j);
    if (!HANDLE.test(text) && !isPostHeader(text) && !CHAT_DECORATION.test(text)) others++;
  }
  return out;
}

/** Where a label line's words start: after the header lines under it ("Chief Operating Officer at Vantor", "2d"). */
function bodyAfter(lines: string[], line: number): number {
  const header = headerAfter(lines, line);
  return nextNonBlank(lines, header.length ? (header[header.length - 1] as number) : line);
}

/**
 * A comment thread copied from a social network puts a header block under each name: the
 * person's headline, then when they wrote. Where most whole-line labels have such lines under
 * them, a headline is the label's field (its role and organisation) and a time is decoration.
 */
function headerLines(lines: string[], labels: Map<number, LineLabel>, times: Set<number>): void {
  // "Oksana Vilkas" over "Regular" over "Mar 2": a word under a full name, in the name's block, is what the forum calls them.
  // "Denise Okafor" over "Author" over "Admin": every badge in the block is theirs.
  const badged = new Map<number, LineLabel>();
  for (const [line, label] of [...labels].sort((a, b) => a[0] - b[0])) {
    const above = labels.get(line - 1) ?? badged.get(line - 1);
    // "Dana Whitlock" over "Millbrook Heights · 2 hr ago": the line with the post's age under a name is its header, whatever
    // its words look like; the neighbourhood is where the writer posts from.
    const dated = POST_AGE.test(lines[line] as string) && !POST_AGE.test(lines[line - 1] ?? '');
    if (label.rest !== null || !above || above.rest !== null || !isFullName(above.name) || (isFullName(label.name) && !dated)) continue;
    above.fields = [...above.fields, dated ? label.name : (lines[line] as string).trim()];
    labels.delete(line);
    badged.set(line, above);
    times.add(line);
  }
  // "Gareth Pemberton" over "Top contributor" over the comment: a few words that come back under names, with no
  // sentence in them, are a badge the page gives, whatever its words.
  // "Nadia Kessler-Boone" / "The Continental Review" / "TOP CRITIC": the badge may stand a line or two down the name's block,
  // and may be a part's words; that it comes back under name after name says it is the page's.
  const block = (line: number) => {
    const out: number[] = [];
    for (let j = line + 1; j <= line + BADGE_DEPTH && (lines[j] ?? '').trim(); j++) out.push(j);
    return out;
  };
  const named = [...labels].filter(([, label]) => label.rest === null && isFullName(label.name)).map(([line, label]) => ({ line, label, under: block(line) }));
  const badges = new Map<string, number>();
  for (const { under } of named) {
    for (const j of under) {
      const text = (lines[j] as string).trim();
      if (BADGE.test(text)) badges.set(text, (badges.get(text) ?? 0) + 1);
    }
  }
  for (const { line, label, under } of named) {
    for (const j of under) {
      const text = (lines[j] as string).trim();
      const other = labels.get(j);
      if ((badges.get(text) ?? 0) < 2 || times.has(j) || (other && other.rest !== null)) continue;
      // Only a card's short lines stand between ("The Continental Review"): a message's words over "Edited" are said.
      if (lines.slice(line + 1, j).some((between) => !CARD_FIELD_LINE.test(between.trim()))) continue;
      // "Amara Okafor-Lind" / "Screen Ledger" / "TOP CRITIC": the lines between the name and its badge are its card's too.
      for (let k = line + 1; k <= j; k++) {
        if (times.has(k) || labels.get(k)?.rest != null) continue;
        label.fields = [...label.fields, (lines[k] as string).trim()];
        labels.delete(k);
        times.add(k);
      }
    }
  }
  // "oksana.v" over "Oksana Vilkas": the account a name posts from, on the line that opens its block.
  for (const [line, label] of labels) {
    const handle = (lines[line - 1] ?? '').trim();
    if (label.rest !== null || !HANDLE_LINE.test(handle) || (lines[line - 2] ?? '').trim() || labels.has(line - 1)) continue;
    label.aliases = [...new Set([...(label.aliases ?? []), handle.replace(/^@/, '')])];
    times.add(line - 1);
  }
  // "INES CALLOWAY (SYNC):" closes with a colon: what comes under it is said, not a header.
  const own = [...labels].filter(([line, l]) => l.rest === null && !/:\s*[*_]*\s*$/.test(lines[line] as string));
  // A time under the name ("0:00:21", "*00:00:04*") is the transcript's own decoration: only other lines make a header.
  const isTime = (j: number) => times.has(j) || !/\p{L}/u.test((lines[j] as string).replace(TIMES, ''));
  const headers = own.map(([line]) => headerAfter(lines, line).filter((j) => !labels.has(j) && !isTime(j)));
  if (own.length < 2 || headers.filter((h) => h.length > 0).length < own.length * 0.75) return;
  own.forEach(([, label], i) => {
    for (const j of headers[i] as number[]) {
      const text = (lines[j] as string).trim();
      if (HANDLE.test(text)) label.aliases = [...(label.aliases ?? []), ...handleNames(text)];
      else if (!isPostHeader(text)) label.fields = [...label.fields, text.replace(/\s*[•·]\s*$/, '')];
      times.add(j);
    }
  });
}

/** "🔁 **Harbourside Residents** boosted": a post passed on, whose words are its writer's, not the one who shared it. */
const SHARED = /^\s*(?:[\p{Extended_Pictographic}\uFE0F]\s*)*[^.!?:]{1,60}?\s(?:boosted|reposted|retweeted|shared this|shared a post)\s*$/iu;
/** "💬 12 🔁 34 ⭐ 88": a post's counts of replies, shares and likes, in symbols and figures only. */
const COUNTS = /^\s*(?:[\p{Extended_Pictographic}\uFE0F]+\s*\d[\d,.]*[kKmM]?\s*[·•|]?\s*){2,}$/u;
/** What a post's header says of it beside its writer: when, what it answers, its warning. */
const POST_META = /^(?:replying to|in reply to|reply to|cw\b|content warning|boosted|reposted|quoted|edited|pinned)/i;
/** "2d", "12 May 2025, 10:20", "Replying to …", "*12 May 2025, 09:12* · 🌐 Public": what a post's header says of it, part by part. */
function isPostHeader(text: string): boolean {
  return text
    .replace(/[*_]+/g, '')
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '')
    .split(/\s+[·•|]\s+/)
    .every((part) => AGE.test(part) || WHEN.test(part) || POST_META.test(part.trim()) || /^\s*(?:public|unlisted|followers[- ]only|direct)\s*$/i.test(part));
}
/** "12 May 2025, 10:20", "Tue 3 Mar at 9:12 am": a date and a time, no one's part. */
// Each word once between runs of figures and marks: nested optional runs ("- - - … x") took exponential time.
const WHEN_WORD = String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|at|am|pm|utc|gmt|bst)`;
const WHEN = new RegExp(String.raw`^[\s\d/.,:·•|-]*(?:${WHEN_WORD}(?:[\s\d/.,:·•|-]+${WHEN_WORD})*[\s\d/.,:·•|-]*)?$`, 'i');

// A broadcast script's own: "(SYNC)" on camera, "(ARCHIVE)" a clip, "(OOV)" out of vision, "(PTC)" a piece to camera.
const SCRIPT_EXTENSION = /^(?:V\.?\s?O\.?|O\.?\s?S\.?|O\.?\s?C\.?|CONT['’]?D|cont['’]?d|continuing|SYNC|ARCHIVE|OOV|IV|PTC|\p{Ll}+ing|(?:on|by|via)\s+(?:the\s+)?(?:phone|line|video|link))$/u;
/** How a line is delivered, in either case: "(OFF)", "(small)", "(whispered)", "(sotto voce)". */
const DELIVERY = /^(?:off(?:[- ](?:panel|screen|stage|mic))?|whisper(?:ed)?|shout(?:ed)?|small|quiet|weak|burst|thought|sotto voce|filtered|electronic|radio|phone)$/i;
/** The longest line read as a page's furniture repeated under every post. */
const FURNITURE_SPAN = 160;
/** The longest line read as a page's buttons and counts. */
const DECORATION_SPAN = 80;
/**
 * What a chat app or a social network writes between or over messages: reactions, counts alone on their lines, buttons
 * ("Show more replies", "Follow", "Promoted"), "Replying to @x", "In reply to Tomasz Wieczorek", "[In reply to Priya Nair]", "[Forwarded from …]", "[Photo]".
 */
const CHAT_DECORATION = new RegExp(String.raw`^\s*(?:[·•]|\d[\d,.]*[KkMm]?|show more(?: replies)?|show replies|show this thread|level \d{1,2}|award|give award|save|join|continue this thread\s*→?|sort by:?.{0,20}|post your reply|see new posts|discover more|relevant people|what['’]s happening|who to follow|follow|following|promoted|rate it|do you find this helpful\??|\[(?:in reply to|replying to|forwarded from)\s[^\]]{1,80}\]|(?:in reply to|replying to)\s+@?[^\s\]][^\]]{0,60}|\[(?:photo|video|sticker|gif|voice message|video message|audio|file|document|poll|location|contact|album)(?:\s[^\]]{0,40})?\]|(?::[\w+-]+:\s*\d+\s*)+|\d+\s+repl(?:y|ies)(?:\s+.{0,40})?|\(edited\)|view thread|top|post reply|(?:(?:like|reply|comment|repost|send|share|report|most relevant|most recent|…?see more|load more comments|\d[\d,.]*[km]?\s+(?:reactions?|comments?|reposts?|replies|likes?|shares?|views?|upvotes?|points?))(?:\s*[·•|]\s*|\s+|$))+(?:${STAMP_AGE})?)\s*$`, 'i');

/** "Upvote · 4.1K", "Space · 1.2M followers": one word, then a count, set apart by a dot. */
const WORD_AND_COUNT = /^\s*(\p{L}+)\s*[·•|]\s*\d[\d,.]*[KkMm]?(?:\s+\p{Ll}+)?\s*$/u;
/** One button of a page's toolbar: "Reply", "▲ Upvote 412", "Upvote (48)", "214 upvotes", "9h ago". */
const BUTTON = new RegExp(String.raw`^(?:[^\p{L}\p{N}\s]\s*)?(?:\p{L}+(?:\s*\(?\d[\d,.]*[KkMm]?\)?)?|\d[\d,.]*[KkMm]?\s+\p{L}+|${STAMP_AGE}(?:\s+ago)?)$`, 'u');
/** A count among a toolbar's buttons: "412", "(48)", "4.1K". */
const BUTTON_COUNT = /(?:^|[\s(])\d[\d,.]*[KkMm]?\)?(?:\s|$)/u;

/**
 * Whether a line is a page's buttons with their counts ("Upvote (48) · Reply · Share · 9h ago",
 * "Visit   ▲ Upvote 412   Follow"): words one at a time, a count among them, no part someone
 * plays. People's headers give a name of two words, or only when they posted.
 */
function pageButton(line: string): boolean {
  // Every short line of a report comes here: one without a figure has no count, and is let go at once.
  if (!/\d/.test(line)) return false;
  const word = WORD_AND_COUNT.exec(line)?.[1];
  if (word !== undefined) return !isRoleWord(word);
  const parts = line.trim().split(/\s*[·•|]\s*|\s{3,}/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => BUTTON.test(p) && !isRoleWord(p)) && parts.some((p) => BUTTON_COUNT.test(p) && !AGE_OPENING.test(p));
}
/** "9h ago": a part that opens with an age says when, not how many. */
const AGE_OPENING = new RegExp(`^${STAMP_AGE}`, 'u');

/** "Acta n.º 7/2024 — Página 2 de 4", "Page 3 of 12", "p. 2/4": a printed page's running header or footer, no one's label. */
const PAGE_MARK = /(?:^|[\s—–|·-])(?:page|página|pág\.|p\.)\s*\d{1,4}\s*(?:of|de|sur|\/)\s*\d{1,4}\s*$/i;

/** "[Forwarded from Millbrook Wildlife Watch]" over a chat message: the words below are that source's, passed on. */
const FORWARDED = /^\s*\[forwarded from\s+([^\]]{2,80})\]\s*$/i;

/** A forwarded message's words are its source's: the marker over them is that source's label. */
function forwardedFrom(lines: string[], labels: Map<number, LineLabel>, times: Set<number>): void {
  // The marker is a chat's decoration (CHAT_DECORATION): it is among the lines already set aside, not read for again.
  for (const i of [...times]) {
    const source = FORWARDED.exec(lines[i] ?? '')?.[1];
    if (!source) continue;
    // "Harwick Borough Council – Neighbourhood Services": the body, then its part.
    const [name = source, ...fields] = source.split(/\s+[–—|-]\s+/);
    labels.set(i, { name: name.trim(), fields, rest: null, bold: false });
    times.delete(i);
  }
}

/**
 * A word before a label's name, as the family's shape writes it: "Asked by", "Answered by" alike ("ed"); "El señor
 * PRESIDENTE:" and "La señora IRIARTE GOÑI:" alike, whatever the article's and the honorific's gender ("A", "H").
 * ("Mr." and "Ms." in capitals stay apart: a record that gives each its own family reads each on its own.)
 */
function leadWord(text: string): string {
  const lower = text.toLowerCase();
  // "Q - Anna Liu" and "A - Thomas Reyes": the letters of a question and its answer before each name are one shape.
  if (INTERVIEW_LETTERS.has(text)) return 'Q|A';
  return ARTICLE_WORDS.has(lower) ? 'A' : lower === text && HONORIFIC_WORDS.has(lower) ? 'H' : /^\p{L}+ed$/iu.test(text) ? 'ed' : lower;
}

/** "Q", "A", "P", "R": the capital letters by which a language's transcripts mark a question and its answer. */
const INTERVIEW_LETTERS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.interview.asks, ...l.interview.answers]).filter((w) => w.length === 1).map((w) => w.toUpperCase()));

/** The definite articles of every language the bot reads: "the", "le", "la", "el", "los". */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.articles).filter((a) => !/['’]$/.test(a)));

/** "Hi Laura", "Thanks", "Kind regards", "Bonjour Hélène": a greeting or a sign-off, in any language the bot reads. */
const SALUTATIONS = either(LANGUAGES.flatMap((l) => l.salutations));
const SALUTATION = new RegExp(String.raw`^(?:${SALUTATIONS})(?:\s|$)`, 'iu');
/** "Good evening", "Thank you": words that greet or thank, which open speech and are no one's name. */
export const greets = (text: string): boolean => SALUTATION.test(text);

/** A message's header field (RFC 5322): who sent it, to whom, when, about what. */
const MAIL_HEADER = /^\s{0,3}(from|to|cc|bcc|date|sent|subject|reply-to)\s*:(.*)$/i;
const ANY_MAIL_HEADER = /^\s{0,3}(?:>\s?)*from\s*:/i;
/** "Petra Lindqvist <p.lindqvist@example.org>", "\"Lindqvist, Petra\" <…>", "p.lindqvist@example.org (Petra Lindqvist)". */
const MAILBOX = /^\s*(?:"?([^"<>@]+?)"?\s*<[^<>\s]+@[^<>\s]+>|[^\s()<>]+@[^\s()<>]+\s*\(([^()]+)\))\s*$/;
/** "On Tue, 4 Mar 2025 at 09:12, Petra Lindqvist <…> wrote:": a reply's line before the message it quotes. */
const QUOTE_INTRO = /^\s{0,3}On\s.{4,200}\swrote:\s*$/;

/**
 * An e-mail thread: each message opens with header lines, and "From:" names who wrote the
 * text below it until the next message. The headers are decoration, and so are the lines a
 * reply quotes ("> …"), which repeat an earlier message in its writer's name. Only a report
 * with two messages or more is read so.
 */
function mailHeaders(lines: string[]): { labels: Map<number, LineLabel>; decoration: Set<number> } {
  const labels = new Map<number, LineLabel>();
  const decoration = new Set<number>();
  // Most reports have no header line at all: they are told apart with one test a line, before anything is made for them.
  if (!lines.some((line) => ANY_MAIL_HEADER.test(line))) return { labels, decoration };
  const headers: number[] = [];
  // A reply quotes what it answers with "> ", a message forwarded inside it with "> > ": read each line less its markers.
  const depth = lines.map((line) => /^\s{0,3}((?:>\s?)*)/.exec(line)?.[1]?.replace(/\s/g, '').length ?? 0);
  const body = lines.map((line) => line.replace(/^\s{0,3}(?:>\s?)*/, ''));
  for (let i = 0; i < lines.length; i++) {
    if (!MAIL_HEADER.test(body[i] as string)) continue;
    let j = i;
    const block: number[] = [];
    while (j < lines.length && depth[j] === depth[i] && MAIL_HEADER.test(body[j] as string)) block.push(j++);
    if (block.length >= 2) headers.push(...block);
    const from = block.find((k) => /^from\s*:/i.test(body[k] as string));
    const box = from === undefined ? null : MAILBOX.exec((body[from] as string).replace(/^from\s*:/i, ''));
    const name = (box?.[1] ?? box?.[2])?.trim().replace(/^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)$/u, '$2 $1');
    if (from !== undefined && name && (block.length >= 2 || box)) {
      for (const k of block) if (k !== from) decoration.add(k);
      labels.set(from, { name, fields: [], rest: null, bold: false });
    }
    i = j - 1;
  }
  // One message is no thread of turns; its header ("From: office@journal.org", "To:", "Subject:") is still the mail's, no one's words.
  if (labels.size < 2) return { labels: new Map(), decoration: new Set(headers) };
  // Quoted lines under a quoted message's own headers are that message; quoted lines a reply repeats after "On … wrote:" are decoration.
  let quotedMessage = -1;
  lines.forEach((line, i) => {
    if (labels.has(i)) quotedMessage = (depth[i] as number) > 0 ? (depth[i] as number) : -1;
    else if ((depth[i] as number) === 0 && (body[i] as string).trim()) quotedMessage = -1;
    const empty = !(body[i] as string).trim();
    if (QUOTE_INTRO.test(body[i] as string) || (MAIL_HEADER.test(body[i] as string) && !labels.has(i))) decoration.add(i);
    else if ((depth[i] as number) > 0 && (empty || (depth[i] as number) < quotedMessage || quotedMessage < 0)) decoration.add(i);
  });
  const starts = [...labels.keys()].sort((a, b) => a - b);
  starts.forEach((start, k) => signature(body, start, starts[k + 1] ?? lines.length, labels.get(start) as LineLabel, decoration));
  return { labels, decoration };
}

/** Sign-offs before a signature: "Best regards,", "Thanks," — no one's words about the matter. */
const SIGN_OFF = new RegExp(String.raw`^\s*(?:${SALUTATIONS})[,.!]?\s*$`, 'iu');

/**
 * A message's signature, in its last lines: the writer's name or first name ("Desmond",
 * "-- Desmond Achebe | Finance Director"), and what follows it, their title and organisation
 * ("Head of Infrastructure, Harbour Council"). Those lines are decoration; the title is the label's.
 */
function signature(lines: string[], start: number, end: number, label: LineLabel, decoration: Set<number>): void {
  const names = new Set([fold(label.name), fold(label.name.split(/\s+/)[0] ?? '')]);
  const body: number[] = [];
  for (let i = start + 1; i < end; i++) if ((lines[i] as string).trim() && !decoration.has(i)) body.push(i);
  const tail = body.slice(-5);
  // "-- Desmond Achebe | Finance Director" → "Desmond Achebe", "Finance Director".
  const piecesOf = (i: number) => (lines[i] as string).replace(/^\s*(?:--|—|–)\s*/, '').split(/\s*[|,]\s*/).map((p) => p.trim());
  const at = tail.findIndex((i) => names.has(fold(piecesOf(i)[0] ?? '')));
  if (at < 0) return;
  const signed = tail.slice(at);
  // Each line less its separators and the writer's own name: "Desmond Achebe | Finance Director" → "Finance Director".
  const fields = signed.flatMap((i) => {
    const pieces = piecesOf(i).filter((p) => /\p{L}/u.test(p));
    // "Rafael Nunez-Okoro MRICS": the name, and letters after it, are no title.
    const first = fold(pieces[0] ?? '');
    return names.has(first) || first === fold(label.name) || first.startsWith(`${fold(label.name)} `) ? pieces.slice(1) : pieces;
  }).filter((f) => f.length <= 80);
  if (fields.length) label.fields = fields.slice(0, 2);
  for (const i of signed) decoration.add(i);
  // "--" alone, and "Best regards," just before the name: the signature's too.
  for (let k = body.indexOf(signed[0] as number) - 1; k >= 0 && k >= body.length - 8; k--) {
    const line = lines[body[k] as number] as string;
    if (!SIGN_OFF.test(line) && !/^\s*(?:--|—)\s*$/.test(line)) break;
    decoration.add(body[k] as number);
  }
}

/** "Witnesses: Dr Colm Harker, Director, …; Sunita Rao, …": a plural part followed by names lists people, it opens no turn. */
export function listsPeople(label: LineLabel, line: string): boolean {
  // "SUPER: Mairi Campbell, ferry skipper", "LOWER THIRD: …": the caption a film puts on screen names who speaks next.
  if (label.rest !== null && CAPTION.test(label.name)) return true;
  // "President: Mr. Haddad (Lebanaria)", "Members: Ms. Oyelaran (Nigeria); Mr. Petrov (Bulgovia)": a part, then only names.
  if (label.rest !== null && label.name.length > 1 && (isRoleWord(label.name) || isRoleWord(label.name.replace(/s$/i, '')) || ROSTER_WORD.test(label.name)) && onlyNames(line.slice(label.rest))) return true;
  if (label.rest === null || !/s$/i.test(label.name) || (!isRoleWord(label.name.replace(/e?s$/i, '')) && !isRoleWord(label.name.replace(/s$/i, '')))) return false;
  return (line.slice(label.rest).match(/\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/gu) ?? []).length >= 2;
}

/** What a record calls its lists of people: "PRESENT:", "STAFF:", "Apologies:". */
const ROSTER_WORD = new RegExp(`^(?:present|also present|absent|excused|staff|attendees|attendance|in attendance|apologies|guests|panel|panell?ists|participants|speakers|officers|members|council members|board members|delegates|witnesses|${LANGUAGES.flatMap((l) => l.rosterWords).join('|')})$`, 'i');

/** What a film's script calls the name it puts on screen. */
export const CAPTION = /^(?:super|lower[ -]third|caption|chyron|name super|name strap|title card|on[ -]?screen(?: text)?|text on screen|astons?)$/i;

/** One name with its honorific and bracketed notes: "Mr. Haddad (Lebanaria)", "Dr Amara Kone". */
const LISTED_PERSON = /^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|H\.\s?E)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*\([^()]{1,60}\))*\.?$/u;

/** Whether a text is only names, separated by semicolons, commas or "and". */
export function onlyNames(text: string): boolean {
  const pieces = text.trim().split(/\s*(?:;|,|\band\b)\s*/).filter(Boolean);
  // "Ms Amara Quist, lay representative": after a name, the part it plays ("counsel") describes it, in lower case.
  const part = (p: string, i: number) => i > 0 && /^\p{Ll}[\p{L}'’ -]*$/u.test(p) && p.split(' ').length <= 5 && isRoleWord(p.split(' ').pop() as string);
  return pieces.length > 0 && pieces.length <= 40 && LISTED_PERSON.test(pieces[0] as string) && pieces.every((p, i) => LISTED_PERSON.test(p) || part(p, i));
}


/**
 * A part a label may open with: one the record gives ("COUNCILMEMBER", "SPOKESPERSON") or a
 * title ("City Manager"). Not any word for a kind of person: "FAY ABBOTT" and "QUIN BAINES" are names.
 */
function isTitle(part: string): boolean {
  const lower = part.toLowerCase();
  return ROLE_LABEL_WORDS.has(lower) || ROLE_NOUN_WORDS.has(lower.split(/\s+/).pop() ?? '');
}

/** "Chief Operating Officer", "Warehouse Supervisor": a job title, as a headline writes it, not a person. */
function namesAPart(name: string): boolean {
  return isTitle(name) || (/\s/.test(name) && isPersonNoun((name.split(/\s+/).pop() as string).toLowerCase()));
}

/** "SPOKESPERSON ANA LINDQVIST", "COUNCILMEMBER ORTIZ", "City Manager Platt": a part, then the person who plays it. */
function withoutTitle(label: LineLabel): LineLabel | null {
  const words = label.name.split(/\s+/);
  // A template labels thousands of turns: most names hold no word of a title at all, and are let go at once.
  if (words.length < 2 || !words.slice(0, 3).some((w) => ROLE_NOUN_WORDS.has(w.toLowerCase()) || ROLE_LABEL_WORDS.has(w.toLowerCase()))) return null;
  // "MAYOR PRO TEM:" is a part of its own, not the mayor pro called Tem.
  if (isRoleWord(label.name)) return null;
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const part = words.slice(0, k).join(' ');
    const person = words.slice(k).join(' ');
    if (!isTitle(part)) continue;
    const plain = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(person) && !person.split(/\s+/).some((w) => isRoleWord(w));
    // In a label in capitals, "MARSH" after "COUNCILMEMBER" is a surname though marsh is a word.
    if (plain && (namesSomeone(person) || (person === person.toUpperCase() && !FUNCTION_WORDS.has(person.toLowerCase())))) {
      return { ...label, name: person, fields: [part.toLowerCase(), ...label.fields] };
    }
  }
  return null;
}

function nextNonBlank(lines: string[], from: number): number {
  for (let j = from + 1; j < lines.length; j++) if ((lines[j] as string).trim()) return j;
  return -1;
}

function distinctNames(f: Family): number {
  return new Set(f.labels.map((l) => fold(l.name))).size;
}

/** "From Priya Sandhu", "From Jo Brandt": a word every name of a family opens with is part of the template. */
function withoutConstantOpening(labels: LineLabel[]): LineLabel[] {
  const first = (l: LineLabel) => l.name.split(/\s+/)[0] ?? '';
  const opening = first(labels[0] as LineLabel);
  // "BED 2", "CARD 19": a word before a number is the code's, not an opening; the number alone names no one.
  const constant = labels.length >= 3 && labels.every((l) => first(l) === opening && l.name.split(/\s+/).length >= 2 && !/^\d{1,4}$/.test(l.name.slice(opening.length).trim())) && new Set(labels.map((l) => l.name)).size >= 2;
  // "**u/harbourlights** replied:": a word after every name of the family is the template's, not the person's.
  const last = (l: LineLabel) => l.fields[l.fields.length - 1];
  const closing = last(labels[0] as LineLabel);
  const constantClosing = closing !== undefined && /^\p{Ll}+$/u.test(closing) && labels.every((l) => last(l) === closing);
  // "ITW Dr Anne-Laure BESSON —", "SONORE Patricia ROUX —": a word in capitals that opens names written otherwise, coming
  // back before different ones, tags what kind of clip the turn is; it is no one's name.
  const rests = new Map<string, Set<string>>();
  for (const l of labels) {
    const word = first(l);
    const rest = l.name.slice(word.length).trim();
    if (TAG_WORD.test(word) && !HONORIFIC_WORD.test(word) && /\s/.test(rest) && /\p{Ll}/u.test(rest)) rests.set(word, (rests.get(word) ?? new Set()).add(rest));
  }
  const tagged = (l: LineLabel) => (rests.get(first(l))?.size ?? 0) >= 2;
  const sides = sidesBeforePeople(labels);
  return labels.map((l) =>
    sides && sided(l) ? { ...l, name: l.fields[0] as string, fields: [l.name, ...l.fields.slice(1)] } : swapRoleAndName({ ...l, name: constant || tagged(l) ? l.name.slice(first(l).length).trim() : l.name, fields: constantClosing ? l.fields.slice(0, -1) : l.fields }),
  );
}

/** A label with one capitalised word in its first field, as "Mgmt (Harcourt):" gives a side and a person. */
const sided = (l: LineLabel) => l.rest !== null && l.fields.length >= 1 && /^\p{Lu}[\p{L}'’-]+$/u.test(l.fields[0] as string);

/**
 * "Mgmt (Harcourt):", "Union (Delacroix):", "Union (Pemberton):": the word before the brackets takes two or three values turn
 * after turn, the word in them many, each a name: the sides of a table and the people who speak for them. Read off the
 * family, not a list of words for sides.
 */
function sidesBeforePeople(labels: LineLabel[]): boolean {
  const turns = labels.filter(sided);
  if (turns.length < 4 || turns.length < labels.length * 0.8) return false;
  const sides = new Set(turns.map((l) => fold(l.name)));
  const people = new Set(turns.map((l) => fold(l.fields[0] as string)));
  return sides.size <= 3 && people.size >= sides.size + 2 && [...people].filter((p) => namesSomeone(p)).length >= people.size * 0.6;
}

/** A word in capitals: "ITW", "SONORE". */
const TAG_WORD = /^\p{Lu}{2,}$/u;

/** What a turn is in a record of proceedings, not who takes it: "Question 3", "Response", "Supplementary". */
const RECORD_PART = /^(?:question|answer|response|reply|supplementary|submission|statement|rebuttal|intervention)(?:\s+\d{1,3})?$/i;

/** "The Minister for Transport (Ms Adaeze Okafor)": the person is in the brackets, the office before them. */
function swapRoleAndName(label: LineLabel): LineLabel {
  const inner = label.fields[0];
  if (!inner) return withoutTitle(label) ?? label;
  // "The Minister for Transport (Ms Adaeze Okafor)": the office, then the person.
  // "The Minister for Roads (Priya Lalani)": a full name in the brackets is the person too, with no title.
  if (/^(?:The|the)\s/.test(label.name) && (HONORIFIC.test(inner) || (isFullName(inner) && namesSomeone(inner)))) return { ...label, name: inner.replace(HONORIFIC, '').trim(), fields: [label.name.replace(/^(?:The|the)\s+/, ''), ...label.fields.slice(1)] };
  // "CALLER, Winnie from Oakhurst": a part, then the person by first name and where they call from.
  const from = /^,?\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:from|in|of)\s+((?:the\s+)?\p{Lu}.{1,60})$/u.exec(inner);
  if (from?.[1] && from[2] && isRoleWord(label.name.replace(/\s+\d+$/, '')) && !FUNCTION_WORDS.has(from[1].toLowerCase())) {
    return { ...label, name: from[1], fields: [label.name.toLowerCase(), from[2], ...label.fields.slice(1)] };
  }
  // "SPEAKER 2 (Anil Deshpande, owner, Crumb & Co. bakery)": a numbered part, then the person and what they are.
  const [first = '', ...rest] = inner.split(/\s*,\s*/);
  const person = first.replace(HONORIFIC, '').trim();
  // "QUESTION 3 — Mr Kwame Boateng, employee shareholder", "RESPONSE — Helena Brandt, Chair of …": a part of the proceedings, then the person.
  const part = RECORD_PART.test(label.name);
  // "RESPONSE — THE CHAIR": the office that takes the turn.
  if (part && isOfficeName(inner)) return { ...label, name: inner, fields: label.fields.slice(1) };
  // "ACUSADO (Sr. Cantalapiedra)": a surname alone is a person where a courtesy title stands before it.
  const named = HONORIFIC.test(first) ? /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u : /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;
  // "Journaliste (Le Dauphiné)": a name opened by an article is a paper's or a place's, where the part is from.
  const titled = ARTICLE_WORDS.has((person.split(/\s+/)[0] ?? '').toLowerCase());
  if ((part || isRoleWord(label.name.replace(/\s+\d+$/, ''))) && !titled && named.test(person) && (namesSomeone(person) || (part && isFullName(person)))) {
    // "HOST (Gareth Pole)": the part is what the person is; a numbered part ("SPEAKER 2") or one of the proceedings only tells the turns apart.
    return { ...label, name: person, fields: [...(/\d/.test(label.name) || part ? [] : [label.name.toLowerCase()]), ...rest, ...label.fields.slice(1)] };
  }
  return withoutTitle(label) ?? label;
}

