import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/*
 * Where the server may send a push. A subscription's endpoint is a URL the
 * phone gives us and the server then POSTs to: left open, anyone could make
 * the server call its own network (blind SSRF) — a database port on
 * loopback, a cloud metadata service on 169.254.169.254. So an endpoint
 * must be https: on a host that resolves to public addresses only. The name
 * is checked when the device registers, and the addresses again when the
 * connection is made (the resolved address is the one connected to), so a
 * name that later resolves to a private address (DNS rebinding) gets no
 * request either.
 *
 * Trusted hosts (PUSH_TRUSTED_HOSTS) skip both checks: the loopback push
 * service the tests and the bench run is one.
 */

/** Addresses that are not on the public internet: loopback, private, link-local (metadata services), shared, reserved, multicast. */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is on the public internet; an IPv4-mapped IPv6 address is judged as its IPv4 address. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !notPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL's host without the brackets of an IPv6 literal, lower case. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Why the server will not send to this endpoint, judged by its URL alone
 * (registration); null when it may try. Names are resolved at send time.
 *
 * @example endpointProblem(new URL('http://127.0.0.1:5432/'), []) // 'A push endpoint must be an https: URL'
 */
export function endpointProblem(url: URL, trustedHosts: readonly string[]): string | null {
  const host = hostOf(url);
  if (trustedHosts.includes(host)) return null;
  if (url.protocol !== 'https:') return 'A push endpoint must be an https: URL';
  const literal = isIP(host) !== 0;
  // Names that only a local network resolves: a single label, localhost, .local (mDNS), .internal (cloud metadata).
  const localName = !literal && (!host.includes('.') || /(?:^|\.)(?:localhost|local|internal)$/.test(host));
  if (localName || (literal && !isPublicAddress(host))) return 'A push endpoint must be on a public host';
  return null;
}

/**
 * A DNS lookup for the push sender's connections that refuses a name
 * resolving to any address that is not public (unless the host is trusted).
 */
export function publicOnlyLookup(trustedHosts: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const trusted = trustedHosts.includes(hostname.toLowerCase());
      const refused = addresses.find((a) => !isPublicAddress(a.address));
      if (!trusted && refused) return callback(Object.assign(new Error(`push endpoint ${hostname} resolves to ${refused.address}, which is not public`), { code: 'ENOTPUBLIC' }), '', 0);
      const wantsAll = (options as LookupOptions).all === true;
      const first = addresses[0];
      if (wantsAll) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
