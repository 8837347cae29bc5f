import type { LineLabel } from './labelTemplate.ts';
import { quoteSource } from './quoteSource.ts';

/**
 * A forum thread as the browser copies it, where each post opens with its writer's card and no
 * "Post by …" line: the handle alone on a line, the rank under it, then fields ("Mensajes:
 * 3.871", "Registrado: 22 sep 2011", "Ubicación: Lugo"). The cards are the thread's turns: each
 * card's name labels what follows, up to the next card, and whatever else the template read as
 * labels in between (the post's "Publicado: …", a greeting ending in a colon) is the post's.
 */

/** "Posts: 3120", "Mensajes: 3.871", "Registrado: 22 sep 2011, 10:47", "Localisation : Vernoux-le-Bas" (French sets a space before its colon): a field and its short value. */
export const CARD_FIELD = /^\s*\p{Lu}[\p{Ll}]{2,12}(?:\s\p{Ll}{2,12})?[\s\u00a0\u202f]?:\s+[^?!]{1,40}$/u;
/** A card is its name and a few lines under it. */
const CARD_LINES = 7;
/** A handle or a name alone on its line: a few words, no sentence. */
const CARD_NAME = /^\s*[\p{L}\d][\p{L}\d_.'’ -]{1,40}$/u;
/** "Re: Placas solares …", "RE: …", "Réf : …": a reply's subject, the thread's title again. */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|rv|réf)\s?:\s*/i;
/** A signature's rule: "--", "-- ", "_________________". */
const SIGNATURE_RULE = /^\s*(?:--|_{2,})\s*$/;
/** "Posté le 12/03/2026 à 21:14", "Message édité par Bricolo38 le 13/03/2026 à 08:02": a short line that dates the post, the page's. */
const DATED_LINE = /^(?=[^.!?]{0,80}$)(?=.*\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b).*\d{1,2}[:h]\d{2}/u;
/** "Eusebio M. · Ingeniero industrial jubilado. Hago números …" → "Eusebio M., Ingeniero industrial jubilado": who signs, and what they are; the line stays the post's. */
const signatureLine = (line: string) => (line.split(/[·|]/).slice(0, 2).join(',').split(/(?<=\p{Ll}{2})\.\s/u)[0] ?? '').trim();

interface Card {
  line: number;
  end: number;
  name: string;
  rank: string | null;
}

/** The cards that open a block: a name, then lines of which at least two are fields. */
function cardsOf(lines: string[]): Card[] {
  const cards: Card[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as string;
    if ((i > 0 && (lines[i - 1] as string).trim()) || !CARD_NAME.test(first) || CARD_FIELD.test(first)) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).trim()) end++;
    if (end - i > CARD_LINES) continue;
    const under = lines.slice(i + 1, end);
    if (under.filter((l) => CARD_FIELD.test(l)).length < 2) continue;
    const rank = under[0] !== undefined && !CARD_FIELD.test(under[0]) && under[0].trim().split(/\s+/).length <= 4 ? under[0].trim() : null;
    cards.push({ line: i, end, name: first.trim(), rank });
  }
  return cards;
}

/** Three cards or more, of two writers at least: a thread of posts. */
const isThread = (cards: Card[]) => cards.length >= 3 && new Set(cards.map((c) => c.name)).size >= 2;

/**
 * Reads a thread's cards into `labels` and `times`, and says so, when it has three or more, of two writers at
 * least, and its posts name their writers nowhere else (a "Post by X »" line is then the label,
 * and the card the page's furniture). A quote inside a post ("Anselmo_Ribas escribió:") keeps
 * its writer's name up to its block's end; the post's own words after it are the poster's again.
 */
export function cardPosts(lines: string[], labels: Map<number, LineLabel>, times: Set<number>): boolean {
  const cards = cardsOf(lines);
  const names = new Set(cards.map((c) => c.name));
  if (!isThread(cards)) return false;
  // "Post by harbourlight » Tue Mar 03" over each post: the thread names its writers itself, and the cards are the page's
  // ("Anselmo_Ribas escribió:" over a quote names whom it quotes, with what they did).
  const inCard = (line: number) => cards.some((c) => line >= c.line && line < c.end);
  if ([...labels].filter(([line, label]) => names.has(label.name) && label.fields.length === 0 && !inCard(line)).length * 2 >= cards.length) return false;
  const titles = new Set(lines.map((l) => l.trim()).filter(Boolean));
  // A short line under every post ("Arriba", "Top") is a page's button.
  const counts = new Map<string, number>();
  for (const line of lines) if (line.trim() && line.trim().split(/\s+/).length <= 3) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  cards.forEach((card, k) => {
    const next = cards[k + 1]?.line ?? lines.length;
    const label: LineLabel = { name: card.name, fields: card.rank ? [card.rank] : [], rest: null, bold: false };
    for (let j = card.line; j < card.end; j++) {
      labels.delete(j);
      if (j > card.line) times.add(j);
    }
    labels.set(card.line, label);
    times.delete(card.line);
    const ownAgain: number[] = [];
    for (let j = card.end; j < next; j++) {
      const text = lines[j] as string;
      const quoted = labels.get(j);
      labels.delete(j);
      if (SIGNATURE_RULE.test(text)) {
        // The signature is read as any attribution line is (quoteSource), its dots as its commas, up to its first sentence.
        const signed = quoteSource(signatureLine(lines[j + 1] ?? ''));
        if (signed?.name && signed.fields[0]) {
          label.aliases = [signed.name.replace(/\.$/, '')];
          label.fields = [signed.fields[0], ...label.fields];
        }
        times.add(j);
      } else if ((REPLY_SUBJECT.test(text) && titles.has(text.replace(REPLY_SUBJECT, '').trim())) || (CARD_FIELD.test(text) && /\d/.test(text)) || DATED_LINE.test(text) || (counts.get(text.trim()) ?? 0) >= Math.max(3, cards.length / 2)) {
        // The thread's title again, the post's date, "Arriba" under every post: the page's.
        times.add(j);
      } else if (quoted && quoted.rest === null && names.has(quoted.name) && quoted.name !== card.name) {
        // "escribió", "wrote": what the quoted writer did, not what they are.
        labels.set(j, { ...quoted, fields: [] });
        let after = j + 1;
        while (after < next && (lines[after] as string).trim()) after++;
        while (after < next && !(lines[after] as string).trim()) after++;
        if (after < next) ownAgain.push(after);
        j = after - 1;
      }
    }
    // The line is the poster's words again, labelled from its start.
    for (const line of ownAgain) labels.set(line, { ...label, rest: 0 });
  });
  return true;
}
