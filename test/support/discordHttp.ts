/** Discord's side of the Interactions Endpoint URL: keys the test makes, and signed POSTs on 127.0.0.1. */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface InteractionKeys {
  /** The public key as the Developer Portal shows it: 32 bytes in hex. */
  publicKey: string;
  privateKey: KeyObject;
}

export function interactionKeys(): InteractionKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw key is the last 32 bytes of its SPKI DER export.
  return { publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'), privateKey };
}

export interface Signed {
  signature?: string;
  timestamp?: string;
}

/** What Discord sends along: the Ed25519 signature of the timestamp and the body. */
export function signature(keys: InteractionKeys, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Required<Signed> {
  return { signature: sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex'), timestamp };
}

export interface Posted {
  status: number;
  /** The JSON answer, or null when it is not JSON (a refusal). */
  body: { type: number; data?: Record<string, unknown> & { content?: string; flags?: number; embeds?: { description?: string }[]; components?: { components: { custom_id: string; label?: string; disabled?: boolean }[] }[]; choices?: { name: string; value: string }[] } } | null;
}

/** POSTs an interaction as Discord does; `signed` replaces (or, with undefined fields, leaves out) the headers. */
export async function postInteraction(url: string, payload: unknown, keys: InteractionKeys, signed?: Signed): Promise<Posted> {
  const body = JSON.stringify(payload);
  const { signature: sig, timestamp } = signed ?? signature(keys, body);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)' };
  if (sig !== undefined) headers['x-signature-ed25519'] = sig;
  if (timestamp !== undefined) headers['x-signature-timestamp'] = timestamp;
  const response = await fetch(`${url}/discord/interactions`, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: Posted['body'] = null;
  try {
    parsed = JSON.parse(text) as Posted['body'];
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed };
}
