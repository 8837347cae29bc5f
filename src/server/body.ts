import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}

/**
 * A request's body as its exact bytes (a signature covers them). Past `maxBytes` the rest is
 * read and dropped, so that the answer (413) still reaches the client, and BodyTooLarge is thrown.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => (length > maxBytes ? reject(new BodyTooLarge(`the body is over ${maxBytes} bytes`)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
