import type { Frame } from './types.ts';
/** Letters a French or Spanish speaker may type without their accent, as classes for a pattern. */
const CLASSES: Record<string, string> = {
  é: '[eé]', è: '[eè]', ê: '[eê]', ë: '[eë]', à: '[aà]', â: '[aâ]', î: '[iî]', ï: '[iï]', ô: '[oô]', û: '[uû]', ù: '[uù]', ç: '[cç]',
  á: '[aá]', í: '[ií]', ó: '[oó]', ú: '[uú]', ñ: '[nñ]', ü: '[uü]',
};

/**
 * A pattern's source with each accented letter also matching its plain letter, and each
 * apostrophe any apostrophe: people type "qui a parle de" and "qu'a dit" as often as "qui a
 * parlé de" and "qu’a dit".
 */
export function accentFree(source: string): string {
  return source
    .replace(/\['’\]/g, "'")
    .replace(/[éèêëàâîïôûùçáíóúñü]/g, (c) => CLASSES[c] ?? c)
    .replace(/['’]/g, "['’]");
}

/** Text without its accents: "Hélène" → "Helene". The one way the language modules fold a word. */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** A question frame's pattern: the whole question, any case, accents optional. */
export function framePattern(source: string): RegExp {
  return new RegExp(`^(?:${accentFree(source)})$`, 'iu');
}

/** A frame's topic, where it caught one. */
export function topicOf(m: RegExpExecArray): string | undefined {
  return m.groups?.topic?.trim() || undefined;
}

/**
 * What "what did X say (about Y)" asks: where X is the report itself ("qu'a dit l'article sur …", "qué dice el informe
 * sobre …"), the report's words on the topic, or its summary; else what that speaker said.
 */
export function quotesOrReport(isReport: RegExp, who: string, topic: string | undefined): Frame {
  return isReport.test(who) ? (topic ? { command: 'search', text: topic } : { command: 'summary' }) : { command: 'quotes', speaker: who, topic };
}

/** How a language joins a speaker to their side ("de"), reads a side's name after it, and splits off whom something was told to. */
export interface Sides {
  joins: RegExp;
  side: RegExp;
  addressed: RegExp | null;
}

/** A language's sides, from its "de" words, an article before a side's name with what follows it, and its words for "to". */
export function sidesOf(joins: RegExp, articles: string, to: string | null): Sides {
  return {
    joins,
    side: new RegExp(String.raw`^((?:${articles})?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*(.*)$`, 'u'),
    addressed: to ? new RegExp(String.raw`^(.+?)\s+(?:${to})\s+(.+)$`) : null,
  };
}

/**
 * Who a "what did X say (about Y)" asks about, and on what, from a frame's `who`, `about`, `topic` and `told` groups. "el
 * entrenador del Atlético Sierramar después del partido", "le maire de Vaunières": a name after the language's "de" is the
 * speaker's side, not the topic. "¿Qué le dijo el míster a Yeray …?": after a pronoun for whom it was told to ("le"), that
 * person ("a Yeray") is no part of who said it.
 */
export function speakerAndTopic(m: RegExpExecArray, sides: Sides): [string, string | undefined] {
  let who = m.groups?.who ?? '';
  let topic = topicOf(m);
  const side = sides.joins.test(m.groups?.about ?? '') && topic ? sides.side.exec(topic) : null;
  if (side?.[1]) {
    who = `${who} ${m.groups?.about ?? ''}${side[1]}`;
    topic = side[2] || undefined;
  }
  const addressed = m.groups?.told ? (sides.addressed?.exec(who) ?? null) : null;
  if (addressed?.[1] && addressed[2]) {
    who = addressed[1];
    topic ??= addressed[2];
  }
  return [who, topic];
}
