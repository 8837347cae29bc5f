/**
 * The rules around Slack's /report, without a Slack: REPORT_ADMINS read from the environment,
 * who may manage (remembered, then asked again), where the bot token may go, how /report's
 * text splits, and where /help lists /report.
 */
import { describe, expect, it } from 'vitest';
import type { AllMiddlewareArgs } from '@slack/bolt';
import { createLogger } from '../src/base/logger.ts';
import { runCommand } from '../src/commands/interpret.ts';
import { withReportHelp } from '../src/commands/report.ts';
import { readConfig } from '../src/runtime/config.ts';
import { reportArguments } from '../src/slack/report.ts';
import { ReportAdmins } from '../src/slack/reportAdmins.ts';
import { slackFileHeaders } from '../src/slack/reportFiles.ts';
import { BUNDLED, contextOf } from './support/context.ts';
import { APP_TOKEN, BOT_TOKEN } from './support/fakeSlack.ts';

/** A Web API client whose users.info says what `admins` holds, counting the calls. */
function client(admins: Set<string>, calls: string[], fail = false): AllMiddlewareArgs['client'] {
  const users = {
    info: async ({ user }: { user: string }) => {
      calls.push(user);
      if (fail) throw new Error('missing_scope');
      return { ok: true, user: { id: user, is_admin: admins.has(user), is_owner: false } };
    },
  };
  return { users } as unknown as AllMiddlewareArgs['client'];
}

describe('REPORT_ADMINS', () => {
  it('is read as comma-separated user ids; anything else is a problem naming the variable', () => {
    const read = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, REPORT_ADMINS: ' U0000CAROL0, W0000DAVE00 ,' });
    expect(read.ok && read.config.slack?.reportAdmins).toEqual(['U0000CAROL0', 'W0000DAVE00']);
    const none = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
    expect(none.ok && none.config.slack?.reportAdmins).toEqual([]);
    const bad = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, REPORT_ADMINS: 'U0000CAROL0,@carol' });
    expect(bad.ok ? [] : bad.problems).toEqual([expect.stringMatching(/^REPORT_ADMINS must be Slack user ids .*: @carol\.$/)]);
  });
});

describe('who may manage a workspace’s reports', () => {
  const logger = createLogger('error', () => {});

  it('admins as users.info says, remembered for a minute, then asked again', async () => {
    let now = 0;
    const admins = new Set(['U00000ALICE']);
    const calls: string[] = [];
    const rules = new ReportAdmins([], logger, () => now);
    expect(await rules.allows(client(admins, calls), 'T1', 'U00000ALICE')).toBe(true);
    expect(await rules.allows(client(admins, calls), 'T1', 'U000000BOB0')).toBe(false);
    admins.delete('U00000ALICE');
    expect(await rules.allows(client(admins, calls), 'T1', 'U00000ALICE')).toBe(true);
    expect(calls).toEqual(['U00000ALICE', 'U000000BOB0']);
    now = 60_001;
    expect(await rules.allows(client(admins, calls), 'T1', 'U00000ALICE')).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it('REPORT_ADMINS without asking; a users.info that fails grants nothing and is not remembered', async () => {
    const calls: string[] = [];
    const rules = new ReportAdmins(['U0000CAROL0'], logger);
    expect(await rules.allows(client(new Set(), calls, true), 'T1', 'U0000CAROL0')).toBe(true);
    expect(await rules.allows(client(new Set(), calls, true), 'T1', 'U00000ALICE')).toBe(false);
    expect(await rules.allows(client(new Set(['U00000ALICE']), calls), 'T1', 'U00000ALICE')).toBe(true);
    expect(calls).toEqual(['U00000ALICE', 'U00000ALICE']);
  });
});

describe('a shared file’s download', () => {
  it('sends the bot token to Slack’s file host, or the one SLACK_API_URL stands in for, and nowhere else', () => {
    const headers = slackFileHeaders('xoxb-token', 'http://127.0.0.1:4000/api/');
    expect(headers('https://files.slack.com/files-pri/T1-F1/download/report.pdf')).toEqual({ authorization: 'Bearer xoxb-token' });
    expect(headers('http://127.0.0.1:4000/files/report.pdf')).toEqual({ authorization: 'Bearer xoxb-token' });
    expect(headers('https://files.slack.com.evil.example/report.pdf')).toBeNull();
    expect(headers('http://127.0.0.1:4001/files/report.pdf')).toBeNull();
    expect(headers('not a url')).toBeNull();
    expect(slackFileHeaders('xoxb-token', null)('http://127.0.0.1:4000/files/report.pdf')).toBeNull();
  });
});

describe('/report’s text', () => {
  it.each([
    ['', 'list', ''],
    ['ADD <https://example.com/a?b=1&amp;c=2>', 'add', 'https://example.com/a?b=1&c=2'],
    ['remove  my report  ', 'remove', 'my report'],
    ['gaps', 'gaps', ''],
  ])('%j', (text, subcommand, rest) => {
    expect(reportArguments(text)).toEqual({ subcommand, rest });
  });
});

describe('/help', () => {
  it('lists /report in a place (a server, a workspace), not in a Discord DM or the terminal', async () => {
    const help = runCommand(await contextOf(BUNDLED), 'help', {});
    const usages = (place: string | null) => {
      const answer = withReportHelp(help, place);
      return answer.kind === 'help' ? answer.commands.map((c) => c.usage) : [];
    };
    expect(usages('slack-T0000000001')).toContain('/report add|list|remove|gaps');
    expect(usages('discord-100000000000000001')).toContain('/report add|list|remove|gaps');
    expect(usages(null)).not.toContain('/report add|list|remove|gaps');
  });
});
