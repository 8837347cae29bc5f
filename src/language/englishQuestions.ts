import { ASKED_VERB_FORMS } from './englishVerbs.ts';
import type { Frame, Rule } from './types.ts';

/** A noun for a kind of person, by a doer's ending ("reviewer", "analyst", "critic", "attendee") or as one of the few that have none. */
const A_KIND_OF_PERSON = String.raw`(?:[a-z-]*(?:[^m\s]er|or|ist|ian|ant|[^m\s]ent|ee|ic|ess)|judge|parent|nurse|guest|child|kid|mom|mum|dad|person|man|woman|witness|side|party|team|one|juror)s?`;

/**
 * How people phrase questions about a report, as patterns over one line of text: the frames
 * that say which command a question is ("who spoke about X" is a who-said about a topic,
 * "what did X say about Y" a quotes), built once from the word lists below.
 */

/** "Can you tell me who said …", "please find …", "I'd like to know …": politeness, not content. */
export const POLITE_OPENING =
  /^(?:(?:hey|hi|hello|ok|okay|so|um|well|and|also|please|bot)[,!]?\s+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell\s+me|show\s+me|find(?:\s+out)?|look\s+up|let\s+me\s+know|check)\s+|(?:do|does)\s+(?:you|anyone)\s+know\s+|i(?:'d|’d|\s+would)\s+like\s+to\s+know\s+|i\s+(?:want|need)\s+to\s+know\s+|i\s+wonder(?:ed)?\s+|(?:please\s+)?(?:tell|show)\s+me\s+(?=who|what|which|where|whether|if|how)|please\s+)/i;

/** Feelings a question asks about: "who was worried about X", "what excites Y". */
export const FEELINGS = [
  'worried', 'concerned', 'excited', 'enthusiastic', 'sceptical', 'skeptical', 'optimistic', 'pessimistic', 'critical',
  'positive', 'negative', 'unhappy', 'happy', 'frustrated', 'impressed', 'nervous', 'afraid', 'scared', 'confident',
  'doubtful', 'keen', 'bullish', 'bearish', 'upbeat', 'cautious', 'angry', 'pleased', 'disappointed', 'hopeful',
  'anxious', 'wary', 'interested', 'passionate', 'curious', 'uneasy', 'alarmed', 'surprised', 'upset',
];
const FEELING = `(?:${FEELINGS.join('|')})`;

/** Verbs of saying, for "who said X": the finite forms of those a question asks with (englishVerbs.ts). */
const SAID = ASKED_VERB_FORMS.join('|');
/** Verbs of talking about a topic: "who spoke about X", "who mentioned X". */
const TALKED = 'spoke|speaks|talked|talks|was talking|is talking|were talking|wrote|writes|presented|presents|commented|comments|discussed|discusses|brought up|brings up|raised|raises|addressed|addresses|covered|covers|touched on|focused|focussed|focuses|mentioned|mentions|referred to|refers to|cared|cares|complained|complains|worried|worries|argued|argues|knows|knew|explained|explains|gave a talk|gave a presentation|presented on|was asked|were asked';
/** Words that stand for the report itself, never a speaker. */
const THE_REPORT = '(?:the\\s+|this\\s+)?(?:report|article|story|piece|text|document|paper|post|blog|transcript|minutes|interview|writeup|write-up|summary|coverage)';
/** What a summary is asked of: the report, or "this" (never a speaker or a topic). */
const SUMMARY_OF = `(?:${THE_REPORT}|this)`;
/** Asking for a summary: "summarise", "sum up", "give me a summary", "tl;dr". */
const SUMMARISE = "(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?)?(?:summari[sz]e|sum\\s+up|recap|(?:give\\s+me|i\\s+(?:want|need|would\\s+like))\\s+(?:a\\s+|the\\s+)?(?:summary|short\\s+version|gist|rundown|recap|overview|tl;?\\s?dr)|(?:a\\s+|the\\s+)?(?:summary|gist|overview|rundown|recap)|tl;?\\s?dr)";
/** Words that name a kind of report: "the LinuxWorld article", "the May minutes". */
const REPORT_NOUN = '(?:report|article|story|piece|document|transcript|paper|post|minutes|interview)';
const SOMEONE = '(?:anyone|anybody|someone|somebody|any(?:one|\\s+of\\s+the)\\s+(?:speakers?|people|panell?ists?|participants?)|people|they|the speakers|any speaker)';

/** Verbs a question wraps round its subject without meaning it: "why did X want a trial", "how does X feel about Y". */
const GENERIC_VERB = /^(?:want|wanted|go|get|make|do|have|feel|think|say|like|need|see|view)$/i;

/** Verbs that only mean "said": the question's topic is what follows them. */
const SAYING = /^(?:say|said|saying|tell us|tell me|write|written|share|discuss|talk about|speak about|speak of|mention|answer|reply|cover|covered|make of|think of|say about|believe|thought|present|presented|report|add|added|note)$/i;


/** What people call a report's results: findings, takeaways, highlights, actions, next steps … */
const RESULTS = '(?:findings?|conclusions?|results?|takeaways?|recommendations?|decisions?|lessons?(?:\\s+learned)?|key points|main points|points raised|highlights|actions|action items|action points|next steps|outcomes?|key themes|themes)';

const re = (source: string) => new RegExp(`^(?:${source})$`, 'i');

/**
 * The first of the named groups that matched: a pattern with alternatives names each one's group
 * differently. A name the pattern lacks is a mistake in this file, thrown at once rather than
 * read as an empty topic.
 */
function held(m: RegExpExecArray, ...names: string[]): string {
  for (const name of names) {
    const value = m.groups?.[name];
    if (value !== undefined) return value;
  }
  throw new Error(`phrasing: no group ${names.join(' or ')} matched in ${JSON.stringify(m.input)}`);
}

/**
 * The frames, in order; the first that matches and returns a frame wins. `knows` says whether
 * a name stands for a speaker of the loaded reports (a name, an organisation, a role).
 */
export const FRAMES: Rule[] = [
  [
    re('(?:help|\\?|commands|what can you do|what do you do|how does this work|how do i use (?:this|you)|hi|hello|hey|hiya|yo|greetings|good (?:morning|afternoon|evening)|thanks|thank you|cheers)(?:\\s+(?:there|bot|all|everyone))?'),
    () => ({ command: 'help' }),
  ],
  [
    re(
      `(?:speakers|people|who (?:spoke|speaks|talks|talked|is quoted|was quoted|took part|was interviewed|is interviewed|was on the panel|is on the panel|is in ${THE_REPORT}|are the (?:speakers|people|panell?ists|participants|sources|voices))|who'?s in ${THE_REPORT}|(?:list|show)(?: me)? (?:the |all (?:the )?)?(?:speakers|people|voices|sources))`,
    ),
    () => ({ command: 'speakers' }),
  ],
  // "summarise the article", "tl;dr", "what is this report about?": the report in brief. Only
  // the report's own words ask it: "what is KVM about?" is a question about KVM.
  [re(`${SUMMARISE}(?:\\s+(?:of\\s+)?${SUMMARY_OF})?(?:\\s+please)?`), () => ({ command: 'summary' })],
  [re(`what(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were)\\s+${SUMMARY_OF}\\s+(?:all\\s+)?about`), () => ({ command: 'summary' })],
  // "summarise the LinuxWorld article", "what is the garden minutes report about?": one report, named loosely.
  [
    re(`(?:${SUMMARISE}(?:\\s+of)?|what(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were))\\s+(?:the\\s+|this\\s+)?(?<report>\\S+(?:\\s+\\S+){0,4}?)\\s+${REPORT_NOUN}(?:\\s+(?:all\\s+)?about)?`),
    // "what is the X report" (without "about") asks which report; "summarise what Crosby said in the article" is about Crosby.
    (m) => ((/\s+about$/i.test(m[0]) || !/^what/i.test(m[0])) && !/^(?:what|who|whom|how|why|where|when|which|everything|anything)\b/i.test(held(m, 'report')) ? { command: 'summary', report: held(m, 'report') } : null),
  ],
  [re(`(?:about|(?:what(?:'s| is)|which) ${THE_REPORT}(?: about)?|which reports?|what reports? (?:do you have|are there))`), () => ({ command: 'about' })],
  // "who is Tony Iams?", "tell me about the analyst", "what do we know about Crosby"
  // "who is MK on the show?", "who was Hannah at the hearing?": where they appear is no part of the name.
  [re("(?:who|what)(?:\\s+(?:is|was)|'s|’s)\\s+(?<name>.+?)(?:\\s+(?:on|in|at|from)\\s+(?:the|this|that)\\s+(?<where>show|podcast|episode|programme|program|report|article|interview|meeting|hearing|call|panel|thread|page|transcript|video|debate|discussion|session|story))?"), (m, knows) => (knows(held(m, 'name')) ? { command: 'card', name: held(m, 'name') } : null)],
  // "which company does Ines work for?", "what does Crosby do?", "what is Iams' job?"
  [
    re("(?:(?:which|what)\\s+(?:company|organi[sz]ation|org|firm|employer|outfit|group|institution)\\s+(?:does|did|is)\\s+(?<whoseCompany>.+?)\\s+(?:work|works|working|with|for|at|from|belong)(?:\\s+(?:for|at|to|with))?|(?:who|where)\\s+(?:does|did)\\s+(?<whoseWorkplace>.+?)\\s+work(?:\\s+(?:for|at))?|what\\s+(?:does|did)\\s+(?<whoseWork>.+?)\\s+do(?:\\s+for\\s+a\\s+living)?|what(?:'s|’s|\\s+is|\\s+was)\\s+(?<whoseJob>.+?)['’]s?\\s+(?:job|role|title|position|job title|background))"),
    (m, knows) => {
      const name = held(m, 'whoseCompany', 'whoseWorkplace', 'whoseWork', 'whoseJob');
      return knows(name) ? { command: 'card', name } : null;
    },
  ],
  [re('(?:tell me (?:more )?about|what do (?:you|we) know about|introduce|describe|profile(?: of)?)\\s+(?<subject>.+?)'), (m, knows) => (knows(held(m, 'subject')) ? { command: 'card', name: held(m, 'subject') } : { command: 'search', text: held(m, 'subject') })],
  // "who said (that) X"; "who suggested X" keeps its verb, which the passage may hold ("FH suggested …").
  [
    re(`who\\s+(?<verb>${SAID})\\b(?:\\s+that)?[\\s:,]*(?<words>.+?)`),
    (m) => ({ command: 'who-said', text: /^(?:said|says|say|told|wrote|writes|thinks|thought)$/i.test(held(m, 'verb')) ? held(m, 'words') : `${held(m, 'verb')} ${held(m, 'words')}` }),
  ],
  // "X, according to Golden", "according to the analyst, X"
  [re('(?<topic>.+?),?\\s+according\\s+to\\s+(?<speaker>.+?)'), (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: held(m, 'topic') } : null)],
  [re('according\\s+to\\s+(?<speaker>.+?),\\s*(?<topic>.+?)'), (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: held(m, 'topic') } : null)],
  // "who spoke about X", "who mentioned X": a topic, answered by whoever speaks about it.
  [re(`(?:who|which\\s+(?:speaker|person|one|panell?ist|participant|analyst|executive|expert|guest))\\s+(?:${TALKED})\\s+(?:about|on|of|regarding|upon|to)?\\s*(?<topic>.+?)`), (m) => ({ command: 'who-said', text: `about ${held(m, 'topic')}` })],
  // "who was worried about X", "who is excited by X"
  [
    re(`(?:who|which\\s+\\w+)\\s+(?:is|was|were|are|seemed|seems|felt|feels|sounded|sounds|got|gets)\\s+(?:(?:most|more|very|really|so|particularly|especially|quite|the most)\\s+)?(?<feeling>${FEELING})\\s+(?:about|by|with|of|over|on|regarding|that)?\\s*(?<topic>.+?)`),
    (m) => ({ command: 'who-said', text: `${held(m, 'feeling')} about ${held(m, 'topic')}` }),
  ],
  // "did anyone mention X", "has anyone talked about X", "did any reviewer raise concerns about X"
  [
    re(`(?:did|does|has|have|do)\\s+(?:${SOMEONE}|any\\s+(?:of\\s+the\\s+)?[a-z-]+)\\s+(?:ever\\s+)?(?:mention|mentioned|say|said|talk|talked|discuss|discussed|bring up|brought up|raise|raised|cover|covered|address|addressed|refer to|referred to|comment on|commented on|speak|spoken|spoke)\\s*(?:anything\\s+)?(?:about|on|of|to|regarding)?\\s*(?<topic>.+?)`),
    (m) => ({ command: 'who-said', text: `about ${held(m, 'topic')}` }),
  ],
  // "what's the name of Ramji's presentation?": its title.
  [re("(?:what(?:'s|’s|s|\\s+is|\\s+was)|tell\\s+me)\\s+the\\s+(?:name|title)\\s+of\\s+(?<thing>.+?)"), (m) => ({ command: 'search', text: `title ${held(m, 'thing')}` })],
  // "is anyone doing real storage virtualization?"
  [re(`(?:is|are|was|were|does|do|did)\\s+(?:anyone|anybody|someone|somebody|people|any\\s+(?:users?|companies|customers|vendors))\\s+(?<activity>.+?)`), (m) => ({ command: 'search', text: held(m, 'activity') })],
  // "is there anything about X", "anything on X", "does the report mention X"
  [re('(?:is|are)\\s+there\\s+(?:anything|something|any\\s+\\w+|stuff|info(?:rmation)?|mentions?|passages?|quotes?)\\s+(?:about|on|regarding|of|that mentions?|mentioning|concerning)\\s+(?<topic>.+?)'), (m) => ({ command: 'search', text: held(m, 'topic') })],
  [re('(?:anything|something|everything)\\s+(?:about|on|regarding|concerning)\\s+(?<topic>.+?)'), (m) => ({ command: 'search', text: held(m, 'topic') })],
  // "what's the deal with KVM", "any news on the ABI?", "what happened with Xen": the gist of a topic.
  [re(`(?:what'?s|what’s|what\\s+is|whats)\\s+(?:the\\s+)?(?:deal|story|news|latest|situation|scoop|lowdown|verdict|word|thing|take|angle|score)\\s+(?:with|on|about|regarding|re|behind)\\s+(?<topic>.+?)`), (m) => ({ command: 'search', text: held(m, 'topic') })],
  [re(`(?:(?:is\\s+there|are\\s+there|got|have\\s+you\\s+got)\\s+)?any\\s+(?:news|info(?:rmation)?|word|updates?|thoughts|details|comments?|mentions?|takes?|talk)\\s+(?:on|about|regarding|re|of|from)\\s+(?<topic>.+?)`), (m) => ({ command: 'search', text: held(m, 'topic') })],
  [re(`(?:what'?s|what’s|whats)\\s+(?:up|going\\s+on|happening|new)\\s+(?:with|at|in)\\s+(?<upWith>.+?)|what\\s+(?:happened|happens)\\s+(?:with|to|at)\\s+(?<happenedTo>.+?)`), (m) => ({ command: 'search', text: held(m, 'upWith', 'happenedTo') })],
  [re(`(?:thoughts|anything\\s+interesting)\\s+(?:on|about)\\s+(?<topic>.+?)`), (m) => ({ command: 'search', text: held(m, 'topic') })],
  // "any findings about mixing Windows and Linux VMs?"
  [re(`(?:(?:are|were)\\s+there\\s+)?any\\s+(?:key\\s+)?(?:findings?|conclusions?|results?|takeaways?|recommendations?|decisions?)\\s+(?:about|on|for|regarding|concerning|re)\\s+(?<topic>.+?)`), (m) => ({ command: 'findings', topic: held(m, 'topic') })],
  [
    re(`(?:what|how)\\s+(?:does|did|do|is)\\s+${THE_REPORT}\\s+(?:say|said|tell us|tell me|mention|report|write|note|cover|discuss|talk)\\s*(?:about|on|regarding|of|concerning)?\\s*(?<topic>.*?)`),
    (m) => (held(m, 'topic') ? { command: 'search', text: held(m, 'topic') } : { command: 'summary' }),
  ],
  [re(`(?:what|which)\\s+(?:does|did|do)\\s+${THE_REPORT}\\s+(?:find|conclude|recommend|decide|show)\\s*(?:about|on|regarding|of)?\\s*(?<topic>.*?)`), (m) => ({ command: 'findings', topic: held(m, 'topic') || undefined })],
  [re(`(?:does|did|do)\\s+${THE_REPORT}\\s+(?:mention|say anything about|talk about|discuss|cover|refer to|address)\\s+(?<topic>.+?)`), (m) => ({ command: 'search', text: held(m, 'topic') })],
  [re(`(?:where|which\\s+(?:part|section|passage|paragraph)s?)\\s+(?:does|did|do|is|are)\\s+(?:${THE_REPORT}\\s+)?(?:say|talk|mention|discuss|cover|mentioned|discussed|talked)\\s*(?:about\\s+)?(?<topic>.+?)`), (m) => ({ command: 'search', text: held(m, 'topic') })],
  // "Tony Iams' findings about migration", "Crosby's view on KVM", "what's Tom's take on grid queues?", "the chair's main takeaways"
  [
    re("(?:(?:what|whats)(?:['’]s|\\s+(?:is|was|are|were))?\\s+)?(?<speaker>.+?)['’]s?\\s+(?:(?:main|key|big|biggest|top|final|chief|three|two|few)\\s+)?(?<kind>findings|conclusions|results|recommendations|takeaways|key points|lessons|view|views|take|opinion|opinions|position|thoughts|comments|quotes|words|argument|arguments|point|points|concerns?|predictions?|message|advice)\\s*(?:on|about|regarding|of|for|concerning)?\\s*(?<topic>.*?)"),
    (m, knows) => {
      const speaker = held(m, 'speaker');
      if (!knows(speaker)) return null;
      const findings = /^(?:findings|conclusions|results|recommendations|takeaways|key points|lessons)$/i.test(held(m, 'kind'));
      return { command: findings ? 'findings' : 'quotes', speaker, topic: held(m, 'topic') || undefined };
    },
  ],
  // "what did X find (about Y)"
  [re('what\\s+(?:did|does|do|has|have)\\s+(?<who>.+?)\\s+(?:find|found|conclude|recommend|learn|discover|decide|agree|resolve)\\b(?:\\s+(?:about|on|regarding|of|to|for)\\s+(?<topic>.+?))?'), (m) => quotesOrSearch(held(m, 'who'), m.groups?.topic, 'findings')],
  // "what was decided about the dome?", "what has been agreed on fees?"
  [re('what\\s+(?:was|were|has\\s+been|have\\s+been|is|got)\\s+(?:decided|agreed|resolved|concluded|recommended|found)\\s*(?:about|on|regarding|for|of|concerning)?\\s*(?<topic>.*?)'), (m) => ({ command: 'findings', topic: held(m, 'topic') || undefined })],
  // "how did the vote turn out?", "what was the result of the vote on the height?", "did the motion pass?": what was decided.
  [re('(?:how\\s+did\\s+the\\s+(?:vote|voting|ballot|roll\\s+call)(?:\\s+(?:on|about|for)\\s+(?<topic>.+?))?\\s+(?:turn\\s+out|go|end)|what\\s+(?:was|were)\\s+the\\s+(?:result|outcome|upshot)s?\\s+of\\s+the\\s+(?:vote|voting|ballot|roll\\s+call|meeting|hearing|debate)(?:\\s+(?:on|about|for)\\s+(?<topic2>.+?))?|(?:did|was)\\s+the\\s+(?:motion|proposal|amendment|resolution|application|project)\\s+(?:pass|passed|carry|carried|approved|adopted|rejected|fail))'), (m) => ({ command: 'findings', topic: m.groups?.topic ?? m.groups?.topic2 })],
  // "what actions were agreed?", "which recommendations were made about pay?"
  [re(`(?:what|which)\\s+${RESULTS}\\s+(?:were|was|have\\s+been|has\\s+been|are)\\s+(?:agreed|decided|made|reached|raised|taken|recommended|set\\s+out|proposed)\\s*(?:about|on|regarding|for|of|concerning)?\\s*(?<topic>.*?)`), (m) => ({ command: 'findings', topic: withoutSource(held(m, 'topic')) || undefined })],
  // "how many users did the analyst interview?"
  [
    re('how\\s+(?:many|much)\\s+(?<counted>.+?)\\s+(?:did|does|do|has|have)\\s+(?<speakerAndVerb>.+)'),
    (m, knows) => {
      const frame = whoThenVerb(held(m, 'speakerAndVerb'), knows);
      return frame?.command === 'quotes' ? { ...frame, topic: `${held(m, 'counted')} ${frame.topic ?? ''}`.trim() } : null;
    },
  ],
  // "why did councillor Okafor want a trial?", "where does Golden think Xen ends up?"
  [re('(?:why|how|when|where)\\s+(?:did|does|do|is|was|would|will|has|had)\\s+(?<speakerAndVerb>.+)'), (m, knows) => whoThenVerb(held(m, 'speakerAndVerb'), knows)],
  // "what did the justice minister tell Gideon Strawe about the court backlog?": whom they told is not what they said.
  [re('what\\s+(?:did|does|do|has|have|had)\\s+(?<who>.+?)\\s+(?:tell|told|say\\s+to|write\\s+to|reply\\s+to)\\s+(?:\\S+\\s+){0,3}?\\S+\\s+(?:about|on|regarding|concerning)\\s+(?<topic>.+?)'), (m) => quotesOrSearch(held(m, 'who'), held(m, 'topic'), 'quotes')],
  // "what did X say about Y" (X may be "the author", an organisation, a role; "the article" is not a speaker)
  [
    re('what\\s+(?:did|does|do|has|have|had|is|was)\\s+(?<who>.+?)\\s+(?<verb>say|said|saying|think|thought|claim|claimed|write|written|present|presented|report|predict|argue|mention|suggest|propose|believe|tell us|tell me|share|want|discuss|talk about|speak about|speak of|feel|answer|reply|ask|asked|warn|warned|recommend|add|added|explain|note|promise|announce|offer|offered|cover|covered|make of|think of|say about)\\b(?:\\s+(?:about|on|regarding|of|to|concerning|for|with|in)\\s+(?<topic>.+?)|(?<=\\b(?:say|think|believe|claim|feel))\\s+(?:that\\s+)?(?<clause>.+?))?'),
    // "what does the author predict for Xen?": a verb that says something ("predict", "warn") is
    // part of what is looked for; /quotes tries again without it when nothing holds it.
    (m) => {
      // "what did the chair say the young fishermen want?": what follows a verb of saying is what was said.
      const { topic = m.groups?.clause } = m.groups ?? {};
      const verb = held(m, 'verb');
      return quotesOrSearch(held(m, 'who'), topic && !GENERIC_VERB.test(verb) && !SAYING.test(verb) ? `${verb} ${topic}` : topic, 'quotes');
    },
  ],
  // "what is X worried about", "what was Halvorsen worried about with Loomwell's prices?"
  [
    re(`what\\s+(?:is|was|are|were)\\s+(?<speaker>.+?)\\s+(?<feeling>${FEELING})(?:\\s+(?:about|by|with|of|over))*(?:\\s+(?<topic>.+?))?`),
    (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: `${held(m, 'feeling')} ${m.groups?.topic ?? ''}`.trim() } : null),
  ],
  // "what worries the head of signalling?", "what keeps Mensah up at night?"
  [re('what\\s+(?<verb>[a-z]+s)\\s+(?<speaker>.+?)(?<tail>(?:\\s+(?:up|about|at|most|the\\s+most)\\b.*)?)'), (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: `${held(m, 'verb')}${held(m, 'tail')}` } : null)],
  // "what advice did Mensah give students?"
  [
    re('what\\s+(?<thing>(?:\\w+\\s+){0,2}?\\w+)\\s+(?:did|does|do|has|have)\\s+(?<speaker>.+?)\\s+(?:give|gave|offer|offered|have|had|share|shared|make|made|recommend|suggest|propose|present|see|mention|raise|predict|expect)\\b\\s*(?<tail>.*?)'),
    (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: `${held(m, 'thing')} ${held(m, 'tail')}`.trim() } : null),
  ],
  // "did Crosby mention KVM?", "does Iams talk about storage?"
  [
    re('(?:did|does|has|have|do)\\s+(?<speaker>.+?)\\s+(?:ever\\s+)?(?:say|mention|talk|speak|discuss|comment|write|bring up|raise|cover|address|refer to|think|believe|reckon|expect|agree|worry)\\s*(?:that\\s+)?(?:anything\\s+)?(?:about|on|regarding|of|to)?\\s*(?<topic>.*?)'),
    (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: held(m, 'topic') || undefined } : null),
  ],
  // "how does X feel about Y", "how did X describe Y"
  [re('how\\s+(?:does|did|do)\\s+(?<speaker>.+?)\\s+(?:feel|think|see|view|describe|explain|rate|judge|like|find|enjoy|assess|review|react|respond)\\b\\s*(?:about|of|on)?\\s*(?<topic>.*?)'), (m, knows) => (knows(held(m, 'speaker')) ? { command: 'quotes', speaker: held(m, 'speaker'), topic: held(m, 'topic') || undefined } : null)],
  [re('(?:quotes?|everything|all|anything)\\s+(?:by|from|of|that)\\s+(?<speaker>.+?)(?:\\s+(?:said|says|wrote))?(?:\\s+(?:about|on|regarding)\\s+(?<topic>.+?))?'), (m) => ({ command: 'quotes', speaker: held(m, 'speaker'), topic: m.groups?.topic })],
  [
    re(`(?:(?:what|which)\\s+(?:are|were|was|is)\\s+)?(?:the\\s+)?(?:key\\s+|main\\s+|most important\\s+|top\\s+|big\\s+)?${RESULTS}\\b(?:\\s+(?:about|on|for|regarding|of|concerning)\\b)?\\s*(?<topic>.*?)`),
    (m) => ({ command: 'findings', topic: withoutSource(held(m, 'topic')) || undefined }),
  ],
  [re('(?:search|find|look up|look for|search for)\\s+(?:for\\s+)?(?<topic>.+?)'), (m) => ({ command: 'search', text: held(m, 'topic') })],
  // "who tracked down the commit that caused the leak?": any other verb is what someone did or said, which a passage may hold;
  // "which critic thought the ending was too neat?" asks the same of one kind of person (whose kind the report may not word),
  // a noun of a doer's form ("reviewer", "analyst", "critic") or a person's; "which statement got most agreement?" asks of a thing.
  [re(`(?:who|which\\s+${A_KIND_OF_PERSON})\\s+(?!(?:is|was|are|were|am|did|does|do|has|have|had|will|would|can|could)\\b)(?<words>[a-z'’-]+\\s+.+?)`), (m) => ({ command: 'who-said', text: held(m, 'words') })],
  // "what did kboateng first suspect?", "what did Ms. Farrow ask Pike about his signature?": a speaker, then any verb.
  [re('what\\s+(?:did|does|do|has|have|had)\\s+(?<speakerAndVerb>.+)'), (m, knows) => whoThenVerb(held(m, 'speakerAndVerb'), knows)],
  // "is Xen dead?", "are users buying uber-management tools?": a yes/no question about a topic,
  // answered with the passages that decide it, even when its predicate is not the report's word.
  [re('(?:is|are|was|were|will|would|could|can|should|does|do|did|has|have)\\s+.+?'), (m) => ({ command: 'search', text: m[0], decide: true })],
];

/** "from the quarter", "of the episode", "in this report": where the findings come from is no topic of them. */
const FROM_THE_SOURCE = new RegExp(
  `^(?:(?:from|of|in|at|during|on)\\s+)?(?:(?:the|this|that|today'?s|today’s|last|our)\\s+(?:${THE_REPORT.replace(/^\(\?:the\\s\+\|this\\s\+\)\?/, '')}|quarter|call|meeting|episode|show|podcast|session|discussion|webinar|panel|debate|hearing|conversation|study|year|survey|research))\\s*`,
  'i',
);

function withoutSource(topic: string): string {
  return topic.replace(FROM_THE_SOURCE, '').trim();
}

/**
 * "councillor Okafor want a trial": the longest opening words that name a speaker, then a verb,
 * then what it is about ("councillor" alone is every councillor; "councillor Okafor" is one).
 */
function whoThenVerb(rest: string, knows: (name: string) => boolean): Frame | null {
  const words = rest.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const who = words.slice(0, k).join(' ');
    if (!knows(who)) continue;
    const verb = words[k] as string;
    const topic = [GENERIC_VERB.test(verb) ? '' : verb, ...words.slice(k + 1)].join(' ').replace(/^\s*(?:about|of|on)\s+/, '').trim();
    return { command: 'quotes', speaker: who, topic: topic || undefined };
  }
  return null;
}

/** "what did X say about Y": X's quotes, unless X is the report itself (then a search) or anyone (who said it). */
function quotesOrSearch(who: string, topic: string | undefined, command: 'quotes' | 'findings'): Frame {
  if (new RegExp(`^${THE_REPORT}$`, 'i').test(who.trim())) return command === 'findings' ? { command: 'findings', topic } : topic ? { command: 'search', text: topic } : { command: 'summary' };
  // "what did the inquiry recommend?": a body that reports is the report's own findings.
  if (command === 'findings' && new RegExp(`^(?:${SOMEONE}|the (?:board|committee|council|meeting|panel|group|inquiry|review|audit|commission|investigation|survey|study|taskforce|task force|working group|researchers|authors))$`, 'i').test(who.trim())) return { command: 'findings', topic };
  if (new RegExp(`^${SOMEONE}$`, 'i').test(who.trim())) return topic ? { command: 'who-said', text: `about ${topic}` } : { command: 'speakers' };
  return command === 'findings' ? { command: 'findings', speaker: who, topic } : { command: 'quotes', speaker: who, topic };
}
