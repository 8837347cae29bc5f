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
  'anxious', 'wary', 'interested', 'passionate', 'curious', 'uneasy', 'alarmed', 'surprised', 'upset', 'enthusiastic',
];
const FEELING = `(?:${FEELINGS.join('|')})`;

/** Verbs of saying, for "who said X" and "what did X say". */
const SAID = 'said|says|say|claimed|claims|wrote|writes|thinks|thought|believes|believed|predicted|predicts|argued|argues|stated|states|noted|notes|suggested|suggests|warned|warns|asked|asks|described|describes|called|calls|compared|proposed|recommended|recommends|explained|explains|reported|reports|found|finds|discovered|interviewed|surveyed|announced|insisted|claimed|quipped|joked|added|commented|remarked|observed|answered|replied|told';
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

export type Frame =
  | { command: 'help' | 'about' | 'speakers' }
  | { command: 'summary'; report?: string }
  | { command: 'who-said'; text: string }
  /** `decide`: a yes/no question, answered with what decides it. */
  | { command: 'search'; text: string; decide?: boolean }
  | { command: 'findings'; topic?: string; speaker?: string }
  | { command: 'quotes'; speaker: string; topic?: string }
  | { command: 'card'; name: string };

type Rule = [RegExp, (m: RegExpExecArray, knows: (name: string) => boolean) => Frame | null];

const re = (source: string) => new RegExp(`^${source}$`, 'i');

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
    re(`(?:${SUMMARISE}(?:\\s+of)?|what(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were))\\s+(?:the\\s+|this\\s+)?(\\S+(?:\\s+\\S+){0,4}?)\\s+${REPORT_NOUN}(?:\\s+(?:all\\s+)?about)?`),
    // "what is the X report" (without "about") asks which report; "summarise what Crosby said in the article" is about Crosby.
    (m) => ((/\s+about$/i.test(m[0]) || !/^what/i.test(m[0])) && !/^(?:what|who|whom|how|why|where|when|which|everything|anything)\b/i.test(m[1] as string) ? { command: 'summary', report: m[1] as string } : null),
  ],
  [re(`(?:about|(?:what(?:'s| is)|which) ${THE_REPORT}(?: about)?|which reports?|what reports? (?:do you have|are there))`), () => ({ command: 'about' })],
  // "who is Tony Iams?", "tell me about the analyst", "what do we know about Crosby"
  [re("(?:who|what)(?:\\s+(?:is|was)|'s|’s)\\s+(.+?)"), (m, knows) => (knows(m[1] as string) ? { command: 'card', name: m[1] as string } : null)],
  // "which company does Ines work for?", "what does Crosby do?", "what is Iams' job?"
  [
    re("(?:(?:which|what)\\s+(?:company|organi[sz]ation|org|firm|employer|outfit|group|institution)\\s+(?:does|did|is)\\s+(.+?)\\s+(?:work|works|working|with|for|at|from|belong)(?:\\s+(?:for|at|to|with))?|(?:who|where)\\s+(?:does|did)\\s+(.+?)\\s+work(?:\\s+(?:for|at))?|what\\s+(?:does|did)\\s+(.+?)\\s+do(?:\\s+for\\s+a\\s+living)?|what(?:'s|’s|\\s+is|\\s+was)\\s+(.+?)['’]s?\\s+(?:job|role|title|position|job title|background))"),
    (m, knows) => {
      const name = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
      return knows(name) ? { command: 'card', name } : null;
    },
  ],
  [re('(?:tell me (?:more )?about|what do (?:you|we) know about|introduce|describe|profile(?: of)?)\\s+(.+?)'), (m, knows) => (knows(m[1] as string) ? { command: 'card', name: m[1] as string } : { command: 'search', text: m[1] as string })],
  // "who said (that) X"; "who suggested X" keeps its verb, which the passage may hold ("FH suggested …").
  [
    re(`who\\s+(${SAID})\\b(?:\\s+that)?[\\s:,]*(.+?)`),
    (m) => ({ command: 'who-said', text: /^(?:said|says|say|told|wrote|writes|thinks|thought)$/i.test(m[1] as string) ? (m[2] as string) : `${m[1]} ${m[2]}` }),
  ],
  // "X, according to Golden", "according to the analyst, X"
  [re('(.+?),?\\s+according\\s+to\\s+(.+?)'), (m, knows) => (knows(m[2] as string) ? { command: 'quotes', speaker: m[2] as string, topic: m[1] } : null)],
  [re('according\\s+to\\s+(.+?),\\s*(.+?)'), (m, knows) => (knows(m[1] as string) ? { command: 'quotes', speaker: m[1] as string, topic: m[2] } : null)],
  // "who spoke about X", "who mentioned X": a topic, answered by whoever speaks about it.
  [re(`(?:who|which\\s+(?:speaker|person|one|panell?ist|participant|analyst|executive|expert|guest))\\s+(?:${TALKED})\\s+(?:about|on|of|regarding|upon|to)?\\s*(.+?)`), (m) => ({ command: 'who-said', text: `about ${m[1]}` })],
  // "who was worried about X", "who is excited by X"
  [
    re(`(?:who|which\\s+\\w+)\\s+(?:is|was|were|are|seemed|seems|felt|feels|sounded|sounds|got|gets)\\s+(?:(?:most|more|very|really|so|particularly|especially|quite|the most)\\s+)?(${FEELING})\\s+(?:about|by|with|of|over|on|regarding|that)?\\s*(.+?)`),
    (m) => ({ command: 'who-said', text: `${m[1]} about ${m[2]}` }),
  ],
  // "did anyone mention X", "has anyone talked about X"
  [
    re(`(?:did|does|has|have|do)\\s+${SOMEONE}\\s+(?:ever\\s+)?(?:mention|mentioned|say|said|talk|talked|discuss|discussed|bring up|brought up|raise|raised|cover|covered|address|addressed|refer to|referred to|comment on|commented on|speak|spoken|spoke)\\s*(?:anything\\s+)?(?:about|on|of|to|regarding)?\\s*(.+?)`),
    (m) => ({ command: 'who-said', text: `about ${m[1]}` }),
  ],
  // "what's the name of Ramji's presentation?": its title.
  [re("(?:what(?:'s|’s|s|\\s+is|\\s+was)|tell\\s+me)\\s+the\\s+(?:name|title)\\s+of\\s+(.+?)"), (m) => ({ command: 'search', text: `title ${m[1]}` })],
  // "is anyone doing real storage virtualization?"
  [re(`(?:is|are|was|were|does|do|did)\\s+(?:anyone|anybody|someone|somebody|people|any\\s+(?:users?|companies|customers|vendors))\\s+(.+?)`), (m) => ({ command: 'search', text: m[1] as string })],
  // "is there anything about X", "anything on X", "does the report mention X"
  [re('(?:is|are)\\s+there\\s+(?:anything|something|any\\s+\\w+|stuff|info(?:rmation)?|mentions?|passages?|quotes?)\\s+(?:about|on|regarding|of|that mentions?|mentioning|concerning)\\s+(.+?)'), (m) => ({ command: 'search', text: m[1] as string })],
  [re('(?:anything|something|everything)\\s+(?:about|on|regarding|concerning)\\s+(.+?)'), (m) => ({ command: 'search', text: m[1] as string })],
  // "what's the deal with KVM", "any news on the ABI?", "what happened with Xen": the gist of a topic.
  [re(`(?:what'?s|what’s|what\\s+is|whats)\\s+(?:the\\s+)?(?:deal|story|news|latest|situation|scoop|lowdown|verdict|word|thing|take|angle|score)\\s+(?:with|on|about|regarding|re|behind)\\s+(.+?)`), (m) => ({ command: 'search', text: m[1] as string })],
  [re(`(?:(?:is\\s+there|are\\s+there|got|have\\s+you\\s+got)\\s+)?any\\s+(?:news|info(?:rmation)?|word|updates?|thoughts|details|comments?|mentions?|takes?|talk)\\s+(?:on|about|regarding|re|of|from)\\s+(.+?)`), (m) => ({ command: 'search', text: m[1] as string })],
  [re(`(?:what'?s|what’s|whats)\\s+(?:up|going\\s+on|happening|new)\\s+(?:with|at|in)\\s+(.+?)|what\\s+(?:happened|happens)\\s+(?:with|to|at)\\s+(.+?)`), (m) => ({ command: 'search', text: (m[1] ?? m[2]) as string })],
  [re(`(?:thoughts|anything\\s+interesting)\\s+(?:on|about)\\s+(.+?)`), (m) => ({ command: 'search', text: m[1] as string })],
  // "any findings about mixing Windows and Linux VMs?"
  [re(`(?:(?:are|were)\\s+there\\s+)?any\\s+(?:key\\s+)?(?:findings?|conclusions?|results?|takeaways?|recommendations?|decisions?)\\s+(?:about|on|for|regarding|concerning|re)\\s+(.+?)`), (m) => ({ command: 'findings', topic: m[1] as string })],
  [
    re(`(?:what|how)\\s+(?:does|did|do|is)\\s+${THE_REPORT}\\s+(?:say|said|tell us|tell me|mention|report|write|note|cover|discuss|talk)\\s*(?:about|on|regarding|of|concerning)?\\s*(.*?)`),
    (m) => (m[1] ? { command: 'search', text: m[1] } : { command: 'summary' }),
  ],
  [re(`(?:what|which)\\s+(?:does|did|do)\\s+${THE_REPORT}\\s+(?:find|conclude|recommend|decide|show)\\s*(?:about|on|regarding|of)?\\s*(.*?)`), (m) => ({ command: 'findings', topic: m[1] || undefined })],
  [re(`(?:does|did|do)\\s+${THE_REPORT}\\s+(?:mention|say anything about|talk about|discuss|cover|refer to|address)\\s+(.+?)`), (m) => ({ command: 'search', text: m[1] as string })],
  [re(`(?:where|which\\s+(?:part|section|passage|paragraph)s?)\\s+(?:does|did|do|is|are)\\s+(?:${THE_REPORT}\\s+)?(?:say|talk|mention|discuss|cover|mentioned|discussed|talked)\\s*(?:about\\s+)?(.+?)`), (m) => ({ command: 'search', text: m[1] as string })],
  // "Tony Iams' findings about migration", "Crosby's view on KVM"
  [
    re("(.+?)['’]s?\\s+(findings|conclusions|results|recommendations|takeaways|key points|lessons|view|views|take|opinion|opinions|position|thoughts|comments|quotes|words|argument|arguments|point|points|concerns?|predictions?|message|advice)\\s*(?:on|about|regarding|of|for|concerning)?\\s*(.*?)"),
    (m, knows) => {
      if (!knows(m[1] as string)) return null;
      const findings = /^(?:findings|conclusions|results|recommendations|takeaways|key points|lessons)$/i.test(m[2] as string);
      return findings ? { command: 'findings', speaker: m[1] as string, topic: m[3] || undefined } : { command: 'quotes', speaker: m[1] as string, topic: m[3] || undefined };
    },
  ],
  // "what did X find (about Y)"
  [re('what\\s+(?:did|does|do|has|have)\\s+(.+?)\\s+(?:find|found|conclude|recommend|learn|discover|decide|agree|resolve)\\b(?:\\s+(?:about|on|regarding|of|to|for)\\s+(.+?))?'), (m) => quotesOrSearch(m[1] as string, m[2], 'findings')],
  // "what was decided about the dome?", "what has been agreed on fees?"
  [re('what\\s+(?:was|were|has\\s+been|have\\s+been|is|got)\\s+(?:decided|agreed|resolved|concluded|recommended|found)\\s*(?:about|on|regarding|for|of|concerning)?\\s*(.*?)'), (m) => ({ command: 'findings', topic: m[1] || undefined })],
  // "how many users did the analyst interview?"
  [
    re('how\\s+(?:many|much)\\s+(.+?)\\s+(?:did|does|do|has|have)\\s+(.+)'),
    (m, knows) => {
      const frame = whoThenVerb(m[2] as string, knows);
      return frame?.command === 'quotes' ? { ...frame, topic: `${m[1]} ${frame.topic ?? ''}`.trim() } : null;
    },
  ],
  // "why did councillor Okafor want a trial?", "where does Golden think Xen ends up?"
  [re('(?:why|how|when|where)\\s+(?:did|does|do|is|was|would|will|has|had)\\s+(.+)'), (m, knows) => whoThenVerb(m[1] as string, knows)],
  // "what did X say about Y" (X may be "the author", an organisation, a role; "the article" is not a speaker)
  [
    re('what\\s+(?:did|does|do|has|have|had|is|was)\\s+(.+?)\\s+(say|said|saying|think|thought|claim|claimed|write|written|present|presented|report|predict|argue|mention|suggest|propose|believe|tell us|tell me|share|want|discuss|talk about|speak about|speak of|feel|answer|reply|ask|asked|warn|warned|recommend|add|added|explain|note|promise|announce|offer|offered|cover|covered|make of|think of|say about)\\b(?:\\s+(?:about|on|regarding|of|to|concerning|for|with|in)\\s+(.+?))?'),
    // "what does the author predict for Xen?": a verb that says something ("predict", "warn") is
    // part of what is looked for; /quotes tries again without it when nothing holds it.
    (m) => quotesOrSearch(m[1] as string, m[3] && !GENERIC_VERB.test(m[2] as string) && !SAYING.test(m[2] as string) ? `${m[2]} ${m[3]}` : m[3], 'quotes'),
  ],
  // "what is X worried about"
  [re(`what\\s+(?:is|was|are|were)\\s+(.+?)\\s+(${FEELING})\\s*(?:about|by|with|of|over)?`), (m, knows) => (knows(m[1] as string) ? { command: 'quotes', speaker: m[1] as string, topic: m[2] } : null)],
  // "what worries the head of signalling?", "what keeps Mensah up at night?"
  [re('what\\s+([a-z]+s)\\s+(.+?)((?:\\s+(?:up|about|at|most|the\\s+most)\\b.*)?)'), (m, knows) => (knows(m[2] as string) ? { command: 'quotes', speaker: m[2] as string, topic: `${m[1]}${m[3] ?? ''}` } : null)],
  // "what advice did Mensah give students?"
  [
    re('what\\s+((?:\\w+\\s+){0,2}?\\w+)\\s+(?:did|does|do|has|have)\\s+(.+?)\\s+(?:give|gave|offer|offered|have|had|share|shared|make|made|recommend|suggest|propose|present|see|mention|raise|predict|expect)\\b\\s*(.*?)'),
    (m, knows) => (knows(m[2] as string) ? { command: 'quotes', speaker: m[2] as string, topic: `${m[1]} ${m[3] ?? ''}`.trim() } : null),
  ],
  // "did Crosby mention KVM?", "does Iams talk about storage?"
  [
    re('(?:did|does|has|have|do)\\s+(.+?)\\s+(?:ever\\s+)?(?:say|mention|talk|speak|discuss|comment|write|bring up|raise|cover|address|refer to|think|believe|reckon|expect|agree|worry)\\s*(?:that\\s+)?(?:anything\\s+)?(?:about|on|regarding|of|to)?\\s*(.*?)'),
    (m, knows) => (knows(m[1] as string) ? { command: 'quotes', speaker: m[1] as string, topic: m[2] || undefined } : null),
  ],
  // "how does X feel about Y", "how did X describe Y"
  [re('how\\s+(?:does|did|do)\\s+(.+?)\\s+(?:feel|think|see|view|describe|explain|rate|judge|like|find|enjoy|assess|review|react|respond)\\b\\s*(?:about|of|on)?\\s*(.*?)'), (m, knows) => (knows(m[1] as string) ? { command: 'quotes', speaker: m[1] as string, topic: m[2] || undefined } : null)],
  [re('(?:quotes?|everything|all|anything)\\s+(?:by|from|of|that)\\s+(.+?)(?:\\s+(?:said|says|wrote))?(?:\\s+(?:about|on|regarding)\\s+(.+?))?'), (m) => ({ command: 'quotes', speaker: m[1] as string, topic: m[2] })],
  [
    re('(?:(?:what|which)\\s+(?:are|were|was|is)\\s+)?(?:the\\s+)?(?:key\\s+|main\\s+|most important\\s+|top\\s+|big\\s+)?(?:findings?|conclusions?|results?|takeaways?|recommendations?|decisions?|lessons?(?:\\s+learned)?|key points)\\b(?:\\s+(?:about|on|for|regarding|of|concerning)\\b)?\\s*(.*?)'),
    (m) => ({ command: 'findings', topic: withoutSource(m[1] ?? '') || undefined }),
  ],
  [re('(?:search|find|look up|look for|search for)\\s+(?:for\\s+)?(.+?)'), (m) => ({ command: 'search', text: m[1] as string })],
  // "is Xen dead?", "are users buying uber-management tools?": a yes/no question about a topic,
  // answered with the passages that decide it, even when its predicate is not the report's word.
  [re('(?:is|are|was|were|will|would|could|can|should|does|do|did|has|have)\\s+(.+?)'), (m) => ({ command: 'search', text: m[0], decide: true })],
];

/** "from the quarter", "of the episode", "in this report": where the findings come from is no topic of them. */
const FROM_THE_SOURCE = new RegExp(
  `^(?:(?:from|of|in|at|during|on)\\s+(?:the|this|that|today'?s|today’s|last|our)\\s+(?:${THE_REPORT.replace(/^\(\?:the\\s\+\|this\\s\+\)\?/, '')}|quarter|call|meeting|episode|show|podcast|session|discussion|webinar|panel|debate|hearing|conversation|study|year|survey|research))\\s*`,
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
  if (command === 'findings' && new RegExp(`^(?:${SOMEONE}|the (?:board|committee|council|meeting|panel|group))$`, 'i').test(who.trim())) return { command: 'findings', topic };
  if (new RegExp(`^${SOMEONE}$`, 'i').test(who.trim())) return topic ? { command: 'who-said', text: `about ${topic}` } : { command: 'speakers' };
  return command === 'findings' ? { command: 'findings', speaker: who, topic } : { command: 'quotes', speaker: who, topic };
}
