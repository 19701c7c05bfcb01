import { pgTable, text, bigint, index } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log: each entry stores the hash of the previous one. `seq` is
 * assigned by the writer (last + 1), as on SQLite; triggers refuse UPDATE and DELETE (drizzle-pg/0001).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
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

/** Signed checkpoints of the audit chain (see the SQLite schema). */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  headHash: text('head_hash').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
  at: text('at').notNull(),
  hashAlgorithm: text('hash_algorithm').notNull(),
  signatureAlgorithm: text('signature_algorithm').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});
