import { and, desc, eq, gt, lt } from 'drizzle-orm';
import { rateEvents } from '../db/schema';
import type { Database } from '../db/database';
import { DomainError } from '../errors';

export interface RateLimit {
  /** What is limited, e.g. `register`; also the error's `reason`. */
  scope: string;
  limit: number;
  windowMs: number;
}

/** Self-registrations per client address: 20 an hour (a family or an office behind one address is fine). */
export const REGISTER_LIMIT: RateLimit = { scope: 'register', limit: 20, windowMs: 60 * 60_000 };

/**
 * Takes one slot of `rule` for `key` (a client address), counted in the database so every node shares
 * it: when the window is full the call is refused with 429 and the seconds until a slot frees up.
 * Events older than the window are pruned on the way.
 */
export async function takeRateSlot(db: Database, rule: RateLimit, key: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - rule.windowMs).toISOString();
  const wait = await db.withTx(async (tx) => {
    await tx.delete(rateEvents).where(and(eq(rateEvents.scope, rule.scope), lt(rateEvents.at, since)));
    const newestFirst = await tx.select({ at: rateEvents.at }).from(rateEvents)
      .where(and(eq(rateEvents.scope, rule.scope), eq(rateEvents.key, key), gt(rateEvents.at, since)))
      .orderBy(desc(rateEvents.at)).limit(rule.limit);
    const oldestCounted = newestFirst[rule.limit - 1];
    if (oldestCounted) return Math.max(1, Math.ceil((new Date(oldestCounted.at).getTime() + rule.windowMs - now.getTime()) / 1000));
    await tx.insert(rateEvents).values({ scope: rule.scope, key, at: now.toISOString() });
    return 0;
  });
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new DomainError('throttled', 'throttled', `操作过于频繁，请 ${minutes} 分钟后再试`, { retryAfterSeconds: wait, params: { minutes, reason: rule.scope } });
  }
}
