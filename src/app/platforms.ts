import type { App } from '../runtime/app.ts';
import { ConversationStore } from '../conversation/store.ts';
import { KnowledgeBase, knowledgeOptions } from '../runtime/knowledgeBase.ts';
import { Places, placesFolderOf } from '../runtime/places.ts';
import { FolderStore, type ReportStore } from '../runtime/reportStore.ts';
import { Feedback } from '../runtime/feedback.ts';
import { feedbackFileOf, FileFeedbackStore } from '../runtime/feedbackFile.ts';
import { PlaceShelf } from '../runtime/placeShelf.ts';
import { startupProblem } from '../base/startup.ts';
import type { Route } from '../server/httpServer.ts';
import { healthRoute } from '../server/health.ts';
import { startHttpServer } from '../server/start.ts';
import { messageOf } from '../base/errorMessage.ts';

/**
 * Where places' reports and feedback are kept, chosen once: PostgreSQL with DATABASE_URL (one
 * pool for both), else the knowledge folder's `places/`. FEEDBACK=off: no feedback store.
 */
async function stores({ config, logger }: App, knowledgeDir: string): Promise<{ reports: ReportStore; feedback: Feedback }> {
  const days = { days: config.feedback.days };
  if (!config.databaseUrl) {
    const feedback = config.feedback.enabled ? new FileFeedbackStore(feedbackFileOf(knowledgeDir)) : null;
    return { reports: new FolderStore(placesFolderOf(knowledgeDir), logger), feedback: new Feedback(feedback, logger, days) };
  }
  const { openDatabase } = await import('../runtime/database.ts');
  const { PgReportStore } = await import('../runtime/pgReportStore.ts');
  const { PgFeedbackStore } = await import('../runtime/feedbackPg.ts');
  const pool = await openDatabase(config.databaseUrl, logger);
  return { reports: await PgReportStore.open(pool, config.databaseUrl, logger), feedback: new Feedback(config.feedback.enabled ? new PgFeedbackStore(pool) : null, logger, days) };
}

/**
 * The knowledge every platform of the process answers from, and each place's own, watched;
 * null when it cannot load (the stop is under way).
 */
async function openKnowledge(app: App): Promise<{ places: Places; feedback: Feedback } | null> {
  const { config, logger, shutdown } = app;
  try {
    const knowledge = await KnowledgeBase.open(config.knowledgeDir, logger, knowledgeOptions(config));
    knowledge.watch();
    const remove = shutdown.add({ name: 'knowledge watcher', close: () => knowledge.close() });
    const kept = await stores(app, knowledge.dir);
    const places = await Places.open(knowledge, logger, { ...knowledgeOptions(config), memoryBytes: config.knowledgeMemoryMb * 1024 * 1024 }, kept.reports);
    places.watch();
    // One watcher, as the operator sees it: the places' watchers close with the folder's.
    remove();
    shutdown.add({
      name: 'knowledge watcher',
      close: async () => {
        knowledge.close();
        await kept.feedback.close();
        await places.close();
      },
    });
    return { places, feedback: kept.feedback };
  } catch (error) {
    startupProblem([messageOf(error)], config.logFormat);
    // Through the shutdown rather than returning: a shard's IPC channel keeps the process alive.
    await shutdown.stop({ reason: 'cannot start' }, 1);
    return null;
  }
}

/**
 * `npm start` with Discord or Slack configured: every configured platform in this one process,
 * over one knowledge base, and the HTTP server when Slack's HTTP mode, Discord's interactions
 * (DISCORD_PUBLIC_KEY) or PORT ask for it. A
 * Discord shard process runs its part of Discord only; Slack and the HTTP server run once, in
 * the process that manages the shards.
 */
export async function startPlatforms(app: App): Promise<void> {
  const { discord, discordInteractions, slack, http } = app.config;
  const inShard = Boolean(process.env.SHARDING_MANAGER);
  const managesShards = discord !== null && discord.shards !== null && !inShard;
  const runSlack = slack !== null && !inShard;
  const runHttp = http !== null && !inShard;
  const opened = (discord && !managesShards) || runSlack || runHttp ? await openKnowledge(app) : null;
  const places = opened?.places ?? null;
  const feedback = opened?.feedback;
  if (!places && !managesShards) return;
  const knowledge = places?.shared ?? null;
  // One set of conversations for the whole process, handed to each platform: a Discord slash
  // command answered over HTTP is followed up by a mention over the gateway, in one conversation.
  const conversations = new ConversationStore();
  // One shelf for every platform and path: one add at a time in a place, whichever way it came.
  const reports = places ? new PlaceShelf(places, { maxReportBytes: app.config.knowledgeMaxBytes, feedback }) : undefined;

  const starts: Promise<Route[] | null | void>[] = [];
  if (discord) {
    // discord.js and Bolt load only when they are used: a one-platform bot starts smaller.
    const { startDiscord } = await import('../discord/start.ts');
    starts.push(startDiscord(app, discord, places, conversations, reports, feedback));
  }
  if (runSlack && places) {
    const { startSlack } = await import('../slack/start.ts');
    starts.push(startSlack(app, slack, places, conversations, feedback, reports));
  }
  if (discordInteractions && runHttp && places) {
    // Interactions over HTTP need no discord.js: the HTTP-only bot never loads it.
    const { discordInteractionsRoute } = await import('../discord/httpInteractions.ts');
    const { Cooldown } = await import('../discord/cooldown.ts');
    const cooldown = new Cooldown(discordInteractions.cooldownSeconds, discordInteractions.cooldownBurst);
    starts.push(Promise.resolve([discordInteractionsRoute({ context: places.context, ready: places.ready, reports, feedback, apiUrl: discord?.apiUrl ?? null, cooldown, conversations, logger: app.logger, publicKey: discordInteractions.publicKey })]));
  }
  const routes = (await Promise.all(starts)).flatMap((r) => r ?? []);
  if (runHttp && knowledge && !app.shutdown.started) await startHttpServer(app, http, [healthRoute(knowledge.current), ...routes]);
}
