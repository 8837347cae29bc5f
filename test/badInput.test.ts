/**
 * Property-based: thousands of hostile inputs per command (random Unicode, lone surrogates,
 * right-to-left and zero-width characters, Markdown, code fences, mentions, links, fuse.js
 * operators, regex metacharacters, empty text, 6,000 characters). Every answer is produced,
 * in the terminal, for Discord and for Slack, within each platform's limits, with no live
 * mention and the user's text escaped.
 */
import { english } from '../src/language/en.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/commands/interpret.ts';
import type { AnswerRef } from '../src/commands/answerRef.ts';
import { COMMANDS } from '../src/commands/registry.ts';
import type { Answer, CommandInput } from '../src/commands/types.ts';
import { answerJson } from '../src/console/json.ts';
import { COLOUR, PLAIN, renderText } from '../src/console/render.ts';
import { pagesOf } from '../src/discord/answerView.ts';
import { choicesFor } from '../src/discord/autocomplete.ts';
import { LIMITS } from '../src/discord/limits.ts';
import { answerPayload } from '../src/discord/reply.ts';
import { renderPage as slackPage } from '../src/slack/answerBlocks.ts';
import { answerMessage as slackMessage } from '../src/slack/message.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { LIVE_MARKUP, LIVE_MENTION, LIVE_SLACK_MENTION, hostileText } from './support/hostile.ts';
import { blockProblems } from './support/slackLimits.ts';
import { limitProblems } from './support/discordLimits.ts';
import { answerText } from './support/answer.ts';

const RUNS = 2000;
const ctx = await contextOf(BUNDLED);

/** The answer's query as its ref's text, whatever the command: a long one pushes the buttons to their limits. */
const queryRef = (answer: Answer) => ({ command: answer.command, input: { text: answer.query } }) as AnswerRef;

/** Everything a user could see of an answer, checked on every page. */
function checkEverywhere(answer: Answer): void {
  expect(answer.lead.length).toBeGreaterThan(0);
  renderText(answer, PLAIN);
  renderText(answer, COLOUR);
  JSON.stringify(answerJson(answer));
  for (let page = 0; page < pagesOf(answer); page++) {
    // The query as the ref: a long one makes the page buttons carry the answer's passages instead.
    const payload = answerPayload(answer, queryRef(answer), { ctx, page, owner: '600000000000000006', ephemeral: page % 2 === 1 });
    expect(limitProblems(payload)).toEqual([]);
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    // The content echoes the user's words; the "Try `...`" suggestions are the bot's own.
    const echoed = (payload.content ?? '').split('\nTry ')[0] ?? '';
    expect(echoed).not.toMatch(LIVE_MENTION);
    expect(echoed).not.toMatch(LIVE_MARKUP);
    for (const embed of payload.embeds) expect(JSON.stringify(embed)).not.toMatch(LIVE_MENTION);
    for (const row of payload.components) for (const button of row.components) expect(('custom_id' in button ? button.custom_id : '').length).toBeLessThanOrEqual(LIMITS.customId);
  }
  for (let page = 0; page < slackPage(answer).pages; page++) {
    const message = slackMessage(answer, queryRef(answer), { page, owner: 'U1', shareable: page % 2 === 0 });
    expect(blockProblems(message)).toEqual([]);
    // Button values are data Slack never shows; everything else is shown.
    expect(JSON.stringify(message, (key, v: unknown) => (key === 'value' ? undefined : v))).not.toMatch(LIVE_SLACK_MENTION);
  }
}

describe('hostile input', () => {
  for (const spec of COMMANDS) {
    it(`/${spec.name}: every option, ${RUNS} cases`, () => {
      const input = fc.record(Object.fromEntries(spec.options.map((o) => [o.name, fc.option(hostileText, { nil: undefined })])) as Record<string, fc.Arbitrary<string | undefined>>);
      fc.assert(
        fc.property(input, (values) => {
          checkEverywhere(runCommand(ctx, spec.name, values as CommandInput));
        }),
        { numRuns: spec.options.length ? RUNS : 50 },
      );
    });
  }

  it(`free text in the terminal and in DMs, ${RUNS} cases`, () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, hostileText.map((t) => `/${t}`), hostileText.map((t) => `who said ${t}?`), hostileText.map((t) => `what did ${t} say about ${t}`)), (text) => {
        checkEverywhere(answerText(ctx, text));
      }),
      { numRuns: RUNS },
    );
  });

  it(`autocomplete answers within its limits, ${RUNS} cases per option`, () => {
    const options = COMMANDS.flatMap((c) => c.options.filter((o) => o.autocomplete));
    for (const option of options) {
      fc.assert(
        fc.property(hostileText, hostileText, (typed, speaker) => {
          const choices = choicesFor(ctx, option, typed, english.replies, { speaker });
          expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThanOrEqual(1);
            expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
            expect(c.value.length).toBeGreaterThanOrEqual(1);
            expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
          }
        }),
        { numRuns: RUNS },
      );
    }
    // Six autocomplete options × 2,000 cases: seconds on an idle machine, more on a busy one.
  }, 120_000);
});
