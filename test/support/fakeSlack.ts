/**
 * A fake Slack on 127.0.0.1: the Web API (`/api/<method>`), response URLs (`/response/<id>`),
 * private files (`/files/<name>`, for the bot token only) and a Socket Mode WebSocket (`apps.connections.open` hands out its ws://127.0.0.1 URL). Tests
 * drive the real Bolt app of the real bot and read the calls it made. Nothing here reaches
 * outside the machine.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { readBody, startLocalServers, type LocalServers } from './localServers.ts';

export const BOT_TOKEN = 'xoxb-1111111111-2222222222222-FakeSlackBotTokenForTests';
export const APP_TOKEN = 'xapp-1-A0000000001-3333333333333-fakeslackapptokenfortests0123456789abcdef';
export const SIGNING_SECRET = 'fakesigningsecret0123456789abcdef';
export const TEAM_ID = 'T0000000001';
export const BOT_USER_ID = 'U0000BOT001';
export const BOT_ID = 'B0000BOT001';
export const CHANNEL_ID = 'C0000000001';
export const DM_CHANNEL_ID = 'D0000000001';

export interface SlackCall {
  /** `api` for the Web API, `response` for a response URL, `files` for a private file's download. */
  kind: 'api' | 'response' | 'files';
  /** The Web API method, the response URL's id, or the file's name. */
  name: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** What the fake answered. */
  status: number;
}

/** Changes the fake's answer to a call: return a response to send instead of the normal one. */
export type SlackFault = (call: SlackCall) => { status: number; body?: unknown; headers?: Record<string, string>; afterMs?: number } | null;

/** Web API bodies are form-encoded, with objects (blocks) as JSON strings. */
function parseApiBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  faults: SlackFault[] = [];
  private servers!: LocalServers;
  private readonly sockets = new Set<WebSocket>();
  private readonly acks = new Map<string, (payload: Record<string, unknown>) => void>();
  private readonly waiters: { test: (call: SlackCall) => boolean; resolve: (call: SlackCall) => void }[] = [];
  private pinger: NodeJS.Timeout | null = null;
  private port = 0;
  private wsPort = 0;
  private counter = 0;
  /** Socket Mode connections opened so far. */
  connections = 0;
  /** Who users.info says is a workspace admin (or owner); everyone else is a member. */
  readonly admins = new Set<string>();
  /** The locale each person set in Slack ("fr-FR"), as users.info gives it with include_locale; everyone else's is en-US. */
  readonly locales = new Map<string, string>();
  /** Files people shared, by name: downloaded from fileUrl with the bot token. */
  readonly files = new Map<string, { body: Buffer | string; type?: string }>();

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response URL, as Slack sends with each command, button and shortcut. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/response/${++this.counter}`;
  }

  /** A shared file's `url_private_download`. */
  fileUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/files/${encodeURIComponent(name)}`;
  }

  async start(): Promise<this> {
    this.servers = await startLocalServers((req, res) => void this.handle(req, res), (socket) => this.accept(socket));
    this.port = this.servers.httpPort;
    this.wsPort = this.servers.wsPort;
    // The client drops a connection that hears no ping for 30 s.
    this.pinger = setInterval(() => this.sockets.forEach((s) => s.ping()), 5000);
    return this;
  }

  async stop(): Promise<void> {
    if (this.pinger) clearInterval(this.pinger);
    await this.servers.close(this.sockets);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const [, kind, name = ''] = /^\/(api|response|files)\/(.+)$/.exec(url.pathname) ?? [];
    if (!kind) {
      res.writeHead(404).end();
      return;
    }
    if (kind === 'files') return this.download(decodeURIComponent(name), req, res);
    const call: SlackCall = { kind: kind as SlackCall['kind'], name, body: kind === 'api' ? parseApiBody(raw, req.headers['content-type']) : (JSON.parse(raw || '{}') as Record<string, unknown>), headers: req.headers, status: 200 };
    const fault = this.faults.map((f) => f(call)).find(Boolean);
    let status = 200;
    let body: unknown;
    let headers: Record<string, string> = {};
    if (fault) ({ status, body, headers = {} } = fault);
    else body = kind === 'api' ? this.api(call) : 'ok';
    // A slow Slack: the answer comes, late.
    if (fault?.afterMs) await new Promise((resolve) => setTimeout(resolve, fault.afterMs));
    call.status = status;
    this.calls.push(call);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body ?? {}));
    for (const w of [...this.waiters]) {
      if (w.test(call)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  /** Slack serves a private file to a token that may read it, and a login page to anyone else. */
  private download(name: string, req: IncomingMessage, res: ServerResponse): void {
    const file = this.files.get(name);
    const status = req.headers.authorization !== `Bearer ${BOT_TOKEN}` ? 403 : file ? 200 : 404;
    this.calls.push({ kind: 'files', name, body: {}, headers: req.headers, status });
    if (status !== 200 || !file) {
      res.writeHead(status, { 'content-type': 'text/html' }).end('<html>Sign in to Slack</html>');
      return;
    }
    res.writeHead(200, { 'content-type': file.type ?? 'application/octet-stream' }).end(file.body);
  }

  private api(call: SlackCall): Record<string, unknown> {
    const auth = call.headers.authorization ?? '';
    const wanted = call.name === 'apps.connections.open' ? APP_TOKEN : BOT_TOKEN;
    if (auth !== `Bearer ${wanted}`) return { ok: false, error: 'invalid_auth' };
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, '0')}`;
    switch (call.name) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Test team', user: 'report-bot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'chat.postMessage':
        return { ok: true, channel: call.body.channel, ts, message: { ...call.body, ts, bot_id: BOT_ID } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts };
      case 'users.info': {
        const id = String(call.body.user);
        const admin = this.admins.has(id);
        const locale = String(call.body.include_locale) === 'true' ? { locale: this.locales.get(id) ?? 'en-US' } : {};
        return { ok: true, user: { id, team_id: TEAM_ID, name: id.toLowerCase(), is_admin: admin, is_owner: false, is_bot: false, ...locale } };
      }
      case 'files.info': {
        const name = String(call.body.file);
        const file = this.files.get(name);
        return file ? { ok: true, file: { id: name, name, size: Buffer.byteLength(file.body), url_private_download: this.fileUrl(name) } } : { ok: false, error: 'file_not_found' };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.wsPort}/link/?ticket=fake` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Resolves with the first call (from `since` on) that passes `test`. */
  waitForCall(test: (call: SlackCall) => boolean, timeoutMs = 10_000, since = 0): Promise<SlackCall> {
    const found = this.calls.slice(since).find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { test, resolve: (c: SlackCall) => (clearTimeout(timer), resolve(c)) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching Slack call within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  // ---- Socket Mode ----

  private accept(socket: WebSocket): void {
    this.connections++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id: string; payload?: Record<string, unknown> };
      this.acks.get(message.envelope_id)?.(message.payload ?? {});
      this.acks.delete(message.envelope_id);
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000000001' }, debug_info: { host: 'fake', approximate_connection_time: 18060 } }));
  }

  get socketOpen(): boolean {
    return this.sockets.size > 0;
  }

  /**
   * Sends an envelope over Socket Mode and resolves with the app's acknowledgement payload.
   * `type` is `slash_commands`, `interactive` or `events_api`.
   */
  envelope(type: string, payload: unknown, extra: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const socket = [...this.sockets][0];
    if (!socket) return Promise.reject(new Error('no Socket Mode connection'));
    const envelopeId = `env-${++this.counter}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(envelopeId);
        reject(new Error(`no acknowledgement of ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    });
  }
}
