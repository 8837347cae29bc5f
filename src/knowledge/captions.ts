import { titleCase } from './byline.ts';
import { isCommonWord, usageCount } from './wordnet.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../language/index.ts';
import { either, escapeRegExp } from './language.ts';
import { findLabels, isRoleWord } from './labelTemplate.ts';

/**
 * A video's captions copied as text, as YouTube's "Show transcript" gives them: a time on a line
 * of its own (or at a line's start) before every few words, often without capitals or stops, and
 * a change of speaker marked only ">>". No one is named in a label: people say who they are ("i'm
 * nadia okoro"), the host names the guests ("joining me are dr ama boateng from the river trust
 * and …") and then turns to them by first name ("ama, let's start with you"). The caption lines
 * between two changes of speaker are read as one paragraph, written `Name (what the introduction
 * said): text` on the line of its first caption when those cues tell whose it is, and
 * `Unidentified speaker: text` when they do not, so the turns are read as any labelled transcript.
 */

const STAMP = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/;
/** "0:05 i'll be moderating": a time before a caption's words, not before a label ("16:00:02 <mkoh>", "14:02 — Prof. …"). */
const LEAD_STAMP = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?=\S)/u;
/** A time before words that open with a capital, when they are no label or entry ("14:02 — …", "[JT] …", "<mkoh> …", "Prof. X: …"). */
const CAPITAL_CAPTION = /^\p{Lu}(?![^:]{0,40}:(?:\s|$))/u;
const TURN = /^\s*(?:>>|&gt;&gt;)\s*/;
const NOISE = /^\s*\[[^\]]{1,30}\]\s*$/;
/** A paragraph of one speaker's captions ends once it is this long. */
const PARAGRAPH = 1_200;

const TITLES = new Set(['dr', 'doctor', 'professor', 'prof', 'councillor', 'cllr', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'judge', 'senator', 'captain', 'reverend', 'rev']);
const PARTICLES = new Set(['van', 'der', 'de', 'den', 'la', 'le', 'du', 'von', 'da', 'di', 'dos', 'del', 'al', 'bin', 'ter', 'mac']);
/** Words that end a name in running speech. */
const STOPS = new Set('and from who of the at with is are was i i\'ll i\'m here on to in for this our my your tonight today now a an he she they we you but so also both who\'s whose it\'s that\'s it its that them there not all just very really been be yes no about up out off if or as what which when where everyone everybody folks guys'.split(' '));

/** The words other languages say who they are with: "soy", "me llamo", "je m'appelle". */
const OTHER_SELF = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE).flatMap((l) => l.numberedVoices.self.map((w) => w.toLowerCase()));
/** "i'm nadia okoro", "my name is …": who is speaking; "good evening. walter knapp, 14 mill pond lane", as public comment opens; "yo soy Begoña Urquiza". */
const SELF_OTHER_LANGUAGES = new RegExp(String.raw`(?<![\p{L}'’])(?:${either(OTHER_SELF.map(escapeRegExp))})\s+`, 'gu');
const SELF_ENGLISH = /\b(?:i'm|i’m|im|i am|my name is|my name's|my name’s|this is)\s+|^(?:hi|hello|yes|yeah|thanks|good evening|evening),?\s+(?=\S+\s+\S+\s+(?:i'm|i’m|i am|from|here)\b)|^(?:\[[^\]]{1,30}\]\s*(?:--\s*)?)?(?:(?:hi|hello|good (?:morning|afternoon|evening))[.,!]?\s+)?(?=[\p{L}'’-]+\s+[\p{L}'’-]+,\s+\d)/gu;
const SELF = new RegExp(`${SELF_ENGLISH.source}|${SELF_OTHER_LANGUAGES.source}`, 'gu');
/** "joining me are …", "welcome …", "our guests are …": whom the speaker introduces. */
const OTHERS = /\b(?:joining (?:me|us)(?: (?:today|tonight|now|here))?(?: (?:are|is))?|(?:i'm|i’m|i am|we're|we’re|we are) joined (?:today |tonight |here |now )?by|with (?:me|us)(?: (?:today|tonight|now|here))?(?: (?:are|is))?|(?:we have|we've got|we’ve got|let me introduce|say hello to|(?:please )?welcome)(?: back)?(?: to the (?:show|panel|programme|program|studio))?|our (?:guests?|panel(?:ists)?)(?: (?:today|tonight))? (?:are|is))\s+/g;
/** Words that open the next clause of running speech, ending a description. */
const CLAUSE = new Set('and i\'ll i\'m let\'s so okay ok now what how why can could tell first well right but welcome thanks thank she\'s he\'s they\'re she he they we next'.split(' '));
/** Words after which an introduction's next name may stand: "is", "and", "we have", "next to her is". */
const LIST_CUES = new Set(['is', 'are', 'have', 'and', 'by', 'introduce', 'welcome', 'meet', 'me', 'us', 'got']);
const THANKS = /^(?:thanks|thank you|cheers)(?: (?:so much|very much))?,?\s+/;
const CLOSING = /\b(?:thank you (?:both|all|everyone)|thanks (?:both|all|everyone)|(?:we're|we are) out of time|that's all we have time for)\b/;

interface Person {
  /** Lower case, as the captions have it; none for a host the captions never name. */
  words: string[];
  first: string;
  title?: string;
  about?: string;
  host?: boolean;
  /** The turns in which they introduce the others. */
  turns?: number[];
  /** The label a captioner gave them ("COUNCILMEMBER LINDGREN"), kept as written for the turns they are called to. */
  written?: string;
}

interface Turn {
  at: number;
  text: string;
  marked: boolean;
  /** A paragraph split off a long run of one speaker's captions: theirs too. */
  continued: boolean;
}

/** The report's lines with its captions read as paragraphs, or null when it is no caption copy. */
export function captionLines(lines: string[]): string[] | null {
  let stamps = 0;
  let marks = 0;
  let labels = 0;
  const lengths: number[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (STAMP.test(line)) {
      stamps++;
      continue;
    }
    const caption = afterStamp(line);
    if (caption !== null) stamps++;
    const rest = caption ?? line;
    lengths.push(rest.length);
    if (TURN.test(rest)) marks++;
    // A labelled turn ("Nadia Okoro: …", "NADIA:") is a transcript the other readers know.
    else if (/^\s*\p{Lu}[\p{L}.'’ -]{0,40}:(?:\s|$)/u.test(rest)) labels++;
  }
  // Captions are a few words a line; a live blog's timed entries are paragraphs.
  const median = lengths.sort((a, b) => a - b)[lengths.length >> 1] ?? 0;
  // No times: a captioner's file whose turns open with ">>", where enough lines do (counted above, so most reports pass at once).
  if (stamps < 3) return marks >= MIN_MARKED ? markedTurnLines(lines) : null;
  if (stamps * 4 < lengths.length || labels > 1 || median > 100) return null;
  // "Chidi Okafor" over "0:03" over the words, as Teams exports: times under names the report's own labels give.
  // A video's chapter titles stand over times too ("Presentación de la mesa" / "0:00"), each once: names come back.
  const named = new Map<string, number>();
  for (const [i, label] of findLabels(lines).labels) if (STAMP.test(lines[i + 1] ?? '')) named.set(label.name, (named.get(label.name) ?? 0) + 1);
  if ([...named.values()].reduce((a, b) => a + b, 0) >= 3 && [...named.values()].some((n) => n > 1)) return null;
  const firstStamp = captionsStart(lines);
  const turns = turnsOf(lines, firstStamp);
  if (turns.length === 0) return null;
  const cased = namesInCapitals(turns);
  const people = introducedPeople(turns, cased);
  const speakers = marks >= 2 ? whoSpeaks(turns, people, cased) : turns.map(() => null);
  const out = new Array<string>(lines.length).fill('');
  for (let i = 0; i < firstStamp; i++) out[i] = lines[i] as string;
  turns.forEach((turn, i) => {
    const person = speakers[i];
    const label = person ? labelOf(person) : marks >= 2 && turn.marked ? 'Unidentified speaker' : null;
    out[turn.at] = label ? `${label}: ${turn.text}` : turn.text;
  });
  return out;
}

/** "MODERATOR:", "COUNCILMEMBER RUIZ:", "Dr. Ama Boateng:" after a change-of-speaker mark: the captioner knew who spoke. */
const MARKED_LABEL = /^\p{Lu}[\p{L}.'’ -]{0,40}:(?:\s|$)/u;
/** A reply quoted in a mail (">" before each of its lines), beside ">>" of the mail it replied to: quotation, no turns. */
const QUOTED_REPLY = /^\s*(?:>|&gt;)(?!>|&gt;)/;
/** Marked turns are the report's turns when this many open a paragraph, and most of the paragraphs after the first do. */
const MIN_MARKED = 3;

/**
 * A live captioner's file (CART) as it is saved: no times, each change of speaker a ">>" opening a paragraph, the
 * speaker's name after it when the captioner knew it (">> COUNCILMEMBER RUIZ: …") and nothing when not (">> MY NAME IS
 * GLORIA PENHALL, I LIVE ON …"). The marks are the turns, not quotations (Markdown would read ">>" as a quotation in a
 * quotation): a labelled turn keeps its label, an unlabelled one is named as the timed captions' are (who says who they
 * are, who was turned to), else it is an unidentified speaker's; the paragraphs after a turn go on with it.
 */
function markedTurnLines(lines: string[]): string[] | null {
  let marked = 0;
  let openings = 0;
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (QUOTED_REPLY.test(line)) return null;
    if (!line.trim() || (lines[i - 1] ?? '').trim()) continue;
    if (TURN.test(line)) {
      marked++;
      if (first < 0) first = i;
    }
    if (first >= 0) openings++;
  }
  if (marked < MIN_MARKED || marked * 2 < openings) return null;
  const turns: Turn[] = [];
  lines.forEach((line, at) => {
    if (at < first || !line.trim() || NOISE.test(line) || (lines[at - 1] ?? '').trim()) return;
    const isMarked = TURN.test(line);
    turns.push({ at, text: line.replace(TURN, '').trim(), marked: isMarked, continued: !isMarked && turns.length > 0 });
  });
  // "CLERK: COUNCILMEMBER LINDGREN." / ">> PRESENT.": whom a labelled turn calls on answers next, under the label they have.
  const labelled = new Map<string, Person>();
  for (const turn of turns) {
    const label = MARKED_LABEL.exec(turn.text)?.[0].replace(/:\s*$/, '').trim();
    const words = label?.toLowerCase().split(/\s+/) ?? [];
    const last = words[words.length - 1];
    if (label && last && !labelled.has(last)) labelled.set(last, { words: [last], first: last, written: label });
  }
  const cased = namesInCapitals(turns);
  const speakers = whoSpeaks(turns, [...introducedPeople(turns, cased), ...labelled.values()], cased);
  const out = [...lines];
  turns.forEach((turn, i) => {
    if (!turn.marked) return;
    const person = speakers[i];
    out[turn.at] = MARKED_LABEL.test(turn.text) || !turn.text ? turn.text : `${person ? labelOf(person) : 'Unidentified speaker'}: ${turn.text}`;
  });
  return out;
}

/** A caption's words after the time that opens its line, or null when no time opens it or a label follows the time. */
function afterStamp(line: string): string | null {
  const stamp = LEAD_STAMP.exec(line);
  if (!stamp) return null;
  const rest = line.slice(stamp[0].length);
  if (NOISE.test(rest) || TURN.test(rest) || /^\p{Ll}/u.test(rest)) return rest;
  return CAPITAL_CAPTION.test(rest) ? rest : null;
}

/**
 * The line the captions begin on: the first time, or where the times start again ("0:00" after "11:40"), a video's chapter
 * list in its description standing above the captions with times of its own.
 */
function captionsStart(lines: string[]): number {
  let first = -1;
  let last = -1;
  let previous = -1;
  lines.forEach((line, i) => {
    const stamp = STAMP.test(line) ? line : afterStamp(line) !== null ? (LEAD_STAMP.exec(line)?.[0] ?? '') : null;
    if (stamp === null) return;
    const seconds = stamp.trim().split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    if (first < 0) first = i;
    if (seconds < previous) last = i;
    previous = seconds;
  });
  return last >= 0 ? last : Math.max(first, 0);
}

/** The captions after the first time, joined into paragraphs that each begin at a change of speaker or after a long run. */
function turnsOf(lines: string[], from: number): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | null = null;
  let started = false;
  lines.forEach((line, index) => {
    if (index < from) return;
    if (STAMP.test(line)) {
      started = true;
      return;
    }
    const caption = afterStamp(line);
    if (caption !== null) started = true;
    let rest = caption ?? line;
    if (!started || !rest.trim() || NOISE.test(rest)) return;
    const marked = TURN.test(rest);
    rest = rest.replace(TURN, '').trim();
    if (!rest) return;
    if (!current || marked || current.text.length > PARAGRAPH) {
      current = { at: index, text: rest, marked: marked || (current?.marked ?? false), continued: current !== null && !marked };
      turns.push(current);
    } else current.text += ` ${rest}`;
  });
  return turns;
}

/** A word that may be part of a name spoken in lower case: no verb, adjective or adverb, and rare as a noun. */
function nameWord(word: string): boolean {
  return /^\p{L}[\p{L}'’-]*$/u.test(word) && !STOPS.has(word) && !isCommonWord(word) && usageCount(word) <= 2;
}

/** The name the words from `from` begin with ("dr ama boateng from …"), with its title, or null. */
function nameAt(words: string[], from: number): { person: Person; end: number } | null {
  let i = from;
  let title: string | undefined;
  if (TITLES.has(words[i]?.replace(/\.$/, '') ?? '')) title = words[i++]?.replace(/\.$/, '');
  const name: string[] = [];
  while (i < words.length && name.length < 4) {
    const word = words[i] as string;
    const next = words[i + 1] ?? '';
    const particle = name.length > 0 && PARTICLES.has(word) && nameWord(next.replace(/[,.]$/, ''));
    const bare = word.replace(/[,.]$/, '');
    // A common word may open a name only when a rare one follows it ("rose okafor").
    const ok = nameWord(bare) || particle || (name.length === 0 && /^\p{L}+$/u.test(bare) && !STOPS.has(bare) && nameWord(next.replace(/[,.]$/, '')));
    if (!ok) break;
    name.push(bare);
    i++;
    if (bare !== word) break;
  }
  if (name.length === 0 || (name.length === 1 && !title && PARTICLES.has(name[0] as string))) return null;
  return { person: { words: name, first: name[0] as string, ...(title ? { title } : {}) }, end: i };
}

/** What follows a name in its introduction: "from the river trust", "who chairs the …", ", the …,". */
function aboutAt(words: string[], from: number): string | undefined {
  const head = words[from];
  if (head !== 'from' && head !== 'of' && head !== 'who' && head !== 'at') return undefined;
  const out: string[] = [];
  for (let i = from + 1; i < words.length && out.length < 8; i++) {
    const word = words[i] as string;
    if (CLAUSE.has(word.replace(/[,.?]$/, ''))) break;
    out.push(word.replace(/[,.]$/, ''));
    if (/[,.]$/.test(word)) break;
  }
  if (out.length === 0) return undefined;
  if (head === 'who') return out.join(' ').replace(/^(?:is|are|was)\s+/, '');
  // "from the river trust": an organisation, written as one.
  return out
    .filter((w, i) => !(i === 0 && w === 'the'))
    .map((w) => (/^(?:of|and|the|for|on|in)$/.test(w) ? w : w.replace(/^\p{L}/u, (c) => c.toUpperCase())))
    .join(' ');
}

/** "Dr Ama Boateng", "Begoña Urquiza", "Julián Roldán": a name as captions written with capitals give it, a title before it kept. */
const CASED_NAME = new RegExp(String.raw`^(?:(${[...TITLES].map((t) => `[${t.charAt(0)}${t.charAt(0).toUpperCase()}]${t.slice(1)}`).join('|')})\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:${[...PARTICLES].join('|')})\s+)?\p{Lu}[\p{L}'’-]+){0,3})`, 'u');
/** Words that may join a description's words: "presidente de la asociación", "head of the trust". */
const DESCRIPTION_JOINS = new Set([...PARTICLES, 'of', 'the', 'for', 'las', 'los', 'el', 'des', 'les', 'et']);
/** Words that end a description in running speech: any language's small words but those that join it. */
const DESCRIPTION_ENDS = new Set([...STOPS, ...LANGUAGES.flatMap((l) => l.stopWords)].filter((w) => !DESCRIPTION_JOINS.has(w)));
/** A word before a name that makes it spoken of, not to: "de acuerdo con Begoña", "gracias a Julián", "agree with Ama". */
const SPOKEN_OF = /(?:^|\s)(?:con|de|del|a|al|por|para|with|to|of|about|for|avec|à|pour|par|sur|que)\s+$/u;
/** How many words a description said after a name runs to at most. */
const DESCRIPTION_WORDS = 10;

/**
 * Whether the captions write names with capitals and the rest in lower case ("hola yo soy Begoña Urquiza tengo la farmacia"),
 * as some services do: names are then read by their capitals, not guessed from how rare the words are.
 */
function namesInCapitals(turns: readonly Turn[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const turn of turns.slice(0, 200)) {
    for (const word of turn.text.split(/\s+/)) {
      if (!/\p{L}/u.test(word)) continue;
      words++;
      if (/^\p{Lu}/u.test(word) && !/^I(?:['’]|$)/.test(word)) capitals++;
    }
  }
  return capitals > 0 && capitals * 4 < words;
}

/**
 * The person a caption names at `at` in its own capitals ("soy Anselmo Peñalver presidente de la asociación de jubilados"),
 * with the part they say they have when a word for a part follows the name.
 */
function casedNameAt(text: string, at: number): Person | null {
  const m = CASED_NAME.exec(text.slice(at));
  const name = m?.[2];
  if (!m || !name || !/^\p{Lu}/u.test(name)) return null;
  const words = name.toLowerCase().split(/\s+/);
  const title = m[1]?.toLowerCase();
  const about = descriptionAfter(text.slice(at + m[0].length));
  return { words, first: words[0] as string, ...(title ? { title } : {}), ...(about ? { about } : {}) };
}

/** "presidente de la asociación de jubilados El Lavadero" in "… presidente de la asociación de jubilados El Lavadero que somos 230": a part said after a name. */
function descriptionAfter(rest: string): string | undefined {
  const words = rest.trim().split(/\s+/);
  if (!isRoleWord((words[0] ?? '').toLowerCase().replace(/[,.;:!?]$/, ''))) return undefined;
  const out: string[] = [];
  for (const word of words.slice(0, DESCRIPTION_WORDS)) {
    const bare = word.replace(/[,.;:!?]$/, '');
    if (out.length > 0 && DESCRIPTION_ENDS.has(bare.toLowerCase())) break;
    out.push(bare);
    if (bare !== word) break;
  }
  // "enfermera del centro de salud de la zona básica de": the words cut off leave no join at the end.
  while (out.length > 1 && DESCRIPTION_JOINS.has((out[out.length - 1] as string).toLowerCase())) out.pop();
  return out.join(' ');
}

/** Everyone the captions introduce by name, the host being who introduces the others; names read by their capitals where `cased`. */
function introducedPeople(turns: Turn[], cased: boolean): Person[] {
  const people: Person[] = [];
  const add = (person: Person) => {
    const same = people.find((p) => p.words.join(' ') === person.words.join(' ') || (p.first === person.first && person.words.length === 1));
    if (same) Object.assign(same, { ...person, ...same, about: same.about ?? person.about, host: same.host || person.host });
    else people.push(person);
    return same ?? person;
  };
  let introducer: Person | null = null;
  for (const [t, turn] of turns.slice(0, 40).entries()) {
    const lower = turn.text.toLowerCase();
    const words = lower.split(/\s+/);
    const offsets = wordOffsets(lower);
    let self: Person | null = null;
    for (const m of lower.matchAll(SELF)) {
      const end = (m.index ?? 0) + m[0].length;
      const found = cased ? casedNameAt(turn.text, end) : (nameAt(words, offsets.indexOf(end))?.person ?? null);
      if (found) self = add({ ...found, ...(/\b(?:moderat|host)/.test(lower) ? { about: /\bmoderat/.test(lower) ? 'moderator' : 'host' } : {}) });
    }
    // The first voice, before any change of speaker, says who it is and opens the programme: it hosts.
    if (t === 0 && self && !turn.marked) self.host = true;
    const cue = [...lower.matchAll(OTHERS)][0];
    if (cue) {
      // The guests named from the cue on: "joining me is dr ama boateng from the water board … next to her is
      // councillor priya lundqvist … we have fenwick oduya who farms … and lena marsh who is claims director …".
      const from = offsets.indexOf((cue.index ?? 0) + cue[0].length);
      for (let at = from; at >= 0 && at < Math.min(words.length, from + 200); at++) {
        if (at !== from && !LIST_CUES.has(words[at - 1] as string)) continue;
        const found = nameAt(words, at);
        if (!found) continue;
        const next = words[found.end] ?? '';
        if (!found.person.title && found.person.words.length < 2 && !/^(?:from|who|of|at)$/.test(next)) continue;
        const about = aboutAt(words, found.end);
        add({ ...found.person, ...(about ? { about } : {}) });
        // Whoever introduces the guests hosts, named or not: "i'm joined tonight by dr ama boateng …".
        introducer ??= self ?? add({ words: [], first: '', about: 'host', host: true, turns: [] });
        if (self) self.host = true;
        if (!introducer.turns?.includes(t)) introducer.turns?.push(t);
        at = found.end - 1;
      }
    }
  }
  // A description runs on to the next caption without a stop: it ends where a name someone goes by begins.
  const firsts = new Set(people.filter((p) => p.first).map((p) => p.first));
  for (const p of people) {
    const words = p.about?.split(' ') ?? [];
    const cut = words.findIndex((w) => firsts.has(w.toLowerCase()));
    if (cut >= 0) p.about = words.slice(0, cut).join(' ') || undefined;
  }
  return people;
}

function wordOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push(m.index ?? 0);
  return out;
}

/** Whose each turn is, from who introduces themselves, who is thanked and who is turned to by name. */
function whoSpeaks(turns: Turn[], people: Person[], cased: boolean): (Person | null)[] {
  const who: (Person | null)[] = turns.map(() => null);
  const host = people.find((p) => p.host) ?? null;
  const byFirst = new Map(people.filter((p) => p.first).map((p) => [p.first, p]));
  // "alcalde ustedes sabían …": one whose part the introductions gave is turned to by it, when no one else has it.
  const parts = new Map<string, Person | null>();
  for (const p of people) {
    const part = p.about?.split(' ')[0]?.toLowerCase();
    if (part && isRoleWord(part) && !byFirst.has(part)) parts.set(part, parts.has(part) ? null : p);
  }
  for (const [part, p] of parts) if (p) byFirst.set(part, p);
  const addressed = (text: string): Person | null => {
    // The last name the turn turns to, near its end: "… piet, is the council going to replace them".
    const tail = text.toLowerCase().slice(-160);
    let best: { person: Person; at: number } | null = null;
    for (const m of tail.matchAll(/(?<![\p{L}'’-])[\p{L}'’-]+(?![\p{L}'’-])/gu)) {
      const person = byFirst.get(m[0]);
      if (!person) continue;
      const after = tail.slice((m.index ?? 0) + m[0].length);
      const before = tail.slice(0, m.index);
      // "lena marsh who is claims director": a name said in full, or described, introduces; a first name alone turns to them.
      // "de acuerdo con Begoña", "thanks to Ama": a name after a preposition is spoken of, not to.
      if (/^\s*(?:said|says|mentioned|told|was|has|had|who|from)\b/.test(after) || after.trimStart().startsWith(`${person.words.slice(1).join(' ')} `) && person.words.length > 1 || /\b(?:thanks|thank you)\s*,?\s*$/.test(before) || SPOKEN_OF.test(before)) continue;
      best = { person, at: m.index ?? 0 };
    }
    return best?.person ?? null;
  };
  turns.forEach((turn, i) => {
    if (turn.continued && i > 0) {
      who[i] = who[i - 1] ?? null;
      return;
    }
    const lower = turn.text.toLowerCase();
    const head = lower.slice(0, 200);
    for (const m of head.matchAll(SELF)) {
      const end = (m.index ?? 0) + m[0].length;
      const found = cased ? casedNameAt(turn.text, end) : (nameAt(head.slice(end).split(/\s+/), 0)?.person ?? null);
      const person = found && people.find((p) => p.words.join(' ') === found.words.join(' '));
      if (person) {
        who[i] = person;
        break;
      }
    }
    const thanked = THANKS.exec(lower);
    if (thanked) {
      const person = byFirst.get(lower.slice(thanked[0].length).split(/[\s,.]/)[0] ?? '');
      if (person && i > 0 && !who[i - 1]) who[i - 1] = person;
    }
    if (!who[i] && host?.turns?.includes(i)) who[i] = host;
    if (!who[i] && i > 0) {
      const to = addressed(turns[i - 1]?.text ?? '');
      if (to && to !== who[i - 1]) who[i] = to;
    }
    // The host turns to the guests by name, and closes, thanking them one by one ("gracias a Julián Roldán a Begoña Urquiza a …").
    if (!who[i] && host && (CLOSING.test(lower) || (addressed(turn.text) && addressed(turn.text) !== host) || namesGuests(lower, people, host))) who[i] = host;
  });
  // "y por qué este recorte" between two of a guest's answers: the host's follow-up, and the guest answers it. A short turn
  // after a guest's, before a long one no cue names, is the host's question to the same guest.
  turns.forEach((turn, i) => {
    const guest = who[i - 1];
    const next = turns[i + 1];
    if (!host || (who[i] && who[i] !== host) || !guest || guest === host || !turn.marked || turn.text.length > FOLLOW_UP || !next?.marked || who[i + 1] || next.text.length <= FOLLOW_UP) return;
    who[i] = host;
    who[i + 1] = guest;
    for (let k = i + 2; k < turns.length && turns[k]?.continued; k++) who[k] = guest;
  });
  return who;
}
/** How long a host's follow-up question runs at most, in characters. */
const FOLLOW_UP = 60;

/** How many of the guests a turn names in full for it to be the host's roll call. */
const ROLL_CALL = 3;
/** Whether a turn names the guests in full, as who hosts does when opening or closing. */
function namesGuests(lower: string, people: readonly Person[], host: Person): boolean {
  return people.filter((p) => p !== host && p.words.length > 1 && lower.includes(p.words.join(' '))).length >= ROLL_CALL;
}

/** "Ama Boateng (Dr, river trust)": the name as a name is written, and what the introduction said of them. */
function labelOf(person: Person): string {
  if (person.written) return person.written;
  if (person.words.length === 0) return 'Host';
  const name = person.words.map((w) => (PARTICLES.has(w) ? w : titleCase(w))).join(' ');
  const title = person.title ? `${titleCase(person.title)} ` : '';
  return `${title}${name}${person.about ? ` (${person.about})` : ''}`;
}
