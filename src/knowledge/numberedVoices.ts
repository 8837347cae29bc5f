import { LANGUAGES } from '../language/index.ts';
import { either, HONORIFIC, PERSON_HONORIFIC } from './language.ts';
import { isFullName } from './labelTemplate.ts';
import { foldName } from './speakerIdentity.ts';
import type { SpeakerLabel } from './markdown.ts';

const VOICES = LANGUAGES.flatMap((l) => l.numberedVoices.voices);
/** A phrase as it opens a sentence or runs on in one ("I'm", "with me is" and "With me is"); the name after it keeps its case. */
export const phrases = (list: readonly string[]) => either(list.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]));
/** "Speaker 1", "Intervenant 2": a transcription service's voice, known by number until someone says who it is. */
const NUMBERED_VOICE = new RegExp(String.raw`^(?:${either(VOICES)})(?:\s*|_)\d{1,3}$`, 'iu');
/** A person's name as speech gives it: two or three capitalised words, an honorific before them dropped. */
const NAME = String.raw`(?:${PERSON_HONORIFIC}\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
/** "I'm Maren Solvik", "je m'appelle Hélène Roux": who speaks says who they are. */
const SELF = new RegExp(String.raw`(?:^|[\s,.!?])(?:${phrases(LANGUAGES.flatMap((l) => l.numberedVoices.self))})\s+${NAME}`, 'u');
/** "Okay, good. Gus Trevelyan, I've fished out of Wexley Point …", "Bonjour, Mathieu Prigent, je suis …": a sentence opened by the speaker's own name (after a greeting), then a comma. */
const GREETING = phrases(LANGUAGES.flatMap((l) => l.salutations));
// "Hi everybody, Bev Tannahill. I'm on the town council": the name may close its own sentence before the speaker's "I".
const NAME_OPENING = new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:${GREETING})(?:\s+(?:everybody|everyone|all|folks))?[,!]?\s+)?(?!(?:${GREETING})\s)${NAME}(?:,\s|\.\s+(?=I\b|I['’]))`, 'u');
/** "with me as always is Teo Baptiste", "we have Dr. Imelda Carrow", "Avec moi, Karim Belhadj": who speaks brings in the next voice by name. */
const OTHERS = new RegExp(String.raw`(?:^|[\s,.!?])(?:${phrases(LANGUAGES.flatMap((l) => l.numberedVoices.others))})[,:]?\s+${NAME}`, 'gu');
/** How far into a turn a voice says who it is or brings in another: the opening of what it says. */
const OPENING = 400;
/** How many names brought in wait for a voice at most. */
const AWAITED = 8;
/** How far into a turn a name opening a sentence can be the speaker's own: after a greeting, not further. */
const NAME_FIRST = 40;

/**
 * The people behind a transcript's numbered voices ("Speaker 1" → "Maren Solvik"), read off what
 * they say, in the order they speak: a voice that says who it is as it opens a turn ("I'm …",
 * "Gus Trevelyan, I've fished …"), or the next new voice after one that brings someone in ("with
 * me is …", "we have …"). A voice nothing names stays a number; a name given to two voices is
 * given to neither. `nameless` says which other labels are voices in the same way: a radio script's "TRACK:", whose
 * first turn is "I'm Owen Carradine, and this is …".
 */
export function numberedVoiceNames(drafts: readonly { text: string; label?: SpeakerLabel }[], nameless: (label: string) => boolean = () => false): Map<string, string> {
  const named = new Map<string, string>();
  const taken = new Map<string, number>();
  const give = (voice: string, name: string) => {
    if (named.has(voice) || !isFullName(name) || HONORIFIC.test(`${name} `)) return;
    named.set(voice, name);
    taken.set(foldName(name), (taken.get(foldName(name)) ?? 0) + 1);
  };
  /** Names brought in and not yet matched to a voice, the earliest first. */
  const awaited: string[] = [];
  /** How many turns each voice has opened. */
  const turns = new Map<string, number>();
  let previous: string | null = null;
  /** Lines into the turn: a diarizer's export writes a turn as a line a segment ("That's a qualification." / "Hi everybody, Bev Tannahill. …"). */
  let lines = 0;
  for (const d of drafts) {
    const numbered = d.label !== undefined && NUMBERED_VOICE.test(d.label.name.trim());
    const voice = d.label && (numbered || nameless(d.label.name)) ? foldName(d.label.name) : null;
    const newTurn = voice !== previous;
    lines = newTurn ? 0 : lines + 1;
    previous = voice;
    if (!voice) continue;
    const text = d.text.slice(0, OPENING);
    const turn = newTurn ? (turns.get(voice) ?? 0) + 1 : (turns.get(voice) ?? 1);
    turns.set(voice, turn);
    const opening = newTurn || lines < 2;
    // "Hi, yeah, can you hear me?" then "Okay, good. Gus Trevelyan, …": a caller may say who they are in their second turn.
    if (opening && !named.has(voice) && turn <= 2) {
      const first = NAME_OPENING.exec(text.slice(0, NAME_FIRST + 40));
      // A word for a clip is named only by "I'm …" in a name as names are written: "SEEING NONE, ALL IN FAVOR?" in captions is no one.
      const self = SELF.exec(text)?.[1];
      const own = numbered ? (self ?? (first && first.index <= NAME_FIRST ? first[1] : undefined)) : self && /\p{Ll}/u.test(self) ? self : undefined;
      if (own) {
        give(voice, own);
        const at = awaited.findIndex((n) => foldName(n) === foldName(own));
        if (at >= 0) awaited.splice(at, 1);
      } else if (numbered && newTurn && turn === 1 && awaited.length) give(voice, awaited.shift() as string);
    }
    for (const m of text.matchAll(OTHERS)) {
      const name = m[1] as string;
      if (named.get(voice) !== name && ![...named.values()].some((n) => foldName(n) === foldName(name))) awaited.push(name);
      // Names brought in that no new voice takes are old news: a long transcript keeps only the latest few.
      if (awaited.length > AWAITED) awaited.shift();
    }
  }
  for (const [voice, name] of named) if ((taken.get(foldName(name)) ?? 0) > 1) named.delete(voice);
  return named;
}
