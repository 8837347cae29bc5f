import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_REPORT_SECONDS } from '../knowledge/read.ts';
import { readCommandLine } from '../base/commandLine.ts';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from '../base/logger.ts';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | null;
  /** REST base URL, e.g. a @discordjs/proxy or, in tests, the fake Discord. */
  apiUrl: string | null;
  shards: 'auto' | number | null;
  /** Commands a user may run in any `cooldownSeconds` window. */
  cooldownSeconds: number;
  cooldownBurst: number;
  /**
   * DISCORD_MESSAGE_CONTENT=on: the privileged Message Content intent, so that messages in a
   * thread where the bot is talking with someone reach it with their text, and continue the
   * conversation without a mention.
   */
  messageContent: boolean;
}

/** Discord interactions over HTTP (POST /discord/interactions), with or without the gateway. */
export interface DiscordInteractionsConfig {
  /** The application's Ed25519 public key, 32 bytes in hex: every request's signature is checked with it. */
  publicKey: string;
  cooldownSeconds: number;
  cooldownBurst: number;
}

export interface HttpConfig {
  port: number;
  host: string;
}

export interface Config {
  knowledgeDir: string;
  /** The largest report read, in bytes. */
  knowledgeMaxBytes: number;
  /** The most all reports are read to together (KNOWLEDGE_MAX_TOTAL_BYTES). */
  knowledgeMaxTotalBytes: number;
  /** Where the saved index lives, or null (KNOWLEDGE_CACHE_DIR=off): every start parses every report. */
  knowledgeCacheDir: string | null;
  /** Seconds one report's reading may take before it is skipped. */
  knowledgeReportSeconds: number;
  /** What the places' own knowledge may hold in memory together, in MB (KNOWLEDGE_MEMORY_MB). */
  knowledgeMemoryMb: number;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Discord's gateway (DISCORD_TOKEN). */
  discord: DiscordConfig | null;
  /** Discord's interactions over HTTP (DISCORD_PUBLIC_KEY). */
  discordInteractions: DiscordInteractionsConfig | null;
  slack: SlackConfig | null;
  /** The one HTTP server: on for Slack's HTTP mode and Discord interactions, and with any platform when PORT is set (for /healthz). */
  http: HttpConfig | null;
  /** DATABASE_URL: places' reports and feedback in PostgreSQL, shared by every replica; null: in files. */
  databaseUrl: string | null;
  feedback: FeedbackConfig;
}

export interface FeedbackConfig {
  /** FEEDBACK=off: no unanswered question nor vote is kept. */
  enabled: boolean;
  /** FEEDBACK_DAYS: how long one is kept. */
  days: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

const SNOWFLAKE = /^\d{17,20}$/;
/**
 * What places' own knowledge may hold in memory unless KNOWLEDGE_MEMORY_MB says otherwise, in
 * MB: sized for a 512 MB container (docs/configuration.md says how).
 */
export const DEFAULT_KNOWLEDGE_MEMORY_MB = 64;

/** The saved index's folder unless KNOWLEDGE_CACHE_DIR says otherwise; .gitignore lists it. */
export const DEFAULT_CACHE_DIR = '.cache/report-bot';

/** The log format asked for, or `text`; known before the rest of the configuration, for its problems. */
export function logFormatOf(env: NodeJS.ProcessEnv): LogFormat {
  const asked = env.LOG_FORMAT?.trim().toLowerCase();
  return LOG_FORMATS.find((f) => f === asked) ?? 'text';
}

/**
 * Reads the configuration from the environment and the command line's `--knowledge` (read by
 * readCommandLine: empty when given without a folder). Every problem is reported at once, naming
 * the variable; a secret's value is never part of a message.
 */
export function readConfig(env: NodeJS.ProcessEnv, commandLine: { knowledge?: string | undefined } = {}): ConfigResult {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;

  const logLevel = (value('LOG_LEVEL')?.toLowerCase() ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (it is "${value('LOG_LEVEL')}").`);
  const logFormat = logFormatOf(env);
  if (logFormat !== (value('LOG_FORMAT')?.toLowerCase() ?? 'text')) problems.push(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')} (it is "${value('LOG_FORMAT')}").`);
  const knowledgeFlag = commandLine.knowledge;
  // Without this, a forgotten folder name silently answers from the bundled report.
  if (knowledgeFlag === '') problems.push('--knowledge needs a folder after it, e.g. --knowledge ./knowledge (or leave the option out).');
  const knowledgeDir = knowledgeFlag || value('KNOWLEDGE_DIR') || 'knowledge';
  const maxBytesText = value('KNOWLEDGE_MAX_BYTES');
  const knowledgeMaxBytes = maxBytesText === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesText);
  if (maxBytesText !== undefined && (!/^\d+$/.test(maxBytesText) || knowledgeMaxBytes < 1)) {
    problems.push(`KNOWLEDGE_MAX_BYTES must be a whole number of bytes, 1 or more (default ${DEFAULT_MAX_BYTES}, 50 MB); it is "${maxBytesText}".`);
  }

  const totalText = value('KNOWLEDGE_MAX_TOTAL_BYTES');
  const knowledgeMaxTotalBytes = totalText === undefined ? DEFAULT_MAX_TOTAL_BYTES : Number(totalText);
  if (totalText !== undefined && (!/^\d+$/.test(totalText) || knowledgeMaxTotalBytes < 1)) {
    problems.push(`KNOWLEDGE_MAX_TOTAL_BYTES must be a whole number of bytes, 1 or more (default ${DEFAULT_MAX_TOTAL_BYTES}, 50 MB); it is "${totalText}".`);
  }

  const secondsText = value('KNOWLEDGE_REPORT_SECONDS');
  const knowledgeReportSeconds = secondsText === undefined ? DEFAULT_REPORT_SECONDS : Number(secondsText);
  if (secondsText !== undefined && !(knowledgeReportSeconds > 0 && knowledgeReportSeconds <= 86_400)) {
    problems.push(`KNOWLEDGE_REPORT_SECONDS must be a number of seconds above 0 (default ${DEFAULT_REPORT_SECONDS}); it is "${secondsText}".`);
  }

  const memoryText = value('KNOWLEDGE_MEMORY_MB');
  const knowledgeMemoryMb = memoryText === undefined ? DEFAULT_KNOWLEDGE_MEMORY_MB : Number(memoryText);
  if (memoryText !== undefined && (!/^\d+$/.test(memoryText) || knowledgeMemoryMb < 1)) {
    problems.push(`KNOWLEDGE_MEMORY_MB must be a whole number of megabytes, 1 or more (default ${DEFAULT_KNOWLEDGE_MEMORY_MB}, for a 512 MB container); it is "${memoryText}".`);
  }

  const cacheText = value('KNOWLEDGE_CACHE_DIR') ?? DEFAULT_CACHE_DIR;
  const knowledgeCacheDir = cacheText.toLowerCase() === 'off' ? null : cacheText;

  let discord: DiscordConfig | null = null;
  const token = value('DISCORD_TOKEN');
  if (token) {
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
      problems.push('DISCORD_TOKEN does not look like a bot token (three parts separated by dots). Copy it again from the Developer Portal, Bot page.');
    }
    const applicationId = value('DISCORD_APPLICATION_ID');
    if (!applicationId) problems.push('DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal, General Information page.');
    else if (!SNOWFLAKE.test(applicationId)) problems.push(`DISCORD_APPLICATION_ID must be a Discord id (17 to 20 digits); it is "${applicationId}".`);
    const guildId = value('DISCORD_GUILD_ID') ?? null;
    if (guildId && !SNOWFLAKE.test(guildId)) problems.push(`DISCORD_GUILD_ID must be a server id (17 to 20 digits); it is "${guildId}".`);
    const apiUrl = value('DISCORD_API_URL') ?? null;
    if (apiUrl && !/^https?:\/\/[^\s/]+/.test(apiUrl)) problems.push(`DISCORD_API_URL must be an http(s) URL such as http://localhost:8080/api; it is "${apiUrl}".`);
    const shardsText = value('DISCORD_SHARDS');
    let shards: DiscordConfig['shards'] = null;
    if (shardsText === 'auto') shards = 'auto';
    else if (shardsText !== undefined) {
      shards = Number(shardsText);
      if (!Number.isInteger(shards) || shards < 1) problems.push(`DISCORD_SHARDS must be "auto" or a whole number of shards; it is "${shardsText}".`);
    }
    const contentText = value('DISCORD_MESSAGE_CONTENT')?.toLowerCase() ?? 'off';
    if (contentText !== 'on' && contentText !== 'off') problems.push(`DISCORD_MESSAGE_CONTENT must be "on" (the Message Content intent, turned on in the Developer Portal too) or "off" (the default); it is "${value('DISCORD_MESSAGE_CONTENT')}".`);
    discord = { token, applicationId: applicationId ?? '', guildId, apiUrl, shards, messageContent: contentText === 'on', ...readCooldown(value, problems) };
  }
  const discordInteractions = readDiscordInteractions(value, problems);
  const slack = readSlack(value, problems);
  const http = readHttp(value, problems, (slack !== null && slack.appToken === null) || discordInteractions !== null);
  const databaseUrl = readDatabaseUrl(value, problems);
  const feedback = readFeedback(value, problems);
  return problems.length ? { ok: false, problems } : { ok: true, config: { knowledgeDir, knowledgeMaxBytes, knowledgeMaxTotalBytes, knowledgeCacheDir, knowledgeReportSeconds, knowledgeMemoryMb, logLevel, logFormat, discord, discordInteractions, slack, http, databaseUrl, feedback } };
}

/** readConfig for an entry point whose only option is `--knowledge`: a wrong command line is one more start-up problem. */
export function readConfigFromArgv(env: NodeJS.ProcessEnv, argv: string[]): ConfigResult {
  const commandLine = readCommandLine(argv, {});
  return commandLine.ok ? readConfig(env, commandLine.values) : { ok: false, problems: [commandLine.problem] };
}

/** The allowance of commands per user, for Discord over the gateway and over HTTP alike. */
function readCooldown(value: (name: string) => string | undefined, problems: string[]): { cooldownSeconds: number; cooldownBurst: number } {
  const cooldownText = value('COOLDOWN_SECONDS') ?? '10';
  const cooldownSeconds = Number(cooldownText);
  if (!Number.isFinite(cooldownSeconds) || cooldownSeconds < 0) problems.push(`COOLDOWN_SECONDS must be a number of seconds, 0 or more; it is "${cooldownText}".`);
  const burstText = value('COOLDOWN_BURST') ?? '3';
  const cooldownBurst = Number(burstText);
  if (!Number.isInteger(cooldownBurst) || cooldownBurst < 1) problems.push(`COOLDOWN_BURST must be a whole number of commands, 1 or more; it is "${burstText}".`);
  return { cooldownSeconds, cooldownBurst };
}

/** Discord's Interactions Endpoint URL when DISCORD_PUBLIC_KEY is set: the key that checks each request. */
function readDiscordInteractions(value: (name: string) => string | undefined, problems: string[]): DiscordInteractionsConfig | null {
  const publicKey = value('DISCORD_PUBLIC_KEY');
  if (!publicKey) return null;
  if (!/^[0-9a-f]{64}$/i.test(publicKey)) problems.push('DISCORD_PUBLIC_KEY must be the 64 hexadecimal characters of the Public Key on the Developer Portal, General Information page.');
  return { publicKey: publicKey.toLowerCase(), ...readCooldown(value, problems) };
}

/** Slack when SLACK_BOT_TOKEN is set: Socket Mode with SLACK_APP_TOKEN, else HTTP mode. */
function readSlack(value: (name: string) => string | undefined, problems: string[]): SlackConfig | null {
  const botToken = value('SLACK_BOT_TOKEN');
  const appToken = value('SLACK_APP_TOKEN') ?? null;
  const signingSecret = value('SLACK_SIGNING_SECRET') ?? null;
  if (!botToken) {
    if (appToken || signingSecret) problems.push(`${appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set but SLACK_BOT_TOKEN is not: copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page.`);
    return null;
  }
  if (!botToken.startsWith('xoxb-')) problems.push("SLACK_BOT_TOKEN does not look like a bot token (it starts with xoxb-). Copy the Bot User OAuth Token from your Slack app's OAuth & Permissions page.");
  if (appToken && !appToken.startsWith('xapp-')) problems.push("SLACK_APP_TOKEN does not look like an app-level token (it starts with xapp-). Create one with the connections:write scope on your Slack app's Basic Information page.");
  if (!appToken && !signingSecret) {
    problems.push("SLACK_SIGNING_SECRET is not set: without SLACK_APP_TOKEN the Slack app runs in HTTP mode, which checks every request with it (Basic Information > App Credentials). Or set SLACK_APP_TOKEN for Socket Mode.");
  }
  const apiUrl = value('SLACK_API_URL') ?? null;
  if (apiUrl && !/^https?:\/\/[^\s/]+/.test(apiUrl)) problems.push(`SLACK_API_URL must be an http(s) URL such as https://slack.com/api/; it is "${apiUrl}".`);
  const reportAdmins = (value('REPORT_ADMINS') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const notIds = reportAdmins.filter((id) => !SLACK_USER_ID.test(id));
  if (notIds.length) problems.push(`REPORT_ADMINS must be Slack user ids (U… or W…, from a profile's ⋮ > Copy member ID), separated by commas; these are not: ${notIds.slice(0, 5).join(', ')}.`);
  return { botToken, appToken, signingSecret, apiUrl, reportAdmins };
}

/** A Slack user's id: U… in a workspace, W… across an Enterprise Grid org. */
export const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** PORT and HOST of the one HTTP server; it runs when Slack's HTTP mode or Discord interactions need it, or PORT is set. */
function readHttp(value: (name: string) => string | undefined, problems: string[], needed: boolean): HttpConfig | null {
  const portText = value('PORT');
  if (!needed && portText === undefined) return null;
  const port = Number(portText ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number from 0 to 65535; it is "${portText}".`);
  return { port, host: value('HOST') ?? '0.0.0.0' };
}

/** DATABASE_URL, checked for its shape only (whether it connects is known at start); its password is never in a message. */
function readDatabaseUrl(value: (name: string) => string | undefined, problems: string[]): string | null {
  const url = value('DATABASE_URL');
  if (!url) return null;
  if (!/^postgres(?:ql)?:\/\/./i.test(url) || !URL.canParse(url)) problems.push('DATABASE_URL must be a PostgreSQL address, postgres://user:password@host:5432/database.');
  return url;
}

/** The default of FEEDBACK_DAYS: a month of questions is enough to see what is missing. */
export const DEFAULT_FEEDBACK_DAYS = 30;

function readFeedback(value: (name: string) => string | undefined, problems: string[]): FeedbackConfig {
  const onText = value('FEEDBACK')?.toLowerCase() ?? 'on';
  if (onText !== 'on' && onText !== 'off') problems.push(`FEEDBACK must be "on" (the default) or "off"; it is "${value('FEEDBACK')}".`);
  const daysText = value('FEEDBACK_DAYS');
  const days = daysText === undefined ? DEFAULT_FEEDBACK_DAYS : Number(daysText);
  if (daysText !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650)) problems.push(`FEEDBACK_DAYS must be a whole number of days from 1 to 3650 (default ${DEFAULT_FEEDBACK_DAYS}); it is "${daysText}".`);
  return { enabled: onText !== 'off', days };
}

export interface SlackConfig {
  /** The bot token, `xoxb-…`. */
  botToken: string;
  /** The app-level token, `xapp-…`: Socket Mode. */
  appToken: string | null;
  /** HTTP mode: the secret that signs Slack's requests. */
  signingSecret: string | null;
  /** Web API base URL (tests point it at a fake Slack). */
  apiUrl: string | null;
  /** REPORT_ADMINS: user ids who may add and remove reports in any workspace, besides its admins and owners. */
  reportAdmins: string[];
}
