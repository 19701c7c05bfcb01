import { and, count, desc, eq, gt, lt } from 'drizzle-orm';
import { loginFailures } from '../db/schema';
import type { Reader, Tx } from '../db/database';

/** Wrong passwords one address may try for one username in the window before that pair waits. */
export const MAX_FAILURES = 5;
/** Failed logins one address may make across all usernames in the window (spraying many usernames). */
export const MAX_CLIENT_FAILURES = 50;
/** Failures for one username from all addresses in the window after which it is under attack. */
export const USER_UNDER_ATTACK = 100;
/** While a username is under attack, an address that already failed for it in the window waits. */
export const MAX_FAILURES_UNDER_ATTACK = 1;
export const WINDOW_MS = 15 * 60_000;

/** Why an attempt is refused: the (username, address) pair, the address, or the username under attack. */
export type ThrottleScope = 'pair' | 'client' | 'user';

export interface Throttle {
  scope: ThrottleScope;
  /** Seconds until the next attempt is allowed. */
  wait: number;
}

/** Seconds until the oldest of the last `limit` failures (newest first) leaves the window; 0 when fewer. */
function waitFor(newestFirst: Array<{ at: string }>, limit: number, now: Date): number {
  const oldestCounted = newestFirst[limit - 1];
  if (!oldestCounted) return 0;
  return Math.max(1, Math.ceil((new Date(oldestCounted.at).getTime() + WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Whether this address may try this username now. Counted in the database (shared by every node):
 * 5 failures per (username, address) pair; 50 per address over all usernames; and, once a username has
 * 100 failures from all addresses, one per address for it. A refusal never reaches an address that has
 * not failed itself, so nobody can lock the real user out from elsewhere.
 */
export async function throttledFor(db: Reader, username: string, client: string, now: Date): Promise<Throttle | undefined> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const recent = loginFailures.at;
  const pair = await db.select({ at: recent }).from(loginFailures)
    .where(and(eq(loginFailures.username, username), eq(loginFailures.client, client), gt(recent, since)))
    .orderBy(desc(recent)).limit(MAX_FAILURES);
  const pairWait = waitFor(pair, MAX_FAILURES, now);
  if (pairWait > 0) return { scope: 'pair', wait: pairWait };
  const byClient = await db.select({ at: recent }).from(loginFailures)
    .where(and(eq(loginFailures.client, client), gt(recent, since)))
    .orderBy(desc(recent)).limit(MAX_CLIENT_FAILURES);
  const clientWait = waitFor(byClient, MAX_CLIENT_FAILURES, now);
  if (clientWait > 0) return { scope: 'client', wait: clientWait };
  if (pair.length < MAX_FAILURES_UNDER_ATTACK) return undefined;
  const [all] = await db.select({ n: count() }).from(loginFailures).where(and(eq(loginFailures.username, username), gt(recent, since)));
  if (Number(all?.n ?? 0) < USER_UNDER_ATTACK) return undefined;
  return { scope: 'user', wait: waitFor(pair, MAX_FAILURES_UNDER_ATTACK, now) };
}

/** Records one failed login (inside the caller's transaction) and prunes failures older than the window. */
export async function recordFailure(tx: Tx, username: string, client: string, now: Date): Promise<void> {
  await tx.insert(loginFailures).values({ username, client, at: now.toISOString() });
  await tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - WINDOW_MS).toISOString()));
}

/** Clears the pair's failures after a successful login (inside the login's transaction). */
export async function clearFailures(tx: Tx, username: string, client: string): Promise<void> {
  await tx.delete(loginFailures).where(and(eq(loginFailures.username, username), eq(loginFailures.client, client)));
}
