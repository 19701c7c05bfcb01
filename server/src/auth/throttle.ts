import { and, asc, eq, gt, lt } from 'drizzle-orm';
import { loginFailures } from '../db/schema';
import type { Database, Reader, Tx } from '../db/database';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

/** Seconds until the account may try again, or 0 when it is not throttled. */
export async function throttledFor(db: Reader, username: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const recent = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.at, since)))
    .orderBy(asc(loginFailures.at));
  if (recent.length < MAX_FAILURES) return 0;
  const oldestCounted = recent[recent.length - MAX_FAILURES];
  const until = new Date(oldestCounted!.at).getTime() + WINDOW_MS;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/** Records one failed login and prunes failures older than the window. */
export async function recordFailure(db: Database, username: string, now: Date): Promise<void> {
  await db.withTx(async (tx) => {
    await tx.insert(loginFailures).values({ username, at: now.toISOString() });
    await tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - WINDOW_MS).toISOString()));
  });
}

/** Clears failures after a successful login (inside the login's transaction). */
export async function clearFailures(tx: Tx, username: string): Promise<void> {
  await tx.delete(loginFailures).where(eq(loginFailures.username, username));
}
