import snowball from 'snowball-stemmers';
import { framePattern, topicOf } from './accents.ts';
import type { Frame, Language, Rule } from './types.ts';

/** Spanish: "dijo la alcaldesa", "según X", "afirmó", and "¿quién dijo …?", "¿qué dijo X sobre Y?". */

const stemmer = snowball.newStemmer('spanish');

/** Third person preterite and present of the verbs that report speech: "dijo", "dice". */
const VERBS = [
  'dijo', 'dice', 'afirmó', 'afirma', 'explicó', 'explica', 'añadió', 'añade', 'agregó', 'agrega', 'señaló', 'señala',
  'declaró', 'declara', 'aseguró', 'asegura', 'advirtió', 'advierte', 'indicó', 'indica', 'sostuvo', 'sostiene', 'insistió',
  'insiste', 'reconoció', 'reconoce', 'lamentó', 'lamenta', 'criticó', 'critica', 'propuso', 'propone', 'pidió', 'pide',
  'recordó', 'recuerda', 'subrayó', 'subraya', 'precisó', 'precisa', 'comentó', 'comenta', 'respondió', 'responde',
  'estimó', 'estima', 'opinó', 'opina', 'anunció', 'anuncia', 'prometió', 'promete', 'concluyó', 'concluye', 'escribió',
  'acusó', 'acusa', 'denunció', 'denuncia', 'reclamó', 'reclama', 'exigió', 'exige', 'admitió', 'admite', 'confesó', 'apuntó',
  'apunta', 'matizó', 'bromeó', 'relató', 'contó', 'cuenta', 'explicaba', 'decía', 'bromeaba', 'comentaba', 'recordaba',
  'lamentaba', 'insistía', 'aseguraba', 'contaba', 'advertía', 'sugirió', 'sugiere', 'defendió', 'defiende', 'replicó', 'respondía',
];

const STOP_WORDS = (
  'el la los las lo un una unos unas del que qué quien quién quienes cual cuál se su sus es fue ha ' +
  'para por sobre entre hasta desde según como cómo cuando muy más pero ya también este esta estos estas ese esa ' +
  'esos esas le les nos mis tu tus él ellos ellas yo usted ustedes nosotros'
).split(' ');

const ROLE_NOUNS = [
  'alcalde', 'alcaldesa', 'presidente', 'presidenta', 'director', 'directora', 'economista', 'portavoz', 'ministro',
  'ministra', 'diputado', 'diputada', 'senador', 'senadora', 'concejal', 'concejala', 'investigador', 'investigadora',
  'profesor', 'profesora', 'médico', 'médica', 'enfermero', 'enfermera', 'agricultor', 'agricultora', 'abogado',
  'abogada', 'juez', 'jueza', 'secretario', 'secretaria', 'fundador', 'fundadora', 'analista', 'ingeniero', 'ingeniera',
  'vecino', 'vecina', 'hidrólogo', 'hidróloga', 'agrónomo', 'agrónoma', 'técnico', 'técnica', 'regante', 'representante', 'coordinador', 'coordinadora', 'experto', 'experta', 'consejero', 'consejera',
];

const ROLE_IN_ENGLISH: Record<string, string> = {
  alcalde: 'mayor', alcaldesa: 'mayor', presidente: 'president', presidenta: 'president', director: 'director', directora: 'director',
  economista: 'economist', portavoz: 'spokesperson', ministro: 'minister', ministra: 'minister', concejal: 'councillor', concejala: 'councillor',
  investigador: 'researcher', investigadora: 'researcher', profesor: 'professor', profesora: 'professor', médico: 'doctor', médica: 'doctor',
  enfermero: 'nurse', enfermera: 'nurse', agricultor: 'farmer', agricultora: 'farmer', abogado: 'lawyer', abogada: 'lawyer', juez: 'judge',
  jueza: 'judge', hidrólogo: 'hydrologist', hidróloga: 'hydrologist', vecino: 'resident', vecina: 'resident', ingeniero: 'engineer', ingeniera: 'engineer',
};

const FINDING_NOUNS = ['conclusiones', 'conclusión', 'recomendaciones', 'recomendación', 'resultados', 'hallazgos', 'claves', 'puntos clave', 'en resumen', 'decisiones', 'datos clave'];

const SAID = 'dijo|afirmó|declaró|explicó|aseguró|advirtió|propuso|pidió|escribió|sugirió|criticó|anunció|prometió';
const ABOUT = '(?:sobre|acerca de|de|del|respecto a|en cuanto a) ';
const RESULTS = '(?:conclusiones|recomendaciones|resultados|hallazgos|decisiones|claves)';

const re = framePattern;

const FRAMES: Rule[] = [
  [re('(?:ayuda|hola|gracias)'), () => ({ command: 'help' })],
  [re('(?:quiénes (?:hablan|hablaron|participan|son los (?:participantes|ponentes|portavoces))|(?:los )?participantes)'), () => ({ command: 'speakers' })],
  [re(`(?:cuáles (?:son|fueron) )?(?:las |los )?(?:principales )?${RESULTS}(?: ${ABOUT}(?<topic>.+))?`), (m): Frame => ({ command: 'findings', topic: topicOf(m) })],
  [re('quién (?:es|era) (?<name>.+)'), (m, knows) => (knows(m.groups?.name ?? '') ? { command: 'card', name: m.groups?.name ?? '' } : null)],
  [re(`quién (?<verb>${SAID})(?: que)?\\s*(?<words>.+)`), (m) => ({ command: 'who-said', text: /^(?:dijo|afirmó|declaró|escribió)$/i.test(m.groups?.verb ?? '') ? (m.groups?.words ?? '') : `${m.groups?.verb} ${m.groups?.words}` })],
  [re(`quién (?:habló|hablo|mencionó|se refirió a|criticó|defendió) (?:${ABOUT})?(?:la |el |los |las )?(?<topic>.+)`), (m) => ({ command: 'who-said', text: `about ${m.groups?.topic}` })],
  [re(`qué (?:dijo|dice|opina|piensa|pidió|propuso|propone|pide|advirtió) (?<who>.+?)(?: ${ABOUT}(?<topic>.+))?`), (m) => ({ command: 'quotes', speaker: m.groups?.who ?? '', topic: topicOf(m) })],
];

export const spanish: Language = {
  code: 'es',
  detectCode: 'spa',
  name: 'español',
  stem: (word) => stemmer.stem(word),
  stopWords: STOP_WORDS,
  of: ['de la', 'de los', 'de las', 'del', 'de'],
  articles: ['el', 'la', 'los', 'las'],
  speech: { verbs: VERBS, before: [...VERBS, 'según'], pronouns: [] },
  roleNouns: ROLE_NOUNS,
  people: { articles: ['un', 'una', 'el', 'la'], nouns: ['vecino', 'vecina', 'agricultor', 'agricultora', 'madre', 'padre', 'fuente', 'testigo', 'comerciante', 'trabajador', 'trabajadora', 'jubilado', 'jubilada', 'conductor', 'conductora', 'pescador', 'pescadora', 'ganadero', 'ganadera', 'voluntario', 'voluntaria', 'enfermero', 'enfermera', 'médico', 'médica', 'profesor', 'profesora', 'estudiante', 'experto', 'experta', 'regante'] },
  roleInEnglish: ROLE_IN_ENGLISH,
  spokenTitles: ['discurso', 'declaración', 'carta', 'mensaje', 'intervención'],
  bylineOpeners: ['por', 'texto', 'redactado por', 'entrevista de'],
  notNames: ('El La Los Las Un Una Y Pero Para Según En Con Por Del Al Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre Señor Señora Sra Srta Doña Sí Gracias Este Esta Estos Estas Desde Hasta Sobre Cuando Como Donde Quien Hoy Ayer Mañana' ).split(' '),
  labelWords: ['asistentes', 'presentes', 'ausentes', 'nota', 'fuente', 'fuentes', 'lugar', 'fecha', 'asunto', 'decisión', 'decisiones', 'votación', 'conclusión', 'conclusiones', 'recomendaciones', 'participantes', 'ponentes'],
  rosterPhrases: ['presidida por', 'presidido por', 'moderada por', 'moderado por', 'con la participación de', 'en presencia de'],
  rosterWords: ['asistentes', 'presentes', 'ausentes', 'participantes', 'invitados', 'ponentes', 'intervinientes'],
  findings: { nouns: FINDING_NOUNS, one: ['conclusión', 'recomendación', 'hallazgo', 'propuesta', 'resultado'] },
  frames: FRAMES,
  replies: {
    saidIt: (who, byAuthor, close) => `${who} lo ${byAuthor ? 'escribió' : 'dijo'}${close ? ' (o algo parecido)' : ''}.`,
    nothingMatches: (query) => `Nada en el informe coincide lo bastante con ${query} para decir quién lo dijo.`,
    noSuchSpeaker: (name) => `Nadie llamado ${name} habla en el informe.`,
    help: 'Respondo preguntas sobre el informe: quién dijo qué, sus conclusiones y quién habla en él.',
    searchNothing: (query) => `El informe no dice nada sobre ${query}.`,
    findingsNothing: (topic, whose) => `Ninguna conclusión${whose.replace(/^ of /, ' de ')} del informe trata de ${topic}.`,
    saysNothingAbout: (who, topic) => `${who} no dice nada sobre ${topic} en el informe.`,
  },
  discordLocales: ['es-ES', 'es-419'],
  commands: {
    'who-said': { name: 'quien-lo-dijo', description: 'Quién dijo estas palabras, con el pasaje y su autor', options: { text: { name: 'texto', description: 'Las palabras que recuerdas, con erratas o sin ellas' } } },
    quotes: { name: 'citas', description: 'Lo que dijo una persona, sobre un tema o todo', options: { speaker: { name: 'persona', description: 'Un nombre, un cargo («la alcaldesa»), una organización' }, topic: { name: 'tema', description: 'Solo lo que dijo sobre esto' } } },
    findings: { name: 'conclusiones', description: 'Las conclusiones del informe', options: { topic: { name: 'tema', description: 'Solo las conclusiones sobre esto' }, speaker: { name: 'persona', description: 'Solo las que presenta esta persona' } } },
    speakers: { name: 'participantes', description: 'Quién habla en el informe', options: { name: { name: 'nombre', description: 'Una persona: quién es y dónde la presenta el informe' } } },
    search: { name: 'buscar', description: 'Buscar palabras en el informe', options: { text: { name: 'texto', description: 'Palabras a buscar, con erratas o sin ellas' } } },
    help: { name: 'ayuda', description: 'Lo que sabe hacer el bot, con ejemplos' },
  },
};
