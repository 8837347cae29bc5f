import snowball from 'snowball-stemmers';
import { framePattern, quotesOrReport, sidesOf, speakerAndTopic, topicOf } from './accents.ts';
import { counted } from './counting.ts';
import { sizeWriter } from './sizes.ts';
import type { Frame, Language, Place, Rule } from './types.ts';
import type { ExpectedFormat, Fetched, FileKind, SniffedContent } from './importProblems.ts';

/**
 * French: Le Monde's or Ouest-France's way of quoting ("« … », a déclaré Hélène Lefèvre,
 * vice-présidente …", "selon le maire", "a-t-il ajouté"), council transcripts ("Mme la Maire :"),
 * "Principales conclusions", and the questions French speakers ask ("qu'a dit le maire sur le
 * budget ?").
 */

const stemmer = snowball.newStemmer('french');

/** Third person present and past participle of the verbs that report speech: "déclare", "a déclaré"; a pronominal verb's compound form whole. */
const VERBS: [present: string, participle: string][] = [
  ['déclare', 'déclaré'], ['affirme', 'affirmé'], ['explique', 'expliqué'], ['ajoute', 'ajouté'], ['estime', 'estimé'],
  ['souligne', 'souligné'], ['précise', 'précisé'], ['indique', 'indiqué'], ['assure', 'assuré'], ['rappelle', 'rappelé'],
  ['insiste', 'insisté'], ['note', 'noté'], ['observe', 'observé'], ['juge', 'jugé'], ['regrette', 'regretté'],
  ['déplore', 'déploré'], ['reconnaît', 'reconnu'], ['admet', 'admis'], ['dit', 'dit'], ['confie', 'confié'],
  ['raconte', 'raconté'], ['témoigne', 'témoigné'], ['résume', 'résumé'], ['poursuit', 'poursuivi'], ['conclut', 'conclu'],
  ['répond', 'répondu'], ['prévient', 'prévenu'], ['avertit', 'averti'], ['annonce', 'annoncé'], ['promet', 'promis'],
  ['martèle', 'martelé'], ['lance', 'lancé'], ['tranche', 'tranché'], ['plaide', 'plaidé'], ['défend', 'défendu'],
  ['demande', 'demandé'], ['propose', 'proposé'], ['recommande', 'recommandé'], ['pense', 'pensé'], ['croit', 'cru'],
  ['constate', 'constaté'], ['dénonce', 'dénoncé'], ['critique', 'critiqué'], ['écrit', 'écrit'], ['relève', 'relevé'],
  ['commente', 'commenté'], ['réplique', 'répliqué'], ['interroge', 'interrogé'], ['avance', 'avancé'], ['concède', 'concédé'],
  ['glisse', 'glissé'], ['détaille', 'détaillé'], ['prédit', 'prédit'], ['craint', 'craint'], ['espère', 'espéré'],
  ['accuse', 'accusé'], ['réclame', 'réclamé'], ['présente', 'présenté'], ['exige', 'exigé'], ['suggère', 'suggéré'],
  // A record's and a court chronicle's verbs: "Mme Roux prend la parole et expose …", "« Jamais », rétorque l'accusé".
  ['remercie', 'remercié'], ['informe', 'informé'], ['expose', 'exposé'], ['intervient', 'intervenu'], ['prend la parole', 'pris la parole'],
  ['fait valoir', 'fait valoir'], ['objecte', 'objecté'], ['rétorque', 'rétorqué'], ['souffle', 'soufflé'], ['murmure', 'murmuré'],
  ['assène', 'asséné'], ['tonne', 'tonné'], ['ironise', 'ironisé'], ['insinue', 'insinué'],
  // A site meeting's record: "DR confirme la pose …", "JM conteste : « … »", "IC fait part d'une réclamation …".
  ['confirme', 'confirmé'], ['signale', 'signalé'], ['conteste', 'contesté'], ['refuse', 'refusé'], ['maintient', 'maintenu'],
  ['mentionne', 'mentionné'], ['évoque', 'évoqué'], ['fait part', 'fait part'], ['fait le point', 'fait le point'],
  // "Sa porte-parole, Nadia Benchekroun, parle de « privatisation d'un bien commun »": what someone calls a thing, in their words.
  ['parle de', 'parlé de'],
];
/** Pronominal verbs, present and compound past: "s’inquiète", "s’est inquiété". */
const PRONOMINAL: [present: string, past: string][] = [
  ['s’inquiète', 's’est inquiété'], ['s’emporte', 's’est emporté'], ['se plaint', 's’est plaint'], ['se félicite', 's’est félicité'],
  ['s’engage', 's’est engagé'], ['s’interroge', 's’est interrogé'], ['s’agace', 's’est agacé'],
];

/** Both apostrophes, as French is typed and typeset: "s’est" and "s'est". */
const bothApostrophes = (forms: string[]) => forms.flatMap((f) => (f.includes('’') ? [f, f.replace(/’/g, "'")] : [f]));

// A set: "dit", "écrit" are their own participle.
const SPEECH_VERBS = [...new Set(bothApostrophes([
  ...VERBS.flatMap(([present, participle]) => {
    const plural = present.endsWith('t') || present.endsWith('d') ? [] : [`${present}nt`];
    // The imperfect of a first-group verb, as a story tells it: "expliquait", "résumait".
    const imperfect = present.endsWith('e') ? [`${present.slice(0, -1)}ait`] : [];
    return [present, ...plural, ...imperfect, participle, `${participle}e`, `a ${participle}`, `ont ${participle}`, `avait ${participle}`];
  }),
  ...PRONOMINAL.flatMap(([present, past]) => [present, past, `${past}e`]),
]))];

const STOP_WORDS = (
  'le la les un une des du de et est sont été être ont avait était étaient sera il elle ils elles je tu nous vous ' +
  'ne pas que qu qui quoi dont où mais donc ni au aux ces cet cette ce cela ça se leur leurs lui sa ses mon ma ' +
  'mes ta tes notre nos votre vos en dans pour sur avec sans chez entre vers selon comme si très aussi tout tous ' +
  'toute toutes même lorsqu puisqu jusqu déjà alors ainsi ou là'
).split(' ');
/** Words that tell a short question French beside Spanish, though an index keeps them ("car", "plus" are words elsewhere). */
const MARKERS = ['car', 'plus', 'une', 'dit', 'parlé', 'pense', 'qu', 'quel', 'quelle', 'quels', 'quelles'];

const ROLE_NOUNS = [
  // A court's parts, as a record labels them: "LE PROCUREUR :", "TÉMOIN (M. Roux) :".
  'prévenu', 'prévenue',
  'maire', 'adjoint', 'adjointe', 'président', 'présidente', 'vice-président', 'vice-présidente', 'directeur', 'directrice',
  'économiste', 'porte-parole', 'ministre', 'député', 'députée', 'sénateur', 'sénatrice', 'conseiller', 'conseillère',
  'chercheur', 'chercheuse', 'professeur', 'professeure', 'médecin', 'infirmier', 'infirmière', 'agriculteur',
  'agricultrice', 'enseignant', 'enseignante', 'avocat', 'avocate', 'juge', 'responsable', 'secrétaire', 'fondateur',
  'fondatrice', 'analyste', 'ingénieur', 'ingénieure', 'élu', 'élue', 'militant', 'militante', 'syndicaliste', 'préfet',
  'préfète', 'chef', 'cheffe', 'délégué', 'déléguée', 'rapporteur', 'rapporteure', 'animateur', 'animatrice',
  'journaliste', 'sociologue', 'urbaniste', 'architecte', 'gérant', 'gérante', 'commerçant', 'commerçante', 'habitant',
  'habitante', 'représentant', 'représentante', 'coordinateur', 'coordinatrice', 'trésorier', 'trésorière', 'historien',
  'historienne', 'présentateur', 'présentatrice', 'modérateur', 'modératrice', 'procureur', 'procureure', 'greffier',
  'greffière', 'témoin', 'expert', 'experte', 'géographe', 'climatologue', 'pédiatre', 'psychologue', 'épidémiologiste',
];

const ROLE_IN_ENGLISH: Record<string, string> = {
  maire: 'mayor', adjoint: 'deputy', adjointe: 'deputy', président: 'president', présidente: 'president', 'vice-président': 'vice-president',
  'vice-présidente': 'vice-president', directeur: 'director', directrice: 'director', économiste: 'economist', 'porte-parole': 'spokesperson',
  ministre: 'minister', député: 'mp', députée: 'mp', sénateur: 'senator', sénatrice: 'senator', conseiller: 'councillor', conseillère: 'councillor',
  chercheur: 'researcher', chercheuse: 'researcher', professeur: 'professor', professeure: 'professor', médecin: 'doctor', infirmier: 'nurse',
  infirmière: 'nurse', agriculteur: 'farmer', agricultrice: 'farmer', enseignant: 'teacher', enseignante: 'teacher', avocat: 'lawyer', avocate: 'lawyer',
  juge: 'judge', secrétaire: 'secretary', fondateur: 'founder', fondatrice: 'founder', analyste: 'analyst', ingénieur: 'engineer', ingénieure: 'engineer',
  préfet: 'prefect', préfète: 'prefect', animateur: 'host', animatrice: 'host', journaliste: 'journalist', historien: 'historian', historienne: 'historian',
  procureur: 'prosecutor', procureure: 'prosecutor', témoin: 'witness', modérateur: 'moderator', modératrice: 'moderator', présentateur: 'presenter',
  présentatrice: 'presenter', trésorier: 'treasurer', trésorière: 'treasurer', habitant: 'resident', habitante: 'resident', commerçant: 'shopkeeper',
  commerçante: 'shopkeeper', étudiant: 'student', étudiante: 'student', forestier: 'forester', forestière: 'forester', riverain: 'resident', riveraine: 'resident',
};

const FINDING_NOUNS = [
  'conclusions?', 'principales conclusions', 'recommandations?', 'décisions?', 'résultats?', 'constats?', 'enseignements?',
  'points? clés', 'chiffres clés', 'en bref', 'à retenir', 'ce qu[\'’]il faut retenir', 'faits saillants', 'synthèse',
  'messages? clés', 'leçons?', 'propositions?', 'points? à retenir', 'jugements?', 'verdicts?', 'délibérations?', 'dispositif',
];

/** Verbs a question keeps as the answer's own words ("qui a proposé une taxe" finds "a proposé"): the report reader's verbs of saying, as participles. */
// "qui a parlé de …" asks who spoke of a topic (TALKED), not who said these words.
const SAID = [...new Set(VERBS.map(([, participle]) => participle))].filter((p) => !p.endsWith(' de')).join('|');
// "qui a parler de …": the infinitive where the participle is meant, as people type it.
const TALKED = 'parlé|parle|parler|évoqué|évoque|évoquer|mentionné|mentionne|mentionner|abordé|aborde|aborder|soulevé|soulever|discuté|discuter|traité|cité|défendu|critiqué';
/** "sur", "à propos de", "du", "d'": what comes between a speaker and a topic; a whole word takes a space after it. */
// "la ministre de l'éducation sur le harcèlement": a "de" is the speaker's own where "sur" comes after it.
const LATER_ABOUT = "(?!.*\\s(?:sur|à propos d|au sujet d|concernant)\\s)";
const ABOUT = `(?:(?:sur|à propos d(?:e|u|es)|au sujet d(?:e|u|es)|concernant) |(?:de|du|des|pour|aux?) ${LATER_ABOUT}|(?:à propos |au sujet )?d['’]${LATER_ABOUT})`;
const SPEAKERS_NOUN = '(?:intervenants?|participants?|personnes?|orateurs?|invités?|voix|sources?|élus)';
const RESULTS = '(?:conclusions?|recommandations?|décisions?|constats?|résultats?|enseignements?|points? clés|leçons?)';
const THE_REPORT = "(?:le |ce |l['’]|cet )?(?:rapport|article|document|texte|compte rendu|compte-rendu|entretien|interview|transcription|étude)";

const re = framePattern;

/** How French joins a speaker to their side: "le maire de Vaunières", "la directrice du SDIS". */
const SIDES = sidesOf(/^(?:de|du|des) $/, String.raw`(?:(?:la|le|les)\s+|l['’])`, null);

const FRAMES: Rule[] = [
  [re('(?:aide|bonjour|salut|merci|que sais-tu faire|comment ça marche)'), () => ({ command: 'help' })],
  [re(`(?:qui (?:parle|a parlé|intervient|est intervenu|s['’]exprime|est cité|sont les ${SPEAKERS_NOUN})|(?:la )?liste des ${SPEAKERS_NOUN}|les ${SPEAKERS_NOUN})`), () => ({ command: 'speakers' })],
  [re(`(?:résume|résumez|résumé(?: de)?|de quoi parle)(?: ${THE_REPORT})?`), () => ({ command: 'summary' })],
  [re(`(?:quelles? (?:sont|étaient) )?(?:les )?(?:principales |grandes )?${RESULTS}(?: ${ABOUT}(?<topic>.+))?`), (m): Frame => ({ command: 'findings', topic: topicOf(m) })],
  [re(`qu['’](?:est-ce qu['’])?(?:a|ont) (?:conclu|recommandé|décidé|constaté|trouvé) (?<who>.+?)(?: ${ABOUT}(?<topic>.+))?`), (m): Frame => findingsOf(m.groups?.who ?? '', topicOf(m))],
  [re('qui (?:est|était) (?<name>.+)'), (m, knows) => (knows(m.groups?.name ?? '') ? { command: 'card', name: m.groups?.name ?? '' } : null)],
  [re(`qui (?:a|ont|aurait) (?<verb>${SAID})(?: que| qu['’])?\\s*(?<words>.+)`), (m) => ({ command: 'who-said', text: /^(?:dit|déclaré|affirmé|écrit)$/i.test(m.groups?.verb ?? '') ? (m.groups?.words ?? '') : `${m.groups?.verb} ${m.groups?.words}` })],
  [re(`qui (?:a |ont )?(?:${TALKED}) (?:${ABOUT}(?:la |l['’])?)?(?<topic>.+)`), (m) => ({ command: 'who-said', text: `about ${m.groups?.topic}` })],
  [re(`(?:qu['’]est-ce qu['’](?:a|ont)|qu['’](?:a|ont)(?:-t-(?:il|elle))?) (?:${SAID}|pensé) (?<who>.+?)(?: (?<about>${ABOUT})(?<topic>.+))?`), (m) => quotesOf(...speakerAndTopic(m, SIDES))],
  // "qu'est-ce que le maire a dit sur le budget ?": the speaker before the verb.
  [re(`qu['’]est-ce (?:que |qu['’])(?<who>.+?) (?:a|ont) (?:${SAID}|pensé)(?: (?<about>${ABOUT})(?<topic>.+))?`), (m) => quotesOf(...speakerAndTopic(m, SIDES))],
  // "est-ce que quelqu'un a parlé des digues ?", "quelqu'un a-t-il évoqué les assurances ?": whoever spoke of it.
  [re(`(?:est-ce (?:que |qu['’]))?(?:quelqu['’]un|personne) (?:a|a-t-il|n['’]a) (?:${TALKED}) (?:${ABOUT}(?:la |l['’])?)?(?<topic>.+)`), (m) => ({ command: 'who-said', text: `about ${m.groups?.topic}` })],
  [re(`que (?<verb>pense|pensait|dit|disait|propose|proposait|demande|demandait|veut|voulait|recommande|craint|souhaite|reproche|répond|explique|estime) (?<who>.+?)(?: ${ABOUT}(?<topic>.+))?`), (m) => quotesOf(m.groups?.who ?? '', topicOf(m) ?? (/^(?:propos|demand|recommand|craint|souhait|reproch)/i.test(m.groups?.verb ?? '') ? m.groups?.verb : undefined))],
  [re(`(?:que dit|qu['’]est-ce que dit) ${THE_REPORT} ${ABOUT}(?<topic>.+)`), (m) => ({ command: 'search', text: m.groups?.topic ?? '' })],
  [re(`(?:y a-t-il|est-ce qu['’]il y a|il y a) (?:quelque chose|des informations|du nouveau|des passages?) ${ABOUT}(?<topic>.+)`), (m) => ({ command: 'search', text: m.groups?.topic ?? '' })],
  // "pourquoi le maire a-t-il refusé l'étude ?", "comment Ollivier explique-t-il le surcoût ?": a speaker, then what they did or said.
  [re('(?:pourquoi|comment|quand|où) (?<rest>.+)'), (m, knows) => speakerThenVerb(m.groups?.rest ?? '', knows)],
  // "pourquoi la subvention baisse-t-elle ?": a question about a topic, answered by the passages on it.
  [re('(?:pourquoi|comment|est-ce que|est-ce qu[\'’]) (?<topic>.+)'), (m) => ({ command: 'search', text: (m.groups?.topic ?? '').replace(/-t?-?(?:il|elle|ils|elles|on)\b/u, '') })],
  // "y aura-t-il des licenciements ?", "est-ce que la ligne rouvrira ?": yes or no, answered by the passages that decide it.
  [re("(?:y (?:a|aura|avait|aurait)-t-il|est-ce qu['’]?(?:e|il|elle)?) (?<topic>.+)"), (m) => ({ command: 'search', text: m.groups?.topic ?? '', decide: true })],
  // "qui a ralenti le chantier ?": any other verb is what someone did or said, which a passage may hold.
  [re('qui (?:a|ont) (?<words>\\S+ .+)'), (m) => ({ command: 'who-said', text: m.groups?.words ?? '' })],
];

/** "le maire a-t-il refusé l'étude": the fewest opening words that name a speaker, then what they did, its inverted pronoun left out. */
function speakerThenVerb(rest: string, knows: (name: string) => boolean): Frame | null {
  const words = rest.split(' ');
  for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
    const who = words.slice(0, k).join(' ');
    if (!knows(who)) continue;
    const topic = words.slice(k).join(' ').replace(/^(?:a|ont|est|sont|va|vont|doit)-t?-?(?:il|elle|ils|elles)\s+/u, '').replace(/-t?-?(?:il|elle|ils|elles)\b/u, '');
    return { command: 'quotes', speaker: who, topic };
  }
  return null;
}

/** Made once: every question asked of "le rapport" or of a body that reports tries them. */
const IS_THE_REPORT = framePattern(THE_REPORT);
const A_REPORTING_BODY = framePattern("(?:l'étude|le conseil|la commission|les auteurs)");

function quotesOf(who: string, topic?: string): Frame {
  return quotesOrReport(IS_THE_REPORT, who, topic);
}

function findingsOf(who: string, topic: string | undefined): Frame {
  return IS_THE_REPORT.test(who) || A_REPORTING_BODY.test(who) ? { command: 'findings', topic } : { command: 'findings', speaker: who, topic };
}

/** An import's problems: what was expected, what the content is, what the path is, what was fetched. */
const EXPECTED: Record<ExpectedFormat, string> = { PDF: 'un PDF', 'Word file': 'un fichier Word .docx', 'web page': 'une page web', 'text file': 'un fichier texte' };
const CONTENT: Record<SniffedContent, string> = {
  PDF: 'un PDF (renommez-le en .pdf)',
  zip: 'une archive zip, comme un fichier Word .docx',
  'old Office file': 'un ancien fichier Office (.doc) ou un fichier Word protégé par un mot de passe',
  binary: 'des données binaires',
  text: 'du texte',
};
const FILE_KINDS: Record<FileKind, string> = {
  folder: 'un dossier',
  fifo: 'un tube nommé (FIFO)',
  'character device': 'un périphérique en mode caractère',
  'block device': 'un périphérique en mode bloc',
  socket: 'une socket',
  link: 'un lien',
  other: 'pas un fichier ordinaire',
};
const FETCHED: Record<Fetched, string> = { file: 'le fichier', page: 'la page' };
/** The blocks of a Word file's XML that are read whole, as wordXml names them. */
const BLOCKS: Record<string, string> = { paragraph: 'un paragraphe', 'table row': 'une ligne de tableau' };
const octets = sizeWriter('fr', 'octets', 'Mo');
/** French counts nothing as one: "0 conclusion". */
const n = (count: number, one: string, many: string) => counted(count, one, many, true);
/** Where /report keeps a place's reports, with its article. */
const place = (where: Place) => (where === 'server' ? 'ce serveur' : 'cet espace de travail');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Whose findings: " présentées par Jane Roe" (one: "présentée"), or nothing. */
const by = (who: string | null, count = 1) => (who ? ` présentée${count > 1 ? 's' : ''} par ${who}` : '');

export const french: Language = {
  code: 'fr',
  detectCode: 'fra',
  name: 'français',
  stem: (word) => stemmer.stem(word),
  authorNames: ["l'auteur", 'l’auteur', "l'autrice", 'l’autrice', 'auteur', 'autrice'],
  stopWords: STOP_WORDS,
  markers: MARKERS,
  of: ['de la', 'de', 'du', 'des', "d'", 'd’', 'chez'],
  articles: ['le', 'la', 'les', "l'", 'l’'],
  indefinites: ['un', 'une'],
  speech: {
    verbs: SPEECH_VERBS,
    before: bothApostrophes([...VERBS.flatMap(([present, participle]) => [present, `a ${participle}`]), 'selon', 'd’après', 'pour', 'aux yeux de']),
    pronouns: { male: ['il'], female: ['elle'] },
    objectPronouns: [],
    byDoing: ['en demandant', 'en disant', 'en rappelant', 'en affirmant', 'en expliquant', 'en soulignant', 'en déclarant', 'en estimant'],
    quoting: ['cite', 'citant'],
    noteForm: ['raconte', 'évoque', 'décrit', 'se souvient', 'se rappelle', 'explique', 'parle', 'revient sur', 'confie', 'mentionne'],
  },
  honorifics: { male: ['M.', 'Monsieur'], female: ['Mme', 'Madame', 'Mlle', 'Mademoiselle'] },
  genderedParts: { male: ['fils', 'mari', 'veuf', 'frère', 'père', 'petit-fils', 'grand-père', 'neveu', 'oncle'], female: ['fille', 'épouse', 'femme', 'veuve', 'sœur', 'mère', 'petite-fille', 'grand-mère', 'nièce', 'tante'] },
  titleParts: { Pr: 'professeur', Me: 'avocat' },
  roleNouns: ROLE_NOUNS,
  people: { articles: ['un', 'une', 'le', 'la', "l'", 'l’'], nouns: ['relecteur', 'relectrice', 'évaluateur', 'évaluatrice', 'riverain', 'riveraine', 'habitant', 'habitante', 'voisin', 'voisine', 'mère', 'père', 'parent', 'élève', 'patient', 'patiente', 'source', 'proche', 'témoin', 'agriculteur', 'agricultrice', 'commerçant', 'commerçante', 'usager', 'usagère', 'salarié', 'salariée', 'ouvrier', 'ouvrière', 'retraité', 'retraitée', 'chauffeur', 'chauffeuse', 'pêcheur', 'pêcheuse', 'éleveur', 'éleveuse', 'bénévole', 'manifestant', 'manifestante', 'participant', 'participante', 'intervenant', 'intervenante', 'responsable', 'fonctionnaire', 'policier', 'policière', 'soignant', 'soignante', 'infirmier', 'infirmière', 'médecin', 'enseignant', 'enseignante', 'étudiant', 'étudiante', 'lycéen', 'lycéenne', 'syndicaliste', 'militant', 'militante', 'élu', 'élue', 'expert', 'experte'] },
  someone: ['personne', 'quelqu’un', "quelqu'un", 'homme', 'femme', 'dame', 'monsieur', 'type', 'gars'],
  asPart: ['en tant que', 'en qualité de', 'comme'],
  ordinals: ['premier|première|un', 'deuxième|second|seconde|deux', 'troisième|trois', 'quatrième|quatre', 'cinquième|cinq', 'sixième|six', 'septième|sept', 'huitième|huit', 'neuvième|neuf', 'dixième|dix'],
  actsAs: ['faisant fonction de', 'agissant en qualité de', 'en (?:sa|leur) qualité de', 'en qualité de'],
  firstPerson: ['je', "j'", 'j’', 'moi', 'me', "m'", 'm’', 'mon', 'ma', 'mes'],
  roleInEnglish: ROLE_IN_ENGLISH,
  spokenTitles: ['discours', 'allocution', 'déclaration', 'lettre', 'message', 'tribune', 'témoignage', 'déposition', 'audition'],
  bylineOpeners: ['par', 'texte', 'propos recueillis par', 'entretien réalisé par', 'un article de', 'rédigé par', 'rapporteure'],
  notNames: ('Bonsoir Salut Le La Les Un Une Des Du De Et Mais Pour Selon Dans Sur Avec Il Elle Ils Elles Nous Vous Je On Ce Cette Ces Cet Son Sa Ses Leur Leurs Au Aux Depuis Après Avant Pendant Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Oui Non Merci Bonjour Madame Monsieur Mesdames Messieurs Mme Mlle Mmes Quant Enfin Ainsi Alors Donc Pourtant Toutefois Cependant Interrogé Interrogée Chez Entre Sans Comme Qui Que Quoi Quand Où Comment Pourquoi Là Ici Aujourd Hier Demain Premièrement Deuxièmement Troisièmement Ensuite Bref Né Née Nés Nées' ).split(' '),
  labelWords: ['présents', 'présentes', 'étaient présents', 'absent', 'absents', 'absent excusé', 'absente excusée', 'absents excusés', 'excusés', 'secrétaire de séance', 'ordre du jour', 'note', 'à noter', 'source', 'sources', 'lieu', 'date', 'objet', 'décision', 'décisions', 'vote', 'délibération', 'légende', 'photo', 'crédit', 'crédits', 'en bref', 'à retenir', 'conclusion', 'conclusions', 'recommandation', 'recommandations', 'pouvoir', 'pouvoirs', 'remarque', 'intervenants', 'invités', 'participants'],
  rosterPhrases: ['présidée? par', 'animée? par', 'en présence de', 'assistent le président', 'assiste le président', 'étaient présents', 'ont pris part', 'réunissait', 'modérée? par', 'avec la participation de'],
  columns: { part: ['fonction', 'rôle', 'qualité', 'poste', 'titre', 'profession', 'métier'], organisation: ['société', 'entreprise', 'organisme', 'structure', 'établissement', 'employeur', 'organisation'] },
  rosterWords: ['présents', 'présentes', 'étaient présents', 'absents?', 'absents? excusés?', 'excusés?', 'secrétaire de séance', 'intervenants', 'invités', 'membres présents', 'assistaient', 'participants', 'témoins', 'distribution', 'personnages'],
  presiding: { phrases: ['présidence de', 'sous la présidence de', 'présidée? par'], role: 'président', parts: ['président', 'présidente'] },
  behalf: ['au nom du', 'au nom de la', 'au nom des', 'au nom de'],
  knownAs: ['dit', 'dite', 'surnommé', 'surnommée', 'connu sous le nom de', 'connue sous le nom de'],
  salutations: ['bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'merci', 'cordialement', 'bien à vous'],
  letterOpeners: ['cher', 'chère', 'chers', 'chères', 'mon cher', 'ma chère'],
  interview: { asks: ['q', 'question', 'questions'], answers: ['r', 'réponse', 'réponses'] },
  numberedVoices: { voices: ['intervenant', 'intervenante', 'locuteur', 'locutrice'], self: ['je suis', "je m'appelle", 'je m’appelle', 'moi c’est', "moi c'est", 'et moi'], others: ['avec moi', 'avec nous', 'nous recevons', 'nous accueillons', 'à mes côtés', 'notre invité est', 'notre invitée est', 'j’invite', "j'invite", 'je passe la parole à', 'je donne la parole à', 'je laisse la parole à', 'la parole est à'], thanks: ['merci', 'merci beaucoup'] },
  responseLetter: { comments: ['commentaire', 'remarque', 'point'], responses: ['réponse'] },
  findings: {
    nouns: FINDING_NOUNS,
    one: ['constat', 'recommandation', 'conclusion', 'enseignement', 'proposition', 'leçon', 'résultat'],
    outcomes: [
      "(?:n['’])?(?:est|sont|a été|ont été)\\s+(?:(?:donc|ainsi|définitivement)\\s+)?(?:pas\\s+)?(?:adopté|adoptée|adoptés|adoptées|rejeté|rejetée|rejetés|rejetées|approuvé|approuvée|approuvés|approuvées)",
      'après en avoir délibéré',
      "(?:adopté|adoptée|approuvé|approuvée)e?s? (?:à l['’]unanimité|à la majorité)",
    ],
    decides: ['DÉCIDE', 'ADOPTE', 'APPROUVE', 'DÉCIDENT', 'ARRÊTE'],
    leadIns: ['décidée?s?', 'retenue?s?', 'convenue?s?', 'actée?s?', 'conclue?s?', 'en résumé', 'résumé', 'récapitulatif', 'bilan', 'engagée?s? à'],
    summaries: {
      labels: ['résumé', 'récapitulatif', 'en bref', 'bilan', 'synthèse', "l['’]essentiel", 'à retenir'],
      phrases: ['je\\s+résume', 'pour\\s+résumer', 'en\\s+résumé', 'résumons', 'pour\\s+conclure', 'en\\s+conclusion'],
    },
    spoken: {
      items: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'premièrement', 'deuxièmement', 'troisièmement', 'quatrièmement', 'cinquièmement', 'sixièmement', 'enfin', "d['’]abord", 'ensuite', 'premier point', '(?:deuxième|second|troisième|dernier) point'],
      and: 'et',
      nouns: ['choses?', 'points?', 'leçons?', 'enseignements?', 'messages?', 'conclusions?', 'recommandations?', 'clés?', 'idées?'],
      counts: ['deux', 'trois', 'quatre', 'cinq', 'six', 'quelques', 'les', 'nos', 'mes', 'grand(?:e|s|es)?', 'principa(?:l|le|ux|les)'],
      recaps: ["(?:ce\\s+)?qu['’]il\\s+faut\\s+retenir", 'retenez', 'à\\s+retenir', 'en\\s+résumé', 'pour\\s+résumer', 'récapitul\\w*'],
    },
  },
  frames: FRAMES,
  replies: {
    saidIt: (who, byAuthor, close) => `${who} ${byAuthor ? "l'a écrit" : "l'a dit"}${close ? ' (ou quelque chose d’approchant)' : ''}.`,
    nothingMatches: (query) => `Rien dans le rapport ne correspond assez à ${query} pour dire qui l'a dit.`,
    noSuchSpeaker: (name) => `Personne du nom de ${name} ne parle dans le rapport.`,
    help: 'Je réponds aux questions sur le rapport : qui a dit quoi, ses conclusions et qui y parle.',
    searchNothing: (query) => `Le rapport ne dit rien sur ${query}.`,
    findingsNothing: (topic, who) => `Aucune conclusion${by(who)} du rapport ne porte sur ${topic}.`,
    saysNothingAbout: (who, topic) => `${who} ne dit rien sur ${topic} dans le rapport.`,
    askFor: (wanted, example) => `Dites-moi ${{ words: 'les mots dont vous vous souvenez', search: 'ce qu’il faut chercher', speaker: 'de qui vous voulez les propos' }[wanted]}, par exemple : ${example}`,
    showingFirst: (shown) => `Voici les ${shown} premiers ; ajoutez un sujet pour en réduire la liste.`,
    wordsLeftOut: (count) => `Seuls les premiers mots de la question ont servi (${n(count, 'autre laissé', 'autres laissés')} de côté).`,
    lookedInstead: (word, synonyms) => `Le rapport ne dit jamais ${word} ; j’ai cherché ${synonyms.join(', ')} à la place.`,
    about: (reports, passages, unreadable) =>
      `Je réponds à partir de ${n(reports, 'rapport', 'rapports')}, ${n(passages, 'passage', 'passages')} en tout.${unreadable ? ` ${n(unreadable, 'rapport n’a pas pu être lu', 'rapports n’ont pas pu être lus')} : voir le journal.` : ''}`,
    speakers: (named, unnamed, reports) => `${n(named, 'intervenant nommé', 'intervenants nommés')} et ${n(unnamed, 'non nommé', 'non nommés')} dans ${n(reports, 'rapport', 'rapports')}.`,
    card: (label, passages, reports) => `${label} : ${n(passages, 'passage', 'passages')} dans ${n(reports, 'rapport', 'rapports')}.`,
    noFindings: (who) => (who ? `Le rapport ne donne aucune conclusion${by(who)}.` : 'Le rapport ne présente aucune conclusion.'),
    findings: (count, who, reports) => `${n(count, 'conclusion', 'conclusions')}${by(who, count)} dans ${n(reports, 'rapport', 'rapports')}.`,
    findingsAbout: (count, who, topic) => `${n(count, 'conclusion', 'conclusions')}${by(who, count)} sur ${topic}.`,
    noFindingCredited: (who, topic) => `Aucune conclusion du rapport n’est attribuée à ${who} ; voici ce que le rapport lui fait dire sur ${topic}.`,
    findingsInstead: (topic) => `Aucun passage n’est présenté comme une conclusion sur ${topic} ; voici ce qu’en dit le rapport.`,
    quotes: (who, count) => `${who} : ${n(count, 'passage', 'passages')}.`,
    quotesAbout: (who, topic, count) => `${who} sur ${topic} : ${n(count, 'passage', 'passages')}.`,
    allOfTheirs: (topic) => `Aucun de ses passages ne parle de ${topic} en ces mots ; voici tout ce qu’il ou elle dit.`,
    closestOfTheirs: 'Aucun de ses passages ne le dit en ces mots ; celui-ci s’en approche le plus.',
    inOtherWords: (from) => `À partir du passage ${from}, il en est question en d’autres mots.`,
    describedClosest: (name, topic) => `Personne dans le rapport ne s’appelle ${name} ; sur ${topic}, voici ce qui s’en approche le plus.`,
    silent: (who, mentions) => `${who} ne dit rien dans le rapport${mentions ? ` ; ${n(mentions, 'passage le mentionne', 'passages le mentionnent')}` : ''}.`,
    searchMatches: (count, query) => `${n(count, 'passage correspond', 'passages correspondent')} à ${query}.`,
    picked: 'Le passage choisi :',
    underHeading: 'Certains des mots sont dans le titre de la section au-dessus de ces passages, pas dans les passages eux-mêmes.',
    decides: (missing, count, subject) => `Le rapport ne dit jamais ${missing.join(' ni ')} ; ${n(count, 'passage', 'passages')} sur ${subject} en décident.`,
    unknownCommand: (name) => `Je ne connais pas la commande ${name}. Tapez /aide pour voir ce que je sais faire.`,
    newConversation: 'Nouvelle conversation : j’ai oublié de qui et de quoi nous parlions. Je vous écoute.',
    slowDown: (seconds) => `Vous posez vos questions un peu vite : attendez ${seconds} s et réessayez.`,
    reportHelp: (where) =>
      `Les rapports propres à ${where === 'server' ? 'ce serveur' : 'cet espace de travail'} : en ajouter un depuis un fichier ou une page web, les lister, en retirer un, voir ce qui leur manque (tout sauf list est réservé à ses gestionnaires).`,
    outdatedCommand: (name) => `Je ne connais plus ${name} : les commandes ne sont peut-être plus à jour. Essayez /aide.`,
    summary: {
      nothingLoaded: 'Aucun rapport n’est chargé : il n’y a rien à résumer.',
      several: (count, wanted) => `${n(count, 'rapport correspond', 'rapports correspondent')} à ${wanted} : nommez-en un.`,
      noneCalled: (wanted, count) => `Aucun rapport ne s’appelle ${wanted}. Il y en a ${count} : /a-propos les liste.`,
      onlyOne: (wanted) => `Aucun rapport ne s’appelle ${wanted} ; voici le seul qui soit chargé.`,
      oneOf: (count) => `Un rapport sur ${count} ; /resume sans rapport résume brièvement chacun.`,
      each: (count, example) => `${n(count, 'rapport', 'rapports')}, chacun en bref. Pour un seul en entier, nommez-le : /resume ${example}`,
      firstShown: (shown) => `Voici les ${shown} premiers ; /a-propos les liste tous, et /resume <titre> résume n’importe lequel.`,
      full: (title, author, sections, speakers, findings) =>
        `${title}${author ? ` par ${author}` : ''} : ${n(sections, 'section', 'sections')}, ${n(speakers, 'intervenant', 'intervenants')} outre l’auteur, ${n(findings, 'conclusion', 'conclusions')}.`,
    },
    conversation: {
      lost: (what) =>
        `Je ne sais pas ${{ more: 'de quoi montrer la suite', whom: 'de qui vous parlez', that: 'ce que « cela » désigne', why: 'sur quoi porte « pourquoi »', other: 'qui est « l’autre »' }[what]} : posez d’abord une question (par exemple « qui a dit que l’open source est en avance ? »), puis poursuivez.`,
      onlyOnePerson: (label) => `La dernière réponse ne parlait que de ${label ?? 'personne'} : nommez l’autre personne, ou demandez /intervenants.`,
      on: (topic) => `Sur ${topic} :`,
      more: (topic) => (topic ? `La suite sur ${topic} :` : 'La suite :'),
      whoMore: (who) => `${who}, la suite :`,
      whoOn: (who, topic) => `${who}, sur ${topic} :`,
      besides: (who, topic) => `En dehors de ${who}, sur ${topic} :`,
      findingsOn: (topic) => `Conclusions sur ${topic} :`,
      why: (who) => `Pourquoi, dans les mots autour de ${who ? `ce qu’a dit ${who}` : 'ce passage'} :`,
      noOneElse: (who) => `Personne d’autre dans le rapport ne le dit : seulement ${who}.`,
      nothingMore: 'Rien de plus : c’était tout ce que le rapport en dit.',
      byOthers: (count) => `${n(count, 'passage', 'passages')} d’autres personnes.`,
      morePassages: (count) => `${n(count, 'autre passage', 'autres passages')}.`,
      changed: 'Le rapport a changé depuis cette réponse : reposez la question.',
      nothingAround: 'le rapport n’en dit pas plus autour.',
      around: (count) => `${n(count, 'passage', 'passages')}.`,
    },
    who: {
      author: (name) => (name ? `l’auteur, ${name}` : 'l’auteur (non nommé dans le rapport)'),
      theAuthor: 'l’auteur',
      // A description has its own gender ("une riveraine"): words that agree with none, here and in reportedBy.
      unnamed: (description, author) => `${description} (nom non précisé dans le rapport)${author ? `, selon l’auteur, ${author}` : ''}`,
      reportedBy: (who, author) => `${who}, selon l’auteur${author ? `, ${author}` : ''}`,
      unknown: 'un intervenant inconnu',
      role: 'auteur',
    },
    terminal: {
      welcome: (titles, passages) => `report-bot : posez-moi vos questions sur ${titles} (${n(passages, 'passage', 'passages')}).\nTapez /aide pour les commandes, /quit ou Ctrl-D pour partir.`,
      bye: 'Au revoir.',
      failed: (problem) => `Désolé, quelque chose s’est mal passé pendant la réponse (${problem}). Essayez d’autres mots, s’il vous plaît.`,
    },
    report: {
      notInPlace: '/report fonctionne dans un serveur : on y ajoute, liste et retire les rapports propres à ce serveur. Ici, je réponds à partir des rapports partagés (/a-propos les liste).',
      notAllowed: 'Seuls les membres qui ont la permission Gérer le serveur peuvent gérer les rapports de ce serveur.',
      notAllowedSlack: 'Seuls les administrateurs et propriétaires de l’espace de travail, et les personnes nommées dans REPORT_ADMINS, peuvent y ajouter ou retirer des rapports ou voir ses lacunes. Tout le monde peut faire /report list.',
      addWhat: 'Donnez le rapport à ajouter : un fichier (`file`) ou l’adresse d’une page web (`url`).',
      addOne: 'Un rapport à la fois : un fichier ou une adresse, pas les deux.',
      addWhatSlack: 'Donnez l’adresse d’une page web : `/report add https://…`. Pour ajouter un fichier (PDF, Word .docx, .html, .md, .txt), partagez-le avec moi en message privé, ou dans un canal en me mentionnant.',
      unknownSubcommand: 'Je connais /report add, /report list, /report remove et /report gaps.',
      noShelf: (where) => `Ce bot ne garde pas de rapports propres à ${where === 'server' ? 'un serveur' : 'un espace de travail'}.`,
      working: (what) => `/report add ${what} en cours : la réponse arrive ici dans quelques secondes.`,
      oneFile: 'Un rapport à la fois : un seul fichier par message.',
      noFileAddress: (name) => `Impossible d’importer ${name} : Slack n’a pas dit où le chercher. Partagez-le de nouveau, ou ajoutez une page web avec /report add <adresse>.`,
      added: (title, author, where) => `${title}${author ? ` par ${author}` : ''} ajouté : j’y réponds désormais dans ${place(where)}.`,
      read: (format, sections, passages, speakers, unnamed) =>
        `${format} · ${n(sections, 'section', 'sections')}, ${n(passages, 'passage', 'passages')} · ${speakers.length || unnamed ? `intervenants trouvés : ${[...speakers, ...(unnamed ? [`${unnamed} non nommé${unnamed > 1 ? 's' : ''}`] : [])].join(', ')}` : 'aucun intervenant trouvé outre l’auteur'}`,
      leftOut: (dropped) => `Laissé de côté : ${dropped.join(' ; ')}`,
      removed: (title) => `${title} retiré : je n’y réponds plus ici.`,
      listLead: (total, own, shared) => (own ? `Je réponds ici à partir de ${n(total, 'rapport', 'rapports')} : ${own} ajouté${own > 1 ? 's' : ''} ici, ${shared} partagé${shared > 1 ? 's' : ''} par tous.` : `Je réponds à partir de ${n(total, 'rapport', 'rapports')}, partagé${total > 1 ? 's' : ''} par tous.`),
      addedHere: 'Ajoutés ici :',
      sharedHeading: 'Partagés (le dossier de l’opérateur) :',
      listed: (title, author, passages) => `${title}${author ? ` par ${author}` : ''} · ${n(passages, 'passage', 'passages')}`,
      addedBy: (who, when, id) => `ajouté par ${who}${when ? ` le ${when}` : ''} · identifiant ${id}`,
      someone: 'quelqu’un',
      user: (id) => `utilisateur ${id}`,
      gapsOff: 'Ce bot n’enregistre pas les avis (FEEDBACK=off) : il n’y a pas de lacunes à montrer.',
      gapsNone: 'Aucune question sans réponse ni 👎 ici ces derniers temps.',
      gapsLead: 'Les questions posées ici auxquelles les rapports ont mal répondu, les plus fréquentes d’abord :',
      gap: (count, kind, command, question, last) => `${count}× ${kind === 'unanswered' ? 'sans réponse' : '👎'} · ${command} ${question} · dernière fois le ${last}`,
      terminalOnly: (subcommand) => `/report ${subcommand} est pour les serveurs Discord et Slack : ici, ajoutez un rapport avec npm run import, ou retirez son fichier du dossier des rapports.`,
      exists: (where, id, title) => `${capital(place(where))} a déjà un rapport nommé ${id} (${title}) : retirez-le d’abord (/report remove), puis ajoutez-le de nouveau.`,
      noSuch: (where, id) => `${capital(place(where))} n’a pas de rapport ${id} : /report list les montre.`,
      sharedNotYours: (title) => `${title} est partagé par tous : c’est à l’opérateur de le retirer, du dossier des rapports.`,
      notLoaded: (where) => `les rapports de ${place(where)} ne l’ont pas chargé`,
      cannotAdd: (name, problem) => `Impossible d’ajouter ${name} : ${problem}`,
      cannotImport: (name, problem) => `Impossible d’importer ${name} : ${problem}`,
      importRunning: 'Une importation est déjà en cours ici : attendez qu’elle finisse (sa réponse le dira), puis réessayez.',
      removing: (where) => `Un rapport est en train d’être retiré de ${place(where)} : attendez que ce soit fini, puis réessayez.`,
      unavailable: 'La base de données des rapports est injoignable pour le moment, rien n’a donc changé : réessayez dans quelques minutes.',
    },
    importProblems: {
      notHttp: ({ extensions }) => `seules les adresses http et https peuvent être récupérées ; pour un fichier, donnez son chemin (${extensions} ou une adresse http(s))`,
      unknownType: ({ extension, extensions }) => `${extension ? `un fichier ${extension}` : 'un fichier sans extension'} n’est pas un format que je sais importer (${extensions} ou une adresse http(s))`,
      oldWordName: () => 'un fichier .doc est un ancien fichier Word : ouvrez-le dans Word ou LibreOffice, enregistrez-le en .docx, puis importez celui-ci',
      empty: () => 'le fichier est vide',
      contentIsNot: ({ expected, content }) => `ce n’est pas ${EXPECTED[expected]} : on dirait ${CONTENT[content]}`,
      oldWordContent: () => 'ce n’est pas un fichier .docx : c’est un ancien fichier Word .doc, ou un fichier protégé par un mot de passe ; retirez le mot de passe ou enregistrez-le en .docx, puis importez celui-ci',
      notAFile: ({ kind }) => `${FILE_KINDS[kind]}, pas un fichier`,
      cannotOpen: ({ cause }) => ({ missing: 'fichier introuvable', denied: 'le fichier ne peut pas être lu (permission refusée)', loop: 'un lien qui boucle sur lui-même', other: 'le fichier ne peut pas être lu' })[cause],
      tooLarge: ({ what, size, limit }) => `${FETCHED[what]} ${size === null ? 'dépasse' : `fait ${octets(size)}, plus que`} la limite de ${octets(limit)}`,
      timedOut: ({ seconds }) => `pas de réponse complète en ${seconds} s (délai dépassé)`,
      cannotFetch: ({ what }) => `impossible de récupérer ${FETCHED[what]}`,
      brokeOff: () => 'le téléchargement s’est interrompu',
      tooManyRedirects: () => 'trop de redirections',
      unreachable: ({ code }) => `impossible de joindre le serveur (${code})`,
      notPublic: ({ host }) => `impossible de récupérer la page (${host} n’est pas une adresse publique : seules les pages web publiques peuvent être ajoutées depuis le chat)`,
      serverAnswered: ({ what, status }) => `le serveur a répondu ${status} au lieu de donner ${FETCHED[what]}`,
      notWebPage: ({ mediaType, downloadIt }) => `la réponse est ${mediaType ?? 'd’un type non précisé'}, pas une page web (HTML)${downloadIt ? ' : téléchargez-la et importez le fichier' : ''}`,
      pdfTruncated: () => 'le PDF est tronqué (il ne se termine pas par %%EOF) : téléchargez-le ou exportez-le de nouveau',
      pdfBomb: ({ limit }) => `son texte et ses dessins décompressés dépasseraient la limite de ${octets(limit)} : refusé avant lecture (une bombe de compression ?)`,
      pdfUncountable: ({ limit }) => `ce que ses flux décompressés pèsent ne peut pas être comparé à la limite de ${octets(limit)} avant lecture : il est donc refusé`,
      pdfEncrypted: () => 'le PDF est chiffré par un mot de passe : enregistrez-en une copie sans mot de passe (ou déchiffrez-le, par exemple « qpdf --decrypt --password=... entree.pdf sortie.pdf »), puis importez celle-ci',
      pdfDamaged: () => 'PDF illisible : il est endommagé, ou ce n’est pas un PDF',
      pdfUnreadable: () => 'le PDF ne peut pas être lu',
      tooManyPages: ({ pages, limit }) => `le PDF a ${pages.toLocaleString('fr')} pages, plus que la limite de ${limit.toLocaleString('fr')} pages : découpez-le`,
      noTextLayer: ({ pages }) => `le PDF n’a pas de couche texte (${pages === 1 ? 'sa page est une image' : `ses ${pages} pages sont des images`}, comme dans un scan) : passez-le d’abord à l’OCR (par exemple « ocrmypdf entree.pdf sortie.pdf »), puis importez le résultat`,
      noWordDocument: () => 'ce n’est pas un document Word : l’archive n’a pas de word/document.xml',
      zipBomb: ({ size, limit }) => `son XML décompressé ferait ${octets(size)}, plus que la limite de ${octets(limit)} : refusé avant décompression (une bombe zip ?)`,
      wordDamaged: () => 'fichier Word illisible : il est endommagé ou tronqué (un .docx est une archive zip, et celle-ci ne s’ouvre pas)',
      zipRefused: () => 'refusé : son archive zip contient trop d’entrées, ou se décompresse au-delà de la taille qu’elle déclare',
      doctype: ({ part }) => `${part} déclare un DOCTYPE (des entités XML, qui peuvent grossir sans limite ; Word n’en écrit jamais) : refusé`,
      blockTooLarge: ({ part, block, size, limit }) =>
        `${part} contient ${BLOCKS[block] ?? 'un bloc'} de ${octets(size)} de XML, plus que les ${octets(limit)} permis pour un paragraphe ou une ligne de tableau (chacun est lu en entier) : découpez-le dans Word, puis importez-le de nouveau`,
      hasFrontMatter: () => 'le fichier a déjà un en-tête de métadonnées : changez-y son titre ou son auteur',
      noTitle: () => 'le document n’indique aucun titre',
      noText: ({ extracted }) => `il ne reste aucun texte après ${extracted === 'article' ? 'extraction de l’article' : extracted === 'document' ? 'extraction du document' : 'extraction'} : rien à importer`,
      wouldNotLoad: ({ line }) => `le résultat ne se chargerait pas comme rapport (ligne ${line ?? '-'})`,
      reportTooLarge: ({ size, limit }) => `le rapport ferait ${octets(size)}, plus que les ${octets(limit)} que le bot lit : découpez le document`,
      exists: ({ target }) => `${target} existe déjà`,
      cannotCreateFolder: () => 'impossible de créer le dossier des rapports',
      cannotWrite: () => 'impossible d’écrire le rapport',
      outOfMemory: ({ mb }) => `le lire demande plus que les ${mb} Mo de mémoire permis pour un import : découpez le document`,
    },
    labels: {
      try: 'Essayez',
      alsoClose: 'Proches aussi :',
      finding: 'conclusion',
      where: (section, paragraph, report) => `${section}, paragraphe ${paragraph} · ${report}`,
      introduction: 'Introduction',
      andMore: (count) => `… et ${count} de plus. Ajoutez des mots pour affiner la recherche.`,
      passages: (count) => n(count, 'passage', 'passages'),
      namedAs: 'Nommé dans le texte',
      inReports: 'Dans',
      introducedHere: 'Présenté ici :',
      by: (author) => (author ? `par ${author}` : 'auteur non nommé'),
      source: (source) => `source : ${source}`,
      reportCounts: (passages, speakers, findings) => `${n(passages, 'passage', 'passages')}, ${n(speakers, 'intervenant', 'intervenants')} outre l’auteur, ${n(findings, 'conclusion', 'conclusions')}`,
      fields: { author: 'Auteur', event: 'Événement', date: 'Date', source: 'Source', language: 'Langue', passages: 'Passages', speakers: 'Intervenants', findings: 'Conclusions', organisation: 'Organisation', role: 'Rôle', reports: 'Rapports', sections: 'Sections', section: 'Section', paragraph: 'Paragraphe', finding: 'Conclusion' },
      yes: 'oui',
      introducedIn: (section, paragraph) => `Présenté dans ${section}, paragraphe ${paragraph} :`,
      privateAnswers: 'Réponses privées',
      discordPrivate: 'Chaque commande a une option `private` : vous seul voyez la réponse, avec un bouton pour la partager.',
      notNamed: 'non nommé',
      besidesAuthor: (count) => `${count} outre l’auteur`,
      inChat: 'En message privé, ou en me mentionnant dans un canal',
      justAsk: 'Ou posez simplement la question',
      forExample: 'p. ex.',
      slackPrivate: 'Les réponses aux commandes sont d’abord privées : *Partager dans le canal* en montre une à tous. Sur n’importe quel message, *Plus d’actions › Who said this?* trouve qui l’a dit.',
      whoSpeaks: 'Qui parle',
      onlyAuthor: 'seulement l’auteur',
      andOthers: (count) => `et ${count} de plus`,
      moreSpeakers: (count) => `… et ${count} de plus : /intervenants`,
      moreFindings: (count) => `… et ${count} de plus : /conclusions`,
      sectionCount: (count) => n(count, 'section', 'sections'),
      findingCount: (count) => n(count, 'conclusion', 'conclusions'),
      sections: (from, to, total) => (from === null ? `Sections : ${total}` : `Sections ${from}–${to} sur ${total}`),
      noSentence: '(pas de phrase à montrer)',
      findingsTotal: (count, shown) => `Conclusions : ${count}${shown !== undefined && count > shown ? `, les ${shown} premières :` : ''}`,
      page: (page, pages) => `Page ${page} sur ${pages}`,
      next: 'Suivant',
      previous: 'Précédent',
      share: 'Partager dans le canal',
      helpful: 'Utile',
      notHelpful: 'Pas utile',
    },
    examples: {
      whoSaid: (phrase) => `qui a dit ${phrase} ?`,
      quotesAbout: (who, topic) => `qu'a dit ${who} sur ${topic} ?`,
      whoIs: (name) => `qui est ${name} ?`,
      anythingAbout: (topic) => `y a-t-il quelque chose sur ${topic} ?`,
      findingsAbout: (topic) => `quelles sont les conclusions sur ${topic} ?`,
      anythingElse: 'tout le reste est cherché dans le rapport',
      about: 'sur',
    },
    notices: {
      apology: 'Désolé, quelque chose s’est mal passé pendant la réponse. C’est noté dans le journal ; réessayez, s’il vous plaît.',
      notYourPages: 'Seule la personne qui a posé la question peut tourner ces pages. Lancez la commande vous-même pour avoir votre copie.',
      expired: 'Cette liste a expiré (le bot a redémarré). Relancez la commande, s’il vous plaît.',
      noText: 'Ce message n’a pas de texte à chercher (seulement des pièces jointes).',
      changed: 'Les rapports ont changé depuis cette réponse. Relancez la commande, s’il vous plaît.',
      votedThanks: 'Merci pour votre avis.',
      placeLoading: 'Les rapports de cet espace sont encore en chargement (première question depuis un moment) : reposez la question dans quelques secondes.',
      dislikedThanks: 'Merci : noté que cette réponse n’a pas aidé (la question et les passages, pas qui vous êtes), pour qui gère les rapports ici.',
    },
  },
  discordLocales: ['fr'],
  commandExtras: {
    report: 'Les rapports propres à ce serveur : en ajouter, les lister, en retirer, voir ce qui leur manque',
    add: 'Ajouter un rapport depuis un fichier (PDF, Word, HTML, Markdown, texte) ou une page web',
    list: 'Les rapports d’où ce serveur tire ses réponses, qui a ajouté chacun et quand',
    remove: 'Retirer un des rapports de ce serveur',
    gaps: 'Les questions posées ici le plus souvent sans réponse d’un rapport, ou notées 👎',
    file: 'Le rapport : un fichier PDF, Word .docx, .html, .md ou .txt',
    url: 'L’adresse d’une page web à ajouter plutôt qu’un fichier',
    which: 'Le rapport à retirer',
    private: 'Vous seul voyez la réponse (avec un bouton pour la partager)',
  },
  commands: {
    'who-said': { name: 'qui-a-dit', description: 'Qui a dit ces mots, avec le passage et son auteur', options: { text: { name: 'texte', description: 'Les mots dont vous vous souvenez, fautes permises' } } },
    quotes: { name: 'citations', description: 'Ce qu’une personne a dit, sur un sujet ou en entier', options: { speaker: { name: 'personne', description: 'Un nom, un rôle (« le maire »), un organisme' }, topic: { name: 'sujet', description: 'Seulement ce qui porte sur ce sujet' } } },
    findings: { name: 'conclusions', description: 'Les conclusions du rapport, sur un sujet si vous voulez', options: { topic: { name: 'sujet', description: 'Seulement les conclusions sur ce sujet' }, speaker: { name: 'personne', description: 'Seulement celles que présente cette personne' } } },
    speakers: { name: 'intervenants', description: 'Qui parle dans le rapport', options: { name: { name: 'nom', description: 'Une personne : qui elle est et où le rapport la présente' } } },
    search: { name: 'chercher', description: 'Chercher des mots dans le rapport', options: { text: { name: 'texte', description: 'Les mots à chercher, fautes permises' } } },
    about: { name: 'a-propos', description: 'Les rapports que le bot connaît' },
    help: { name: 'aide', description: 'Ce que le bot sait faire, avec des exemples' },
    summary: { name: 'resume', description: 'Le rapport en bref', options: { report: { name: 'rapport', description: 'Quel rapport, s’il y en a plusieurs' } } },
    new: { name: 'nouvelle', description: 'Nouvelle conversation : oublier de qui et de quoi parlaient les dernières réponses' },
  },
};
