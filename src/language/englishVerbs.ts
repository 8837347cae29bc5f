/**
 * The English verbs that report speech, once, for the two readers of English: the report
 * reader takes every form of every verb as a cue ("Crosby said", "warned Iams"), and the
 * question frames take the finite forms of those a question asks "who …?" with ("who warned
 * that …?", "who claims …?").
 */

/** A verb as its base form and the forms the regular endings miss: ['tell', 'told']. */
type Verb = [base: string, ...irregular: string[]];

/** Verbs of saying that a question asks "who …?" with: its words are what was said. */
const ASKED: Verb[] = [
  ['say', 'said'], ['tell', 'told'], ['claim'], ['note'], ['believe'], ['argue'], ['explain'], ['add'], ['warn'],
  ['predict'], ['state'], ['insist'], ['suggest'], ['report'], ['find', 'found'], ['describe'], ['recommend'], ['announce'],
  ['interview'], ['survey'], ['observe'], ['reply'], ['think', 'thought'], ['propose'], ['write', 'wrote', 'written'],
  ['quip', 'quipped', 'quipping'], ['joke'], ['ask'], ['call'], ['remark'], ['comment'],
];

/**
 * The other verbs that put words or claims in a subject's mouth. A question asks about a topic
 * with some of them ("who spoke about …", "who worried about …"), not about words.
 */
const OTHERS: Verb[] = [
  ['share'], ['present'], ['caution'], ['point out', 'pointed out', 'points out', 'pointing out'], ['conclude'], ['show', 'shown'],
  ['admit', 'admitted', 'admitting'], ['acknowledge'], ['be concerned', 'concerned'], ['worry'], ['emphasise'], ['emphasize'],
  ['stress'], ['contend'], ['maintain'], ['demonstrate'], ['reveal'], ['mention'], ['kick off', 'kicked off', 'kicks off'],
  ['make the point', 'made the point', 'makes the point', 'making the point', 'made the case', 'makes the case'],
  ['assert'], ['counter'], ['read out', 'reads out'], ['expect'], ['estimate'], ['recall'], ['agree'], ['disagree'], ['cite'],
  ['hope'], ['fear'], ['urge'], ['vow'], ['promise'], ['concede'], ['put it'], ['complain'], ['respond'], ['confirm'], ['deny'],
  ['speculate'], ['forecast'], ['advise'], ['highlight'], ['outline'], ['boast'], ['question'], ['counsel', 'counselled'],
  ['declare'], ['reckon'], ['doubt'], ['accept'], ['objected', 'object'], ['speak', 'spoke', 'spoken'], ['talk'], ['raise'],
  ['bring up', 'brought up', 'brings up'], ['submit', 'submitted', 'submits'], ['welcome'], ['criticise'], ['criticize'], ['praise'], ['thank'], ['recount'], ['testify'],
  // Minutes': "RO informed the committee that she will step down as Chair".
  ['inform'],
  // What a live blog or a phone-in reads out: "Reader Sue Lane emailed:", "Tom tweeted".
  ['email'], ['tweet'],
  // A court report's and a debate's: "'Never,' the defendant retorted", "she shot back".
  ['retort'], ['shoot back', 'shot back', 'shoots back'], ['interject'], ['exclaim'], ['reiterate'], ['clarify', 'clarified', 'clarifies'], ['rule'],
];

/** Verbs whose -ing form reports speech ("Crosby, noting that"); most -ing forms are nouns too ("finding", "meeting"). */
const ING_FORMS = new Set(['note', 'say', 'add', 'argue', 'warn', 'explain', 'insist', 'claim', 'predict', 'suggest', 'stress']);

/** A verb's forms, regular and irregular: "note" → note, notes, noted, noting. A phrase ("point out") is given whole. */
function verbForms([base, ...irregular]: Verb): string[] {
  if (base.includes(' ')) return [base, ...irregular];
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = ING_FORMS.has(base) ? [`${base.endsWith('e') ? base.slice(0, -1) : base}ing`] : [];
  return [...new Set([base, s, ed, ...ing, ...irregular])];
}

/** "by asking", "by thanking": any verb of saying as the way a subject opened or closed ("opened by asking for a show of hands"). */
export const BY_SAYING: readonly string[] = [...ASKED, ...OTHERS]
  .filter(([base]) => !base.includes(' ') && !base.endsWith('ed'))
  .map(([base, ...irregular]) => `by ${irregular.find((form) => form.endsWith('ing')) ?? `${base.replace(/([^e])e$/, '$1')}ing`}`);

/** Verbs that report a claim only with a clause after them: "she found that most orchards were lost", not "she found the last tree". */
const CLAUSE_ONLY = new Set(['find']);

/** Every form of every verb that reports speech: the report reader's cues. */
export const SPEECH_VERB_FORMS: readonly string[] = [...ASKED, ...OTHERS].flatMap(cueForms);

/** A verb's forms as cues: with "that" after them where only a clause makes them one. */
function cueForms(verb: Verb): string[] {
  return CLAUSE_ONLY.has(verb[0]) ? verbForms(verb).map((form) => `${form} that`) : verbForms(verb);
}

/** The forms a question puts after "who", third person and past: "who says …", "who warned …", "who quipped …". */
export const ASKED_VERB_FORMS: readonly string[] = ASKED.flatMap((verb) => cueForms(verb).filter((form) => form !== verb[0] && form !== `${verb[0]} that` && !/ing(?: that)?$/.test(form)));
