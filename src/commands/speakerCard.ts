import { toResult, speakerSummaries } from './results.ts';
import type { Answer, BotContext, SpeakerCard } from './types.ts';
import type { Passage, Report } from '../knowledge/types.ts';
import { tokenize } from '../search/text.ts';
import { escapeRegExp, ROLE_NOUN_WORDS } from '../knowledge/language.ts';
import { isKindOfPerson } from '../knowledge/speakerIdentity.ts';
import { isPersonNoun } from '../knowledge/wordnet.ts';
import type { Replies } from '../language/index.ts';

/** Their own passages read for a self-introduction: the first few, where people introduce themselves. */
const MAX_OWN_READ = 20;
/** "I'm Liam", "Ines here", "this is Ines", "je suis Claire", "soy Marta": someone saying who they are. */
const selfIntroduction = (first: string) => new RegExp(`(?:\\b(?:I'm|I’m|I am|my name is|this is|je suis|je m'appelle|soy|me llamo)\\s+${escapeRegExp(first)}\\b|\\b${escapeRegExp(first)}\\s+here\\b)`, 'iu');
/**
 * "Aurelio Benedetti, Member of the Commission", "Ines Carvalho (account manager)", "Ana Ruiz — chair": the name and what
 * they are; "Fiona Castellanos-Reid, Aroha Tennant, Idris Mwangi-Holt" lists people, and says what none of them is.
 */
const appositionTo = (name: string) =>
  new RegExp(`${escapeRegExp(name)}\\s*(?:,\\s*(?:(?:a|an|the|our)\\s|(?!\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+\\s*(?:,|\\band\\b|$))\\p{Lu})|\\((?!\\d+\\))|[—–·|]\\s)`, 'u');
/** "I am director of buses and local transport", "I'm the practice nurse here": someone saying what they are ("I'm not a chemist" says what they are not). */
const SAYS_WHAT_THEY_ARE = /\b(?:I am|I'm|I’m|I work as|I've been|I’ve been)\s+(?!not\b|no\b)(?:(?:a|an|the|one of the)\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;
function saysWhatTheyAre(text: string): boolean {
  const m = SAYS_WHAT_THEY_ARE.exec(text);
  return m?.[1] !== undefined && m[1].split(/\s+/).some((w) => isPersonNoun(w.toLowerCase()));
}

/** "Helga Brandvold, co-founder and board chair of …", "Lucía Ferrándiz, catedrática de Urbanismo": a part in lower case after the comma. */
const partAfter = (name: string) => new RegExp(`${escapeRegExp(name)},\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`, 'u');

/** Whether a passage says what someone is: "Name, the …", "our health correspondent Name", "zb is Name". */
function describes(text: string, name: string, apposition: RegExp, lowerPart: RegExp): boolean {
  if (apposition.test(text)) return true;
  const part = lowerPart.exec(text)?.[1];
  if (part?.split(/\s+/).some((w) => isKindOfPerson(w) || ROLE_NOUN_WORDS.has(w) || w.split('-').some((half) => isKindOfPerson(half)))) return true;
  const at = text.indexOf(name);
  // "your hosts Jodie Bramwell and Mira Kowalczyk": the part names each of the people listed after it.
  const lead = at > 0 ? text.slice(Math.max(0, at - 80), at).replace(/(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and|&|,)\s+$/u, '') : '';
  const before = /(\p{L}+)\s+$/u.exec(lead)?.[1] ?? '';
  return before === 'is' || (/^\p{Ll}/u.test(before) && isPersonNoun(before));
}

/**
 * Who someone is: name, organisation, role, the names the text uses for them, how many
 * passages they speak, and the passage that introduces them (the first naming them in full,
 * in capitals or not, as a cast list does: "DR HESTER VANE — forties. …"; else the first they speak).
 */
export function speakerCard(ctx: BotContext, key: string, replies: Replies): Answer | null {
  const speaker = ctx.search.speaker(key) ?? null;
  // Someone the report names who says nothing in it ("Apologies: Peter Blackwood") still has a card.
  const summary =
    speakerSummaries(ctx.search, replies).find((s) => s.key === key) ??
    (speaker ? { key, name: speaker.name, organisation: speaker.organisation, role: speaker.role, kind: 'speaker' as const, named: true, passages: 0 } : null);
  if (!summary) return null;
  const spoken = ctx.search.passagesOf(key);
  const fullName = speaker?.name;
  const order = new Map(ctx.search.knowledge.reports.map((r, i) => [r.id, i]));
  const rank = (p: Passage) => (order.get(p.reportId) ?? 0) * 1e9 + p.paragraph;
  const naming = fullName ? ctx.search.search(fullName, { limit: 50, minCoverage: 1 }).hits.map((h) => h.passage).filter((p) => p.text.toLowerCase().includes(fullName.toLowerCase())) : [];
  // What says who they are comes first: their own "I'm Liam from the technical team", then "Aurelio Benedetti, Member of the Commission".
  const own = new Set(spoken.slice(0, MAX_OWN_READ));
  const self = fullName ? selfIntroduction(fullName.split(/\s+/)[0] as string) : null;
  const apposition = fullName ? appositionTo(fullName) : null;
  const lowerPart = fullName ? partAfter(fullName) : null;
  // "I'm Mira." says less than "your hosts Jodie Bramwell and Mira Kowalczyk", and "I'm Liam from the technical team" more:
  // a self-introduction by the first name alone comes after a description, unless it says what they are.
  const saysMore = (text: string) => new RegExp(`${self?.source}\\s+(?:from|with|at|of|on|and|the|a|an|your|one)\\b`, 'iu').test(text);
  const told = new Map(
    [...new Set([...naming, ...own])].map((p) => [p, own.has(p) && self?.test(p.text) ? (fullName && p.text.includes(fullName) ? 4 : saysMore(p.text) ? 3 : 1) : own.has(p) && saysWhatTheyAre(p.text) ? 3 : fullName && apposition && lowerPart && describes(p.text, fullName, apposition, lowerPart) ? 2 : 0]),
  );
  const shown = [...told].filter(([p, n]) => n > 0 || naming.includes(p)).sort(([a, m], [b, n]) => n - m || rank(a) - rank(b));
  const introducing = shown[0]?.[0] ?? spoken[0];
  const nameStems = new Set(tokenize(fullName ?? '').map((t) => t.stem));
  // The names the text uses: every word of the name is in the reports.
  const names = speaker ? [speaker.name, ...speaker.aliases].filter((n) => tokenize(n).every((t) => ctx.search.index.documentFrequency(t.stem) > 0)) : [summary.name];
  const reports = [...new Set(spoken.map((p) => p.reportId))].map((id) => ctx.search.report(id)).filter((r): r is Report => r !== undefined);
  const detail = [summary.role && summary.role !== summary.organisation ? summary.role : null, summary.organisation].filter(Boolean).join(', ');
  const card: SpeakerCard = {
    summary,
    label: `${summary.name}${detail ? ` (${detail})` : ''}`,
    speaker,
    names: [...new Set(names)],
    reports,
    introduction: introducing ? toResult(ctx, replies, introducing, nameStems, 1) : null,
  };
  // Someone who says nothing and whom another speaker introduces ("the work we did with Professor Tomás Linares"): who they
  // are is in that speaker's words, shown as theirs.
  const introducer = card.introduction?.passage.attribution;
  if (summary.passages === 0 && card.introduction && introducer?.kind === 'speaker' && introducer.speakerId !== key) {
    return { kind: 'passages', command: 'speakers', query: summary.name, lead: replies.silent(card.label, shown.length), results: [card.introduction, ...shown.slice(1, MENTIONS_SHOWN).map(([p]) => toResult(ctx, replies, p, nameStems, 1))] };
  }
  return {
    kind: 'speaker',
    command: 'speakers',
    query: summary.name,
    lead: replies.card(card.label, summary.passages, reports.length),
    card,
  };
}

/** Passages shown of someone who says nothing: the one that introduces them and a few more that name them. */
const MENTIONS_SHOWN = 3;
