import { namesSomeone } from './labelTemplate.ts';
import { HONORIFIC, TITLE_PARTS, WRITTEN_DATE, withoutBold } from './language.ts';
import { isCommonWord, isNoun, isPersonNoun } from './wordnet.ts';

/**
 * Whose words a quotation holds, as a source line under it gives them: "Callum Reyes,
 * ambulance driver, Harrowby station" names a person and describes them; "a mother in
 * Harrowby" describes someone the report does not name; "(Transcript, Day 4 — Ms Carol Dent,
 * Operations Director)" cites where the words were said before naming who said them.
 */
export interface QuoteSource {
  /** The person's name, when the line gives one. */
  name: string | null;
  /** An unnamed source's description: "a mother in Harrowby". */
  description: string | null;
  /** What follows the name: role, organisation, place. */
  fields: string[];
  /** What they are called besides, in quotation marks after the name: "Maureen" for P11. */
  aliases?: string[];
}

/** ") October 12, 2024": the day after a source's closing bracket. */
const POSTED_ON = new RegExp(String.raw`(?<=\))\s+${WRITTEN_DATE}$`, 'u');

const DESCRIPTION = /^(?:a|an|one|the|another|two|three|several|some)\s+\p{Ll}/u;

/** Where a description's head ends and what is said of it begins: "parent | of a toddler", "grandparent | and primary caregiver". */
const AFTER_HEAD = new Set(['of', 'with', 'from', 'in', 'at', 'for', 'who', 'whose', 'and', 'on']);

/**
 * Words that are all the dictionary's, in lower case after the first, a kind of person at the head: "Resident", "Young
 * person", "registered early childhood educator", "parent of a child with a disability" (not "Gus Pappas").
 */
function kindOfPerson(who: string): boolean {
  const words = who.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const cut = lower.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  const head = cut < 0 ? lower : lower.slice(0, cut);
  return words.length <= 10 && head.length <= 4 && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && isPersonNoun(head[head.length - 1] as string) && lower.every((w) => AFTER_HEAD.has(w) || /^(?:a|an|the)$/.test(w) || isNoun(w) || isCommonWord(w));
}

export function quoteSource(line: string): QuoteSource | null {
  // "— **Professor Ines Harwood**, Professor of Transport Economics": the name set in bold, its part not.
  let text = withoutBold(line).replace(/^[\s*_([—–―~-]+|[\s*_)\].]+$/g, '').trim();
  // "R-114 (nurse, night shift)": the bracket closing the line closes the name's own, which stays.
  if ((text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0)) text += ')';
  if (!text || text.length > 200) return null;
  // "Jen Harker (@harkerjen) October 12, 2024": an embedded post's source, then the day it was posted.
  text = text.replace(POSTED_ON, '');
  // A citation before the name: "Transcript, Day 4, p. 112 — Ms Carol Dent, Operations Director".
  const dash = text.split(/\s+(?:—|–|―|--)\s+/);
  if (dash.length > 1) text = dash[dash.length - 1] as string;
  // "R-114 (nurse, night shift, 10+ yrs)", "Dan Hughes (pharmacist)": what they are in brackets after the name.
  const bracketed = /^([^(),]{1,60}?)\s*\(([^()]{1,120})\)\s*(?:,\s*(.*))?$/.exec(text);
  const [written = '', ...rest] = bracketed ? [bracketed[1] as string, ...(bracketed[2] as string).split(/\s*,\s*/), ...(bracketed[3] ? bracketed[3].split(/\s*,\s*/) : [])] : text.split(/\s*,\s*/);
  // "(@harkerjen)": the handle they post under is another name of theirs.
  const handles = rest.filter((f) => /^@[\w.]{2,30}$/u.test(f));
  const fields = rest.filter((f) => f && !handles.includes(f));
  // 'P11 "Maureen"': a study's code and the pseudonym its quotations go by.
  const called = /^(.+?)\s+["“]([^"”]{2,30})["”]$/u.exec(written);
  const who = called ? (called[1] as string) : written;
  const others = [...(called ? [called[2] as string] : []), ...handles.map((h) => h.slice(1))];
  const aliases = others.length ? { aliases: others } : {};
  if (DESCRIPTION.test(who)) return { name: null, description: [who, ...fields].join(', '), fields: [] };
  // "Resident, Millbrook ward", "Young person, Eastfield Youth Project": a kind of person, capitalised as the line opens, and where
  // they are from; each such line someone the report does not name.
  if (kindOfPerson(who)) return { name: null, description: [`${/^[aeiou]/i.test(who) ? 'an' : 'a'} ${who.toLowerCase()}`, ...fields].join(', '), fields: [] };
  const name = who.replace(HONORIFIC, '').trim();
  // "The Revd Clement Osei-Whitcombe": a title written short names the part they play.
  const titled = who.slice(0, who.length - name.length).split(/[\s.]+/).map((w) => TITLE_PARTS.get(w)).find(Boolean);
  if (titled) fields.unshift(titled);
  const words = name.split(/\s+/);
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^(?:de|da|di|van|von|der|la|le|du|del|bin|al|&|and)$/.test(w))) return null;
  // "Carol Dent" is two dictionary words, "Josh (Year 5)" one; an honorific or what they are after the name says it is a person all the same.
  if (!namesSomeone(name) && !((words.length >= 2 && HONORIFIC.test(who)) || fields.length > 0)) return null;
  return { name, description: null, fields, ...aliases };
}
