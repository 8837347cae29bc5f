import type { HttpConfig } from '../runtime/config.ts';
import type { App } from '../runtime/app.ts';
import { createHttpServer, type Route } from './httpServer.ts';

/** The one HTTP server of the process, with every route the platforms need; its stop goes through the shutdown. */
export async function startHttpServer({ logger, shutdown }: App, http: HttpConfig, routes: Route[]): Promise<void> {
  const server = createHttpServer(routes, logger);
  shutdown.add({ name: 'http server', close: () => server.close(), force: () => server.force() });
  try {
    const { address, port } = await server.listen(http.port, http.host);
    logger.info('http server listening', { host: address, port, routes: routes.map((r) => `${r.method} ${r.path}`) });
  } catch (error) {
    if (shutdown.started) return;
    logger.error('the http server cannot listen', { host: http.host, port: http.port, error });
    await shutdown.stop({ reason: 'the http server cannot listen' }, 1);
  }
}
