import { francAll } from 'franc-min';
import { withoutAccents } from './accents.ts';
import { english } from './en.ts';
import { french } from './fr.ts';
import { spanish } from './es.ts';
import type { Language } from './types.ts';

export type { Frame, Language, Replies, Rule } from './types.ts';
import type { LocalCommand } from './types.ts';

/** A command as a client in `language` shows it; nothing for English, whose names are the commands' own. */
export function localCommand(language: Language, command: string): LocalCommand | undefined {
  const table: Readonly<Record<string, LocalCommand>> | null = language.commands;
  return table?.[command];
}

/** Every language the bot reads, English first: it is the default where a text says too little. */
export const LANGUAGES: readonly Language[] = [english, french, spanish];
export const DEFAULT_LANGUAGE = english;

/** What a question in any language may call a report's author: "the author", "l'auteur", "la autora". */
export const AUTHOR_NAMES: readonly string[] = [...new Set(LANGUAGES.flatMap((l) => l.authorNames))];
/** The author as the bot itself names them where a name must resolve again (a speaker option, a conversation's memory): "the author". */
export const AUTHOR_NAME = AUTHOR_NAMES[0] as string;

/** A language by its ISO 639-1 code or a locale ("fr", "fr-CA", "es-419"), or null when the bot has none for it. */
export function languageByCode(code: string | null | undefined): Language | null {
  const base = code?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.code === base) ?? null;
}

/** The asker's language from a platform's locale ("fr", "es-419"), for a command's input; nothing for English or a language the bot lacks. */
export function askerOf(locale: string | undefined): { lang?: string } {
  const language = languageByCode(locale);
  return language && language !== DEFAULT_LANGUAGE ? { lang: language.code } : {};
}

/** A report's language as /about shows it: "français (fr)"; a code the bot has no module for shows as given. */
export function languageLabel(code: string): string {
  const language = languageByCode(code);
  return language ? `${language.name} (${language.code})` : code;
}

/** Characters franc reads of a report: enough for a sure guess, a bounded cost for a 50 MB report. */
const DETECT_SAMPLE = 3_000;
const ONLY = LANGUAGES.map((l) => l.detectCode);

/**
 * The language of a text, among those the bot reads, from franc's trigram profiles (franc-min,
 * the 82 languages with most speakers). English when the text is too short to tell or franc
 * is unsure between two (a score within 10% of the best is a tie).
 */
export function detectLanguage(text: string, minLength = 10): Language {
  const sample = text.slice(0, DETECT_SAMPLE);
  // Most reports say their language in their function words at once; franc's trigrams (a few milliseconds a report) only when they do not.
  const clear = byFunctionWords(sample, 3);
  if (clear) return clear;
  const ranked = francAll(sample, { only: ONLY, minLength });
  const [best, second] = ranked;
  if (!best || best[0] === 'und' || (second && second[1] > 0.9 && best[0] !== english.detectCode && second[0] === english.detectCode)) return english;
  return LANGUAGES.find((l) => l.detectCode === best[0]) ?? english;
}

/** Words of any language, as a pattern each followed by its space (an elided one, "d'", by none): longest first. */
function wordsPattern(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const whole = sorted.filter((w) => !/['’]$/.test(w));
  const elided = [...new Set(sorted.filter((w) => /['’]$/.test(w)).map((w) => w.slice(0, -1)))];
  const wholePart = whole.length ? String.raw`(?:${whole.join('|')})\s+` : '(?!)';
  const elidedPart = elided.length ? String.raw`|(?:${elided.join('|')})['’]\s*` : '';
  return `(?:${wholePart}${elidedPart})`;
}

/** A word of another language that joins a noun to its qualifier, as a pattern: "de la ", "du ", "d'", "del ". */
export const OF = wordsPattern(LANGUAGES.flatMap((l) => l.of));
/** An article of any language, definite or not, before a described person: "the ", "une ", "l'", "el ". */
export const DETERMINER = wordsPattern(LANGUAGES.flatMap((l) => [...l.articles, ...l.people.articles]));

/** Words for "someone" in every language, describing no one in particular: "person", "guy", "personne", "persona". */
export const SOMEONE_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.someone));
/** How interviews in every language mark who asks ("q", "pregunta") and who answers ("a", "r", "respuesta"). */
export const ASKING_PARTS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.interview.asks));
export const ANSWERING_PARTS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.interview.answers));

/** A definite article of any language before its noun, as a pattern: "the ", "le ", "l'" (an elided one takes no space). */
export const ARTICLE = wordsPattern(LANGUAGES.flatMap((l) => l.articles));
/** Ordinal and number words, first to tenth, of every language, to their numbers: "second" → 2, "troisième" → 3, "cuatro" → 4. */
export const ORDINAL_NUMBERS: ReadonlyMap<string, number> = new Map(LANGUAGES.flatMap((l) => l.ordinals.flatMap((forms, i) => forms.split('|').map((w) => [w, i + 1] as const))));

/**
 * The words for the same role across the languages, accents removed: "mayor" ↔ "maire" ↔
 * "alcalde", so that a question in one language finds a role the report gives in another.
 */
export const ROLE_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = (() => {
  const fold = (w: string) => withoutAccents(w).toLowerCase();
  const groups = new Map<string, Set<string>>();
  for (const language of LANGUAGES) {
    for (const [word, english] of Object.entries(language.roleInEnglish)) {
      const group = groups.get(english) ?? new Set([english]);
      group.add(fold(word));
      groups.set(english, group);
    }
  }
  const out = new Map<string, string[]>();
  for (const group of groups.values()) for (const word of group) out.set(word, [...group].filter((w) => w !== word));
  return out;
})();

/**
 * The language to answer a question in: the asker's, where the platform says it (Discord's
 * locale), else the one the question's words are written in, English when they are too few to
 * tell.
 */
export function replyLanguage(question: string, locale?: string): Language {
  // A question is short: its function words tell its language where trigrams cannot ("glue layers GPL" reads as French to franc).
  return languageByCode(locale) ?? byFunctionWords(question, 1) ?? DEFAULT_LANGUAGE;
}

/**
 * The asker's language for a message that carries no user's locale (a Discord DM or mention):
 * the question's, when its words say which (English ones too: whoever asks in English in a
 * French server reads English); else the place's (a Discord server's preferred locale, which
 * its members read), for words of no language ("/who-said glue layers GPL"); else English.
 */
export function messageAsker(question: string, placeLocale?: string | null): { lang?: string } {
  // "/who-said …": the command's name is English whatever the asker reads.
  const asked = byFunctionWords(question.replace(/^\s*\/\S+/, ''), 1);
  if (asked) return asked === DEFAULT_LANGUAGE ? {} : { lang: asked.code };
  return askerOf(placeLocale ?? undefined);
}

/** The language whose stop words `text` holds most, when it holds `lead` times as many as any other's; else null. */
function byFunctionWords(text: string, lead: number): Language | null {
  const words = withoutAccents(text.toLowerCase()).split(/[^\p{L}]+/u);
  const hits = LANGUAGES.map((language) => ({ language, n: words.filter((w) => foldedFunctionWords(language).has(w)).length })).sort((a, b) => b.n - a.n);
  const [best, next] = hits;
  if (!best || best.n === 0 || best.n < lead * (next?.n ?? 0) + (lead > 1 ? 5 : 0)) return null;
  // "¿Qué corrección pidió la portavoz …": "que", "la", "de" are French and Spanish alike; the letters tell them apart.
  if (next && next.n === best.n) {
    // "/quotes Montero minuto de oro": one "de" both languages share says neither; the letters of four words cannot either.
    if (best.n <= 1) return null;
    const tied = hits.filter((h) => h.n === best.n).map((h) => h.language);
    const [guess] = francAll(text, { only: tied.map((l) => l.detectCode), minLength: 3 });
    return tied.find((l) => l.detectCode === guess?.[0]) ?? best.language;
  }
  return best.language;
}

const folded = new Map<Language, Set<string>>();
function foldedFunctionWords(language: Language): Set<string> {
  let set = folded.get(language);
  if (!set) folded.set(language, (set = new Set([...language.stopWords, ...language.markers].map(withoutAccents))));
  return set;
}
