import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** Append-only, hash-chained audit log: each entry stores the hash of the previous one. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    tenantId: text('tenant_id'),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: text('before'),
    after: text('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_tenant_seq').on(t.tenantId, t.seq)],
);
