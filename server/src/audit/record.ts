import type { Database, Tx } from '../db/database';
import type { AuthState } from '../auth/types';
import { appendAudit } from './audit-log';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the actor's active tenant. */
  tenantId?: string | null;
}

/** Records a write by the authenticated actor (or by an anonymous/self-service request). */
export function recordAudit(db: Database, tx: Tx, auth: AuthState | undefined, now: Date, rec: AuditRecord): Promise<void> {
  return appendAudit(db, tx, {
    at: now.toISOString(),
    tenantId: rec.tenantId !== undefined ? rec.tenantId : (auth?.tenantId ?? null),
    actorId: auth?.user.id ?? null,
    actorName: auth?.user.username ?? null,
    action: rec.action,
    targetType: rec.targetType,
    targetId: rec.targetId,
    before: rec.before,
    after: rec.after,
  });
}
