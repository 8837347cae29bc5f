/**
 * Subtitles saved as a report: WebVTT (`WEBVTT`, cues with `<v Name>` voice tags, as Teams and
 * Zoom export meetings) and SRT (numbered cues, a speaker's first cue opening with `NAME:`,
 * dialogue dashes for two voices in one cue). A cue is a few seconds of speech, often half a
 * sentence: the cues one person speaks in a row are read as one paragraph of theirs, written
 * `Name: text` on the line of its first cue so that passages keep their place in the file.
 */

const CUE_TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}/;
/** A paragraph of one speaker's cues ends at a sentence's end once it is this long. */
const PARAGRAPH = 1_200;
/** "HELEN MARSH: …", "Helen Marsh: …": an SRT cue that names its speaker. */
const SRT_LABEL = /^((?:\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3})|(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,3})):\s+(.*)$/u;
const VOICE = /<v(?:\.[\w.-]+)?\s+([^>]+)>/;
const NOT_SPEECH = /^(?:[♪♫#\s]+|\[[^\]]*\]|\([^)]*\))$/;

/** The report's lines with its cues read as paragraphs, or null when it is no subtitle file. */
export function subtitleLines(lines: string[]): string[] | null {
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  const vtt = /^WEBVTT\b/.test(first);
  if (!vtt) {
    let timings = 0;
    for (const line of lines) if (CUE_TIMING.test(line) && ++timings >= 3) break;
    if (timings < 3) return null;
  }
  const cues = cuesOf(lines);
  const out = new Array<string>(lines.length).fill('');
  let speaker: string | null = null;
  let paragraph: { at: number; name: string | null; text: string[]; length: number } | null = null;
  let lastUtterance: string | null = null;
  const emit = () => {
    if (paragraph?.text.length) out[paragraph.at] = `${paragraph.name ? `${paragraph.name}: ` : ''}${paragraph.text.join(' ')}`;
    paragraph = null;
  };
  const say = (at: number, name: string | null | undefined, text: string) => {
    if (name !== undefined && name !== speaker) {
      emit();
      speaker = name;
    }
    const ended = paragraph && paragraph.length > PARAGRAPH && /[.!?…]["”’)]?$/.test(paragraph.text[paragraph.text.length - 1] ?? '');
    if (!paragraph || ended) {
      emit();
      paragraph = { at, name: speaker, text: [], length: 0 };
    }
    paragraph.text.push(text);
    paragraph.length += text.length + 1;
  };

  cues.forEach((cue, c) => {
    // Teams numbers the cues of one utterance "…/11-0", "…/11-1": a new utterance is a new paragraph, even of the same speaker.
    const utterance = utteranceOf(lines, cue);
    if (utterance !== null && utterance !== lastUtterance) emit();
    lastUtterance = utterance;
    const dashes = cue.filter((l) => /^\s*-\s+/.test(l.text)).length >= 2;
    cue.forEach((line, k) => {
      let text = line.text.trim();
      const voice = VOICE.exec(text)?.[1]?.trim();
      text = text.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
      if (!text || NOT_SPEECH.test(text)) return;
      if (voice) return say(line.index, voice, text);
      const labelled = SRT_LABEL.exec(text);
      if (labelled?.[1] && labelled[2]) return say(line.index, labelled[1], labelled[2]);
      if (dashes && /^-\s+/.test(text)) {
        // Two voices in one cue: the last is whoever the next cue names; the first is the one speaking before, unless that is the same person.
        const last = k === cue.length - 1 || !cue.slice(k + 1).some((l) => /^\s*-\s+/.test(l.text));
        const next = nextSpeaker(cues, c + 1);
        const who = last ? (next ?? 'Unidentified speaker') : next && next === speaker ? 'Unidentified speaker' : undefined;
        return say(line.index, who, text.replace(/^-\s+/, ''));
      }
      say(line.index, undefined, text);
    });
  });
  emit();
  return out;
}

interface CueLine {
  text: string;
  index: number;
}

/** Each cue's text lines, after its timing line, up to the blank line that ends it. */
function cuesOf(lines: string[]): CueLine[][] {
  const cues: CueLine[][] = [];
  let current: CueLine[] | null = null;
  lines.forEach((line, index) => {
    if (CUE_TIMING.test(line)) {
      current = [];
      cues.push(current);
    } else if (!line.trim()) current = null;
    else current?.push({ text: line, index });
  });
  return cues;
}

/** What a cue's identifier says of the utterance it belongs to: "ce1a…/11-2" → "ce1a…/11"; null without one. */
function utteranceOf(lines: string[], cue: CueLine[]): string | null {
  const first = cue[0];
  if (!first) return null;
  // The identifier is the line above the timing line, which is the line above the cue's text.
  const id = (lines[first.index - 2] ?? '').trim();
  if (!id || /^\d+$/.test(id) || CUE_TIMING.test(id) || !/[-_/.]\d+$/.test(id)) return null;
  return id.replace(/[-_/.]\d+$/, '');
}

function nextSpeaker(cues: CueLine[][], from: number): string | undefined {
  const first = cues[from]?.[0]?.text.trim() ?? '';
  return VOICE.exec(first)?.[1]?.trim() ?? SRT_LABEL.exec(first.replace(/<[^>]*>/g, ''))?.[1];
}
