import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../src/commands/registry.ts';
import { EVENTS_PATH } from '../src/slack/app.ts';
import { WHO_SAID_THIS } from '../src/slack/interactions.ts';
import { ROOT } from './support/context.ts';

interface Manifest {
  features: { slash_commands: { command: string; description: string; url?: string }[]; shortcuts: { callback_id: string; type: string }[]; app_home: Record<string, boolean> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url?: string }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

/** /report as the manifests declare it: a workspace's, where Discord's is a server's (it has no command spec of its own). */
const SLACK_REPORT_DESCRIPTION = "This workspace's own reports: add one from a web page, list, remove, see what they lack.";

const read = (name: string) => parse(readFileSync(path.join(ROOT, 'slack', name), 'utf8')) as Manifest;
const socket = read('manifest.yml');
const http = read('manifest.http.yml');

describe('the Slack app manifests', () => {
  it('declare every command the bot answers, described as the bot describes it, and /report', () => {
    for (const m of [socket, http]) {
      expect(m.features.slash_commands.map((c) => c.command)).toEqual([...COMMANDS.map((c) => `/${c.name}`), '/report']);
      expect(m.features.slash_commands.map((c) => c.description)).toEqual([...COMMANDS.map((c) => c.description), SLACK_REPORT_DESCRIPTION]);
      expect(m.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: WHO_SAID_THIS })]);
    }
  });

  it('ask for the bot scopes the app needs and no more, and the events it answers', () => {
    for (const m of [socket, http]) {
      // *:history and message.channels/groups: replies in the thread of an answer (follow-ups);
      // users:read: who is a workspace admin (/report); files:read: a file shared to be added.
      expect(m.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:read', 'groups:history', 'im:history', 'users:read']);
      expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
      expect(m.settings.interactivity.is_enabled).toBe(true);
      expect(m.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    }
  });

  it('differ only in the connection: Socket Mode, or every URL at /slack/events', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    const urls = [http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url, ...http.features.slash_commands.map((c) => c.url)];
    for (const url of urls) expect(new URL(url as string).pathname).toBe(EVENTS_PATH);
    const withoutUrls = (m: Manifest) => JSON.stringify(m, (key, v: unknown) => (key === 'url' || key === 'request_url' || key === 'socket_mode_enabled' ? undefined : v));
    expect(withoutUrls(http)).toBe(withoutUrls(socket));
  });
});
