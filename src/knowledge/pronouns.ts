import { honorificGender, partGender, type Gender } from './language.ts';
import type { Mention, ResolvedMention } from './mentions.ts';
import type { ReportSpeaker } from './speakerIdentity.ts';

/** People a pronoun may go back to beyond its own sentence: the last few named, as a reader keeps them in mind. */
const RECENT = 5;
/** A title before a name ("Ms Quist") tells the gender surer than one pronoun after it. */
const TITLE_WEIGHT = 3;

/**
 * Whom "she", "his" or "il" stands for, as a careful reader decides it: the last person named
 * before it (in its sentence, else in the sentences before) whom the report has not shown to be
 * of the other gender. The report shows a person's gender itself, as it is read: a title before
 * the name ("Mr", "Mme"), and a pronoun right after the person is named with no one else named
 * between ("Edwin Thorne wrote the play in 1961 … He died in 1979"). No list of first names:
 * reports name people from everywhere, and the text says it.
 */
export class Antecedents {
  /** Votes for each person's gender as the report has shown it so far: above zero male, below female. */
  private readonly genders = new Map<ReportSpeaker, number>();
  /** The people named lately, the last the most recent; cleared at a new section. */
  private recent: ReportSpeaker[] = [];
  /** The person last named in the sentence before, with no pronoun or other person after them: the next pronoun may tell their gender. */
  private pending: ReportSpeaker | null = null;

  constructor(private readonly objectPronouns: ReadonlySet<string>) {}

  /** A new section: who was named before is no longer in mind (their genders stay known). */
  clear(): void {
    this.recent = [];
    this.pending = null;
  }

  /** `speaker` is now in focus: the most recent person a pronoun may stand for. */
  focus(speaker: ReportSpeaker): void {
    this.recent = this.recent.filter((s) => s !== speaker);
    this.recent.push(speaker);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /**
   * Reads a sentence's mentions (outside quotations, in order): learns genders from them, then
   * puts for each pronoun the person it stands for, or leaves it out when no one fits.
   */
  resolve(sentence: string, mentions: Mention[]): ResolvedMention[] {
    this.learn(sentence, mentions);
    const out: ResolvedMention[] = [];
    const before: ReportSpeaker[] = [];
    for (const m of mentions) {
      if (m.kind === 'pronoun') {
        const speaker = this.antecedent(m.gender, before);
        if (speaker) out.push({ kind: 'speaker', speaker, via: 'pronoun', index: m.index, end: m.end });
        continue;
      }
      if (isPerson(m)) before.push(m.speaker);
      out.push(m);
    }
    return out;
  }

  private antecedent(gender: Gender | undefined, before: ReportSpeaker[]): ReportSpeaker | null {
    // The nearest first: a person just introduced, whose gender the report has not shown, before someone named further back.
    const sign = gender === 'male' ? 1 : gender === 'female' ? -1 : 0;
    return [...this.recent, ...before].reverse().find((s) => sign * (this.genders.get(s) ?? 0) >= 0) ?? null;
  }

  private learn(sentence: string, mentions: Mention[]): void {
    let last = this.pending;
    for (const m of mentions) {
      if (isPerson(m)) {
        const titled = m.via === 'name' ? honorificGender(sentence, m.index) : undefined;
        if (titled) this.vote(m.speaker, titled, TITLE_WEIGHT);
        // "Her son, Tom Alderton": a part that tells gender tells it as surely as a title.
        const parted = partGender(m.speaker.role);
        if (parted) this.vote(m.speaker, parted, TITLE_WEIGHT);
        last = m.speaker;
      } else if (m.kind === 'pronoun') {
        // "him", "her" are as often someone the subject speaks to or of.
        const told = !this.objectPronouns.has(sentence.slice(m.index, m.end).toLowerCase());
        if (last && m.gender && told) this.vote(last, m.gender, 1);
        last = null;
      } else last = null;
    }
    this.pending = last;
  }

  private vote(speaker: ReportSpeaker, gender: Gender, weight: number): void {
    this.genders.set(speaker, (this.genders.get(speaker) ?? 0) + (gender === 'male' ? weight : -weight));
  }
}

/** A person named or called by their role; an organisation stands for no one's gender. */
function isPerson(m: Mention): m is Extract<Mention, { kind: 'speaker' }> {
  return m.kind === 'speaker' && (m.via === 'name' || m.via === 'role') && !m.speaker.isOrganisation;
}
