import type { RequestListener } from 'node:http';
import type { BotContext } from '../commands/types.ts';
import type { Route } from './httpServer.ts';

/** What a load balancer or a supervisor asks: is the knowledge loaded, and how much of it. */
export function healthRoute(context: () => BotContext): Route {
  const handler: RequestListener = (_req, res) => {
    const { reports, passages } = context().search.knowledge;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ ok: true, reports: reports.length, passages: passages.length }));
  };
  return { method: 'GET', path: '/healthz', handler };
}
