/** Files served on 127.0.0.1, as a chat platform serves attachments: a body, or a status, or an answer held back until released. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  body?: Buffer | string;
  status?: number;
  type?: string;
  /** The answer waits for this: a test holds a download open without timing anything. */
  held?: Promise<void>;
}

export interface FileServer {
  url(name: string): string;
  /** How many requests each path received. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function serveFiles(files: Record<string, Served>): Promise<FileServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    hits.set(name, (hits.get(name) ?? 0) + 1);
    const file = files[name];
    void (file?.held ?? Promise.resolve()).then(() => {
      if (!file || file.status) {
        res.writeHead(file?.status ?? 404, { 'content-type': 'text/plain' }).end('not here');
        return;
      }
      res.writeHead(200, { 'content-type': file.type ?? 'application/octet-stream' }).end(file.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
