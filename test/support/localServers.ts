/** What the fake platforms share: an HTTP server and a WebSocket server on 127.0.0.1, and request bodies. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface LocalServers {
  http: Server;
  httpPort: number;
  ws: WebSocketServer;
  wsPort: number;
  /** Ends the given sockets and every HTTP connection, then closes both servers. */
  close(sockets: Iterable<WebSocket>): Promise<void>;
}

export async function startLocalServers(handle: (req: IncomingMessage, res: ServerResponse) => void, accept: (socket: WebSocket) => void): Promise<LocalServers> {
  const http = createServer(handle);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const ws = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => ws.once('listening', () => resolve()));
  ws.on('connection', accept);
  return {
    http,
    httpPort: (http.address() as AddressInfo).port,
    ws,
    wsPort: (ws.address() as AddressInfo).port,
    async close(sockets) {
      for (const s of sockets) s.terminate();
      await new Promise<void>((resolve) => ws.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
