import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is `10.0.0.1`. */
const plain = (address: string): string => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/** The socket's peer address, or '' when there is no socket (requests made in-process, e.g. `app.request`). */
function socketAddress(c: Context): string {
  try {
    return plain(getConnInfo(c).remote.address ?? '');
  } catch {
    return '';
  }
}

/**
 * The client address a request came from: the socket's peer, or — only when that peer is one of the
 * trusted proxies (YILIAN_TRUST_PROXY) — the right-most `X-Forwarded-For` entry that is not itself a
 * trusted proxy (entries to its left are written by the client and cannot be believed).
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const peer = socketAddress(c);
  if (!trustedProxies.includes(peer)) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    if (!trustedProxies.includes(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? peer;
}
