import { lookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';

/**
 * Addresses a page added from chat may not come from: this machine, its network, the cloud's
 * metadata service (169.254.169.254). Anyone can make a Discord server and manage it, so a URL
 * given to /report add is a stranger's, and what it fetches becomes answers they can read.
 */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  // NAT64: an IPv4 address behind a gateway, which may be a private one.
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A connection refused because its address is not public: the import says so in the asker's words. */
export class NotPublic extends Error {
  constructor(readonly host: string) {
    super(`${host} is not a public address`);
    this.name = 'NotPublic';
  }
}

const refusal = (host: string) => new NotPublic(host);

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The system's lookup, less every address that is not public; none left is an error. */
function publicLookup(hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const allowed = addresses.filter((a) => isPublicAddress(a.address));
    if (allowed.length === 0) return callback(refusal(hostname), []);
    if (options.all) return callback(null, allowed);
    const [first] = allowed as [LookupAddress];
    callback(null, first.address, first.family);
  });
}

/**
 * Connections to public addresses only, checked when each connection is made: after every
 * redirect, and on the address the name resolves to then (a name that resolved to a public
 * address a moment before cannot switch to a private one in between).
 */
export function publicOnlyAgent(): Agent {
  const connect = buildConnector({ lookup: publicLookup as never });
  return new Agent({
    connect: (options, callback) => {
      const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
      if (isIP(host) && !isPublicAddress(host)) return callback(refusal(host), null);
      return connect(options, callback);
    },
  });
}
