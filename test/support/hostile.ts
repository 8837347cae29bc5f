/** Text a busy server throws at a bot: every kind of Unicode, markup, mentions and operators. */
import fc from 'fast-check';

const FRAGMENTS = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</who-said:123456789012345678>',
  '<!channel>',
  '<!here|here>',
  '<@U0123ABCD>',
  '<#C0123ABCD|general>',
  '&amp; &lt; &gt;',
  '```js\nconsole.log(1)\n```',
  '`',
  '**bold**',
  '__under__',
  '~~gone~~',
  '||spoiler||',
  '> quote',
  '# heading',
  '- item',
  '1. item',
  '[click](https://evil.example/x)',
  'https://evil.example/a?b=c',
  "'",
  '=',
  '^',
  '!',
  '$',
  '|',
  '.*',
  '(?:a|b)+',
  '\\',
  '[',
  ']',
  '{}',
  '\u200b',
  '\u202e',
  '\u0301',
  'مرحبا بالعالم',
  'שלום',
  '😀',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '\u0000',
  '\n',
  '\t',
  '   ',
  'Crosby',
  'virtualization',
  'hypervisor',
  'open source',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** A mix of fragments, random graphemes, raw code points and lone surrogates. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), loneSurrogate), { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t  ', '\u200b\u200b') },
  // Discord's longest string option: 6,000 characters.
  { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS).map((fragment) => `${fragment} `.repeat(Math.ceil(6000 / (fragment.length + 1))).slice(0, 6000)) },
);

/** What must never reach Slack in shown text: an angle-bracket mention or a bare @here. */
export const LIVE_SLACK_MENTION = /<[!@#]|@(?:channel|here|everyone)\b/;

/** What must never reach Discord from echoed text: a live mention or working markup. */
export const LIVE_MENTION = /@(?:everyone|here)|<[@#][!&]?\d|<\/[\w-]+:\d/;
export const LIVE_MARKUP = /(?<!\\)(?:\*\*|__|~~|\|\||```)/;
