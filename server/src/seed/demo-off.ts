import { and, eq, inArray } from 'drizzle-orm';
import { sessions, users } from '../db/schema';
import type { Database, Tx } from '../db/database';
import { appendAudit } from '../audit/audit-log';
import { TENANT_TREE } from './tenant-tree';
import { demoAccounts } from './demo-accounts';

/** The usernames of the 济宁 demo accounts. */
export const demoUsernames = (): string[] => demoAccounts(Object.fromEntries(TENANT_TREE.map((t) => [t.id, t.name]))).map((a) => a.username);

/**
 * With YILIAN_DEMO=off: disables (never deletes: the audit log and the records keep their actors) every
 * demo account still active and ends its sessions; audited as `demo.disabled` with the usernames.
 * Returns how many were disabled.
 */
export async function disableDemoAccounts(db: Database, tx: Tx, now: Date): Promise<number> {
  const active = await tx.select({ id: users.id, username: users.username }).from(users)
    .where(and(inArray(users.username, demoUsernames()), eq(users.status, 'active')));
  if (active.length === 0) return 0;
  const ids = active.map((u) => u.id);
  await tx.update(users).set({ status: 'disabled' }).where(inArray(users.id, ids));
  await tx.delete(sessions).where(inArray(sessions.userId, ids));
  await appendAudit(db, tx, {
    at: now.toISOString(), tenantId: null, actorId: null, actorName: 'system', action: 'demo.disabled',
    targetType: 'user', targetId: null, after: { usernames: active.map((u) => u.username).sort() },
  });
  return active.length;
}
