/**
 * A fake Discord on 127.0.0.1: the REST API the bot calls and a gateway that speaks the
 * WebSocket protocol discord.js expects (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats,
 * RESUME). Tests dispatch events to the real discord.js client of the real bot and read the
 * REST calls it made. Nothing here reaches outside the machine.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { readBody, startLocalServers, type LocalServers } from './localServers.ts';

export const APP_ID = '100000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
/** A second server that lands on shard 1 of 2 ((id >> 22) % 2 === 1). */
export const GUILD_2_ID = '200000000004194306';
export const CHANNEL_2_ID = '300000000000000009';
export const DM_CHANNEL_ID = '400000000000000004';
/** A public thread in CHANNEL_ID of the first server. */
export const THREAD_ID = '300000000000000010';
export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.fakeTk.not-a-real-token-just-for-tests-0123';

export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingMessage['headers'];
  at: number;
  /** What the fake answered (a posted message, with its id). */
  response?: unknown;
}

/** Changes the fake's answer to a REST call: return a response to send instead of the normal one. */
export type RestFault = (call: RestCall) => { status: number; body?: unknown; headers?: Record<string, string>; destroy?: boolean } | null;

interface Connection {
  socket: WebSocket;
  shard: [number, number] | null;
  sessionId: string;
  seq: number;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export const BOT_USER: FakeUser = { id: BOT_ID, username: 'report-bot', discriminator: '0', avatar: null, bot: true, global_name: 'report-bot' };

export function user(id: string, username = `user${id.slice(-4)}`): FakeUser {
  return { id, username, discriminator: '0', avatar: null, global_name: username };
}

let snowflakeCounter = 0n;
/** Ids in increasing order, as Discord's are. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + (snowflakeCounter % 4096n)).toString();
}

function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** Answered interaction callbacks, for counting answers per interaction. */
  callbackCount = new Map<string, number>();
  readonly commands = new Map<string, Record<string, unknown>[]>();
  /** Gateway messages the bot sent (IDENTIFY, RESUME, heartbeats), with their connection. */
  readonly gatewayLog: { op: number; d: unknown; shard: [number, number] | null }[] = [];
  shardCount = 1;
  /** How each gateway connection ended: 1000 when the bot logged out, 1006 when it just vanished. */
  readonly closeCodes: number[] = [];
  faults: RestFault[] = [];
  private servers!: LocalServers;
  private readonly connections = new Set<Connection>();
  private readonly waiters: { test: (call: RestCall) => boolean; resolve: (call: RestCall) => void }[] = [];
  /** Interaction callbacks by interaction id: a burst of 1,000 must not scan 1,000 waiters per call. */
  private readonly callbacks = new Map<string, RestCall>();
  private readonly callbackWaiters = new Map<string, (call: RestCall) => void>();
  private frozen = false;
  private restPort = 0;
  private wsPort = 0;
  /** `locale`: the server's preferred locale, what the bot answers its messages in when a question's words do not say. */
  readonly guilds = [
    { id: GUILD_ID, channel: CHANNEL_ID, name: 'Test server', locale: 'en-US' },
    { id: GUILD_2_ID, channel: CHANNEL_2_ID, name: 'Second server', locale: 'en-US' },
  ];

  get apiUrl(): string {
    return `http://127.0.0.1:${this.restPort}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.wsPort}`;
  }

  async start(): Promise<this> {
    this.servers = await startLocalServers((req, res) => void this.handle(req, res), (socket) => this.accept(socket));
    this.restPort = this.servers.httpPort;
    this.wsPort = this.servers.wsPort;
    return this;
  }

  /**
   * Discord stops answering without closing anything: open connections are no longer read (a
   * close frame is never answered) and new REST calls wait for ever. `stop` ends it.
   */
  freeze(): void {
    this.frozen = true;
    for (const c of this.connections) c.socket.pause();
  }

  async stop(): Promise<void> {
    await this.servers.close([...this.connections].map((c) => c.socket));
  }

  // ---- REST ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.frozen) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown = raw;
    if ((req.headers['content-type'] ?? '').includes('application/json') && raw) body = JSON.parse(raw);
    else if ((req.headers['content-type'] ?? '').includes('multipart/form-data')) body = parseMultipartJson(raw);
    const call: RestCall = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, body, headers: req.headers, at: performance.now() };
    this.calls.push(call);

    for (const fault of this.faults) {
      const override = fault(call);
      if (override) {
        if (override.destroy) {
          req.socket.destroy();
          return;
        }
        this.send(res, override.status, override.body ?? {}, override.headers);
        return;
      }
    }
    const [status, response] = this.route(call);
    call.response = response;
    this.send(res, status, response);
    this.notify(call);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  private notify(call: RestCall): void {
    const interaction = /\/interactions\/(\d+)\//.exec(call.path)?.[1];
    if (interaction) {
      this.callbackCount.set(interaction, (this.callbackCount.get(interaction) ?? 0) + 1);
      this.callbacks.set(interaction, call);
      this.callbackWaiters.get(interaction)?.(call);
      this.callbackWaiters.delete(interaction);
    }
    for (const waiter of [...this.waiters]) {
      if (waiter.test(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  private route(call: RestCall): [number, unknown] {
    const p = call.path.replace(/^\/api\/v10/, '');
    let m: RegExpExecArray | null;
    if (call.method === 'GET' && p === '/gateway/bot') {
      return [200, { url: this.gatewayUrl, shards: this.shardCount, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (call.method === 'GET' && p === '/gateway') return [200, { url: this.gatewayUrl }];
    if (call.method === 'GET' && p === '/users/@me') return [200, BOT_USER];
    if (call.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) {
      return call.query.get('with_response') === 'true' ? [200, { interaction: { id: p.split('/')[2], type: 2 } }] : [204, null];
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(p)) && call.method === 'PATCH') {
      return [200, this.message(CHANNEL_ID, call.body as Record<string, unknown>)];
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(p)) && call.method === 'POST') return [200, this.message(CHANNEL_ID, call.body as Record<string, unknown>)];
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(p)) && call.method === 'POST') return [200, this.message(m[1] as string, call.body as Record<string, unknown>)];
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p))) {
      const key = m[2] ?? 'global';
      if (call.method === 'GET') return [200, this.commands.get(key) ?? []];
      if (call.method === 'PUT') {
        const stored = (call.body as Record<string, unknown>[]).map((c) => ({ id: snowflake(), application_id: APP_ID, version: snowflake(), default_member_permissions: null, nsfw: false, ...c }));
        this.commands.set(key, stored);
        return [200, stored];
      }
    }
    return [404, { message: `Unknown route ${call.method} ${p}`, code: 0 }];
  }

  private message(channelId: string, body: Record<string, unknown> | null): Record<string, unknown> {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: BOT_USER,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      flags: body?.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
    };
  }

  /** Drops the records of past calls (a flood test measures the bot's memory, not the fake's). */
  forget(): void {
    this.calls.length = 0;
    this.callbacks.clear();
    this.callbackCount.clear();
    this.gatewayLog.length = 0;
  }

  /** The next REST call matching `test`, or one already made after index `since`. */
  waitForCall(test: (call: RestCall) => boolean, timeoutMs = 5000, since = 0): Promise<RestCall> {
    const done = this.calls.slice(since).find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.findIndex((w) => w.resolve === wrapped), 1);
        reject(new Error('timed out waiting for a REST call'));
      }, timeoutMs);
      const wrapped = (call: RestCall) => {
        clearTimeout(timer);
        resolve(call);
      };
      this.waiters.push({ test, resolve: wrapped });
    });
  }

  /** The bot's answer to an interaction: its callback call. */
  callbackOf(interactionId: string, timeoutMs = 5000): Promise<RestCall> {
    const done = this.callbacks.get(interactionId);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.callbackWaiters.delete(interactionId);
        reject(new Error(`no answer to interaction ${interactionId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.callbackWaiters.set(interactionId, (call) => {
        clearTimeout(timer);
        resolve(call);
      });
    });
  }

  // ---- Gateway ----

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, shard: null, sessionId: `session-${snowflake()}`, seq: 0 };
    this.connections.add(connection);
    socket.on('close', (code) => {
      this.connections.delete(connection);
      this.closeCodes.push(code);
    });
    if (this.frozen) {
      socket.pause();
      return;
    }
    socket.on('message', (raw) => this.onGateway(connection, JSON.parse(raw.toString()) as { op: number; d: unknown }));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private onGateway(connection: Connection, payload: { op: number; d: unknown }): void {
    const d = payload.d as Record<string, unknown>;
    if (payload.op === 2) connection.shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    this.gatewayLog.push({ op: payload.op, d: payload.d, shard: connection.shard });
    if (payload.op === 1) connection.socket.send(JSON.stringify({ op: 11 }));
    if (payload.op === 2) this.ready(connection);
    if (payload.op === 6) {
      connection.shard = this.resumedShard(d.session_id as string) ?? [0, 1];
      connection.sessionId = d.session_id as string;
      connection.seq = Number(d.seq ?? 0);
      this.emit(connection, 'RESUMED', {});
    }
  }

  private readonly sessions = new Map<string, [number, number]>();

  private resumedShard(sessionId: string): [number, number] | undefined {
    return this.sessions.get(sessionId);
  }

  private ready(connection: Connection): void {
    const [shardId, count] = connection.shard ?? [0, 1];
    this.sessions.set(connection.sessionId, [shardId, count]);
    const guilds = this.guilds.filter((g) => shardOf(g.id, count) === shardId);
    this.emit(connection, 'READY', {
      v: 10,
      user: BOT_USER,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: connection.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [shardId, count],
      application: { id: APP_ID, flags: 0 },
      private_channels: [],
    });
    for (const g of guilds) this.emit(connection, 'GUILD_CREATE', guildPayload(g.id, g.channel, g.name, g.locale));
  }

  private emit(connection: Connection, t: string, d: unknown): void {
    connection.seq += 1;
    connection.socket.send(JSON.stringify({ op: 0, t, s: connection.seq, d }));
  }

  /** Connections that finished IDENTIFY or RESUME, one per live shard. */
  get shards(): [number, number][] {
    return [...this.connections].filter((c) => c.shard).map((c) => c.shard as [number, number]);
  }

  /** Sends a dispatch event to the shard that owns `guildId` (shard 0 for DMs). */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const target = [...this.connections].find((c) => c.shard && (guildId ? shardOf(guildId, c.shard[1]) === c.shard[0] : c.shard[0] === 0));
    if (!target) throw new Error(`no shard connected for ${guildId ?? 'DMs'}`);
    this.emit(target, t, d);
  }

  /** Sends a raw gateway payload (op 7 reconnect, op 9 invalid session) to every connection. */
  sendOp(op: number, d: unknown = null): void {
    for (const c of this.connections) c.socket.send(JSON.stringify({ op, d }));
  }

  /** Closes every gateway connection with a close code (1006 is simulated by terminating). */
  drop(code: number): void {
    for (const c of this.connections) {
      if (code === 1006) c.socket.terminate();
      else c.socket.close(code, 'fake discord');
    }
  }

  async waitForShards(count: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.shards.length < count) {
      if (Date.now() > until) throw new Error(`only ${this.shards.length} of ${count} shards connected`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

function guildPayload(id: string, channelId: string, name: string, locale: string): Record<string, unknown> {
  return {
    id,
    name,
    icon: null,
    owner_id: '500000000000000005',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    preferred_locale: locale,
    system_channel_flags: 0,
    roles: [{ id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: channelId, type: 0, name: 'general', guild_id: id, position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    members: [],
    member_count: 2,
    unavailable: false,
    joined_at: new Date().toISOString(),
    large: false,
    features: [],
    emojis: [],
    stickers: [],
    voice_states: [],
    presences: [],
    threads: id === GUILD_ID ? [threadPayload(id, channelId)] : [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

function threadPayload(guildId: string, parentId: string): Record<string, unknown> {
  return {
    id: THREAD_ID,
    type: 11,
    name: 'a thread',
    guild_id: guildId,
    parent_id: parentId,
    owner_id: '500000000000000005',
    member_count: 2,
    message_count: 1,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

/** The `payload_json` part of a multipart body (discord.js sends attachments that way). */
function parseMultipartJson(raw: string): unknown {
  const m = /name="payload_json"[\s\S]*?\r\n\r\n([\s\S]*?)\r\n--/.exec(raw);
  return m ? JSON.parse(m[1] as string) : raw;
}
