import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../base/logger.ts';
import { sendText } from './respond.ts';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: RequestListener;
}

export interface HttpServer {
  server: Server;
  /** Listens; resolves with the address (port 0 picks a free port). */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops taking connections, ends idle ones, and resolves once in-flight requests are done. */
  close(): Promise<void>;
  /** Ends every connection at once, requests in flight too (a stop's deadline has passed). */
  force(): void;
}

/**
 * The one HTTP server of the process: webhook endpoints (Slack's /slack/events, Discord's
 * /discord/interactions) and GET /healthz, each a route; anything else is 404, a known path with
 * another method 405. A handler that throws answers 500 and is logged; the server keeps going.
 */
export function createHttpServer(routes: Route[], logger: Logger): HttpServer {
  const byPath = new Map<string, Route[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    const candidates = byPath.get(path);
    const route = candidates?.find((r) => r.method === req.method);
    if (!route) {
      if (candidates) sendText(res, 405, 'method not allowed', { allow: candidates.map((r) => r.method).join(', ') });
      else sendText(res, 404, 'not found');
      return;
    }
    try {
      route.handler(req, res);
    } catch (error) {
      logger.error('http handler failed', { method: req.method, path, error });
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.end();
    }
  });
  // A client that opens a connection and sends nothing must not hold it for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
    force() {
      server.closeAllConnections();
    },
  };
}
