import snowball from 'snowball-stemmers';
import { framePattern, quotesOrReport, sidesOf, speakerAndTopic, topicOf } from './accents.ts';
import { counted } from './counting.ts';
import { sizeWriter } from './sizes.ts';
import type { Frame, Language, Place, Rule } from './types.ts';
import type { ExpectedFormat, Fetched, FileKind, SniffedContent } from './importProblems.ts';

/** Spanish: "dijo la alcaldesa", "según X", "afirmó", and "¿quién dijo …?", "¿qué dijo X sobre Y?". */

const stemmer = snowball.newStemmer('spanish');

/** The verbs that report speech, each as its third person preterite first ("dijo"), then its present and imperfect ("dice", "decía"). */
const VERB_FORMS: [preterite: string, ...others: string[]][] = [
  ['dijo', 'dice', 'decía'], ['afirmó', 'afirma'], ['explicó', 'explica', 'explicaba'], ['añadió', 'añade'], ['agregó', 'agrega'], ['señaló', 'señala'],
  ['declaró', 'declara'], ['aseguró', 'asegura', 'aseguraba'], ['advirtió', 'advierte', 'advertía'], ['indicó', 'indica'], ['sostuvo', 'sostiene'],
  ['insistió', 'insiste', 'insistía'], ['reconoció', 'reconoce'], ['lamentó', 'lamenta', 'lamentaba'], ['criticó', 'critica'], ['propuso', 'propone'],
  ['pidió', 'pide'], ['recordó', 'recuerda', 'recordaba'], ['subrayó', 'subraya'], ['precisó', 'precisa'], ['comentó', 'comenta', 'comentaba'],
  ['respondió', 'responde', 'respondía'], ['estimó', 'estima'], ['opinó', 'opina'], ['anunció', 'anuncia'], ['prometió', 'promete'], ['concluyó', 'concluye'],
  ['escribió'], ['acusó', 'acusa'], ['denunció', 'denuncia'], ['reclamó', 'reclama'], ['exigió', 'exige'], ['admitió', 'admite'], ['confesó', 'confiesa'],
  ['apuntó', 'apunta'], ['matizó'], ['bromeó', 'bromeaba'], ['relató', 'relata'], ['contó', 'cuenta', 'contaba'], ['sugirió', 'sugiere'], ['defendió', 'defiende'],
  ['replicó'], ['resumió', 'resume'], ['describió'], ['negó', 'niega'],
  // A record's verbs, in the present its minutes are written in: "D. Joaquín Sepúlveda manifiesta su disconformidad …".
  ['manifestó', 'manifiesta'], ['expuso', 'expone'], ['preguntó', 'pregunta'], ['aclaró', 'aclara'], ['informó', 'informa'],
  ['consideró', 'considera'], ['solicitó', 'solicita'], ['intervino', 'interviene'], ['planteó', 'plantea'], ['argumentó', 'argumenta'],
  ['rogó', 'ruega'], ['agradeció', 'agradece'], ['reiteró', 'reitera'], ['destacó', 'destaca'], ['valoró', 'valora'], ['se quejó', 'se queja'],
  ['hizo constar', 'hace constar'], ['tomó la palabra', 'toma la palabra'], ['presentó', 'presenta'], ['detalló', 'detalla'],
];
/**
 * Their participles, for the perfect Spain's press writes what was said today in: "ha declarado Ocaña", "según ha
 * explicado la consejera".
 */
const PARTICIPLES = [
  'dicho', 'afirmado', 'explicado', 'añadido', 'agregado', 'señalado', 'declarado', 'asegurado', 'advertido', 'indicado', 'sostenido',
  'insistido', 'reconocido', 'lamentado', 'criticado', 'propuesto', 'pedido', 'recordado', 'subrayado', 'precisado', 'comentado',
  'respondido', 'estimado', 'opinado', 'anunciado', 'prometido', 'concluido', 'escrito', 'acusado', 'denunciado', 'reclamado', 'exigido',
  'admitido', 'confesado', 'apuntado', 'matizado', 'relatado', 'contado', 'sugerido', 'defendido', 'replicado', 'resumido', 'descrito',
  'negado', 'manifestado', 'expuesto', 'preguntado', 'aclarado', 'informado', 'considerado', 'solicitado', 'intervenido', 'planteado',
  'argumentado', 'agradecido', 'reiterado', 'destacado', 'valorado', 'detallado', 'presentado',
];
const VERBS = [...VERB_FORMS.flat(), ...PARTICIPLES.map((p) => `ha ${p}`), 'se ha quejado', 'ha hecho constar', 'ha tomado la palabra'];

const STOP_WORDS = (
  'el la los las lo un una unos unas de del que qué quien quién quienes cual cuál se su sus es fue ha ' +
  'para por sobre entre hasta desde según como cómo cuando muy más pero ya también este esta estos estas ese esa ' +
  'esos esas le les nos mis tu tus él ellos ellas yo usted ustedes nosotros ' +
  'ser porque donde dónde aquí nuestro nuestra nuestros nuestras todos todas algo alguien'
).split(' ');
/** Words that tell a short question Spanish beside French ("que", "la", "de" are both's), though an index keeps them ("y", "con" are words elsewhere). */
const MARKERS = ['y', 'al', 'con', 'sin', 'hay', 'era', 'muy', 'pero', 'dijo', 'habló'];

const ROLE_NOUNS = [
  // A court's parts, as a record labels them: "FISCAL:", "TESTIGO (Sra. Valcárcel):", "LETRADO DE LA DEFENSA:".
  'fiscal', 'testigo', 'acusado', 'acusada', 'perito', 'perita', 'magistrado', 'magistrada', 'letrado', 'letrada', 'procurador', 'procuradora',
  'periodista', 'presentador', 'presentadora', 'locutor', 'locutora', 'reportero', 'reportera', 'moderador', 'moderadora',
  'alcalde', 'alcaldesa', 'presidente', 'presidenta', 'director', 'directora', 'economista', 'portavoz', 'ministro',
  'ministra', 'diputado', 'diputada', 'senador', 'senadora', 'concejal', 'concejala', 'investigador', 'investigadora',
  'profesor', 'profesora', 'médico', 'médica', 'enfermero', 'enfermera', 'agricultor', 'agricultora', 'abogado',
  'abogada', 'juez', 'jueza', 'secretario', 'secretaria', 'fundador', 'fundadora', 'analista', 'ingeniero', 'ingeniera',
  'vecino', 'vecina', 'hidrólogo', 'hidróloga', 'agrónomo', 'agrónoma', 'técnico', 'técnica', 'regante', 'representante', 'coordinador', 'coordinadora', 'experto', 'experta', 'consejero', 'consejera',
  // A board's and a community's officers, as their minutes name them: "El Administrador informa …", "la Tesorera".
  'administrador', 'administradora', 'vicepresidente', 'vicepresidenta', 'tesorero', 'tesorera', 'gerente', 'vocal', 'interventor', 'interventora', 'auditor', 'auditora', 'propietario', 'propietaria',
];

const ROLE_IN_ENGLISH: Record<string, string> = {
  alcalde: 'mayor', alcaldesa: 'mayor', presidente: 'president', presidenta: 'president', director: 'director', directora: 'director',
  economista: 'economist', portavoz: 'spokesperson', ministro: 'minister', ministra: 'minister', concejal: 'councillor', concejala: 'councillor',
  investigador: 'researcher', investigadora: 'researcher', profesor: 'professor', profesora: 'professor', médico: 'doctor', médica: 'doctor',
  enfermero: 'nurse', enfermera: 'nurse', agricultor: 'farmer', agricultora: 'farmer', abogado: 'lawyer', abogada: 'lawyer', juez: 'judge',
  jueza: 'judge', hidrólogo: 'hydrologist', hidróloga: 'hydrologist', vecino: 'resident', vecina: 'resident', ingeniero: 'engineer', ingeniera: 'engineer',
};

const FINDING_NOUNS = ['conclusiones', 'conclusión', 'recomendaciones', 'recomendación', 'resultados', 'hallazgos', 'claves', 'puntos clave', 'en resumen', 'decisiones', 'acuerdos', 'acuerdo', 'datos clave', 'sentencia', 'fallo', 'veredicto'];

/** Verbs a question keeps: "quién propuso …". The report reader's verbs of saying, in the preterite. */
const SAID = VERB_FORMS.map(([preterite]) => preterite).join('|');
// "la ministra de Sanidad sobre las listas de espera": a "de" is the speaker's own where "sobre" comes after it.
const ABOUT = '(?:sobre|acerca de|respecto a|en cuanto a|(?:de|del)(?!\\s.*\\s(?:sobre|acerca de|respecto a|en cuanto a)\\s)) ';
const RESULTS = '(?:conclusiones|recomendaciones|resultados|hallazgos|decisiones|claves)';

/** The report itself, as a question names it: "el informe", "este artículo", "el acta". */
const IS_THE_REPORT = framePattern('(?:el |este |la |esta )?(?:informe|artículo|documento|texto|acta|entrevista|transcripción|estudio|reportaje|crónica)');

const re = framePattern;

/** How Spanish joins a speaker to their side and to whom they told it: "el entrenador del Atlético", "le dijo … a Yeray". */
const SIDES = sidesOf(/^(?:de|del) $/, String.raw`(?:la|las|el|los)\s+`, 'a|al|a los|a las');

const FRAMES: Rule[] = [
  [re('(?:ayuda|hola|gracias)'), () => ({ command: 'help' })],
  [re('(?:quiénes (?:hablan|hablaron|participan|son los (?:participantes|ponentes|portavoces))|(?:los )?participantes)'), () => ({ command: 'speakers' })],
  [re(`(?:cuáles (?:son|fueron) )?(?:las |los )?(?:principales )?${RESULTS}(?: ${ABOUT}(?<topic>.+))?`), (m): Frame => ({ command: 'findings', topic: topicOf(m) })],
  [re('quién (?:es|era) (?<name>.+)'), (m, knows) => (knows(m.groups?.name ?? '') ? { command: 'card', name: m.groups?.name ?? '' } : null)],
  [re(`quién (?<verb>${SAID})(?: que)?\\s*(?<words>.+)`), (m) => ({ command: 'who-said', text: /^(?:dijo|afirmó|declaró|escribió)$/i.test(m.groups?.verb ?? '') ? (m.groups?.words ?? '') : `${m.groups?.verb} ${m.groups?.words}` })],
  [re(`quién (?:habló|hablo|mencionó|se refirió a|criticó|defendió) (?:${ABOUT})?(?:la |el |los |las )?(?<topic>.+)`), (m) => ({ command: 'who-said', text: `about ${m.groups?.topic}` })],
  // "¿Alguien mencionó al director del banco?": whoever spoke of it.
  [re(`(?:alguien|nadie) (?:habló|hablo|mencionó|menciono|se refirió|dijo algo|comentó)(?: ${ABOUT}| a | al )?(?:la |el |los |las )?(?<topic>.+)`), (m) => ({ command: 'who-said', text: `about ${m.groups?.topic}` })],
  // "¿Qué explicó el acusado sobre …?", "¿Qué le contó la testigo …?": any verb of saying, a pronoun for whom it was told to before it.
  [re(`qué (?<told>le |les )?(?:${SAID}|dice|opina|piensa|pidió|propuso|propone|pide|advirtió) (?<who>.+?)(?: (?<about>${ABOUT})(?<topic>.+))?`), (m) => quotesOrReport(IS_THE_REPORT, ...speakerAndTopic(m, SIDES))],
];

/** An import's problems: what was expected, what the content is, what the path is, what was fetched. */
const EXPECTED: Record<ExpectedFormat, string> = { PDF: 'un PDF', 'Word file': 'un archivo .docx de Word', 'web page': 'una página web', 'text file': 'un archivo de texto' };
const CONTENT: Record<SniffedContent, string> = {
  PDF: 'un PDF (cambie su nombre a .pdf)',
  zip: 'un archivo zip, como un .docx de Word',
  'old Office file': 'un archivo antiguo de Office (.doc) o un archivo de Word protegido con contraseña',
  binary: 'datos binarios',
  text: 'texto',
};
const FILE_KINDS: Record<FileKind, string> = {
  folder: 'una carpeta',
  fifo: 'una tubería con nombre (FIFO)',
  'character device': 'un dispositivo de caracteres',
  'block device': 'un dispositivo de bloques',
  socket: 'un socket',
  link: 'un enlace',
  other: 'no un archivo normal',
};
const FETCHED: Record<Fetched, string> = { file: 'el archivo', page: 'la página' };
/** The blocks of a Word file's XML that are read whole, as wordXml names them. */
const BLOCKS: Record<string, string> = { paragraph: 'un párrafo', 'table row': 'una fila de tabla' };
const bytes = sizeWriter('es', 'bytes', 'MB');
const n = (count: number, one: string, many: string) => counted(count, one, many);
/** Where /report keeps a place's reports, with its article. */
const place = (where: Place) => (where === 'server' ? 'este servidor' : 'este espacio de trabajo');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Whose findings: " presentadas por Jane Roe" (one: "presentada"), or nothing. */
const by = (who: string | null, count = 1) => (who ? ` presentada${count > 1 ? 's' : ''} por ${who}` : '');

export const spanish: Language = {
  code: 'es',
  detectCode: 'spa',
  name: 'español',
  stem: (word) => stemmer.stem(word),
  authorNames: ['el autor', 'la autora', 'autor', 'autora'],
  stopWords: STOP_WORDS,
  markers: MARKERS,
  of: ['de la', 'de los', 'de las', 'del', 'de'],
  articles: ['el', 'la', 'los', 'las'],
  indefinites: ['un', 'una', 'uno'],
  honorifics: { male: ['Sr', 'Señor', 'Don', 'D.', 'Ilmo', 'Excmo'], female: ['Sra', 'Srta', 'Señora', 'Doña', 'Dña', 'D.ª', 'Dª', 'Ilma', 'Excma'] },
  genderedParts: { male: ['hijo', 'esposo', 'marido', 'viudo', 'hermano', 'padre', 'nieto', 'abuelo', 'sobrino', 'tío'], female: ['hija', 'esposa', 'viuda', 'hermana', 'madre', 'nieta', 'abuela', 'sobrina', 'tía'] },
  titleParts: { Lic: 'licenciado', Ing: 'ingeniero' },
  firstSurnames: true,
  speech: { verbs: VERBS, before: [...VERBS, 'según'], dropsSubject: true, pronouns: { male: [], female: [] }, objectPronouns: [], byDoing: ['preguntando', 'diciendo', 'recordando', 'afirmando', 'explicando', 'advirtiendo', 'subrayando'], quoting: ['cita', 'citando'], noteForm: ['recuerda', 'describe', 'cuenta', 'relata', 'evoca', 'explica', 'habla', 'menciona', 'comenta'] },
  roleNouns: ROLE_NOUNS,
  people: { articles: ['un', 'una', 'el', 'la'], nouns: ['revisor', 'revisora', 'evaluador', 'evaluadora', 'vecino', 'vecina', 'agricultor', 'agricultora', 'madre', 'padre', 'fuente', 'testigo', 'comerciante', 'trabajador', 'trabajadora', 'jubilado', 'jubilada', 'conductor', 'conductora', 'pescador', 'pescadora', 'ganadero', 'ganadera', 'voluntario', 'voluntaria', 'enfermero', 'enfermera', 'médico', 'médica', 'profesor', 'profesora', 'estudiante', 'experto', 'experta', 'regante'] },
  someone: ['persona', 'alguien', 'hombre', 'mujer', 'señor', 'señora', 'tipo', 'chico', 'chica'],
  asPart: ['como', 'en calidad de', 'en mi condición de'],
  ordinals: ['primer|primero|primera|uno', 'segundo|segunda|dos', 'tercer|tercero|tercera|tres', 'cuarto|cuarta|cuatro', 'quinto|quinta|cinco', 'sexto|sexta|seis', 'séptimo|séptima|siete', 'octavo|octava|ocho', 'noveno|novena|nueve', 'décimo|décima|diez'],
  actsAs: ['actúa como', 'actuó como', 'actuando como', 'en su condición de', 'en su calidad de', 'en calidad de'],
  firstPerson: ['yo', 'me', 'mi', 'mis', 'conmigo'],
  roleInEnglish: ROLE_IN_ENGLISH,
  spokenTitles: ['discurso', 'declaración', 'carta', 'mensaje', 'intervención', 'testimonio', 'comparecencia'],
  bylineOpeners: ['por', 'texto', 'redactado por', 'entrevista de', 'relator', 'relatora'],
  notNames: ('Hola El La Los Las Un Una Y Pero Para Según En Con Por Del Al Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre Señor Señora Sra Srta Doña Sí Gracias Este Esta Estos Estas Desde Hasta Sobre Cuando Como Donde Quien Hoy Ayer Mañana Pues Entonces Nacido Nacida Nacidos Nacidas' ).split(' '),
  labelWords: ['asistentes', 'presentes', 'ausentes', 'nota', 'fuente', 'fuentes', 'lugar', 'fecha', 'asunto', 'decisión', 'decisiones', 'votación', 'conclusión', 'conclusiones', 'recomendaciones', 'participantes', 'ponentes'],
  rosterPhrases: ['presidida por', 'presidido por', 'moderada por', 'moderado por', 'con la participación de', 'en presencia de'],
  columns: { part: ['cargo', 'función', 'puesto', 'rol', 'profesión', 'ocupación'], organisation: ['empresa', 'entidad', 'organización', 'organismo', 'institución', 'sociedad'] },
  rosterWords: ['hablantes', 'asistentes', 'presentes', 'ausentes', 'participantes', 'invitados', 'ponentes', 'intervinientes', 'intervienen', 'participan'],
  presiding: { phrases: ['presidencia de', 'presidida por', 'preside'], role: 'presidente', parts: ['presidente', 'presidenta'] },
  behalf: ['en nombre del', 'en nombre de la', 'en nombre de'],
  knownAs: ['conocido como', 'conocida como', 'apodado', 'apodada', 'alias'],
  salutations: ['hola', 'buenos días', 'buenas tardes', 'estimado', 'estimada', 'gracias', 'saludos', 'un saludo', 'atentamente'],
  letterOpeners: ['querido', 'querida', 'queridos', 'queridas', 'estimado', 'estimada', 'estimados', 'estimadas'],
  interview: { asks: ['p', 'pregunta', 'preguntas', 'entrevistador', 'entrevistadora'], answers: ['r', 'respuesta', 'respuestas', 'entrevistado', 'entrevistada'] },
  numberedVoices: { voices: ['hablante', 'orador', 'oradora', 'interlocutor', 'interlocutora'], self: ['soy', 'me llamo', 'mi nombre es'], others: ['conmigo está', 'conmigo', 'nos acompaña', 'tenemos con nosotros a', 'tenemos a', 'recibimos a', 'invito a', 'cedo la palabra a', 'doy la palabra a', 'le doy la palabra a', 'tiene la palabra'], thanks: ['gracias', 'muchas gracias'] },
  responseLetter: { comments: ['comentario', 'observación', 'punto'], responses: ['respuesta'] },
  findings: {
    nouns: FINDING_NOUNS,
    one: ['conclusión', 'recomendación', 'hallazgo', 'propuesta', 'resultado'],
    outcomes: [
      'se (?:aprueba|aprueban|acuerda|acuerdan|rechaza|rechazan|desestima|desestiman)',
      '(?:queda|quedan|es|son|fue|fueron|ha sido|han sido)\\s+(?:aprobad[oa]s?|rechazad[oa]s?)',
      '(?:aprobad[oa]s?|rechazad[oa]s?) por (?:unanimidad|mayoría)',
    ],
    decides: ['ACUERDA', 'ACUERDAN', 'APRUEBA', 'RESUELVE'],
    leadIns: ['decidid[oa]s?', 'acordad[oa]s?', 'concluid[oa]s?', 'resumen', 'acuerda', 'acuerdan', 'comprometid[oa]s? a'],
    summaries: {
      labels: ['resumen', 'en corto', 'síntesis', 'balance', 'lo esencial', 'resultados principales'],
      phrases: ['resumo', 'resumiendo', 'en\\s+resumen', 'para\\s+resumir', 'en\\s+síntesis', 'para\\s+terminar', 'en\\s+conclusión'],
    },
    spoken: {
      items: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'por último', 'finalmente', 'en (?:primer|segundo|tercer|último) lugar'],
      and: 'y',
      nouns: ['cosas?', 'claves?', 'lecciones?', 'puntos?', 'ideas?', 'conclusiones?', 'mensajes?', 'recomendaciones?', 'consejos?'],
      counts: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'algunas', 'algunos', 'las', 'los', 'nuestras', 'nuestros', 'principales'],
      recaps: ['lo\\s+que\\s+nos\\s+llevamos', 'recordad', 'quedaos\\s+con', 'para\\s+resumir', 'en\\s+resumen', 'resumiendo', 'recapitula\\w*'],
    },
  },
  frames: FRAMES,
  replies: {
    saidIt: (who, byAuthor, close) => `${who} lo ${byAuthor ? 'escribió' : 'dijo'}${close ? ' (o algo parecido)' : ''}.`,
    nothingMatches: (query) => `Nada en el informe coincide lo bastante con ${query} para decir quién lo dijo.`,
    noSuchSpeaker: (name) => `Nadie llamado ${name} habla en el informe.`,
    help: 'Respondo preguntas sobre el informe: quién dijo qué, sus conclusiones y quién habla en él.',
    searchNothing: (query) => `El informe no dice nada sobre ${query}.`,
    findingsNothing: (topic, who) => `Ninguna conclusión${by(who)} del informe trata de ${topic}.`,
    saysNothingAbout: (who, topic) => `${who} no dice nada sobre ${topic} en el informe.`,
    askFor: (wanted, example) => `Dime ${{ words: 'las palabras que recuerdas', search: 'qué buscar', speaker: 'de quién quieres las palabras' }[wanted]}, por ejemplo: ${example}`,
    showingFirst: (shown) => `Estos son los ${shown} primeros; añade un tema para acotarlos.`,
    wordsLeftOut: (count) => `Solo se usaron las primeras palabras de la pregunta (${n(count, 'otra quedó', 'otras quedaron')} fuera).`,
    lookedInstead: (word, synonyms) => `El informe nunca dice ${word}; busqué ${synonyms.join(', ')} en su lugar.`,
    about: (reports, passages, unreadable) =>
      `Respondo a partir de ${n(reports, 'informe', 'informes')}, ${n(passages, 'pasaje', 'pasajes')} en total.${unreadable ? ` ${n(unreadable, 'informe no se pudo leer', 'informes no se pudieron leer')}: véase el registro.` : ''}`,
    speakers: (named, unnamed, reports) => `${n(named, 'participante con nombre', 'participantes con nombre')} y ${n(unnamed, 'sin nombre', 'sin nombre')} en ${n(reports, 'informe', 'informes')}.`,
    card: (label, passages, reports) => `${label}: ${n(passages, 'pasaje', 'pasajes')} en ${n(reports, 'informe', 'informes')}.`,
    noFindings: (who) => (who ? `El informe no da ninguna conclusión${by(who)}.` : 'El informe no presenta ninguna conclusión.'),
    findings: (count, who, reports) => `${n(count, 'conclusión', 'conclusiones')}${by(who, count)} en ${n(reports, 'informe', 'informes')}.`,
    findingsAbout: (count, who, topic) => `${n(count, 'conclusión', 'conclusiones')}${by(who, count)} sobre ${topic}.`,
    noFindingCredited: (who, topic) => `Ninguna conclusión del informe se atribuye a ${who}; esto es lo que el informe le atribuye sobre ${topic}.`,
    findingsInstead: (topic) => `Ningún pasaje se presenta como conclusión sobre ${topic}; esto es lo que dice el informe.`,
    quotes: (who, count) => `${who}: ${n(count, 'pasaje', 'pasajes')}.`,
    quotesAbout: (who, topic, count) => `${who} sobre ${topic}: ${n(count, 'pasaje', 'pasajes')}.`,
    allOfTheirs: (topic) => `Ninguno de sus pasajes habla de ${topic} con estas palabras; esto es todo lo que dice.`,
    closestOfTheirs: 'Ninguno de sus pasajes lo dice con estas palabras; este es el que más se acerca.',
    inOtherWords: (from) => `A partir del pasaje ${from}, se habla de ello con otras palabras.`,
    describedClosest: (name, topic) => `Nadie en el informe se llama ${name}; sobre ${topic}, esto es lo que más se acerca.`,
    silent: (who, mentions) => `${who} no dice nada en el informe${mentions ? `; ${n(mentions, 'pasaje lo menciona', 'pasajes lo mencionan')}` : ''}.`,
    searchMatches: (count, query) => `${n(count, 'pasaje coincide', 'pasajes coinciden')} con ${query}.`,
    picked: 'El pasaje elegido:',
    underHeading: 'Algunas de las palabras están en el título de la sección sobre estos pasajes, no en los pasajes mismos.',
    decides: (missing, count, subject) => `El informe nunca dice ${missing.join(' ni ')}; ${n(count, 'pasaje', 'pasajes')} sobre ${subject} lo deciden.`,
    unknownCommand: (name) => `No conozco el comando ${name}. Escribe /ayuda para ver lo que sé responder.`,
    newConversation: 'Nueva conversación: he olvidado de quién y de qué hablábamos. Pregunta.',
    slowDown: (seconds) => `Preguntas un poco rápido: espera ${seconds} s y vuelve a intentarlo.`,
    reportHelp: (where) =>
      `Los informes propios de ${where === 'server' ? 'este servidor' : 'este espacio de trabajo'}: añadir uno desde un archivo o una página web, listarlos, quitar uno, ver qué les falta (todo salvo list es para sus gestores).`,
    outdatedCommand: (name) => `Ya no conozco ${name}: puede que los comandos estén desactualizados. Prueba /ayuda.`,
    summary: {
      nothingLoaded: 'No hay ningún informe cargado: no hay nada que resumir.',
      several: (count, wanted) => `${n(count, 'informe coincide', 'informes coinciden')} con ${wanted}: nombra uno.`,
      noneCalled: (wanted, count) => `Ningún informe se llama ${wanted}. Hay ${n(count, 'informe', 'informes')}: /acerca-de los enumera.`,
      onlyOne: (wanted) => `Ningún informe se llama ${wanted}; este es el único cargado.`,
      oneOf: (count) => `Uno de ${n(count, 'informe', 'informes')}; /resumen sin informe resume brevemente cada uno.`,
      each: (count, example) => `${n(count, 'informe', 'informes')}, cada uno en breve. Para uno entero, nómbralo: /resumen ${example}`,
      firstShown: (shown) => `Aquí están los ${shown} primeros; /acerca-de los enumera todos, y /resumen <título> resume cualquiera.`,
      full: (title, author, sections, speakers, findings) =>
        `${title}${author ? ` de ${author}` : ''}: ${n(sections, 'sección', 'secciones')}, ${n(speakers, 'participante', 'participantes')} además del autor, ${n(findings, 'conclusión', 'conclusiones')}.`,
    },
    conversation: {
      lost: (what) =>
        `No sé bien ${{ more: 'de qué mostrar más', whom: 'a quién te refieres', that: 'qué es «eso»', why: 'a qué se refiere «por qué»', other: 'quién es «el otro»' }[what]}: haz primero una pregunta (por ejemplo «¿quién dijo que el código abierto va por delante?») y luego sigue.`,
      onlyOnePerson: (label) => `La última respuesta solo hablaba de ${label ?? 'nadie'}: nombra a la otra persona, o pide /participantes.`,
      on: (topic) => `Sobre ${topic}:`,
      more: (topic) => (topic ? `Más sobre ${topic}:` : 'Más:'),
      whoMore: (who) => `${who}, más:`,
      whoOn: (who, topic) => `${who}, sobre ${topic}:`,
      besides: (who, topic) => `Además de ${who}, sobre ${topic}:`,
      findingsOn: (topic) => `Conclusiones sobre ${topic}:`,
      why: (who) => `Por qué, en las palabras en torno a ${who ? `lo que dijo ${who}` : 'ese pasaje'}:`,
      noOneElse: (who) => `Nadie más en el informe lo dice: solo ${who}.`,
      nothingMore: 'Nada más: eso era todo lo que el informe dice de ello.',
      byOthers: (count) => `${n(count, 'pasaje', 'pasajes')} de otras personas.`,
      morePassages: (count) => `${n(count, 'pasaje más', 'pasajes más')}.`,
      changed: 'El informe ha cambiado desde esa respuesta: vuelve a preguntar.',
      nothingAround: 'el informe no dice nada más en torno a ello.',
      around: (count) => `${n(count, 'pasaje', 'pasajes')}.`,
    },
    who: {
      author: (name) => (name ? `el autor, ${name}` : 'el autor (sin nombre en el informe)'),
      theAuthor: 'el autor',
      unnamed: (description, author) => `${description} (sin nombre en el informe)${author ? `, según relata el autor, ${author}` : ''}`,
      reportedBy: (who, author) => `${who}, según relata el autor${author ? `, ${author}` : ''}`,
      unknown: 'un interlocutor desconocido',
      role: 'autor',
    },
    terminal: {
      welcome: (titles, passages) => `report-bot: pregúntame sobre ${titles} (${n(passages, 'pasaje', 'pasajes')}).\nEscribe /ayuda para ver los comandos, /quit o Ctrl-D para salir.`,
      bye: 'Adiós.',
      failed: (problem) => `Lo siento, algo salió mal al responder (${problem}). Prueba con otras palabras.`,
    },
    report: {
      notInPlace: '/report funciona en un servidor: allí añade, lista y quita los informes propios de ese servidor. Aquí respondo a partir de los informes compartidos (/acerca-de los lista).',
      notAllowed: 'Solo los miembros con el permiso Gestionar servidor pueden gestionar los informes de este servidor.',
      notAllowedSlack: 'Solo los administradores y propietarios del espacio de trabajo, y las personas nombradas en REPORT_ADMINS, pueden añadir o quitar sus informes o ver sus lagunas. Cualquiera puede usar /report list.',
      addWhat: 'Indica el informe que quieres añadir: un archivo (`file`) o la dirección de una página web (`url`).',
      addOne: 'Un informe cada vez: un archivo o una dirección, no ambos.',
      addWhatSlack: 'Indica la dirección de una página web: `/report add https://…`. Para añadir un archivo (PDF, Word .docx, .html, .md, .txt), compártelo conmigo en un mensaje directo, o en un canal mencionándome.',
      unknownSubcommand: 'Conozco /report add, /report list, /report remove y /report gaps.',
      noShelf: (where) => `Este bot no guarda informes propios de ${where === 'server' ? 'un servidor' : 'un espacio de trabajo'}.`,
      working: (what) => `Procesando /report add ${what}: la respuesta llegará aquí en unos segundos.`,
      oneFile: 'Un informe cada vez: un solo archivo por mensaje.',
      noFileAddress: (name) => `No se puede importar ${name}: Slack no dijo de dónde descargarlo. Compártelo de nuevo, o añade una página web con /report add <dirección>.`,
      added: (title, author, where) => `${title}${author ? ` de ${author}` : ''} añadido: ahora respondo a partir de él en ${place(where)}.`,
      read: (format, sections, passages, speakers, unnamed) =>
        `${format} · ${n(sections, 'sección', 'secciones')}, ${n(passages, 'pasaje', 'pasajes')} · ${speakers.length || unnamed ? `interlocutores encontrados: ${[...speakers, ...(unnamed ? [`${unnamed} sin nombre`] : [])].join(', ')}` : 'ningún interlocutor aparte del autor'}`,
      leftOut: (dropped) => `Omitido: ${dropped.join('; ')}`,
      removed: (title) => `${title} quitado: ya no respondo a partir de él aquí.`,
      listLead: (total, own, shared) => (own ? `Aquí respondo a partir de ${n(total, 'informe', 'informes')}: ${own} añadido${own > 1 ? 's' : ''} aquí, ${shared} compartido${shared > 1 ? 's' : ''} por todos.` : `Respondo a partir de ${n(total, 'informe', 'informes')}, compartido${total > 1 ? 's' : ''} por todos.`),
      addedHere: 'Añadidos aquí:',
      sharedHeading: 'Compartidos (la carpeta del operador):',
      listed: (title, author, passages) => `${title}${author ? ` de ${author}` : ''} · ${n(passages, 'pasaje', 'pasajes')}`,
      addedBy: (who, when, id) => `añadido por ${who}${when ? ` el ${when}` : ''} · identificador ${id}`,
      someone: 'alguien',
      user: (id) => `usuario ${id}`,
      gapsOff: 'Este bot no registra opiniones (FEEDBACK=off): no hay lagunas que mostrar.',
      gapsNone: 'Ninguna pregunta sin respuesta ni con 👎 aquí últimamente.',
      gapsLead: 'Las preguntas hechas aquí que los informes no respondieron bien, las más frecuentes primero:',
      gap: (count, kind, command, question, last) => `${count}× ${kind === 'unanswered' ? 'sin respuesta' : '👎'} · ${command} ${question} · última vez el ${last}`,
      terminalOnly: (subcommand) => `/report ${subcommand} es para servidores de Discord y Slack: aquí, añade un informe con npm run import, o quita su archivo de la carpeta de informes.`,
      exists: (where, id, title) => `${capital(place(where))} ya tiene un informe llamado ${id} (${title}): quítalo primero (/report remove) y vuelve a añadirlo.`,
      noSuch: (where, id) => `${capital(place(where))} no tiene ningún informe ${id}: /report list los muestra.`,
      sharedNotYours: (title) => `${title} lo comparten todos: quitarlo le toca al operador, de la carpeta de informes.`,
      notLoaded: (where) => `los informes de ${place(where)} no lo cargaron`,
      cannotAdd: (name, problem) => `No se puede añadir ${name}: ${problem}`,
      cannotImport: (name, problem) => `No se puede importar ${name}: ${problem}`,
      importRunning: 'Ya hay una importación en curso aquí: espera a que termine (su respuesta lo dirá) y vuelve a intentarlo.',
      removing: (where) => `Se está quitando un informe de ${place(where)} ahora mismo: espera a que termine y vuelve a intentarlo.`,
      unavailable: 'No se puede acceder ahora a la base de datos de informes, así que no se cambió nada: vuelve a intentarlo en unos minutos.',
    },
    importProblems: {
      notHttp: ({ extensions }) => `solo se pueden descargar direcciones http y https; para un archivo, indique su ruta (${extensions} o una dirección http(s))`,
      unknownType: ({ extension, extensions }) => `${extension ? `un archivo ${extension}` : 'un archivo sin extensión'} no es un formato que sepa importar (${extensions} o una dirección http(s))`,
      oldWordName: () => 'un archivo .doc es un archivo antiguo de Word: ábralo en Word o LibreOffice, guárdelo como .docx e importe ese',
      empty: () => 'el archivo está vacío',
      contentIsNot: ({ expected, content }) => `no es ${EXPECTED[expected]}: su contenido parece ${CONTENT[content]}`,
      oldWordContent: () => 'no es un archivo .docx: es un archivo antiguo de Word (.doc) o uno protegido con contraseña; quite la contraseña o guárdelo como .docx e importe ese',
      notAFile: ({ kind }) => `${FILE_KINDS[kind]}, no un archivo`,
      cannotOpen: ({ cause }) => ({ missing: 'el archivo no existe', denied: 'el archivo no se puede leer (permiso denegado)', loop: 'un enlace que apunta a sí mismo', other: 'el archivo no se puede leer' })[cause],
      tooLarge: ({ what, size, limit }) => `${FETCHED[what]} ${size === null ? 'supera' : `ocupa ${bytes(size)}, más que`} el límite de ${bytes(limit)}`,
      timedOut: ({ seconds }) => `ninguna respuesta completa en ${seconds} s (tiempo agotado)`,
      cannotFetch: ({ what }) => `no se pudo descargar ${FETCHED[what]}`,
      brokeOff: () => 'la descarga se interrumpió',
      tooManyRedirects: () => 'demasiadas redirecciones',
      unreachable: ({ code }) => `no se puede contactar con el servidor (${code})`,
      notPublic: ({ host }) => `no se pudo descargar la página (${host} no es una dirección pública: desde el chat solo se pueden añadir páginas web públicas)`,
      serverAnswered: ({ what, status }) => `el servidor respondió ${status} en lugar de dar ${FETCHED[what]}`,
      notWebPage: ({ mediaType, downloadIt }) => `la respuesta es ${mediaType ?? 'de un tipo no indicado'}, no una página web (HTML)${downloadIt ? ': descárguela e importe el archivo' : ''}`,
      pdfTruncated: () => 'el PDF está truncado (no termina en %%EOF): descárguelo o expórtelo de nuevo',
      pdfBomb: ({ limit }) => `su texto y sus dibujos descomprimidos superarían el límite de ${bytes(limit)}: rechazado antes de leerlo (¿una bomba de compresión?)`,
      pdfUncountable: ({ limit }) => `lo que ocupan sus flujos descomprimidos no se puede comparar con el límite de ${bytes(limit)} antes de leerlo: por eso se rechaza`,
      pdfEncrypted: () => 'el PDF está cifrado con contraseña: guarde una copia sin contraseña (o descífrelo, por ejemplo «qpdf --decrypt --password=... entrada.pdf salida.pdf») e importe esa',
      pdfDamaged: () => 'PDF ilegible: está dañado o no es un PDF',
      pdfUnreadable: () => 'el PDF no se puede leer',
      tooManyPages: ({ pages, limit }) => `el PDF tiene ${pages.toLocaleString('es')} páginas, más que el límite de ${limit.toLocaleString('es')} páginas: divídalo`,
      noTextLayer: ({ pages }) => `el PDF no tiene capa de texto (${pages === 1 ? 'su página es una imagen' : `sus ${pages} páginas son imágenes`}, como en un escaneo): aplíquele OCR primero (por ejemplo «ocrmypdf entrada.pdf salida.pdf») e importe el resultado`,
      noWordDocument: () => 'no es un documento de Word: el archivo comprimido no tiene word/document.xml',
      zipBomb: ({ size, limit }) => `su XML descomprimido ocuparía ${bytes(size)}, más que el límite de ${bytes(limit)}: rechazado antes de descomprimirlo (¿una bomba zip?)`,
      wordDamaged: () => 'archivo de Word ilegible: está dañado o truncado (un .docx es un archivo zip, y este no se puede abrir)',
      zipRefused: () => 'rechazado: su archivo zip tiene demasiadas entradas, o se descomprime a más de lo que declara',
      doctype: ({ part }) => `${part} declara un DOCTYPE (entidades XML, que pueden crecer sin límite; Word nunca escribe uno): rechazado`,
      blockTooLarge: ({ part, block, size, limit }) =>
        `${part} tiene ${BLOCKS[block] ?? 'un bloque'} de ${bytes(size)} de XML, más que los ${bytes(limit)} que puede ocupar un párrafo o una fila de tabla (cada uno se lee entero): divídalo en Word e impórtelo de nuevo`,
      hasFrontMatter: () => 'el archivo ya tiene una cabecera de metadatos: cambie allí su título o su autor',
      noTitle: () => 'el documento no indica ningún título',
      noText: ({ extracted }) => `no queda ningún texto tras ${extracted === 'article' ? 'extraer el artículo' : extracted === 'document' ? 'extraer el documento' : 'la extracción'}: no hay nada que importar`,
      wouldNotLoad: ({ line }) => `el resultado no se cargaría como informe (línea ${line ?? '-'})`,
      reportTooLarge: ({ size, limit }) => `el informe ocuparía ${bytes(size)}, más que los ${bytes(limit)} que lee el bot: divida el documento`,
      exists: ({ target }) => `${target} ya existe`,
      cannotCreateFolder: () => 'no se pudo crear la carpeta de informes',
      cannotWrite: () => 'no se pudo escribir el informe',
      outOfMemory: ({ mb }) => `leerlo requiere más que los ${mb} MB de memoria que puede usar una importación: divida el documento`,
    },
    labels: {
      try: 'Prueba',
      alsoClose: 'También cerca:',
      finding: 'conclusión',
      where: (section, paragraph, report) => `${section}, párrafo ${paragraph} · ${report}`,
      introduction: 'Introducción',
      andMore: (count) => `… y ${count} más. Añade palabras para acotar la búsqueda.`,
      passages: (count) => n(count, 'pasaje', 'pasajes'),
      namedAs: 'Nombrado en el texto',
      inReports: 'En',
      introducedHere: 'Presentado aquí:',
      by: (author) => (author ? `de ${author}` : 'autor sin nombre'),
      source: (source) => `fuente: ${source}`,
      reportCounts: (passages, speakers, findings) => `${n(passages, 'pasaje', 'pasajes')}, ${n(speakers, 'participante', 'participantes')} además del autor, ${n(findings, 'conclusión', 'conclusiones')}`,
      fields: { author: 'Autor', event: 'Evento', date: 'Fecha', source: 'Fuente', language: 'Idioma', passages: 'Pasajes', speakers: 'Participantes', findings: 'Conclusiones', organisation: 'Organización', role: 'Cargo', reports: 'Informes', sections: 'Secciones', section: 'Sección', paragraph: 'Párrafo', finding: 'Conclusión' },
      yes: 'sí',
      introducedIn: (section, paragraph) => `Presentado en ${section}, párrafo ${paragraph}:`,
      privateAnswers: 'Respuestas privadas',
      discordPrivate: 'Cada comando tiene una opción `private`: solo tú ves la respuesta, con un botón para compartirla.',
      notNamed: 'sin nombre',
      besidesAuthor: (count) => `${count} además del autor`,
      inChat: 'En un mensaje directo, o mencionándome en un canal',
      justAsk: 'O simplemente pregunta',
      forExample: 'p. ej.',
      slackPrivate: 'Las respuestas a los comandos son privadas al principio: *Compartir en el canal* muestra una a todos. En cualquier mensaje, *Más acciones › Who said this?* encuentra quién lo dijo.',
      whoSpeaks: 'Quién habla',
      onlyAuthor: 'solo el autor',
      andOthers: (count) => `y ${count} más`,
      moreSpeakers: (count) => `… y ${count} más: /participantes`,
      moreFindings: (count) => `… y ${count} más: /conclusiones`,
      sectionCount: (count) => n(count, 'sección', 'secciones'),
      findingCount: (count) => n(count, 'conclusión', 'conclusiones'),
      sections: (from, to, total) => (from === null ? `Secciones: ${total}` : `Secciones ${from}–${to} de ${total}`),
      noSentence: '(ninguna frase que mostrar)',
      findingsTotal: (count, shown) => `Conclusiones: ${count}${shown !== undefined && count > shown ? `, las ${shown} primeras:` : ''}`,
      page: (page, pages) => `Página ${page} de ${pages}`,
      next: 'Siguiente',
      previous: 'Anterior',
      share: 'Compartir en el canal',
      helpful: 'Útil',
      notHelpful: 'No útil',
    },
    examples: {
      whoSaid: (phrase) => `¿quién dijo ${phrase}?`,
      quotesAbout: (who, topic) => `¿qué dijo ${who} sobre ${topic}?`,
      whoIs: (name) => `¿quién es ${name}?`,
      anythingAbout: (topic) => `¿hay algo sobre ${topic}?`,
      findingsAbout: (topic) => `conclusiones sobre ${topic}`,
      anythingElse: 'cualquier otra cosa se busca en el informe',
      about: 'sobre',
    },
    notices: {
      apology: 'Lo siento, algo falló al responder. Queda registrado; inténtalo de nuevo, por favor.',
      notYourPages: 'Solo quien preguntó puede pasar estas páginas. Ejecuta el comando tú mismo para tener tu copia.',
      expired: 'Esta lista ha caducado (el bot se reinició). Vuelve a ejecutar el comando, por favor.',
      noText: 'Ese mensaje no tiene texto que buscar (solo adjuntos).',
      changed: 'Los informes han cambiado desde esta respuesta. Vuelve a ejecutar el comando, por favor.',
      votedThanks: 'Gracias por tu opinión.',
      placeLoading: 'Los informes de este espacio aún se están cargando (su primera pregunta en un tiempo): vuelve a preguntar en unos segundos.',
      dislikedThanks: 'Gracias: anotado que esta respuesta no ayudó (la pregunta y los pasajes, no quién eres), para quien gestiona los informes aquí.',
    },
  },
  discordLocales: ['es-ES', 'es-419'],
  commandExtras: {
    report: 'Los informes propios de este servidor: añadir, listar, quitar, ver lo que les falta',
    add: 'Añadir un informe desde un archivo (PDF, Word, HTML, Markdown, texto) o una página web',
    list: 'Los informes de los que responde este servidor, quién añadió cada uno y cuándo',
    remove: 'Quitar uno de los informes de este servidor',
    gaps: 'Las preguntas hechas aquí más a menudo que ningún informe respondió, o que recibieron 👎',
    file: 'El informe: un archivo PDF, Word .docx, .html, .md o .txt',
    url: 'La dirección de una página web que añadir en lugar de un archivo',
    which: 'El informe que quitar',
    private: 'Solo tú ves la respuesta (con un botón para compartirla)',
  },
  commands: {
    'who-said': { name: 'quien-lo-dijo', description: 'Quién dijo estas palabras, con el pasaje y su autor', options: { text: { name: 'texto', description: 'Las palabras que recuerdas, con erratas o sin ellas' } } },
    quotes: { name: 'citas', description: 'Lo que dijo una persona, sobre un tema o todo', options: { speaker: { name: 'persona', description: 'Un nombre, un cargo («la alcaldesa»), una organización' }, topic: { name: 'tema', description: 'Solo lo que dijo sobre esto' } } },
    findings: { name: 'conclusiones', description: 'Las conclusiones del informe', options: { topic: { name: 'tema', description: 'Solo las conclusiones sobre esto' }, speaker: { name: 'persona', description: 'Solo las que presenta esta persona' } } },
    speakers: { name: 'participantes', description: 'Quién habla en el informe', options: { name: { name: 'nombre', description: 'Una persona: quién es y dónde la presenta el informe' } } },
    search: { name: 'buscar', description: 'Buscar palabras en el informe', options: { text: { name: 'texto', description: 'Palabras a buscar, con erratas o sin ellas' } } },
    help: { name: 'ayuda', description: 'Lo que sabe hacer el bot, con ejemplos' },
    about: { name: 'acerca-de', description: 'Los informes que conoce el bot' },
    summary: { name: 'resumen', description: 'El informe en breve', options: { report: { name: 'informe', description: 'Qué informe, si hay varios' } } },
    new: { name: 'nueva', description: 'Nueva conversación: olvidar de quién y de qué hablaban las últimas respuestas' },
  },
};
