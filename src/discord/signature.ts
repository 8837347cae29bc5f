import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The DER prefix that makes a raw 32-byte Ed25519 public key an SPKI key node:crypto reads. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Discord signs each request when it sends it: an older one is a replay, refused like a forgery. */
export const MAX_AGE_SECONDS = 5 * 60;

/** The application's public key (32 bytes in hex, from the Developer Portal) as node:crypto's key. */
export function publicKeyOf(hex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/**
 * Whether a request is Discord's: the Ed25519 signature (X-Signature-Ed25519, hex) of the
 * timestamp (X-Signature-Timestamp, seconds) followed by the exact bytes of the body, made at
 * most MAX_AGE_SECONDS ago. Discord refuses an endpoint that answers a bad signature with
 * anything but 401, so every doubt is a no.
 */
export function signedByDiscord(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer, now = Date.now()): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
