import type { auditLog } from '../../db/schema';
import { maskIfMobile } from '../../audit/mask';

type AuditRow = typeof auditLog.$inferSelect;

const parseJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** Maps a stored audit entry to its list item (before/after parsed; they were masked when written). */
export function toAuditItem(row: AuditRow) {
  return {
    seq: row.seq,
    at: row.at,
    tenantId: row.tenantId,
    actorName: row.actorName === null ? null : maskIfMobile(row.actorName), // applicants' usernames are mobiles
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: parseJson(row.before),
    after: parseJson(row.after),
  };
}
