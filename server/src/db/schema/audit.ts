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

/**
 * Signed checkpoints of the audit chain (sequence, head hash, count), also appended to a file
 * outside the database: truncating, rewriting or wiping the log no longer verifies.
 */
export const auditCheckpoints = sqliteTable('audit_checkpoints', {
  seq: integer('seq').primaryKey(),
  headHash: text('head_hash').notNull(),
  count: integer('count').notNull(),
  at: text('at').notNull(),
  hashAlgorithm: text('hash_algorithm').notNull(),
  signatureAlgorithm: text('signature_algorithm').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});
