import { english } from '../src/language/en.ts';
import { describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { COMMANDS } from '../src/commands/registry.ts';
import { renderPage, pagesOf } from '../src/discord/answerView.ts';
import { Cooldown } from '../src/discord/cooldown.ts';
import { pageButtonIds, parseButtonId, shareId, stateInMessage, type AnswerRef } from '../src/discord/customIds.ts';
import { answerOf } from '../src/discord/answerState.ts';
import { answerMessage } from '../src/discord/reply.ts';
import { contextFor } from './support/knowledgeContext.ts';
import { runCommand } from '../src/commands/interpret.ts';
import type { Answer } from '../src/commands/types.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { botPermissions, serverInviteUrl, userInstallUrl } from '../src/discord/invite.ts';
import { handleInteraction, APOLOGY } from '../src/discord/interactions.ts';
import { inert } from '../src/discord/safeText.ts';
import { createLogger } from '../src/base/logger.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { ConversationStore } from '../src/conversation/store.ts';
import { limitProblems } from './support/discordLimits.ts';
import { answerText } from './support/answer.ts';

describe('button custom ids', () => {
  const owner = '600000000000000006';
  const unused = () => {
    throw new Error('a short query needs no state');
  };

  it('carry the command and its options, within 100 characters', () => {
    const ids = pageButtonIds(2, owner, { command: 'quotes', input: { speaker: 'Crosby', topic: 'KVM' } }, unused);
    for (const id of Object.values(ids)) expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(ids.next)).toEqual({ kind: 'page', page: 3, owner, ref: { command: 'quotes', input: { speaker: 'Crosby', topic: 'KVM' } } });
    expect(parseButtonId(shareId(0))).toEqual({ kind: 'share', page: 0, ref: null });
  });

  it('carry the passages shown when the query is too long for an id, and another copy turns the page from them', async () => {
    const text = 'virtualization '.repeat(10).trim();
    const ref: AnswerRef = { command: 'search', input: { text } };
    const ctx = await contextOf(BUNDLED);
    const answer = runCommand(ctx, 'search', ref.input);
    const first = answerMessage(answer, ref, { ctx, owner });
    const [pageRow, voteRow] = first.components.map((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    const ids = pageRow ?? [];
    expect(pagesOf(answer)).toBeGreaterThan(2);
    for (const id of [...ids, ...(voteRow ?? [])]) expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.join(' ')).not.toContain('virtualization');
    // 👍 and 👎 carry the query cut to what fits: a vote needs the question, not the page.
    expect(voteRow?.[1]).toMatch(/^vote\|down\|search\|virtualization( virtualization)+$/);
    expect(parseButtonId(ids[2] as string)).toEqual({ kind: 'page', page: 1, owner, ref: null, inMessage: true });

    // Another process with the same reports: its own load, the same version.
    const other = contextFor(await loadKnowledge(BUNDLED));
    expect(other).not.toBe(ctx);
    const rebuilt = answerOf(other, english.replies, stateInMessage(ids));
    expect(rebuilt).not.toBeNull();
    for (let page = 1; page < pagesOf(answer); page++) {
      const turned = answerMessage(rebuilt as Answer, null, { ctx: other, owner, page });
      expect(turned.embeds).toEqual(answerMessage(answer, ref, { ctx, owner, page }).embeds);
      expect(turned.content).toBeUndefined();
    }
    // Other reports: the passages may have moved, so the state is refused.
    expect(answerOf({ ...other, version: 'another-version' }, english.replies, stateInMessage(ids))).toBeNull();
  });

  it('reject what they did not make', () => {
    for (const junk of ['', 'noop|0', 'page|x|1|search|a', 'page|-1|1|search|a', 'share|1|nosuchcommand']) {
      const action = parseButtonId(junk);
      expect(action === null || action.ref === null, junk).toBe(true);
    }
  });
});

describe('inert text', () => {
  it.each([
    ['@everyone and @here', /@everyone|@here/],
    ['<@123456789012345678> <@&123456789012345678> <#123456789012345678>', /<[@#]/],
    ['**bold** _it_ ~~x~~ ||spoiler|| `code`', /(?<!\\)\*\*|(?<!\\)`/],
    ['# heading\n> quote\n- list', /^#|^>|^-/m],
    ['[click](https://evil.example)', /https:\/\//],
  ])('%s', (text, forbidden) => {
    expect(inert(text)).not.toMatch(forbidden);
  });
});

describe('rendered pages', () => {
  it('fit Discord limits for every command, even with a 6,000-character query', async () => {
    const ctx = await contextOf(BUNDLED);
    const huge = `${'@everyone **x** '.repeat(400)}`.slice(0, 6000);
    const lines = [...COMMANDS.map((c) => `/${c.name} ${c.example.split(' ').slice(1).join(' ')}`), `/search ${huge}`, `/who-said ${huge}`, `/quotes ${huge}`, '/findings', '/speakers', '/about', '/help'];
    for (const line of lines) {
      const answer = answerText(ctx, line);
      for (let page = 0; page < pagesOf(answer); page++) {
        const view = renderPage(answer, page);
        expect(limitProblems(view), line.slice(0, 40)).toEqual([]);
        expect(view.content).not.toMatch(/@everyone/);
      }
    }
  });
});

describe('cooldown', () => {
  it('lets a user through once per window, others unaffected', () => {
    let now = 0;
    const cooldown = new Cooldown(2, 1, () => now);
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(2000);
    expect(cooldown.take('b')).toBe(0);
    now = 2000;
    expect(cooldown.take('a')).toBe(0);
    expect(new Cooldown(0).take('a')).toBe(0);
  });

  it('allows a burst of three in ten seconds, then waits for the oldest to leave the window', () => {
    let now = 0;
    const cooldown = new Cooldown(10, 3, () => now);
    expect([cooldown.take('a'), (now = 1000, cooldown.take('a')), (now = 1500, cooldown.take('a'))]).toEqual([0, 0, 0]);
    now = 2000;
    expect(cooldown.take('a')).toBe(8000);
    now = 10_000;
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(1000);
  });

  it('tells a refused user once per window, not once per message', () => {
    let now = 0;
    const cooldown = new Cooldown(10, 1, () => now);
    expect([cooldown.shouldTell('a'), cooldown.shouldTell('a'), cooldown.shouldTell('b')]).toEqual([true, false, true]);
    now = 10_000;
    expect(cooldown.shouldTell('a')).toBe(true);
  });
});

describe('invite links', () => {
  it('ask for exactly the four permissions the README explains', () => {
    const expected = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;
    expect(botPermissions()).toBe(expected);
    const server = new URL(serverInviteUrl('123456789012345678'));
    expect(server.searchParams.get('scope')).toBe('bot applications.commands');
    expect(server.searchParams.get('permissions')).toBe(expected.toString());
    const userInstall = new URL(userInstallUrl('123456789012345678'));
    expect(userInstall.searchParams.get('scope')).toBe('applications.commands');
    expect(userInstall.searchParams.get('permissions')).toBeNull();
  });
});

describe('a failing handler', () => {
  it('follows up with an apology when it had already replied', async () => {
    const sent: { how: string; body: unknown }[] = [];
    const interaction = {
      id: '1',
      type: 2,
      commandName: 'speakers',
      user: { id: '2' },
      guildId: null,
      channelId: '3',
      replied: true,
      deferred: false,
      isAutocomplete: () => false,
      isChatInputCommand: () => true,
      isRepliable: () => true,
      options: { data: [], getString: () => null, getBoolean: () => null },
      reply: async () => {
        throw new Error('already replied');
      },
      followUp: async (body: unknown) => sent.push({ how: 'followUp', body }),
    };
    const logs: string[] = [];
    await handleInteraction(interaction as never, { context: () => { throw new Error('boom'); }, logger: createLogger('debug', (l) => logs.push(l)), cooldown: new Cooldown(0), conversations: new ConversationStore() });
    expect(sent).toEqual([{ how: 'followUp', body: expect.objectContaining({ content: APOLOGY, flags: 64 }) }]);
    expect(logs.join('\n')).toMatch(/interaction failed.*"command":"speakers".*boom/);
  });
});
