import { and, asc, eq, gt, lt } from 'drizzle-orm';
import { loginFailures } from '../db/schema';
import type { Db } from '../db/client';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

/** Seconds until the account may try again, or 0 when it is not throttled. */
export function throttledFor(db: Db, username: string, now: Date): number {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const recent = db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.at, since)))
    .orderBy(asc(loginFailures.at))
    .all();
  if (recent.length < MAX_FAILURES) return 0;
  const oldestCounted = recent[recent.length - MAX_FAILURES];
  const until = new Date(oldestCounted!.at).getTime() + WINDOW_MS;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/** Records one failed login and prunes failures older than the window. */
export function recordFailure(db: Db, username: string, now: Date): void {
  db.transaction((tx) => {
    tx.insert(loginFailures).values({ username, at: now.toISOString() }).run();
    tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - WINDOW_MS).toISOString())).run();
  });
}

/** Clears failures after a successful login. */
export function clearFailures(db: Db, username: string): void {
  db.delete(loginFailures).where(eq(loginFailures.username, username)).run();
}
