import type { RequestListener } from 'node:http';
import type { BotContext } from '../commands/types.ts';
import packageJson from '../../package.json' with { type: 'json' };
import type { Route } from './httpServer.ts';
import { sendJson } from './respond.ts';

/**
 * What a load balancer or a supervisor asks: is the knowledge loaded, how much of it, and which
 * version of the bot and of the knowledge this copy serves (copies behind one balancer should
 * agree on both: a page button made by one is turned by another).
 */
export function healthRoute(context: () => BotContext): Route {
  const handler: RequestListener = (_req, res) => {
    const { search, version } = context();
    const { reports, passages, problems } = search.knowledge;
    sendJson(res, 200, { ok: true, knowledge: 'loaded', reports: reports.length, passages: passages.length, problems: problems.length, version: packageJson.version, knowledgeVersion: version }, { 'cache-control': 'no-store' });
  };
  return { method: 'GET', path: '/healthz', handler };
}
